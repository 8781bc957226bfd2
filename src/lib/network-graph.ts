/**
 * What the network maps show, worked out from plain entry data: which
 * organisations, networks and themes are on a map, how they connect, and the
 * same facts as table rows. Kept free of Astro so that it can be tested on
 * its own; `NetworkMap.astro` passes the entries in.
 *
 * An organisation is connected to a network when the network lists it as a
 * member or as an organisation that holds knowledge about it.
 */
import { entryPath } from '../shared/addresses.ts';
import type { Lang } from '../shared/lang.ts';

export type NodeKind = 'organisatie' | 'netwerk' | 'thema' | 'naam';

export interface MapNode {
  /** Unique on a map: the kind and the id, or for a name without a page the name. */
  key: string;
  kind: NodeKind;
  /** Full text; the layout may shorten what it draws, never the accessible name. */
  label: string;
  /** An organisation's short name, which the table and the phone list show with the full name as its title, as cards do. */
  short?: string;
  /** The page of the node; names without a page of their own have none. */
  href?: string;
}

export interface MapColumn {
  heading: string;
  nodes: MapNode[];
}

export interface MapGraph {
  columns: MapColumn[];
  /** Pairs of node keys in neighbouring columns, the left one first. */
  edges: [string, string][];
}

export interface NetworkRow {
  network: MapNode;
  holders: MapNode[];
  members: MapNode[];
  themes: MapNode[];
}

export interface NetworkMapData {
  graph: MapGraph;
  /** The networks on the map with whom they connect, in title order, for the table beside the map. */
  rows: NetworkRow[];
  /** Organisations on the map that no line on it reaches. */
  unconnected: MapNode[];
  /** How many networks there are in all, and how many the map leaves out. */
  totalNetworks: number;
  hiddenNetworks: number;
  hiddenNodes: number;
}

export interface OrganisationInfo {
  id: string;
  name: string;
  /** The short name (SMN), where the organisation has one that differs from its name. */
  short?: string;
  kind: string;
  /** The language the entry is written in, which its address follows; Dutch unless said. */
  lang?: Lang;
}

export interface NetworkInfo {
  id: string;
  title: string;
  /** Organisations that hold knowledge about the network. */
  organisations: string[];
  /** Organisation ids, or names of organisations without a page. */
  members: string[];
  themes: string[];
  /** The language the entry is written in, which its address follows; Dutch unless said. */
  lang?: Lang;
}

export interface ThemeInfo {
  id: string;
  label: string;
  /** The language of the theme's entry, which its address follows; Dutch unless said. */
  lang?: Lang;
}

/**
 * Most nodes a map draws per kind. At 10,000 entries there are about 1,000
 * networks and 200 organisations; the map shows the largest networks, and
 * the lists link to the rest.
 */
export const mapLimits = { overviewNetworks: 20, overviewOrganisations: 24, organisationNetworks: 12, organisationMembers: 24 };

const byLabel = (a: MapNode, b: MapNode) => a.label.localeCompare(b.label, 'nl') || a.key.localeCompare(b.key);

/** The lookups both maps need. */
function context(organisations: OrganisationInfo[], themes: ThemeInfo[]) {
  const orgs = new Map(organisations.map((o) => [o.id, o]));
  const themesById = new Map(themes.map((t) => [t.id, t]));
  const orgNode = (id: string): MapNode => {
    const organisation = orgs.get(id)!;
    const short = organisation.short && organisation.short !== organisation.name ? { short: organisation.short } : {};
    return { key: `organisaties/${id}`, kind: 'organisatie', label: organisation.name, ...short, href: entryPath('organisaties', id, organisation.lang ?? 'nl') };
  };
  const memberNode = (member: string): MapNode => (orgs.has(member) ? orgNode(member) : { key: `naam/${member}`, kind: 'naam', label: member });
  const networkNode = (n: NetworkInfo): MapNode => ({ key: `netwerken/${n.id}`, kind: 'netwerk', label: n.title, href: entryPath('netwerken', n.id, n.lang ?? 'nl') });
  const themeNode = (id: string): MapNode => {
    const theme = themesById.get(id);
    return { key: `themas/${id}`, kind: 'thema', label: theme?.label ?? id, href: entryPath('themas', id, theme?.lang ?? 'nl') };
  };
  /** Organisations with a page that a network connects to. */
  const connected = (n: NetworkInfo) => [...new Set([...n.organisations, ...n.members.filter((m) => orgs.has(m))])];
  /** Everyone a network connects to, with or without a page: its size on the map. */
  const size = (n: NetworkInfo) => new Set([...n.organisations, ...n.members]).size;
  const row = (n: NetworkInfo): NetworkRow => ({
    network: networkNode(n),
    holders: n.organisations.map(orgNode),
    members: n.members.map(memberNode),
    themes: themes.filter((t) => n.themes.includes(t.id)).map((t) => themeNode(t.id)),
  });
  /** Largest first; equal sizes by title, so that the choice does not depend on file order. */
  const largestFirst = (list: NetworkInfo[]) =>
    [...list].sort((a, b) => size(b) - size(a) || a.title.localeCompare(b.title, 'nl') || a.id.localeCompare(b.id));
  return { orgs, orgNode, memberNode, networkNode, themeNode, connected, row, largestFirst };
}

/**
 * The overview on the networks page: organisations, the largest networks and
 * their themes. The LOM organisations are always on it; other organisations
 * when a shown network connects to them, those with the most lines first.
 */
export function overviewMap(networks: NetworkInfo[], organisations: OrganisationInfo[], themes: ThemeInfo[], limits = mapLimits): NetworkMapData {
  const c = context(organisations, themes);
  const shown = c.largestFirst(networks).slice(0, limits.overviewNetworks);
  const degree = new Map<string, number>();
  for (const n of shown) for (const id of c.connected(n)) degree.set(id, (degree.get(id) ?? 0) + 1);
  const candidates = organisations.filter((o) => o.kind === 'lom' || degree.has(o.id));
  const ranked = candidates.sort(
    (a, b) => Number(b.kind === 'lom') - Number(a.kind === 'lom') || (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id),
  );
  const orgIds = new Set(ranked.slice(0, limits.overviewOrganisations).map((o) => o.id));
  const themeIds = new Set(shown.flatMap((n) => n.themes));

  const edges: [string, string][] = [];
  for (const n of shown) {
    for (const id of c.connected(n)) if (orgIds.has(id)) edges.push([`organisaties/${id}`, `netwerken/${n.id}`]);
    for (const id of n.themes) edges.push([`netwerken/${n.id}`, `themas/${id}`]);
  }
  const orgNodes = [...orgIds].map(c.orgNode).sort(byLabel);
  const linked = new Set(edges.map(([from]) => from));
  return {
    graph: {
      columns: [
        { heading: 'Organisaties', nodes: orgNodes },
        { heading: 'Netwerken', nodes: shown.map(c.networkNode).sort(byLabel) },
        { heading: 'Thema’s', nodes: themes.filter((t) => themeIds.has(t.id)).map((t) => c.themeNode(t.id)) },
      ],
      edges,
    },
    rows: shown.map(c.row).sort((a, b) => byLabel(a.network, b.network)),
    unconnected: orgNodes.filter((node) => !linked.has(node.key)),
    totalNetworks: networks.length,
    hiddenNetworks: networks.length - shown.length,
    hiddenNodes: ranked.length - orgIds.size,
  };
}

/**
 * One organisation's part of the map: the organisation, the networks it is
 * in, and the other members of those networks. Undefined when it is in none.
 */
export function organisationMap(id: string, networks: NetworkInfo[], organisations: OrganisationInfo[], themes: ThemeInfo[], limits = mapLimits): NetworkMapData | undefined {
  const c = context(organisations, themes);
  const own = networks.filter((n) => n.organisations.includes(id) || n.members.includes(id));
  if (own.length === 0) return undefined;
  const shown = c.largestFirst(own).slice(0, limits.organisationNetworks);

  // Everyone else in the shown networks, with or without a page, most shared first.
  const others = new Map<string, { node: MapNode; networks: string[] }>();
  for (const n of shown) {
    for (const member of [...new Set([...n.organisations, ...n.members])]) {
      if (member === id) continue;
      const node = c.memberNode(member);
      const entry = others.get(node.key) ?? { node, networks: [] };
      entry.networks.push(`netwerken/${n.id}`);
      others.set(node.key, entry);
    }
  }
  const ranked = [...others.values()].sort((a, b) => b.networks.length - a.networks.length || byLabel(a.node, b.node));
  const members = ranked.slice(0, limits.organisationMembers);

  const self = c.orgNode(id);
  const edges: [string, string][] = shown.map((n) => [self.key, `netwerken/${n.id}`]);
  for (const m of members) for (const network of m.networks) edges.push([network, m.node.key]);
  return {
    graph: {
      columns: [
        { heading: 'Organisatie', nodes: [self] },
        { heading: 'Netwerken', nodes: shown.map(c.networkNode).sort(byLabel) },
        { heading: 'Andere leden', nodes: members.map((m) => m.node).sort(byLabel) },
      ],
      edges,
    },
    rows: shown.map(c.row).sort((a, b) => byLabel(a.network, b.network)),
    unconnected: [],
    totalNetworks: own.length,
    hiddenNetworks: own.length - shown.length,
    hiddenNodes: ranked.length - members.length,
  };
}
