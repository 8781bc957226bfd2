/**
 * Where a community's name leads on the knowledge map: the search narrowed to
 * that community, which holds its interventions and networks.
 */
export const communityPage = (community: string): string => `/zoeken/?gemeenschap=${encodeURIComponent(community)}`;
