/**
 * The search filters (facets): which values each entry gets, and how the
 * search page names them. Filter values are the vocabulary ids, so that search
 * addresses read `?thema=onderwijs&organisatie=smn` in both languages; the
 * search page shows the labels in its own language. The keys are the URL
 * parameters and the Pagefind filter names.
 */
import { collections, type CollectionName } from '../../collections.ts';
import { capitalise, ui, type Lang } from '../../i18n/index.ts';
import { audiences, communities, evidenceLevels, targetGroups, themes } from '../../shared/vocabularies.ts';

export type FacetKey = 'type' | 'organisatie' | 'thema' | 'gemeenschap' | 'doelgroep' | 'sector' | 'bewijsniveau';

/** The order of the site's main navigation, with sources last. */
const typeOrder: CollectionName[] = ['interventies', 'lessen', 'netwerken', 'organisaties', 'themas', 'handreikingen', 'tijdlijn', 'bronnen'];

export interface FacetValue {
  id: string;
  label: string;
}

/** The facets in the order the search page shows them, with a legend and, where fixed, their values, in a language. */
export function facetDefinitions(lang: Lang): { key: FacetKey; legend: string; values?: FacetValue[] }[] {
  const t = ui(lang);
  const fromVocabulary = (vocabulary: { ids: readonly string[]; label: (id: string, lang: Lang) => string }): FacetValue[] =>
    vocabulary.ids.map((id) => ({ id, label: vocabulary.label(id, lang) }));
  return [
    {
      key: 'type',
      legend: t.search.legends.type,
      values: typeOrder.map((c) => ({ id: typeId(c), label: capitalise(t.collections[c].singular) })),
    },
    { key: 'thema', legend: t.search.legends.thema, values: fromVocabulary(themes) },
    // Organisations come from the content, not from a vocabulary: the page fills them in.
    { key: 'organisatie', legend: t.search.legends.organisatie },
    { key: 'bewijsniveau', legend: t.search.legends.bewijsniveau, values: fromVocabulary(evidenceLevels) },
    { key: 'doelgroep', legend: t.search.legends.doelgroep, values: fromVocabulary(targetGroups) },
    { key: 'gemeenschap', legend: t.search.legends.gemeenschap, values: fromVocabulary(communities) },
    { key: 'sector', legend: t.search.legends.sector, values: fromVocabulary(audiences) },
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
export function facetValuesOf(collection: CollectionName, id: string, data: Record<string, unknown>): Record<FacetKey, string[]> {
  const list = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);
  const evidence = data.evidence as { level?: string } | undefined;
  const reach = data.reach as { communities?: string[] } | undefined;
  return {
    type: [typeId(collection)],
    organisatie: collection === 'organisaties' ? [id] : list(data.organisations),
    thema: collection === 'themas' ? [id] : list(data.themes),
    gemeenschap: [...list(data.communities), ...list(reach?.communities)],
    doelgroep: list(data.target_groups),
    sector: list(data.audiences),
    bewijsniveau: evidence?.level ? [evidence.level] : [],
  };
}
