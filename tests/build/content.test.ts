/**
 * The knowledge base's own content: it passes every check, and the site
 * builds from it, so a pull request that breaks either fails CI.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/content-tools/corpus.ts';
import { formatProblem } from '../../src/content-tools/problem.ts';
import { buildSite, projectRoot, readPage } from '../support/build.ts';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

describe('content/', () => {
  it('has no errors', () => {
    const corpus = readCorpus(path.join(projectRoot, 'content'));
    const errors = corpus.problems.filter((p) => p.severity === 'error').map(formatProblem);
    expect(errors).toEqual([]);
  });

  it('builds into a site with a page for every published entry', () => {
    const result = buildSite('content', `content-${process.pid}`);
    try {
      expect(result.ok, result.output).toBe(true);
      const corpus = readCorpus(path.join(projectRoot, 'content'));
      for (const entry of corpus.entries.filter((e) => e.data.status === 'gepubliceerd')) {
        expect(readPage(result.outDir, `/${entry.collection}/${entry.id}/`)).toContain(`<h1>${escapeHtml(entry.data.title)}</h1>`);
      }
    } finally {
      result.remove();
    }
  });
});
