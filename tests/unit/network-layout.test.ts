/**
 * The network maps' graph and layout: the same content always gives the same
 * drawing, whatever order the files come in; the overview stays within its
 * limits at the size of a 10,000-entry corpus; labels fit their shapes; and
 * the ordering removes crossings that alphabetical order would draw.
 */
import { describe, expect, it } from 'vitest';
import { mapLimits, organisationMap, overviewMap, type NetworkInfo, type OrganisationInfo } from '../../src/lib/network-graph.ts';
import { layoutMap, layoutMetrics, orderColumns, wrapLabel } from '../../src/lib/network-layout.ts';
import { themes } from '../../src/shared/vocabularies.ts';

const themeList = themes.ids.map((id) => ({ id, label: themes.label(id) }));

/** A corpus shaped like the generated ones: 200 organisations (8 of the LOM), 1,000 networks of 2 to 5 members. */
function bigCorpus() {
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const organisations: OrganisationInfo[] = Array.from({ length: 200 }, (_, i) => ({ id: `organisatie-${i + 1}`, name: `Stichting Voorbeeld ${i + 1}`, kind: i < 8 ? 'lom' : 'partner' }));
  const networks: NetworkInfo[] = Array.from({ length: 1000 }, (_, i) => {
    const members = [...new Set(Array.from({ length: 2 + Math.floor(next() * 4) }, () => organisations[Math.floor(next() * 200)]!.id))];
    return { id: `netwerk-${i + 1}`, title: `Netwerk nummer ${i + 1}`, organisations: [members[0]!], members: [...members, 'Een organisatie zonder pagina'], themes: [themes.ids[i % themes.ids.length]!] };
  });
  return { organisations, networks };
}

/** Shuffles a copy with a fixed seed, as a file system might list the files. */
function shuffled<T>(items: T[], seed: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    seed = (seed * 16807) % 2147483647;
    const j = seed % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe('the layout', () => {
  it('is the same for the same content, in whatever order the entries come', () => {
    const { organisations, networks } = bigCorpus();
    const first = layoutMap(overviewMap(networks, organisations, themeList).graph);
    const again = layoutMap(overviewMap(networks, organisations, themeList).graph);
    const reordered = layoutMap(overviewMap(shuffled(networks, 3), shuffled(organisations, 5), themeList).graph);
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
    expect(JSON.stringify(reordered)).toBe(JSON.stringify(first));
  });

  it('keeps the overview of a 10,000-entry corpus within its limits, with every LOM organisation on it', () => {
    const { organisations, networks } = bigCorpus();
    const map = overviewMap(networks, organisations, themeList);
    const [orgs, nets, themeColumn] = map.graph.columns;
    expect(nets!.nodes).toHaveLength(mapLimits.overviewNetworks);
    expect(orgs!.nodes.length).toBeLessThanOrEqual(mapLimits.overviewOrganisations);
    expect(themeColumn!.nodes.length).toBeLessThanOrEqual(themes.ids.length);
    for (let i = 1; i <= 8; i++) expect(orgs!.nodes.map((n) => n.key)).toContain(`organisaties/organisatie-${i}`);
    expect(map.hiddenNetworks).toBe(1000 - mapLimits.overviewNetworks);
    expect(map.rows).toHaveLength(mapLimits.overviewNetworks);
    // The drawing is bounded too: no taller than its longest column of three-line labels.
    const layout = layoutMap(map.graph);
    expect(layout.height).toBeLessThan(mapLimits.overviewOrganisations * (3 * layoutMetrics.lineHeight + 2 * layoutMetrics.padding + 12 + layoutMetrics.rowGap) + 100);
  });

  it('shows the networks with the most members', () => {
    const { organisations, networks } = bigCorpus();
    const size = (n: NetworkInfo) => new Set([...n.organisations, ...n.members]).size;
    const shown = new Set(overviewMap(networks, organisations, themeList).rows.map((r) => r.network.key));
    const smallestShown = Math.min(...networks.filter((n) => shown.has(`netwerken/${n.id}`)).map(size));
    const largestLeftOut = Math.max(...networks.filter((n) => !shown.has(`netwerken/${n.id}`)).map(size));
    expect(smallestShown).toBeGreaterThanOrEqual(largestLeftOut);
  });

  it('stacks the nodes of a column without overlap, and draws every line between two placed nodes', () => {
    const { organisations, networks } = bigCorpus();
    const layout = layoutMap(overviewMap(networks, organisations, themeList).graph);
    for (const column of layout.columns) {
      for (let i = 1; i < column.nodes.length; i++) expect(column.nodes[i]!.y).toBeGreaterThanOrEqual(column.nodes[i - 1]!.y + column.nodes[i - 1]!.height);
      for (const node of column.nodes) expect(node.y + node.height).toBeLessThanOrEqual(layout.height);
    }
    expect(layout.edges.every((e) => /^M[\d.]+ [\d.]+C/.test(e.d))).toBe(true);
  });

  it('orders the columns to remove crossings that alphabetical order would draw', () => {
    const node = (key: string) => ({ key, kind: 'organisatie' as const, label: key });
    const graph = {
      columns: [{ heading: 'A', nodes: ['a', 'b', 'c'].map(node) }, { heading: 'B', nodes: ['x', 'y', 'z'].map(node) }],
      edges: [['a', 'z'], ['b', 'y'], ['c', 'x']] as [string, string][],
    };
    expect(orderColumns(graph).crossings).toBe(0);
    expect(layoutMap(graph).crossings).toBe(0);
  });
});

describe('an organisation’s part of the map', () => {
  const organisations: OrganisationInfo[] = [
    { id: 'a', name: 'Organisatie A', kind: 'lom' },
    { id: 'b', name: 'Organisatie B', kind: 'partner' },
    { id: 'c', name: 'Organisatie C', kind: 'partner' },
  ];
  const networks: NetworkInfo[] = [
    { id: 'n1', title: 'Netwerk een', organisations: ['a'], members: ['b', 'Vereniging Zonder Pagina'], themes: ['onderwijs'] },
    { id: 'n2', title: 'Netwerk twee', organisations: ['b'], members: ['a', 'c'], themes: [] },
    { id: 'n3', title: 'Netwerk drie', organisations: ['c'], members: ['b'], themes: [] },
  ];

  it('holds the organisation, the networks it is in, and their other members, names without a page unlinked', () => {
    const map = organisationMap('a', networks, organisations, themeList)!;
    const [self, nets, members] = map.graph.columns;
    expect(self!.nodes.map((n) => n.key)).toEqual(['organisaties/a']);
    expect(nets!.nodes.map((n) => n.key).sort()).toEqual(['netwerken/n1', 'netwerken/n2']);
    expect(members!.nodes.map((n) => [n.label, n.href])).toEqual([
      ['Organisatie B', '/organisaties/b/'],
      ['Organisatie C', '/organisaties/c/'],
      ['Vereniging Zonder Pagina', undefined],
    ]);
    expect(map.graph.edges).toContainEqual(['netwerken/n2', 'organisaties/b']);
    expect(map.graph.edges).toContainEqual(['netwerken/n1', 'organisaties/b']);
  });

  it('links each organisation, network and theme to its page in the language it is written in', () => {
    const english: OrganisationInfo[] = [...organisations.slice(1), { id: 'a', name: 'Organisation A', kind: 'lom', lang: 'en' }];
    const englishNetworks: NetworkInfo[] = [{ ...networks[0]!, lang: 'en' }, ...networks.slice(1)];
    const map = organisationMap('a', englishNetworks, english, [{ id: 'onderwijs', label: 'Onderwijs', lang: 'en' }])!;
    const hrefs = new Map(map.graph.columns.flatMap((c) => c.nodes).map((n) => [n.key, n.href]));
    expect(hrefs.get('organisaties/a')).toBe('/en/organisaties/a/');
    expect(hrefs.get('netwerken/n1')).toBe('/en/netwerken/n1/');
    expect(hrefs.get('netwerken/n2')).toBe('/netwerken/n2/');
    expect(map.rows.find((r) => r.network.key === 'netwerken/n1')!.themes.map((t) => t.href)).toEqual(['/en/themas/onderwijs/']);
  });

  it('is not drawn for an organisation in no network', () => {
    expect(organisationMap('a', networks.slice(2), organisations, themeList)).toBeUndefined();
  });
});

describe('labels', () => {
  it('wrap at spaces within the line length, and end in an ellipsis when they do not fit', () => {
    expect(wrapLabel('Platform van ouderorganisaties', 17, 3)).toEqual({ lines: ['Platform van ', 'ouderorganisaties'], shortened: false });
    expect(wrapLabel('Vluchtelingen-Organisaties Nederland', 22, 3)).toEqual({ lines: ['Vluchtelingen-', 'Organisaties Nederland'], shortened: false });
    expect(wrapLabel('Kennisinfrastructuurbeleid nu', 12, 3)).toEqual({ lines: ['Kennisinfra-', 'structuurbe-', 'leid nu'], shortened: false });
    const long = wrapLabel('Sleutelpersonen tegen vrouwelijke genitale verminking in Nederland en daarbuiten', 18, 3);
    expect(long.shortened).toBe(true);
    expect(long.lines).toHaveLength(3);
    expect(long.lines.at(-1)).toMatch(/…$/);
    for (const line of long.lines) expect(line.trimEnd().length).toBeLessThanOrEqual(18);
  });

  it('fit the shapes of a real-sized map', () => {
    const { organisations, networks } = bigCorpus();
    const layout = layoutMap(overviewMap(networks, organisations, themeList).graph);
    for (const node of layout.columns.flatMap((c) => c.nodes)) {
      expect(node.lines.length).toBeLessThanOrEqual(layoutMetrics.maxLines);
      expect(Math.max(...node.lines.map((l) => l.trimEnd().length)) * layoutMetrics.fontSize * layoutMetrics.charWidth).toBeLessThanOrEqual(node.width - 2 * layoutMetrics.padding);
    }
  });
});
