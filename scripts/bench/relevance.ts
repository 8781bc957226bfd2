/**
 * `node scripts/bench/relevance.ts [fixture=<site>] [content=<site>] [docs=<site>] [speed=<site> [runs=<n>]]`:
 * the relevance of the search on built sites, against Pagefind's defaults on
 * the same pages in the same run. For each site, each query of its set is
 * searched on the site's search page in Chromium, a fresh page per query;
 * the same queries then run with Pagefind's defaults on an index of the same
 * HTML (scripts/bench/default-index.ts, made when missing), one after the
 * other in one instance as a page using Pagefind would. Prints top-1 (the
 * first expected page first), top-5 (one in the first five), MRR (the mean of
 * 1/rank of the first expected page) and cases passed (all expected pages in
 * the first five and none of the pages that must not be), then the queries
 * that fail. Figures, not a test.
 *
 * - fixture: tests/fixtures/corpus-basic with tests/fixtures/corpus-search laid over it;
 * - content: the real content;
 * - docs: public Dutch documentation built with scripts/bench/docs-site.ts;
 * - speed: a site of generated entries (generate-corpus.ts), whose first
 *   answer on a cold page is then timed against bare Pagefind
 *   (first-answer.ts), so that both tables, each with its anchor, are
 *   printed together.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../../tests/support/browser.ts';
import { defaultPagefindResults, figures, judge, searchPageResults, type Figures, type RelevanceCase } from '../../tests/support/relevance.ts';
import { serveStatic } from '../../tests/support/server.ts';
import { contentQueries } from '../../tests/fixtures/relevance/content-queries.ts';
import { fixtureQueries } from '../../tests/fixtures/relevance/fixture-queries.ts';
import { docsQueries } from './docs-queries.ts';
import { benchFirstAnswer } from './first-answer.ts';

const sets: Record<string, RelevanceCase[]> = { fixture: fixtureQueries, content: contentQueries, docs: docsQueries };

function ensureDefaultIndex(site: string) {
  if (fs.existsSync(path.join(site, 'pagefind-default/pagefind.js'))) return;
  const env = { ...process.env };
  delete env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  const run = spawnSync(process.execPath, [path.join(import.meta.dirname, 'default-index.ts'), site], { env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`Indexing ${site} with Pagefind's defaults failed:\n${run.stderr}`);
}

export async function benchRelevance(sites: [name: string, dir: string][]) {
  const browser = await launchBrowser();
  const rows: Record<string, Record<string, string>> = {};
  const failing: string[] = [];
  try {
    for (const [name, dir] of sites) {
      const cases = sets[name];
      if (!cases) throw new Error(`No query set named ${name}: ${Object.keys(sets).join(', ')}`);
      const site = path.resolve(dir);
      ensureDefaultIndex(site);
      const server = await serveStatic(site, { gzip: true });
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const ours = new Map<string, string[]>();
        for (const c of cases) ours.set(c.query, await searchPageResults(page, server.url, c.query));
        const anchor = await defaultPagefindResults(await context.newPage(), server.url, '/pagefind-default/', cases.map((c) => c.query));
        const mine = judge(cases, ours);
        const show = (f: Figures) => `${pct(f.top1)} / ${pct(f.top5)} / ${f.mrr.toFixed(3)} / ${f.passed} of ${f.queries}`;
        rows[name] = { queries: String(cases.length), 'this site: top-1 / top-5 / MRR / cases passed': show(figures(mine)), "Pagefind's defaults: top-1 / top-5 / MRR / cases passed": show(figures(judge(cases, anchor))) };
        for (const o of mine.filter((o) => !o.passed)) failing.push(`${name}: "${o.query}": ${o.problems.join('; ')} (first: ${o.found.slice(0, 5).join(', ') || 'nothing'})`);
      } finally {
        await context.close();
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  return { rows, failing };
}

const pct = (n: number) => `${(n * 100).toFixed(0)}%`;

if (import.meta.filename === process.argv[1]) {
  const args = process.argv.slice(2).map((arg) => arg.split('=') as [string, string]);
  if (args.length === 0 || args.some((s) => s.length !== 2)) {
    console.error('Usage: node scripts/bench/relevance.ts fixture=<site> content=<site> docs=<site> speed=<site> runs=<n>');
    process.exit(2);
  }
  const options = new Map(args.filter(([key]) => key === 'speed' || key === 'runs'));
  const sites = args.filter(([key]) => !options.has(key));
  if (sites.length > 0) {
    const { rows, failing } = await benchRelevance(sites);
    console.log('Relevance: this site against Pagefind\'s defaults on the same pages');
    console.table(rows);
    console.log(failing.length > 0 ? `Queries that fail on this site:\n${failing.join('\n')}` : 'Every query passes on this site.');
  }
  const speed = options.get('speed');
  if (speed) {
    const table = await benchFirstAnswer(speed, Number(options.get('runs') ?? 5));
    console.log('Speed: cold page, typing a query and Enter, until the first result is on screen (gzip, 127.0.0.1); medians');
    console.table(table);
  }
}
