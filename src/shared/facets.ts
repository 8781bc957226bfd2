/**
 * The facets that list pages are browsed by, per collection, and the values an
 * entry has for each. Plain data, without `astro:content`, so that the
 * content check (which runs outside Astro) resolves links to browse pages by
 * the same rules as the pages are built (src/lib/browse.ts).
 */
import type { CollectionName } from '../collections.ts';
import { reservedSegments } from './addresses.ts';

export type Facet = 'thema' | 'organisatie' | 'bewijsniveau' | 'sector';

const facets: readonly Facet[] = ['thema', 'organisatie', 'bewijsniveau', 'sector'];

/** Ids no entry may take: its page would collide with a list page of its collection. */
export const reservedIds: readonly string[] = reservedSegments(facets);

/** Which facets each collection can be browsed by. */
export const facetsOf = (collection: CollectionName): Facet[] => {
  if (collection === 'organisaties' || collection === 'themas') return [];
  if (collection === 'interventies') return ['thema', 'organisatie', 'bewijsniveau'];
  if (collection === 'lessen' || collection === 'handreikingen') return ['thema', 'organisatie', 'sector'];
  return ['thema', 'organisatie'];
};

/** The value(s) an entry's fields give for a facet. */
export function valuesFor(data: Record<string, unknown>, facet: Facet): string[] {
  if (facet === 'thema') return (data.themes as string[] | undefined) ?? [];
  if (facet === 'organisatie') return (data.organisations as string[] | undefined) ?? [];
  if (facet === 'sector') return (data.audiences as string[] | undefined) ?? [];
  const evidence = data.evidence as { level: string } | undefined;
  return evidence ? [evidence.level] : [];
}
