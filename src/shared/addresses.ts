/**
 * The site's URL scheme: every address that the build writes, the content
 * check resolves, the browser code fetches and the tests visit is made here.
 * The scheme is the site's public contract (bookmarks, feeds, citations,
 * open data), so it lives in one plain module that every runtime can import:
 * no `astro:content`, no Node, no DOM.
 *
 * Pages end in a slash. Dutch pages have no prefix; English ones are under
 * /en/, entries by the language they are written in. Astro's own i18n
 * routing is not used: its `currentLocale` takes the locale from any path
 * segment or route parameter that equals a locale code, so a Dutch entry
 * with the id `en` would get the English interface.
 */
import type { CollectionName } from '../collections.ts';
import { defaultLang, langs, type Lang } from './lang.ts';

/** The language of the page at this address. */
export const langOf = (url: URL): Lang => (url.pathname === '/en' || url.pathname.startsWith('/en/') ? 'en' : 'nl');

/** A site path in a language: `/interventies/` becomes `/en/interventies/` in English. */
export const localise = (lang: Lang, path: string): string => (lang === defaultLang ? path : `/${lang}${path}`);

/** The value of the `[...lang]` route parameter for a language: none for Dutch, whose pages have no prefix. */
export const langParam = (lang: Lang): string | undefined => (lang === defaultLang ? undefined : lang);

/** The address a static host serves a built file at, given its path in the built site with forward slashes: `a/index.html` at `/a/`. */
export const pathOfBuiltFile = (file: string): string => `/${file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file}`;

/** The page of an entry, in the language it is written in: `/interventies/x/`, `/en/lessen/y/`. */
export const entryPath = (collection: CollectionName, id: string, lang: Lang): string => localise(lang, `/${collection}/${id}/`);

/**
 * The collection, id and language of an entry page's path, or undefined for
 * a path that is not shaped like one. Whether such an entry exists is for the
 * caller to know.
 */
export function parseEntryPath(path: string): { collection: string; id: string; lang: Lang } | undefined {
  const match = /^(?:\/([a-z]{2}))?\/([a-z]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)\/$/.exec(path);
  if (!match) return undefined;
  const [, prefix, collection, id] = match as unknown as [string, string | undefined, string, string];
  const lang = prefix ?? defaultLang;
  if (prefix === defaultLang || !(langs as readonly string[]).includes(lang)) return undefined;
  return { collection, id, lang: lang as Lang };
}

/** The list of all entries of a collection in a language. */
export const listPath = (collection: CollectionName, lang: Lang): string => localise(lang, `/${collection}/`);

/** The list of a collection's entries with one value of a facet, such as `/interventies/thema/onderwijs/`. */
export const facetListPath = (collection: CollectionName, facet: string, value: string, lang: Lang): string =>
  localise(lang, `/${collection}/${facet}/${value}/`);

/** The segment before the number of a later page of a list: `/interventies/pagina/2/`. */
export const pageSegment = 'pagina';

/** Page `n` (1-based) of a list whose first page is at `base`. */
export const pagePath = (base: string, n: number): string => (n === 1 ? base : `${base}${pageSegment}/${n}/`);

/** The value of a list route's `[...page]` parameter for page `n`: none for the first page. */
export const pageParam = (n: number): string | undefined => (n === 1 ? undefined : `${pageSegment}/${n}`);

/**
 * The path segments an entry's id may not be, because list pages use them
 * under a collection's address: `pagina` and the segment of each facet the
 * collection's lists are browsed by (given by the module that knows them).
 */
export const reservedSegments = (facetSegments: Iterable<string>): string[] => [pageSegment, ...facetSegments];

/** The citation record of an entry, as BibTeX or RIS. */
export const citationPath = (collection: string, id: string, format: 'bib' | 'ris'): string => `/citeer/${collection}/${id}.${format}`;

/** The facts of an intervention for the comparison page, which fetches them in the browser. */
export const comparisonDataPath = (id: string): string => `/vergelijk/data/${id}.json`;

/** The comparison page. */
export const comparisonPath = '/vergelijk/';

/**
 * The route patterns of each file set's files, by the set's name: the
 * addresses above with Astro's `[param]` placeholders. A build writes the
 * files from one bundle per set; the dev server serves each file on its own.
 */
export const fileSetPatterns = {
  citeer: [citationPath('[collection]', '[id]', 'bib'), citationPath('[collection]', '[id]', 'ris')],
  vergelijk: [comparisonDataPath('[id]')],
} as const;

export type FileSetName = keyof typeof fileSetPatterns;

/** The folder of a build's file-set bundles, which the file-sets integration removes once it has written their files. */
export const bundleFolder = '_bundels';

/** The params of a file's path (no leading slash) under a route pattern, or undefined when the pattern does not match it. */
export function paramsOf(pattern: string, filePath: string): Record<string, string> | undefined {
  const names: string[] = [];
  const source = pattern
    .slice(1)
    .split(/(\[[a-z]+\])/)
    .map((part) => {
      const name = /^\[([a-z]+)\]$/.exec(part)?.[1];
      if (!name) return part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      names.push(name);
      return '([^/]+)';
    })
    .join('');
  const match = new RegExp(`^${source}$`).exec(filePath);
  return match ? Object.fromEntries(names.map((name, i) => [name, match[i + 1]!])) : undefined;
}

/** The open-data page, and the downloads it lists. */
export const openDataPath = '/open-data/';
export const allJsonPath = `${openDataPath}alles.json`;
export const jsonPath = (collection: CollectionName): string => `${openDataPath}${collection}.json`;
export const csvPath = (collection: CollectionName): string => `${openDataPath}${collection}.csv`;
/** Name of the content ZIP without `.zip`, dated so that a download says which version it holds. */
export const zipName = (date: string): string => `lom-kennisbank-inhoud-${date}`;
export const zipPath = (date: string): string => `${openDataPath}${zipName(date)}.zip`;
/** The knowledge map's figures ("Wat weten we?"), one record per theme × community. */
export const knowledgeMapDataPath = (format: 'csv' | 'json'): string => `${openDataPath}wat-weten-we.${format}`;

/** "Wat weten we?": the map of what the knowledge base holds per theme and community. */
export const knowledgeMapPath = '/wat-weten-we/';

/** How to propose a change or add knowledge, in plain Dutch. */
export const contributePath = '/bijdragen/';

/** The Dutch search, narrowed by filters as its address keeps them (`?thema=onderwijs&gemeenschap=turkse`). */
export const searchPath = (filters: Record<string, string> = {}): string => {
  const query = new URLSearchParams(filters).toString();
  return query ? `/zoeken/?${query}` : '/zoeken/';
};

/** The JSON Schema of a collection's front matter, published by its own endpoint. */
export const schemaPath = (collection: CollectionName): string => `/schema/${collection}.json`;

/** The feed of everything new and updated, and the feed of an organisation's or a theme's page. */
export const allFeedPath = '/feeds/alles.xml';
export const feedPath = (collection: CollectionName, id: string): string => `/feeds/${collection}/${id}.xml`;

/** Where the built search index and Pagefind's script are. */
export const searchBundlePath = '/pagefind/';
