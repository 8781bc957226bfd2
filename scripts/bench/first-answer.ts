/**
 * `node scripts/bench/first-answer.ts <builtSiteDir> [runs]`: the first
 * answer on a cold page, side by side with bare Pagefind in the same run.
 * Each run opens a fresh browser context (nothing cached), opens the page,
 * types a query into the field and presses Enter, and notes when the first
 * result is on screen; it counts the compressed bytes the server sent from
 * the first key until then. Then a second, different query on the same page.
 *
 * Two clocks: from the first key (what typing itself takes is in it: the
 * benchmark types a key every few milliseconds, far faster than a person),
 * and from Enter, the wait a person sees once the query is typed. Two ways
 * to type: at once, the first query as soon as the page has loaded and the
 * next as soon as the first results show; and after the page has settled
 * before each query (no request for half a second and the page idle), as a
 * person reads the page, or the results, before typing.
 *
 * - this site: `/zoeken/`, which loads Pagefind and the index metadata when
 *   the field gets focus or the page is idle, whichever comes first;
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
  /** From the first key until the first result is on screen. */
  ms: number;
  /** From Enter until then. */
  afterEnterMs: number;
  kb: number;
}

interface Sample {
  first: Timed;
  next: Timed;
}

type Start = 'at once' | 'settled';

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

/** Notes the page's clock at each key, in the capturing phase, before the page's own handlers run. */
const noteKeys = () => {
  const keys: { key: string; at: number }[] = [];
  Object.assign(window, { benchKeys: keys });
  document.addEventListener('keydown', (event) => keys.push({ key: event.key, at: performance.now() }), true);
};

/** Resolves once the server has had no request for half a second and the page is idle. */
async function settled(page: Page, server: StaticServer) {
  for (;;) {
    const requests = server.stats.requests;
    await page.waitForTimeout(500);
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    if (server.stats.requests === requests) return;
  }
}

/** Types a query and presses Enter; resolves once `done` holds for it, polled every frame, which returns the page's clock then. */
async function typed(page: Page, server: StaticServer, query: string, done: (query: string) => number | false, doneArg: string): Promise<Timed> {
  await page.evaluate(() => (window as unknown as { benchKeys: unknown[] }).benchKeys.splice(0));
  server.resetStats();
  await page.locator('#search-q').pressSequentially(query);
  await page.keyboard.press('Enter');
  const end = (await (await page.waitForFunction(done, doneArg, { polling: 'raf' })).jsonValue()) as number;
  const keys = await page.evaluate(() => (window as unknown as { benchKeys: { key: string; at: number }[] }).benchKeys);
  const enter = keys.findLast((k) => k.key === 'Enter')!;
  return { ms: end - keys[0]!.at, afterEnterMs: end - enter.at, kb: server.stats.bytes / 1024 };
}

const siteDone = (expected: string) => document.querySelector<HTMLElement>('[data-search]')?.dataset.results === expected && performance.now();
const anchorDone = (expected: string) => document.body.dataset.results === expected && performance.now();

function measure(browser: Browser, server: StaticServer, kind: 'site' | 'anchor', start: Start, first: string, next: string): Promise<Sample> {
  return coldRun(browser, async (context) => {
    const page = await context.newPage();
    await page.addInitScript(noteKeys);
    await page.goto(`${server.url}${kind === 'site' ? '/zoeken/' : '/pagefind-default/anchor.html'}`, { waitUntil: 'load' });
    if (start === 'settled') await settled(page, server);
    const done = kind === 'site' ? siteDone : anchorDone;
    const arg = (q: string) => (kind === 'site' ? `?${new URLSearchParams({ q })}` : q);
    const firstTimed = await typed(page, server, first, done, arg(first));
    await page.locator('#search-q').fill('');
    if (start === 'settled') await settled(page, server);
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
      for (const start of ['at once', 'settled'] as const) {
        for (const words of ['selective', 'common'] as const) {
          for (const kind of ['site', 'anchor'] as const) {
            const { first, next } = benchQueries[words];
            (samples[`${kind === 'site' ? 'this site' : 'bare Pagefind'}, ${words}, typing ${start}`] ??= []).push(await measure(browser, server, kind, start, first[run % first.length]!, next[run % next.length]!));
          }
        }
      }
    }
  });
  const ms = (list: Sample[], pick: (s: Sample) => number) => `${median(list.map(pick)).toFixed(0)} ms`;
  const kb = (list: Sample[], pick: (s: Sample) => number) => `${median(list.map(pick)).toFixed(0)} KB`;
  return Object.fromEntries(
    Object.entries(samples).map(([name, list]) => [
      name,
      {
        'first key to first result': ms(list, (s) => s.first.ms),
        'Enter to first result': ms(list, (s) => s.first.afterEnterMs),
        'sent from first key': kb(list, (s) => s.first.kb),
        'next query, Enter to result': ms(list, (s) => s.next.afterEnterMs),
        'next query sent': kb(list, (s) => s.next.kb),
      },
    ]),
  );
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
