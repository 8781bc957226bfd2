/**
 * `node scripts/bench/first-answer.ts <builtSiteDir> [runs]`: the first
 * answer on a cold page, side by side with bare Pagefind in the same run.
 * Each run opens a fresh browser context (nothing cached), waits for the
 * page's load event, types a query into the field and presses Enter, and
 * times from the first key until the first result is on screen; it counts
 * the compressed bytes the server sent from the first key until then. Then a
 * second, different query on the same page, until its first results show.
 *
 * - this site: `/zoeken/`, which loads Pagefind when the field gets focus or
 *   the page is idle, whichever comes first;
 * - bare Pagefind: a blank page that imports Pagefind's script on the first
 *   key and searches an index of the same pages made with Pagefind's defaults
 *   (scripts/bench/default-index.ts), showing the title of the first result.
 *
 * Queries are the selective and common ones of scripts/bench/search.ts.
 * Figures are medians; they vary with the machine's load. Nothing is asserted.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { StaticServer } from '../../tests/support/server.ts';
import { coldRun, median, withServedSite } from './browser-runs.ts';
import { benchQueries } from './search.ts';

/** The anchor's page and script, written next to the default index. */
const anchorPage = `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Pagefind</title><script type="module" src="anchor.js"></script></head>
<body><form><input id="search-q" type="search"></form><ol id="results"></ol></body></html>`;
const anchorScript = `let pagefind;
const input = document.querySelector('#search-q');
const list = document.querySelector('#results');
input.addEventListener('keydown', () => { pagefind ??= import('./pagefind.js'); });
input.form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const query = input.value;
  const search = await (await pagefind).search(query);
  const data = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
  list.replaceChildren(...data.map((d) => Object.assign(document.createElement('li'), { textContent: d.meta.title })));
  document.body.dataset.results = query;
});
`;

interface Timed {
  ms: number;
  kb: number;
}

interface Sample {
  first: Timed;
  next: Timed;
}

function ensureAnchor(site: string) {
  const dir = path.join(site, 'pagefind-default');
  if (!fs.existsSync(path.join(dir, 'pagefind.js'))) {
    const env = { ...process.env };
    delete env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    const run = spawnSync(process.execPath, [path.join(import.meta.dirname, 'default-index.ts'), site], { env, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`Indexing with Pagefind's defaults failed:\n${run.stderr}`);
  }
  fs.writeFileSync(path.join(dir, 'anchor.html'), anchorPage);
  fs.writeFileSync(path.join(dir, 'anchor.js'), anchorScript);
}

/** Types a query and presses Enter; resolves with the time from the first key until `done` holds for it. */
async function typed(page: Page, server: StaticServer, query: string, done: (query: string) => boolean | Promise<boolean>, doneArg: string): Promise<Timed> {
  server.resetStats();
  const start = await page.evaluate(() => performance.now());
  await page.locator('#search-q').pressSequentially(query);
  await page.keyboard.press('Enter');
  await page.waitForFunction(done, doneArg);
  const end = await page.evaluate(() => performance.now());
  return { ms: end - start, kb: server.stats.bytes / 1024 };
}

const siteDone = (expected: string) => document.querySelector<HTMLElement>('[data-search]')?.dataset.results === expected;
const anchorDone = (expected: string) => document.body.dataset.results === expected;

function measure(browser: Browser, server: StaticServer, kind: 'site' | 'anchor', first: string, next: string): Promise<Sample> {
  return coldRun(browser, async (context) => {
    const page = await context.newPage();
    await page.goto(`${server.url}${kind === 'site' ? '/zoeken/' : '/pagefind-default/anchor.html'}`, { waitUntil: 'load' });
    const done = kind === 'site' ? siteDone : anchorDone;
    const arg = (q: string) => (kind === 'site' ? `?${new URLSearchParams({ q })}` : q);
    const firstTimed = await typed(page, server, first, done, arg(first));
    await page.locator('#search-q').fill('');
    const nextTimed = await typed(page, server, next, done, arg(next));
    return { first: firstTimed, next: nextTimed };
  });
}

export async function benchFirstAnswer(siteDir: string, runs = 5) {
  const site = path.resolve(siteDir);
  ensureAnchor(site);
  const samples: Record<string, Sample[]> = {};
  await withServedSite(site, async (browser, server) => {
    for (let run = 0; run < runs; run++) {
      for (const kind of ['site', 'anchor'] as const) {
        for (const words of ['selective', 'common'] as const) {
          const { first, next } = benchQueries[words];
          (samples[`${kind} ${words}`] ??= []).push(await measure(browser, server, kind, first[run % first.length]!, next[run % next.length]!));
        }
      }
    }
  });
  const row = (list: Sample[]) => ({
    'typing to first result': `${median(list.map((s) => s.first.ms)).toFixed(0)} ms`,
    'sent meanwhile': `${median(list.map((s) => s.first.kb)).toFixed(0)} KB`,
    'next query to first results': `${median(list.map((s) => s.next.ms)).toFixed(0)} ms`,
    'next query sent': `${median(list.map((s) => s.next.kb)).toFixed(0)} KB`,
  });
  return {
    'this site, selective': row(samples['site selective']!),
    'bare Pagefind, selective': row(samples['anchor selective']!),
    'this site, common words': row(samples['site common']!),
    'bare Pagefind, common words': row(samples['anchor common']!),
  };
}

if (import.meta.filename === process.argv[1]) {
  const [siteDir, runs] = process.argv.slice(2);
  if (!siteDir) {
    console.error('Usage: node scripts/bench/first-answer.ts <builtSiteDir> [runs]');
    process.exit(2);
  }
  const table = await benchFirstAnswer(siteDir, runs ? Number(runs) : undefined);
  console.log('Cold page, typing a query and Enter, until the first result is on screen (gzip, 127.0.0.1); medians');
  console.table(table);
}
