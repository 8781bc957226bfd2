/**
 * The knowledge base's own content: it passes every check, and the site
 * builds from it, so a pull request that breaks either fails CI.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/content-tools/corpus.ts';
import { formatProblem } from '../../src/content-tools/problem.ts';
import { buildSite, projectRoot, readPage } from '../support/build.ts';
import { all, parseHtml, text } from '../support/html.ts';

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
        const headings = all(parseHtml(readPage(result.outDir, `/${entry.collection}/${entry.id}/`)), 'h1').map((h1) => text(h1));
        expect(headings, `${entry.collection}/${entry.id}`).toEqual([entry.data.title]);
      }
    } finally {
      result.remove();
    }
  });
});
