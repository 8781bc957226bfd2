/**
 * Where a community's name leads on the knowledge map: the search narrowed to
 * that community, which holds its interventions and networks.
 */
import { searchPath } from '../shared/addresses.ts';

export const communityPage = (community: string): string => searchPath({ gemeenschap: community });
