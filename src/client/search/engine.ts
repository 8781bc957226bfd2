/**
 * Searching with Pagefind: loads its script from the built index, runs
 * searches with the page's filters and sort, and works out the count next to
 * every filter value.
 *
 * Each search runs in a Pagefind instance of its own. Why (Pagefind 1.6,
 * pagefind_web/src/lib.rs and search.rs): a search fetches only the index
 * chunks whose word range holds the query word or its stem, but matches the
 * stem against every word of every chunk the instance has loaded, and takes
 * its IDF from all of them. Words that start with the stem and sort past its
 * chunk ("ouder" in one chunk, "ouderschap" in the next) therefore counted
 * only after another query had loaded their chunk, and a query ranked
 * differently after other queries. A fresh instance holds what its query
 * needs and nothing else. It is cheap: the WebAssembly module is compiled
 * once for the page, and the index files are fetched and inflated once
 * (index-files.ts), so a new instance only decodes the index metadata and
 * the chunks of its query.
 *
 * Another instance counts. Once Pagefind has every filter file, it counts the
 * filter values of every result in every search, which made a search at
 * 10,000 entries several times slower; so the searching instances load only
 * the filter files of chosen filters, and the counting instance, made when
 * the first counts are needed, has all filter files and only counts, after
 * the results are on screen.
 *
 * A query is searched as its variants (search-language.ts: words of the other
 * sense marked, synonyms, compounds) and the results merged, each page with
 * its best score. When it finds few results, the word list of the index is
 * loaded (spelling.ts): to split compounds, to offer a spelling, and, when
 * nothing was found, to search the closest spelling instead.
 */
import { addressField, exactQuery, mayHaveCompound, queryVariants, shortTitleField, splitCompound, titleFormsField, titlePartsField, asWritten } from '../../shared/search-language.ts';
import { namesFilter, parseName, type OrganisationName } from '../../shared/organisation-names.ts';
import { closestWord, suggestion as spellingOf, wordsFrom, type Words } from './spelling.ts';
import { effectiveSort, type SearchState } from './state.ts';
import { fetchEntryFiles, keepIndexFiles } from './index-files.ts';

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

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}

interface PagefindResponse {
  results: PagefindResult[];
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
  /** The spelling searched instead, when the query as typed found nothing and this did. */
  corrected?: string;
  /** A spelling to offer, when the query found few results and a close spelling is more common. */
  suggestion?: string;
  /** The Pagefind searches the results come from (none for all entries). */
  searched: string[];
}

/**
 * How Pagefind ranks. A query word matches every indexed word that starts
 * with its stem; `termSimilarity` makes a match of about the word's own
 * length count far more than a long extension (ouder → ouderschap), so that
 * a page about the word itself comes first. The values were chosen on the
 * relevance set (tests/e2e/search-relevance.test.ts, scripts/bench/relevance.ts).
 */
export const ranking = {
  termSimilarity: 6,
  metaWeights: {
    // Titles count most: Pagefind's default, spelled out because it matters here.
    title: 5,
    // Keywords are the other words people use for a subject ("Hindostaans", "ouderavond").
    trefwoorden: 4,
    // Compound parts and synonyms (search-text.ts) find a page, but count less than its own words.
    zoekwoorden: 1,
    // Other words for the title's words (infinitives, abbreviations, names) count as the title, the parts of its compounds less.
    [titleFormsField]: 5,
    [titlePartsField]: 2,
    // Words of the page's address that its title lacks (arc-01-archiefwet), exactly: found by the exact search, weighted as the title's parts.
    [addressField]: 2,
    // A short title that the query covers: the page is about just that (search-language.ts, titleWords).
    [shortTitleField(1)]: 6,
    [shortTitleField(2)]: 3.5,
    [shortTitleField(3)]: 2,
    [shortTitleField(4)]: 1.5,
    [shortTitleField(5)]: 1,
  },
};

/** Fewer results than this, and the word list is asked for a compound or another spelling. */
const few = 3;

const sortOptions: Record<string, Record<string, 'asc' | 'desc'>> = {
  bijgewerkt: { updated: 'desc' },
};

export class SearchEngine {
  readonly #bundle: string;
  readonly #buildTag: string;
  readonly #options: Record<string, unknown>;
  #module: Promise<PagefindModule> | undefined;
  /** The instance the next search runs in, loaded ahead; `#preloaded` is what was preloaded into it. */
  #next: Promise<PagefindInstance> | undefined;
  #preloaded = '';
  #counter: Promise<{ instance: PagefindInstance; totals: Counts }> | undefined;
  #words: Promise<Words> | undefined;
  readonly #runs = new Map<string, Promise<SearchRun>>();
  /** Counts one up with every search asked for; counts of an earlier search stop when it changes. */
  #searches = 0;
  readonly #counts = new Map<string, Promise<Counts>>();

  constructor(bundle: string, buildTag: string) {
    this.#bundle = bundle;
    this.#buildTag = buildTag;
    this.#options = {
      // In the page, not in a Web Worker: the first answer comes sooner and there is one script less to fetch.
      noWorker: true,
      excerptLength: 24,
      ranking,
      // The index changes only with a new build, so its entry file may be cached until the next one.
      metaCacheTag: buildTag,
    };
  }

  /** Starts loading Pagefind and an instance for the first search, once; the page calls it when idle or when the field gets focus. */
  warm(): void {
    if (this.#module) return;
    keepIndexFiles(this.#bundle);
    // A failure shows when Pagefind fetches the same files.
    fetchEntryFiles(this.#bundle, this.#buildTag, document.documentElement.lang.toLowerCase()).catch(() => {});
    // A module from the built index, not from the bundle: the address is only known when the site is served.
    this.#module = import(/* @vite-ignore */ `${this.#bundle}pagefind.js`) as Promise<PagefindModule>;
    this.#next = this.#instance();
  }

  /** A loaded instance: resolves once Pagefind has its index metadata and WebAssembly. */
  async #instance(): Promise<PagefindInstance> {
    this.warm();
    const instance = (await this.#module!).createInstance(this.#options);
    await loaded(instance);
    return instance;
  }

  /**
   * The instance for a search. The one after it is made once the results
   * asked for are in (`#runOf`), when the page is next idle, from the files
   * in memory: decoding its index metadata takes a few milliseconds of the
   * page's thread, which would otherwise fall into the wait for the result
   * files and hold up the results.
   */
  #take(): Promise<PagefindInstance> {
    this.warm();
    const taken = this.#next ?? this.#instance();
    this.#next = undefined;
    this.#preloaded = '';
    return taken;
  }

  /** Makes the instance for the next search when the page is idle, unless there is one. */
  #prepareNext(): void {
    void idle().then(() => {
      this.#next ??= this.#instance();
    });
  }

  /** A search's results; once the data of the results asked for is in, the next search's instance is prepared. */
  #runOf(results: Scored[], searched: string[]): SearchRun {
    return {
      total: results.length,
      searched,
      load: (from, to) => {
        const data = results.slice(from, to).map(({ result }) => result.data().then(readable));
        void Promise.allSettled(data).then(() => this.#prepareNext());
        return data;
      },
    };
  }

  /** Resolves once Pagefind is loaded; fails when it cannot be, for example when the index is missing. */
  async ready(): Promise<void> {
    this.warm();
    await this.#next;
  }

  /**
   * Fetches the index parts for a query being typed into the instance the
   * search will run in. Only while the query grows: the parts of a word's
   * beginning hold no other words that start with the whole word, so they
   * cannot change its results. After a deletion the instance is replaced.
   * Then the parts of the search of the short-title fields, as the search
   * itself fetches them before it runs (`searchVariants`); their words sort
   * after the query's own (`exactWord`), so a growing query's ones are those
   * of its last word or lie beyond them. Without them the search would fetch
   * them after Enter.
   */
  async preload(state: SearchState): Promise<void> {
    this.warm();
    const query = state.q;
    if (!this.#next || !query.startsWith(this.#preloaded)) this.#next = this.#instance();
    this.#preloaded = query;
    const next = this.#next;
    const [main] = queryVariants(query);
    if (!main) return;
    const instance = await next;
    const exact = async () => {
      if (sortOptions[effectiveSort(state)]) return;
      const words = mayHaveCompound(query) ? await this.#wordList() : undefined;
      const terms = exactQuery(main, spellingIn(words));
      if (terms) await instance.preload(terms);
    };
    // At once: a query typed fast is complete before either arrives.
    await Promise.all([instance.preload(main), exact()]);
  }

  /**
   * The results of a state. A state searched a moment ago (Back, Forward, a
   * query typed again) is answered from memory: the index does not change
   * while the page is open.
   */
  search(state: SearchState): Promise<SearchRun> {
    this.#searches++;
    return this.#run(state);
  }

  #run(state: SearchState): Promise<SearchRun> {
    return remember(this.#runs, keyOf(state), async () => {
      const pagefind = await this.#take();
      const sort = sortOptions[effectiveSort(state)];
      const options = { filters: toPagefindFilters(state.filters), ...(sort ? { sort } : {}) };
      if (!state.q) return this.#runOf((await pagefind.search(null, options)).results.map((result) => ({ result, tier: 0, score: result.score })), []);
      // A long word may be a compound that the pages write apart: the word list says whether the index has it as one word.
      let words = mayHaveCompound(state.q) ? await this.#wordList() : undefined;
      const variants = (query: string) => (words ? queryVariants(query, words.lexicon, (word) => words!.counts.has(word)) : queryVariants(query));
      let searched = variants(state.q);
      let results = await searchVariants(pagefind, searched, options, words);
      if (results.length >= few) return this.#runOf(results, searched);
      // Few results: perhaps a compound the word list can split, or a spelling mistake.
      if (!words) {
        words = await this.#wordList();
        if (!words) return this.#runOf(results, searched);
        const more = variants(state.q).filter((variant) => !searched.includes(variant));
        results = merge([results, await searchVariants(pagefind, more, options, words, 1)]);
        searched = [...searched, ...more];
      }
      const lexicon = words.lexicon;
      const spelling = spellingOf(state.q, words, (word) => splitCompound(word, lexicon) !== undefined);
      if (!spelling) return this.#runOf(results, searched);
      if (results.length > 0) return { ...this.#runOf(results, searched), suggestion: spelling };
      const correctedVariants = variants(spelling);
      const corrected = await searchVariants(pagefind, correctedVariants, options, words);
      return corrected.length > 0 ? { ...this.#runOf(corrected, correctedVariants), corrected: spelling } : this.#runOf(results, searched);
    });
  }

  /** The word list of the page's language, loaded once when first needed; undefined when it cannot be had. */
  #wordList(): Promise<Words | undefined> {
    this.#words ??= fetch(`${this.#bundle}words.${document.documentElement.lang}.json`)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${response.status} ${response.url}`))))
      .then((list: [string, number][]) => wordsFrom(list));
    return this.#words.catch((error: unknown) => {
      console.error(error);
      return undefined;
    });
  }

  /**
   * The count next to each filter value: how many results there would be with
   * that value chosen too. Values of one facet add up (OR) and facets narrow
   * each other (AND), so a facet's counts leave out the facet's own choices,
   * which takes one more search per facet with a choice. A query's variants
   * each count; a value gets the largest of their counts. Counting can take
   * long at 10,000 entries, so it stops, with an `AbortError`, as soon as
   * another search is asked for: that search should not wait for counts
   * nobody will see.
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
    const searches = this.#searches;
    const counter = (await this.#countingInstance()).instance;
    const { searched } = await this.#run(state);
    const terms: (string | null)[] = searched.length > 0 ? searched : [null];
    const countsOf = async (filters: Record<string, string[]>) => {
      const all: Counts = {};
      for (const term of terms) {
        if (this.#searches !== searches) throw new DOMException('Another search was asked for', 'AbortError');
        for (const [key, values] of Object.entries((await counter.search(term, { filters: toPagefindFilters(filters) })).filters)) {
          const counted = (all[key] ??= {});
          for (const [value, n] of Object.entries(values)) counted[value] = Math.max(counted[value] ?? 0, n);
        }
      }
      return all;
    };
    const all = await countsOf(state.filters);
    const counts: Counts = {};
    for (const key of facetKeys) {
      if (!state.filters[key]) {
        counts[key] = all[key] ?? {};
        continue;
      }
      const { [key]: _own, ...others } = state.filters;
      counts[key] = (await countsOf(others))[key] ?? {};
    }
    return counts;
  }
}

/**
 * Pages with the words as typed come first; pages found only by another
 * variant (synonyms, compound parts) follow them, each group by score. A
 * page's score is the best any variant gives it: a page that uses
 * "biasanalyse" twice and "bias" thirty times is more about a biasanalyse
 * than one that uses the compound three times and nothing else.
 */
interface Scored {
  /** The result of the page's best tier, whose excerpt shows the words searched. */
  result: PagefindResult;
  /** 0 for the query as typed, 1 for its other variants. */
  tier: number;
  score: number;
}

/**
 * Runs each variant of a query in one instance, one after the other, and
 * merges their results. Each variant's exact search (the short-title fields,
 * search-language.ts: exactQuery) adds its score to the pages the variant
 * found: a page whose short title is the query's own words comes before one
 * whose title has a longer word that starts with them.
 */
async function searchVariants(pagefind: PagefindInstance, variants: string[], options: { filters?: unknown; sort?: Record<string, 'asc' | 'desc'> }, words: Words | undefined, firstTier = 0): Promise<Scored[]> {
  const lists: Scored[][] = [];
  for (const [i, variant] of variants.entries()) {
    // Sorted, every result is in the sort's order, whichever variant found it.
    const tier = options.sort ? 0 : Math.max(firstTier, Math.min(i, 1));
    const exact = options.sort ? undefined : exactQuery(variant, spellingIn(words));
    // Its parts before the variant's own search, as a preload while typing fetches them: Pagefind finds a word's
    // longer forms only in the parts it has, so the variant's results must not depend on which came first.
    if (exact) await pagefind.preload(exact);
    const { results } = await pagefind.search(variant, options);
    const bonus = new Map(exact && results.length > 0 ? (await pagefind.search(exact, options)).results.map((result) => [result.id, result.score]) : []);
    const scored = results.map((result) => ({ result, tier, score: result.score + (bonus.get(result.id) ?? 0) }));
    lists.push(bonus.size > 0 ? scored.sort(byRank) : scored);
  }
  return merge(lists);
}

/** With the word list, a word the index does not have counts in the short titles as the word it is closest to. */
function spellingIn(words: Words | undefined): ((word: string) => string) | undefined {
  return words ? (word) => closestWord(word, words) ?? word : undefined;
}

/** Results of several searches, each page once with its best tier and its best score, best first; equal ones in a stable order. */
function merge(lists: Scored[][]): Scored[] {
  if (lists.length === 1) return lists[0]!;
  const best = new Map<string, Scored>();
  for (const list of lists) {
    for (const scored of list) {
      const known = best.get(scored.result.id);
      if (!known) best.set(scored.result.id, scored);
      else best.set(scored.result.id, { result: scored.tier < known.tier ? scored.result : known.result, tier: Math.min(scored.tier, known.tier), score: Math.max(scored.score, known.score) });
    }
  }
  return [...best.values()].sort(byRank);
}

/** Best tier first, then the highest score, equal ones in a stable order. */
function byRank(a: Scored, b: Scored): number {
  return a.tier - b.tier || b.score - a.score || (a.result.id < b.result.id ? -1 : a.result.id > b.result.id ? 1 : 0);
}

/** A result as written: without the sense markers and compound joints of the index (search-language.ts) in its title and excerpt. */
function readable(data: ResultData): ResultData {
  return { ...data, excerpt: asWritten(data.excerpt), meta: { ...data.meta, title: data.meta.title === undefined ? undefined : asWritten(data.meta.title) } };
}

/**
 * Resolves once an instance has loaded its index metadata and WebAssembly.
 * Until then every call of Pagefind 1.6 waits in steps of 50 ms (getPtr in
 * pagefind_web_js), which alone made a new instance take 50 ms or more, even
 * from files in memory; ten empty searches started 5 ms apart notice the
 * loaded instance within 5 ms. An empty search changes nothing in the
 * instance: it returns before any index part is asked for.
 */
function loaded(instance: PagefindInstance): Promise<unknown> {
  return new Promise((resolve, reject) => {
    for (let i = 0; i < 10; i++) setTimeout(() => instance.search('').then(resolve, reject), i * 5);
  });
}

/** Resolves when the page is idle, or after half a second at most. */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 500 });
    else setTimeout(resolve, 50);
  });
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
