/**
 * Relevance of the search: queries as readers type them, each with the
 * pages that must be in its first five results and the pages that must not,
 * run through the real search page in Chromium (or, for comparison, through
 * Pagefind's own defaults on an index of the same pages), and the figures
 * that sum them up: top-1, top-5 and mean reciprocal rank.
 */
import type { Page } from 'playwright-core';

export interface RelevanceCase {
  /** As a reader types it: inflections, typos, compounds, community names. */
  query: string;
  /** Addresses that must all be in the first five results; the first of them counts for top-1 and the rank. */
  top5: string[];
  /** Addresses that must not be in the first five. */
  notTop5?: string[];
  /** What the case is about. */
  why: string;
}

export interface CaseOutcome {
  query: string;
  /** The first ten result addresses. */
  found: string[];
  /** 1-based rank of the best-ranked page of `top5`, or undefined when none is in the results. */
  rank: number | undefined;
  passed: boolean;
  problems: string[];
}

export function judge(cases: readonly RelevanceCase[], results: ReadonlyMap<string, string[]>): CaseOutcome[] {
  return cases.map((c) => {
    const found = (results.get(c.query) ?? []).slice(0, 10);
    const top = found.slice(0, 5);
    const ranks = c.top5.map((url) => found.indexOf(url)).filter((i) => i >= 0);
    const problems = [
      ...c.top5.filter((url) => !top.includes(url)).map((url) => `${url} not in the first five`),
      ...(c.notTop5 ?? []).filter((url) => top.includes(url)).map((url) => `${url} in the first five`),
    ];
    return { query: c.query, found, rank: ranks.length > 0 ? Math.min(...ranks) + 1 : undefined, passed: problems.length === 0, problems };
  });
}

export interface Figures {
  queries: number;
  top1: number;
  top5: number;
  mrr: number;
  passed: number;
}

export function figures(outcomes: readonly CaseOutcome[]): Figures {
  const n = outcomes.length;
  return {
    queries: n,
    top1: outcomes.filter((o) => o.rank === 1).length / n,
    top5: outcomes.filter((o) => o.rank !== undefined && o.rank <= 5).length / n,
    mrr: outcomes.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / n,
    passed: outcomes.filter((o) => o.passed).length,
  };
}

/** The result addresses the search page shows for a query, opened from the address as a bookmark would be. */
export async function searchPageResults(page: Page, baseUrl: string, query: string, searchPath = '/zoeken/'): Promise<string[]> {
  const search = `?${new URLSearchParams({ q: query })}`;
  await page.goto(`${baseUrl}${searchPath}${search}`);
  await page.waitForFunction((expected) => {
    const root = document.querySelector<HTMLElement>('[data-search]');
    return root?.dataset.resultsComplete === expected && !root.hasAttribute('aria-busy');
  }, search);
  return page.locator('.search-result__title a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/**
 * The first ten addresses Pagefind finds with its defaults, from an index
 * at `bundle` (for example `/pagefind-default/`), in one instance for all
 * queries in turn, as a page using Pagefind's defaults would.
 */
export async function defaultPagefindResults(page: Page, baseUrl: string, bundle: string, queries: readonly string[]): Promise<Map<string, string[]>> {
  // A page whose policy lets Pagefind's WebAssembly run.
  await page.goto(`${baseUrl}/zoeken/`);
  const found = await page.evaluate(async ({ bundle, queries }) => {
    const pagefind = (await import(`${bundle}pagefind.js`)) as { search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }> };
    const out: [string, string[]][] = [];
    for (const query of queries) {
      const { results } = await pagefind.search(query);
      out.push([query, await Promise.all(results.slice(0, 10).map(async (r) => (await r.data()).url))]);
    }
    return out;
  }, { bundle, queries: [...queries] });
  return new Map(found);
}
