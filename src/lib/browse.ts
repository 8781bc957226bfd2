/**
 * The browse pages of every collection: a paginated list of all entries, and
 * the same list narrowed by theme, organisation or (for interventions)
 * evidence level. Every list page holds at most `pageSize` entries.
 */
import type { CollectionName } from '../collections.ts';
import { collectionNames } from '../collections.ts';
import { audiences, evidenceLevels, themes } from '../vocabularies.ts';
import { entriesOf, paginate, pageSize, type AnyEntry } from './entries.ts';

export type Facet = 'thema' | 'organisatie' | 'bewijsniveau' | 'sector';

/** Which facets each collection can be browsed by. */
export const facetsOf = (collection: CollectionName): Facet[] => {
  if (collection === 'organisaties' || collection === 'themas') return [];
  if (collection === 'interventies') return ['thema', 'organisatie', 'bewijsniveau'];
  if (collection === 'lessen' || collection === 'handreikingen') return ['thema', 'organisatie', 'sector'];
  return ['thema', 'organisatie'];
};

/** The value(s) an entry has for a facet. */
export function facetValues(entry: AnyEntry, facet: Facet): string[] {
  const data = entry.data as Record<string, unknown>;
  if (facet === 'thema') return (data.themes as string[] | undefined) ?? [];
  if (facet === 'organisatie') return (data.organisations as string[] | undefined) ?? [];
  if (facet === 'sector') return (data.audiences as string[] | undefined) ?? [];
  const evidence = data.evidence as { level: string } | undefined;
  return evidence ? [evidence.level] : [];
}

/** Groups a collection's entries by the values of a facet, in the facet's natural order. */
export async function groupBy(collection: CollectionName, facet: Facet): Promise<Map<string, AnyEntry[]>> {
  const groups = new Map<string, AnyEntry[]>();
  const order: readonly string[] = facet === 'thema' ? themes.ids : facet === 'bewijsniveau' ? evidenceLevels.ids : facet === 'sector' ? audiences.ids : [];
  for (const id of order) groups.set(id, []);
  for (const entry of await entriesOf(collection)) {
    for (const value of facetValues(entry, facet)) {
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
export function groupsToBrowse<T extends { count: number }>(facet: Facet, groups: T[]): { shown: T[]; more: boolean } {
  if (facet !== 'organisatie' || groups.length <= browseOrganisationLimit) return { shown: groups, more: false };
  return { shown: [...groups].sort((a, b) => b.count - a.count).slice(0, browseOrganisationLimit), more: true };
}

export interface ListPageProps {
  collection: CollectionName;
  entries: AnyEntry[];
  current: number;
  total: number;
  count: number;
  base: string;
  facet?: Facet;
  value?: string;
}

/** `getStaticPaths` entries for the pages of a list. */
export function pagesFor(list: AnyEntry[], props: Omit<ListPageProps, 'entries' | 'current' | 'total' | 'count'>, params: Record<string, string>) {
  const pages = paginate(list, pageSize);
  return pages.map((entries, i) => ({
    params: { ...params, page: i === 0 ? undefined : `pagina/${i + 1}` },
    props: { ...props, entries, current: i + 1, total: pages.length, count: list.length },
  }));
}

export { collectionNames };
