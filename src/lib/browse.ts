/**
 * The browse pages of every collection: a paginated list of all entries, and
 * the same list narrowed by each facet the collection's schema marks for
 * browsing (see src/schemas/roles.ts), such as theme, organisation or (for
 * interventions) evidence level. Every list page holds at most `pageSize` entries. Each
 * language has its own lists: the Dutch ones at `/<collection>/`, the English
 * ones under /en/, which show the Dutch entries not yet translated after the
 * English ones (see `listFor`).
 */
import type { CollectionName } from '../collections.ts';
import { collectionNames } from '../collections.ts';
import { langParam, langs, otherLang, type Lang } from '../i18n/index.ts';
import { facetListPath, listPath, pageParam } from '../shared/addresses.ts';
import { facetOf, facetsOf, facetValues } from '../schemas/roles.ts';
import { entriesOf, leftOut, listFor, paginate, pageSize, type AnyEntry } from './entries.ts';

export { facetsOf } from '../schemas/roles.ts';

const groupings = new Map<string, Promise<Map<string, AnyEntry[]>>>();

/**
 * Groups a collection's entries that a list in `lang` shows by the values of a
 * facet, in the facet's natural order. Made once per build: every list page
 * shows the groups in its browse box. Callers do not change the result.
 */
export function groupBy(collection: CollectionName, facet: string, lang: Lang): Promise<Map<string, AnyEntry[]>> {
  const key = `${collection} ${facet} ${lang}`;
  let grouping = groupings.get(key);
  if (!grouping) {
    grouping = group(collection, facet, lang);
    groupings.set(key, grouping);
  }
  return grouping;
}

async function group(collection: CollectionName, facet: string, lang: Lang): Promise<Map<string, AnyEntry[]>> {
  const groups = new Map<string, AnyEntry[]>();
  // A facet of a vocabulary lists its values in the vocabulary's order; one of entries in the order they come.
  for (const id of facetOf(facet).vocabulary?.ids ?? []) groups.set(id, []);
  for (const entry of listFor(await entriesOf(collection), lang)) {
    for (const value of facetValues(collection, entry.id, entry.data as Record<string, unknown>, facet)) {
      if (!groups.has(value)) groups.set(value, []);
      groups.get(value)!.push(entry);
    }
  }
  for (const [value, entries] of groups) if (entries.length === 0) groups.delete(value);
  return groups;
}

/**
 * Most organisations the browse box of a list page names. The other facets
 * have fixed vocabularies, but organisations grow with the corpus, and naming
 * them all would make the first page of every list grow with it (at 10,000
 * entries, 200 organisations). Beyond this number the box names those with
 * the most entries and links to the list of all organisations, whose pages
 * link to the rest.
 */
export const browseOrganisationLimit = 12;

/** The groups a browse box names for a facet: all of them, or for organisations at most `browseOrganisationLimit`. */
export function groupsToBrowse<T extends { count: number }>(facet: string, groups: T[]): { shown: T[]; more: boolean } {
  if (facetOf(facet).vocabulary || groups.length <= browseOrganisationLimit) return { shown: groups, more: false };
  return { shown: [...groups].sort((a, b) => b.count - a.count).slice(0, browseOrganisationLimit), more: true };
}

export interface ListPageProps {
  collection: CollectionName;
  entries: AnyEntry[];
  current: number;
  total: number;
  count: number;
  base: string;
  facet?: string;
  value?: string;
  /** The first page of the same list in the other language, where there is one. */
  translation?: string;
  /** How many entries in the other language the list leaves out (see `leftOut`). */
  elsewhere?: number;
  /** How many entries of the list are not in the page's language: Dutch ones not yet translated, on an English list. */
  untranslated: number;
  /** Whether the same list in the other language (`translation`) shows entries not in that language. */
  translationPartial?: boolean;
}

/** `getStaticPaths` entries for the pages of a list in `lang`. */
function pagesFor(list: AnyEntry[], lang: Lang, props: Omit<ListPageProps, 'entries' | 'current' | 'total' | 'count' | 'untranslated'>, params: Record<string, string | undefined>) {
  const pages = paginate(list, pageSize);
  const untranslated = list.filter((e) => e.data.lang !== lang).length;
  return pages.map((entries, i) => ({
    params: { ...params, page: pageParam(i + 1) },
    props: { ...props, entries, current: i + 1, total: pages.length, count: list.length, untranslated },
  }));
}

/**
 * The pages of every collection's list, in both languages. The English site
 * has a list for every collection, with or without English entries, so that
 * its navigation always leads somewhere.
 */
export async function listPaths() {
  const paths = [];
  for (const lang of langs) {
    for (const collection of collectionNames) {
      const all = await entriesOf(collection);
      const shown = listFor(all, lang);
      paths.push(...pagesFor(
        shown,
        lang,
        {
          collection,
          base: listPath(collection, lang),
          translation: listPath(collection, otherLang(lang)),
          translationPartial: listFor(all, otherLang(lang)).some((e) => e.data.lang === lang),
          elsewhere: leftOut(all, shown, lang),
        },
        { lang: langParam(lang), collection },
      ));
    }
  }
  return paths;
}

/** The pages of every collection's lists by facet value, in both languages; a value without entries has no page. */
export async function facetListPaths() {
  const paths = [];
  for (const lang of langs) {
    for (const collection of collectionNames) {
      for (const facet of facetsOf(collection)) {
        const elsewhere = await groupBy(collection, facet, otherLang(lang));
        for (const [value, entries] of await groupBy(collection, facet, lang)) {
          const translation = elsewhere.has(value) ? facetListPath(collection, facet, value, otherLang(lang)) : undefined;
          const translationPartial = elsewhere.get(value)?.some((e) => e.data.lang === lang) ?? false;
          paths.push(...pagesFor(entries, lang, { collection, facet, value, base: facetListPath(collection, facet, value, lang), translation, translationPartial }, { lang: langParam(lang), collection, facet, value }));
        }
      }
    }
  }
  return paths;
}
