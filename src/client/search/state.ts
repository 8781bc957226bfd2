/**
 * The state of the search page and its address: `?q=ouders&thema=onderwijs&
 * thema=taal&organisatie=smn&sort=bijgewerkt`. The address is the only place
 * the state lives, so a search can be bookmarked, shared and restored.
 */

/** `''` ranks by relevance; `bijgewerkt` puts the most recently updated first. */
export type SortKey = '' | 'bijgewerkt';
export const sortKeys: readonly SortKey[] = ['', 'bijgewerkt'];

export interface SearchState {
  q: string;
  /** Chosen values per facet; a facet without values is absent. */
  filters: Record<string, string[]>;
  sort: SortKey;
}

/** Reads the state from a query string; unknown parameters and values that are not allowed are dropped. */
export function readState(query: string, facets: ReadonlyMap<string, (value: string) => boolean>): SearchState {
  const params = new URLSearchParams(query);
  const filters: Record<string, string[]> = {};
  for (const [key, allowed] of facets) {
    const values = [...new Set(params.getAll(key))].filter(allowed);
    if (values.length > 0) filters[key] = values;
  }
  const sort = params.get('sort') ?? '';
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    sort: (sortKeys as readonly string[]).includes(sort) ? (sort as SortKey) : '',
  };
}

/** The query string of a state, in a stable order, so that equal states have equal addresses. */
export function queryOf(state: SearchState, facetOrder: readonly string[]): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of facetOrder) for (const value of [...(state.filters[key] ?? [])].sort()) params.append(key, value);
  if (state.sort) params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export const filterCount = (state: SearchState) => Object.values(state.filters).reduce((n, values) => n + values.length, 0);

/** The sort a search actually uses: without a query there is no relevance to rank by, so the newest come first. */
export function effectiveSort(state: SearchState): SortKey {
  return state.q === '' ? 'bijgewerkt' : state.sort;
}
