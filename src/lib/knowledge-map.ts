/**
 * "Wat weten we?": for every theme and community, how many interventions,
 * lessons and networks the knowledge base holds, and the best evidence level
 * among those interventions. The picture of what is known and of what is
 * missing, drawn at build time for the page, the theme and community
 * sections and the open data. Plain data in and out (no `astro:content`), so
 * that it is tested without a build.
 *
 * What counts where:
 * - an intervention for each of its `themes` × `communities`;
 * - a network for each of its `themes` × `reach.communities`;
 * - a lesson has no communities of its own: it counts for each of its
 *   `themes` × the communities of the interventions and networks it is
 *   linked with (its `related`, or theirs naming it). A lesson linked with
 *   nothing that names a community is counted under none, and the map says
 *   how many lessons that is.
 * An entry made for all communities (`algemeen`) counts in that column only:
 * a general method says nothing yet about what works for one community.
 */
import { communities, evidenceLevels, themes } from '../shared/vocabularies.ts';
import { evidenceRank } from '../shared/evidence.ts';

export interface MapEntry {
  collection: 'interventies' | 'lessen' | 'netwerken';
  id: string;
  data: {
    themes?: readonly string[];
    communities?: readonly string[];
    reach?: { communities?: readonly string[] };
    evidence?: { level: string };
    related?: readonly string[];
  };
}

export interface KnowledgeCell {
  theme: string;
  community: string;
  interventions: number;
  lessons: number;
  networks: number;
  /** The highest assessed evidence level among the interventions; undefined when none was assessed. */
  best?: string;
}

export interface KnowledgeMap {
  themes: readonly string[];
  communities: readonly string[];
  /** Every theme × community, in vocabulary order, rows by theme. */
  cells: KnowledgeCell[];
  /** Lessons that no community could be found for. */
  lessonsWithoutCommunity: number;
}

export const cellTotal = (cell: KnowledgeCell) => cell.interventions + cell.lessons + cell.networks;

const key = (theme: string, community: string) => `${theme} ${community}`;

export function knowledgeMap(entries: readonly MapEntry[]): KnowledgeMap {
  const cells = new Map<string, KnowledgeCell>();
  for (const theme of themes.ids) {
    for (const community of communities.ids) cells.set(key(theme, community), { theme, community, interventions: 0, lessons: 0, networks: 0 });
  }
  const communitiesOf = new Map<string, readonly string[]>();
  for (const entry of entries) {
    if (entry.collection === 'interventies') communitiesOf.set(`interventies/${entry.id}`, entry.data.communities ?? []);
    if (entry.collection === 'netwerken') communitiesOf.set(`netwerken/${entry.id}`, entry.data.reach?.communities ?? []);
  }
  // Links go both ways: a lesson named in an intervention's `related` is linked with it too.
  const linked = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!linked.has(a)) linked.set(a, new Set());
    linked.get(a)!.add(b);
  };
  for (const entry of entries) {
    for (const other of entry.data.related ?? []) {
      link(`${entry.collection}/${entry.id}`, other);
      link(other, `${entry.collection}/${entry.id}`);
    }
  }

  let lessonsWithoutCommunity = 0;
  for (const entry of entries) {
    const own = `${entry.collection}/${entry.id}`;
    const reached =
      entry.collection === 'lessen'
        ? [...new Set([...(linked.get(own) ?? [])].flatMap((other) => communitiesOf.get(other) ?? []))]
        : [...(communitiesOf.get(own) ?? [])];
    if (entry.collection === 'lessen' && reached.length === 0) lessonsWithoutCommunity += 1;
    for (const theme of entry.data.themes ?? []) {
      for (const community of reached) {
        const cell = cells.get(key(theme, community));
        if (!cell) continue;
        if (entry.collection === 'interventies') {
          cell.interventions += 1;
          const level = entry.data.evidence?.level;
          if (level && evidenceRank(level) > 0 && (!cell.best || evidenceRank(level) > evidenceRank(cell.best))) cell.best = level;
        } else if (entry.collection === 'lessen') cell.lessons += 1;
        else cell.networks += 1;
      }
    }
  }
  return { themes: themes.ids, communities: communities.ids, cells: [...cells.values()], lessonsWithoutCommunity };
}

/** The cells of one theme (a row) or one community (a column). */
export const cellsOf = (map: KnowledgeMap, by: { theme: string } | { community: string }) =>
  map.cells.filter((cell) => ('theme' in by ? cell.theme === by.theme : cell.community === by.community));

/** How a cell's total is drawn: four steps, so that the shade is a repeat of the number, never the only sign. */
export const densityStep = (total: number) => (total === 0 ? 0 : total <= 2 ? 1 : total <= 5 ? 2 : 3);

/** The map as rows for the open-data CSV and JSON, with labels in Dutch. */
export function knowledgeRows(map: KnowledgeMap) {
  return map.cells.map((cell) => ({
    thema: cell.theme,
    thema_label: themes.label(cell.theme),
    gemeenschap: cell.community,
    gemeenschap_label: communities.label(cell.community),
    interventies: cell.interventions,
    lessen: cell.lessons,
    netwerken: cell.networks,
    hoogste_bewijsniveau: cell.best ?? '',
    hoogste_bewijsniveau_label: cell.best ? evidenceLevels.label(cell.best) : '',
  }));
}
