/**
 * Which organisations a card names, and in what order. A card has room for a
 * few; the organisation whose page (or list) it is shown on comes first, so
 * that SMN's own page never shows a card naming three others, and a card that
 * leaves names out says how many.
 */

/** How many organisations a card names before it says "+N andere". */
export const cardOrganisationLimit = 3;

export interface NamedOrganisations {
  /** The ids to name, the page's own organisation first. */
  shown: string[];
  /** How many are left out. */
  others: number;
}

export function organisationsToName(ids: readonly string[], own?: string, limit = cardOrganisationLimit): NamedOrganisations {
  const ordered = own && ids.includes(own) ? [own, ...ids.filter((id) => id !== own)] : [...ids];
  // Leaving out one name to say "+1 andere" saves nothing: name it.
  const shown = ordered.length <= limit + 1 ? ordered : ordered.slice(0, limit);
  return { shown, others: ordered.length - shown.length };
}
