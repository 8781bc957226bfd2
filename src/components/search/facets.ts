/**
 * The search filters (facets): which values each entry gets, and how the
 * search page names them. Besides the type of entry, the filters are the
 * facets the schemas mark (see src/schemas/roles.ts). Filter values are
 * vocabulary ids and entry ids, so that search addresses read
 * `?thema=onderwijs&organisatie=smn` in both languages; the search page shows
 * the labels in its own language. The keys are the URL parameters and the
 * Pagefind filter names.
 */
import { collections, type CollectionName } from '../../collections.ts';
import { capitalise, ui, type Lang } from '../../i18n/index.ts';
import { allFacets, facetValues } from '../../schemas/roles.ts';

/** The order of the site's main navigation, with sources last. */
const typeOrder: CollectionName[] = ['interventies', 'lessen', 'netwerken', 'organisaties', 'themas', 'handreikingen', 'tijdlijn', 'bronnen'];

export interface FacetValue {
  id: string;
  label: string;
}

/** The legend of a filter in a language; every facet has one in both dictionaries (a unit test sees to it). */
export const legendOf = (key: string, lang: Lang): string => (ui(lang).search.legends as Record<string, string>)[key] ?? key;

/** The facets in the order the search page shows them, with a legend and, where fixed, their values, in a language. */
export function facetDefinitions(lang: Lang): { key: string; legend: string; values?: FacetValue[] }[] {
  const t = ui(lang);
  return [
    {
      key: 'type',
      legend: legendOf('type', lang),
      values: typeOrder.map((c) => ({ id: typeId(c), label: capitalise(t.collections[c].singular) })),
    },
    // A facet of entries (organisations) comes from the content, not from a vocabulary: the page fills it in.
    ...allFacets.map((facet) => ({
      key: facet.key,
      legend: legendOf(facet.key, lang),
      values: facet.vocabulary?.ids.map((id) => ({ id, label: facet.vocabulary!.label(id, lang) })),
    })),
  ];
}

/** The type filter's value for a collection: its Dutch singular, such as `interventie` or `gebeurtenis`. */
export function typeId(collection: CollectionName): string {
  return collections[collection].singular;
}

/**
 * The value entries are sorted by for "last updated": the date, then the
 * address, so that no two entries tie and the list the page is built with
 * has the same order as the same list from the index.
 */
export function updatedSortKey(updated: string, url: string): string {
  return `${updated} ${url}`;
}

/** Filter values of one entry, by facet; an organisation and a theme also count as their own. */
export function facetValuesOf(collection: CollectionName, id: string, data: Record<string, unknown>): Record<string, string[]> {
  return {
    type: [typeId(collection)],
    ...Object.fromEntries(allFacets.map((facet) => [facet.key, facetValues(collection, id, data, facet.key)])),
  };
}
