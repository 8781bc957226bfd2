/**
 * Searching with Pagefind: loads its script from the built index, runs
 * searches with the page's filters and sort, and works out the count next to
 * every filter value.
 *
 * Two Pagefind instances share the work. Once Pagefind has every filter file,
 * it counts the filter values of every result in every search, which made a
 * search at 10,000 entries several times slower. So one instance finds the
 * results and loads only the filter files of chosen filters; the other, made
 * when the first counts are needed, has all filter files and only counts,
 * after the results are on screen.
 */
import { namesFilter, parseName, type OrganisationName } from '../../shared/organisation-names.ts';
import { effectiveSort, type SearchState } from './state.ts';

/** The parts of Pagefind's browser API that the search page uses. */
interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

interface PagefindInstance {
  search(term: string | null, options?: { filters?: unknown; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindResponse>;
  preload(term: string, options?: { filters?: unknown }): Promise<void>;
  filters(): Promise<Counts>;
}

/** Number of results per value, per facet. */
export type Counts = Record<string, Record<string, number>>;

interface PagefindResponse {
  results: { id: string; data: () => Promise<ResultData> }[];
  filters: Counts;
}

export interface ResultData {
  url: string;
  /** Pagefind escapes the page text before it adds `<mark>`, so this is safe to parse as HTML. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface SearchRun {
  total: number;
  /** Loads the data of results `from` to `to` (exclusive), one promise per result, in order. */
  load(from: number, to: number): Promise<ResultData>[];
}

/** How Pagefind ranks; the values were tuned on the fixture corpus. */
const ranking = {
  metaWeights: {
    // Titles count most: Pagefind's default, spelled out because it matters here.
    title: 5,
    // Keywords are the other words people use for a subject ("Hindostaans", "ouderavond").
    trefwoorden: 4,
  },
};

const sortOptions: Record<string, Record<string, 'asc' | 'desc'>> = {
  bijgewerkt: { updated: 'desc' },
};

export class SearchEngine {
  readonly #module: Promise<PagefindModule>;
  readonly #options: Record<string, unknown>;
  readonly #results: Promise<PagefindInstance>;
  #counter: Promise<{ instance: PagefindInstance; totals: Counts }> | undefined;
  readonly #runs = new Map<string, Promise<SearchRun>>();
  readonly #counts = new Map<string, Promise<Counts>>();

  /** Starts loading Pagefind at once, so that it is ready by the time someone has typed a word. */
  constructor(bundle: string, buildTag: string) {
    // A module from the built index, not from the bundle: the address is only known when the site is served.
    this.#module = import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindModule>;
    this.#options = {
      // In the page, not in a Web Worker: the first answer comes sooner and there is one script less to fetch.
      noWorker: true,
      excerptLength: 24,
      ranking,
      // The index changes only with a new build, so its entry file may be cached until the next one.
      metaCacheTag: buildTag,
    };
    this.#results = this.#instance();
  }

  /** A loaded instance. An empty search returns once Pagefind has its index metadata and WebAssembly. */
  async #instance(): Promise<PagefindInstance> {
    const instance = (await this.#module).createInstance(this.#options);
    await instance.search('');
    return instance;
  }

  /** Resolves once Pagefind is loaded; fails when it cannot be, for example when the index is missing. */
  async ready(): Promise<void> {
    await this.#results;
  }

  /** Fetches the index parts for a query being typed, so that the search itself finds them loaded. */
  async preload(query: string): Promise<void> {
    await (await this.#results).preload(query);
  }

  /**
   * The results of a state. A state searched a moment ago (Back, Forward, a
   * query typed again) is answered from memory: the index does not change
   * while the page is open, and a search of a common word takes Pagefind a
   * good part of a second at 10,000 entries.
   */
  search(state: SearchState): Promise<SearchRun> {
    return remember(this.#runs, keyOf(state), async () => {
      const pagefind = await this.#results;
      const sort = sortOptions[effectiveSort(state)];
      const response = await pagefind.search(state.q || null, { filters: toPagefindFilters(state.filters), ...(sort ? { sort } : {}) });
      const results = response.results;
      return { total: results.length, load: (from, to) => results.slice(from, to).map((result) => result.data()) };
    });
  }

  /**
   * The count next to each filter value: how many results there would be with
   * that value chosen too. Values of one facet add up (OR) and facets narrow
   * each other (AND), so a facet's counts leave out the facet's own choices,
   * which takes one more search per facet with a choice.
   */
  counts(state: SearchState, facetKeys: readonly string[]): Promise<Counts> {
    return remember(this.#counts, `${keyOf(state)} ${facetKeys.join()}`, () => this.#count(state, facetKeys));
  }

  /** The instance that counts, with the number of entries of every filter value. */
  #countingInstance() {
    // Pagefind counts only once it has every filter file; they are fetched once.
    this.#counter ??= this.#instance().then(async (instance) => ({ instance, totals: await instance.filters() }));
    return this.#counter;
  }

  /** Every organisation with entries in the index, the most entries first (see organisations.ts). */
  async organisations(): Promise<(OrganisationName & { entries: number })[]> {
    const { totals } = await this.#countingInstance();
    return Object.entries(totals[namesFilter] ?? {})
      .flatMap(([value, entries]) => {
        const name = parseName(value);
        return name ? [{ ...name, entries }] : [];
      })
      .sort((a, b) => b.entries - a.entries || a.label.localeCompare(b.label, document.documentElement.lang));
  }

  async #count(state: SearchState, facetKeys: readonly string[]): Promise<Counts> {
    const counter = (await this.#countingInstance()).instance;
    const term = state.q || null;
    const all = (await counter.search(term, { filters: toPagefindFilters(state.filters) })).filters;
    const counts: Counts = {};
    for (const key of facetKeys) {
      if (!state.filters[key]) {
        counts[key] = all[key] ?? {};
        continue;
      }
      const { [key]: _own, ...others } = state.filters;
      counts[key] = (await counter.search(term, { filters: toPagefindFilters(others) })).filters[key] ?? {};
    }
    return counts;
  }
}

/** How many searches, and as many counts, are kept: enough for going Back and Forth a few steps. */
const remembered = 8;

/** The last value made for a key, or a new one; a failed one is forgotten, so that it is tried again. */
function remember<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let value = cache.get(key);
  if (value) cache.delete(key);
  else value = make().catch((error: unknown) => {
    cache.delete(key);
    throw error;
  });
  // Reinserted, so that the map's order is from least to most recently used.
  cache.set(key, value);
  for (const oldest of cache.keys()) {
    if (cache.size <= remembered) break;
    cache.delete(oldest);
  }
  return value;
}

/** Equal for states that search the same, whatever the order of their filter values. */
function keyOf(state: SearchState): string {
  const filters = Object.entries(state.filters).map(([key, values]) => [key, [...values].sort()]).sort(([a], [b]) => String(a).localeCompare(String(b)));
  return JSON.stringify([state.q, filters, effectiveSort(state)]);
}

/** Any of the chosen values within a facet, and every facet. */
function toPagefindFilters(filters: Record<string, string[]>): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(filters).map(([key, values]) => [key, { any: values }]));
}
