/**
 * The knowledge base's own content: it passes every check, and the site
 * builds from it with every internal link resolving, so a pull request that
 * breaks any of these fails CI. The site is built once, for all of them.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/content-tools/corpus.ts';
import { formatProblem } from '../../src/content-tools/problem.ts';
import { checkLinks, formatBrokenLink } from '../../scripts/check-links.ts';
import { buildSite, projectRoot, readPage, type BuildResult } from '../support/build.ts';
import { all, parseHtml, text } from '../support/html.ts';
import { entryPath } from '../support/pages.ts';

describe('content/', () => {
  it('has no errors', () => {
    const corpus = readCorpus(path.join(projectRoot, 'content'));
    const errors = corpus.problems.filter((p) => p.severity === 'error').map(formatProblem);
    expect(errors).toEqual([]);
  });

  it('tells the same facts in both languages of every translated entry', () => {
    const corpus = readCorpus(path.join(projectRoot, 'content'), { render: false });
    expect(corpus.problems.filter((p) => p.rule === 'vertaling').map(formatProblem)).toEqual([]);
  });

  describe('built into a site', () => {
    let result: BuildResult;
    beforeAll(() => {
      result = buildSite('content', `content-${process.pid}`);
    });
    afterAll(() => result?.remove());

    it('builds', () => {
      expect(result.ok, result.output).toBe(true);
    });

    it('has a page for every published entry, headed by its title', () => {
      const corpus = readCorpus(path.join(projectRoot, 'content'));
      for (const entry of corpus.entries.filter((e) => e.data.status === 'gepubliceerd')) {
        const headings = all(parseHtml(readPage(result.outDir, entryPath(entry))), 'h1').map((h1) => text(h1));
        expect(headings, entryPath(entry)).toEqual([entry.data.title]);
      }
    });

    it('has no broken internal link or fragment', () => {
      expect(checkLinks(result.outDir).broken.map(formatBrokenLink)).toEqual([]);
    });
  });
});
