/**
 * The content pipeline leaves nothing behind in the process that runs it:
 * Dutch schema messages for a contributor's file, without turning every other
 * schema's messages (Astro's own, a script's) into Dutch; and the site's
 * Pagefind chunk size for the site's index only, not for an index made with
 * Pagefind's defaults afterwards or for a child process.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { afterAll, describe, expect, it } from 'vitest';
import { createSearchIndex, siteIndexChunkSize } from '../../src/integrations/search-index.ts';
import { projectRoot } from '../support/build.ts';
import { check, lesson } from '../support/temp-corpus.ts';

describe('schema messages', () => {
  it('are Dutch for a content file, and stay Zod\'s own for every other parse in the process', () => {
    // A rule the schemas give no message of their own, so that Zod's Dutch messages say it.
    const { problems } = check(lesson({ fields: { keywords: '[x]' } }));
    expect(problems.map((p) => p.message)).toEqual(['het eerste zoekwoord (keywords): Te kort: verwacht dat string >=2 tekens heeft (nu: "x")']);
    const other = z.object({ name: z.string() }).safeParse({ name: 1 });
    expect(other.success).toBe(false);
    expect(other.error?.issues[0]?.message).toBe('Invalid input: expected string, received number');
  });
});

describe('the search index', () => {
  const site = path.join(projectRoot, '.tmp', `pipeline-state-${process.pid}`);
  afterAll(() => fs.rmSync(site, { recursive: true, force: true }));

  it('gives Pagefind the site\'s chunk size without leaving it in the environment', async () => {
    const before = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    const index = createSearchIndex({ indexChunkSize: siteIndexChunkSize });
    expect(process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE).toBe(before);
    index.add('/lessen/een-les/', '<!DOCTYPE html><html lang="nl"><head><title>Een les</title></head><body><article data-pagefind-body><h1>Een les</h1><p>Ouders komen als een bekende hen uitnodigt.</p></article></body></html>');
    const figures = await index.write(path.join(site, 'pagefind'));
    expect(figures).toEqual({ indexed: 1, added: 1 });
    expect(process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE).toBe(before);
  });
});
