/**
 * What the search finds first, on the search fixture and on the real
 * content: queries as readers type them (inflections, typos, compounds,
 * community names, parents against the elderly), each with the pages that
 * must be in its first five results and the pages that must not. The same
 * cases give the benchmark's top-1, top-5 and MRR (scripts/bench/relevance.ts).
 * Also: the same query gives the same order whatever was searched before.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, fixturesDir, projectRoot, type BuildResult } from '../support/build.ts';
import { judge, searchPageResults, type RelevanceCase } from '../support/relevance.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { useBrowser } from '../support/session.ts';
import { contentQueries } from '../fixtures/relevance/content-queries.ts';
import { fixtureQueries } from '../fixtures/relevance/fixture-queries.ts';

const name = `search-relevance-${process.pid}`;
/** The basic fixture with the search fixture's entries laid over it. */
const corpus = path.join(projectRoot, '.tmp/corpora', name);

interface Site {
  build: BuildResult;
  server: StaticServer;
}
const sites: Record<'fixture' | 'content', Site> = {} as Record<'fixture' | 'content', Site>;
const connection = useBrowser();
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  fs.rmSync(corpus, { recursive: true, force: true });
  fs.cpSync(path.join(fixturesDir, 'corpus-basic'), corpus, { recursive: true });
  fs.cpSync(path.join(fixturesDir, 'corpus-search'), corpus, { recursive: true });
  for (const [key, dir] of [['fixture', corpus], ['content', 'content']] as const) {
    const build = buildSite(dir, `${name}-${key}`);
    if (!build.ok) throw new Error(`The ${key} corpus did not build:\n${build.output}`);
    sites[key] = { build, server: await serveStatic(build.outDir, { gzip: true }) };
  }
  context = await connection.browser.newContext();
  page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
});
afterAll(async () => {
  await context?.close();
  for (const site of Object.values(sites)) {
    await site.server.close();
    site.build.remove();
  }
  fs.rmSync(corpus, { recursive: true, force: true });
});

function casesOf(key: 'fixture' | 'content', cases: RelevanceCase[]) {
  describe(`on the ${key === 'fixture' ? 'search fixture' : 'real content'}`, () => {
    it.each(cases.map((c) => [c.query, c.why, c] as const))('"%s": %s', async (query, _why, c) => {
      const found = await searchPageResults(page, sites[key].server.url, query);
      const [outcome] = judge([c], new Map([[query, found]]));
      expect(outcome!.problems, `first results: ${found.slice(0, 5).join(', ')}`).toEqual([]);
    });
  });
}

casesOf('fixture', fixtureQueries);
casesOf('content', contentQueries);

describe('another spelling', () => {
  it('shows the results of the closest spelling when the query finds nothing, says so, and links to that search', async () => {
    await searchPageResults(page, sites.fixture.server.url, 'discrimminatie');
    const line = page.locator('[data-search-suggestion]');
    expect(await line.textContent()).toBe('Niets gevonden voor ‘discrimminatie’. Dit zijn de resultaten voor ‘discriminatie’.');
    expect(await page.locator('[data-search-status]').textContent()).toBe('1 resultaat voor ‘discriminatie’.');
    await line.getByRole('link', { name: '‘discriminatie’' }).click();
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search]')?.dataset.resultsComplete === '?q=discriminatie');
    expect(new URL(page.url()).search).toBe('?q=discriminatie');
    expect(await line.isHidden()).toBe(true);
  });
});

describe('the same query, the same order', () => {
  it('gives each query the order it has on a fresh page, after other queries in the same page', async () => {
    const { url } = sites.content.server;
    const queries = contentQueries.map((c) => c.query);
    const fresh = new Map<string, string[]>();
    for (const query of queries) fresh.set(query, await searchPageResults(page, url, query));
    // One page, the queries one after the other in the other order, as a reader searches.
    await searchPageResults(page, url, 'sleutelfiguren');
    for (const query of [...queries].reverse()) {
      const input = page.locator('#search-q');
      await input.fill(query);
      await input.press('Enter');
      const search = `?${new URLSearchParams({ q: query })}`;
      await page.waitForFunction((expected) => document.querySelector<HTMLElement>('[data-search]')?.dataset.resultsComplete === expected, search);
      const after = await page.locator('.search-result__title a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(after, query).toEqual(fresh.get(query));
    }
  }, 300_000);

  it('searched without a script error', () => {
    expect(errors).toEqual([]);
  });
});
