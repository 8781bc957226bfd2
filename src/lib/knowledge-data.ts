/**
 * The knowledge map of the site's own content (see knowledge-map.ts), made
 * once per build for the page, the theme and community sections and the open
 * data. It counts the Dutch entries: the English ones are translations of
 * Dutch entries, and counting both would count one piece of knowledge twice.
 */
import { contributePath, searchPath } from '../shared/addresses.ts';
import { entriesOf, listedIn } from './entries.ts';
import { knowledgeMap, type KnowledgeMap, type MapEntry } from './knowledge-map.ts';

let made: Promise<KnowledgeMap> | undefined;

export function siteKnowledgeMap(): Promise<KnowledgeMap> {
  made ??= (async () => {
    const lists = await Promise.all((['interventies', 'lessen', 'netwerken'] as const).map((c) => entriesOf(c)));
    return knowledgeMap(lists.flat().filter(listedIn('nl')) as unknown as MapEntry[]);
  })();
  return made;
}

/** Where a cell leads: the search, narrowed to the theme and the community (interventions and networks carry both). */
export const cellSearchHref = (theme: string, community: string) => searchPath({ thema: theme, gemeenschap: community });

/** Where an empty cell leads: how to add knowledge. */
export const contributeHref = contributePath;
