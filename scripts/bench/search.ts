/**
 * Measures the search page of a built site in Chromium, served from
 * 127.0.0.1 with gzip, each run in a fresh browser context (nothing cached):
 *
 * - page ready: from navigation to the search page until Pagefind is loaded
 *   (the page itself is complete as built);
 * - first query: from submitting the first query on that page until its
 *   first page of results is in the document, and what was transferred for it;
 * - next query: the same for a second, different query on the same page;
 *   the page shows its first five results as soon as they are in and adds
 *   the other five below them, so the time until all ten are in is given too
 *   ("page complete");
 * - repeated query: the first query again, with its index parts and results
 *   already loaded;
 * - from another page: opening `/zoeken/?q=…` directly, as the search field in
 *   every page's header does, until the results are in the document, and what
 *   the whole page load transferred by then.
 *
 * Two kinds of query are measured, each on its own cold page. Selective
 * queries, such as an organisation's short name, match a small share of the
 * entries: most real queries are like that, and they are the headline
 * figures. Common words of the generated corpus occur many times in nearly
 * every entry (it draws its text from some fifty words); they show the worst
 * case, where Pagefind's work grows with every occurrence in every entry.
 *
 * Transferred bytes are the compressed bodies of the responses that had
 * arrived when the results appeared, from the page's resource timing: the
 * search page runs Pagefind without a Web Worker, so the page sees every
 * request. The server's own count, which also holds what arrives after the
 * results (the filter files for the counts), is given beside it.
 * Figures are medians over the runs; timings are wall-clock and vary with the
 * machine and its load, so this prints figures and asserts nothing.
 *
 *   node scripts/bench/search.ts <builtSiteDir> [runs]
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { StaticServer } from '../../tests/support/server.ts';
import { coldRun, median, withServedSite } from './browser-runs.ts';

export interface QueryFigures {
  firstQueryMs: number;
  nextQueryMs: number;
  /** Until the whole first page of ten results is in. */
  nextQueryCompleteMs: number;
  repeatQueryMs: number;
  firstQueryKB: number;
  nextQueryKB: number;
  /** What the server sent for the first query, including what came after the results. */
  firstQueryServerKB: number;
  /** Kilobytes of the first query by kind of file, from the median run. */
  firstQueryParts: Record<string, number>;
  fromOtherPageMs: number;
  fromOtherPageKB: number;
  /** Results per query, to show that the queries found something. */
  found: Record<string, number>;
}

export interface SearchBenchFigures {
  /** Headline figures: selective queries. */
  firstQueryMs: number;
  nextQueryMs: number;
  firstQueryKB: number;
  details: {
    runs: number;
    pages: number;
    pageReadyMs: number;
    pageReadyKB: number;
    selective: QueryFigures;
    common: QueryFigures;
  };
}

/**
 * Queries for the corpus of generate-corpus.ts; each run takes the next
 * first/next pair of a kind. Organisations there are called ORG1, ORG2, ….
 */
export const benchQueries = {
  selective: { first: ['ORG12', 'ORG17', 'ORG14'], next: ['ORG15', 'ORG11', 'ORG19'] },
  common: { first: ['ouders', 'taal', 'gezondheid'], next: ['sleutelfiguren', 'werk jongeren', 'vrijwilligers'] },
};

type Kind = keyof typeof benchQueries;

export async function benchSearch(siteDir: string, runs = 5): Promise<SearchBenchFigures> {
  const root = path.resolve(siteDir);
  if (!fs.existsSync(path.join(root, 'pagefind/pagefind.js'))) throw new Error(`${root} has no search index: build the site first.`);
  const samples: Record<Kind, Sample[]> = { selective: [], common: [] };
  await withServedSite(root, async (browser, server) => {
    for (let run = 0; run < runs; run++) {
      for (const kind of Object.keys(benchQueries) as Kind[]) {
        const { first, next } = benchQueries[kind];
        samples[kind].push(await measure(browser, server, first[run % first.length]!, next[run % next.length]!));
      }
    }
  });
  const figures = (list: Sample[]): QueryFigures => {
    const medianOf = (pick: (s: Sample) => number) => median(list.map(pick));
    const middle = [...list].sort((a, b) => a.firstQuery.ms - b.firstQuery.ms)[Math.floor(list.length / 2)]!;
    return {
      firstQueryMs: medianOf((s) => s.firstQuery.ms),
      nextQueryMs: medianOf((s) => s.nextQuery.ms),
      nextQueryCompleteMs: medianOf((s) => s.nextQuery.completeMs),
      repeatQueryMs: medianOf((s) => s.repeatQuery.ms),
      firstQueryKB: medianOf((s) => s.firstQuery.bytes) / 1024,
      nextQueryKB: medianOf((s) => s.nextQuery.bytes) / 1024,
      firstQueryServerKB: medianOf((s) => s.firstQueryServerBytes) / 1024,
      firstQueryParts: partsOf(middle.firstQuery.responses),
      fromOtherPageMs: medianOf((s) => s.fromOtherPage.ms),
      fromOtherPageKB: medianOf((s) => s.fromOtherPage.bytes) / 1024,
      found: Object.assign({}, ...list.map((s) => s.found)),
    };
  };
  const selective = figures(samples.selective);
  const all = [...samples.selective, ...samples.common];
  const entry = JSON.parse(fs.readFileSync(path.join(root, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return {
    firstQueryMs: selective.firstQueryMs,
    nextQueryMs: selective.nextQueryMs,
    firstQueryKB: selective.firstQueryKB,
    details: {
      runs,
      pages: Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0),
      pageReadyMs: median(all.map((s) => s.pageReadyMs)),
      pageReadyKB: median(all.map((s) => s.pageReadyBytes)) / 1024,
      selective,
      common: figures(samples.common),
    },
  };
}

interface Response {
  url: string;
  bytes: number;
}

/** Time to results, the responses that had arrived by then, and the number of results. */
interface Timed {
  ms: number;
  /** Until the page's first ten results are in (`data-results-complete`). */
  completeMs: number;
  bytes: number;
  responses: Response[];
  total: number;
}

interface Sample {
  pageReadyMs: number;
  pageReadyBytes: number;
  firstQuery: Timed;
  firstQueryServerBytes: number;
  nextQuery: Timed;
  repeatQuery: Timed;
  fromOtherPage: Timed;
  found: Record<string, number>;
}

function measure(browser: Browser, server: StaticServer, first: string, next: string): Promise<Sample> {
  return coldRun(browser, async (context) => {
    const page = await context.newPage();
    server.resetStats();
    const started = Date.now();
    await page.goto(`${server.url}/zoeken/`);
    // The page as built is complete; ready means Pagefind is loaded too, as it is by the time someone has typed a word.
    await page.waitForSelector('[data-search][data-engine="ready"]');
    const pageReadyMs = Date.now() - started;
    const pageReadyBytes = server.stats.bytes;

    server.resetStats();
    const firstQuery = await submit(page, first);
    // Let the filter counts of the first query finish, so that the next query starts from a quiet page.
    await page.waitForFunction((query) => document.querySelector<HTMLElement>('[data-search]')!.dataset.counts === query, queryString(first));
    const firstQueryServerBytes = server.stats.bytes;
    const nextQuery = await submit(page, next);
    await page.waitForFunction((query) => document.querySelector<HTMLElement>('[data-search]')!.dataset.counts === query, queryString(next));
    const repeatQuery = await submit(page, first);
    await page.close();

    const direct = await context.newPage();
    // Notes the responses that have arrived when the results appear, timed from the start of navigation.
    await direct.addInitScript(() => {
      new MutationObserver(() => {
        if (!document.querySelector<HTMLElement>('[data-search]')?.dataset.results || 'benchResults' in window) return;
        const navigation = performance.getEntriesByType('navigation') as PerformanceResourceTiming[];
        const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        Object.assign(window, {
          benchResults: {
            ms: performance.now(),
            responses: [...navigation, ...resources].map((entry) => ({ url: entry.name, bytes: entry.encodedBodySize })),
          },
        });
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-results'] });
    });
    await direct.goto(`${server.url}/zoeken/${queryString(first)}`, { waitUntil: 'commit' });
    await direct.waitForFunction(() => 'benchResults' in window);
    const seen = await direct.evaluate(() => (window as unknown as { benchResults: { ms: number; responses: Response[] } }).benchResults);
    const fromOtherPage = { ...seen, completeMs: seen.ms, bytes: seen.responses.reduce((n, r) => n + r.bytes, 0), total: firstQuery.total };
    return { pageReadyMs, pageReadyBytes, firstQuery, firstQueryServerBytes, nextQuery, repeatQuery, fromOtherPage, found: { [first]: firstQuery.total, [next]: nextQuery.total } };
  });
}

const queryString = (query: string) => `?${new URLSearchParams({ q: query })}`;

/**
 * Submits a query as a reader does with Enter, and times in the page until its
 * results are in the document, and until its whole first page is.
 */
async function submit(page: Page, query: string): Promise<Timed> {
  const timed = await page.evaluate(({ query, expected }) => {
    const root = document.querySelector<HTMLElement>('[data-search]')!;
    const input = document.querySelector<HTMLInputElement>('#search-q')!;
    return new Promise<{ ms: number; completeMs: number; responses: { url: string; bytes: number }[]; total: number }>((resolve) => {
      let started = 0;
      let shown: { ms: number; responses: { url: string; bytes: number }[]; total: number } | undefined;
      new MutationObserver((_, observer) => {
        if (!shown && root.dataset.results === expected) {
          const responses = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
            .filter((entry) => entry.startTime >= started)
            .map((entry) => ({ url: entry.name, bytes: entry.encodedBodySize }));
          const total = Number(root.querySelector('[data-search-status]')!.textContent!.match(/^[\d.]+/)?.[0]?.replaceAll('.', '') ?? 0);
          shown = { ms: performance.now() - started, responses, total };
        }
        if (shown && root.dataset.resultsComplete === expected) {
          observer.disconnect();
          resolve({ ...shown, completeMs: performance.now() - started });
        }
      }).observe(root, { attributes: true, attributeFilter: ['data-results', 'data-results-complete'] });
      input.value = query;
      started = performance.now();
      input.form!.requestSubmit();
    });
  }, { query, expected: queryString(query) });
  return { ...timed, bytes: timed.responses.reduce((n, r) => n + r.bytes, 0) };
}

/** Kilobytes per kind of file. */
function partsOf(responses: Response[]): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const { url, bytes } of responses) {
    const kind = /\.pf_index$/.test(url) ? 'index chunks'
      : /\.pf_fragment$/.test(url) ? 'result fragments'
        : /\.pf_filter$/.test(url) ? 'filter files'
          : /\.pf_meta$/.test(url) ? 'index metadata'
            : /wasm\..*\.pagefind$/.test(url) ? 'WebAssembly'
              : /\.(js|json)(\?|$)/.test(url) ? 'scripts' : 'page';
    parts[kind] = (parts[kind] ?? 0) + bytes / 1024;
  }
  return parts;
}

if (import.meta.filename === process.argv[1]) {
  const [siteDir, runs] = process.argv.slice(2);
  if (!siteDir) {
    console.error('Usage: node scripts/bench/search.ts <builtSiteDir> [runs]');
    process.exit(2);
  }
  const figures = await benchSearch(siteDir, runs ? Number(runs) : undefined);
  const d = figures.details;
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  const kb = (n: number) => `${n.toFixed(1)} KB`;
  console.log(`Search on ${d.pages.toLocaleString('en')} indexed pages, median of ${d.runs} cold runs per kind of query (gzip, 127.0.0.1)`);
  console.log(`Search page ready (Pagefind loaded): ${ms(d.pageReadyMs)}, ${kb(d.pageReadyKB)}`);
  const row = (f: QueryFigures) => ({
    'first query': `${ms(f.firstQueryMs)}, ${kb(f.firstQueryKB)}`,
    'next query': `${ms(f.nextQueryMs)}, ${kb(f.nextQueryKB)}`,
    'next query, page complete': ms(f.nextQueryCompleteMs),
    'repeated query': ms(f.repeatQueryMs),
    'from another page': `${ms(f.fromOtherPageMs)}, ${kb(f.fromOtherPageKB)}`,
  });
  console.table({ 'selective (headline)': row(d.selective), 'common words (worst case)': row(d.common) });
  for (const kind of ['selective', 'common'] as const) {
    const f = d[kind];
    console.log(`${kind}: first query by kind of file (median run):`, Object.fromEntries(Object.entries(f.firstQueryParts).map(([k, v]) => [k, kb(v)])));
    console.log(`${kind}: the server sent ${kb(f.firstQueryServerKB)} for the first query, with the filter files for the counts that follow the results.`);
    console.log(`${kind}: results found:`, Object.entries(f.found).map(([q, n]) => `${q} ${n.toLocaleString('en')}`).join(', '));
  }
}
