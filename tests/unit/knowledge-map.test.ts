/**
 * The knowledge map ("Wat weten we?"): what counts in which theme ×
 * community, and the best evidence level of a cell.
 */
import { describe, expect, it } from 'vitest';
import { cellTotal, cellsOf, densityStep, knowledgeMap, knowledgeRows, type MapEntry } from '../../src/lib/knowledge-map.ts';
import { communities, themes } from '../../src/shared/vocabularies.ts';

const intervention = (id: string, themeIds: string[], communityIds: string[], level = 'praktijk', related: string[] = []): MapEntry => ({
  collection: 'interventies',
  id,
  data: { themes: themeIds, communities: communityIds, evidence: { level }, related },
});
const cell = (map: ReturnType<typeof knowledgeMap>, theme: string, community: string) => map.cells.find((c) => c.theme === theme && c.community === community)!;

describe('the knowledge map', () => {
  it('has a cell for every theme and every community, empty ones included', () => {
    const map = knowledgeMap([]);
    expect(map.cells).toHaveLength(themes.ids.length * communities.ids.length);
    expect(map.cells.every((c) => cellTotal(c) === 0 && c.best === undefined)).toBe(true);
    expect(cellsOf(map, { theme: 'onderwijs' })).toHaveLength(communities.ids.length);
    expect(cellsOf(map, { community: 'turkse' })).toHaveLength(themes.ids.length);
  });

  it('counts an intervention in each of its themes × communities, and keeps the highest assessed level', () => {
    const map = knowledgeMap([
      intervention('a', ['onderwijs', 'taal'], ['turkse', 'marokkaanse'], 'goed-beschreven'),
      intervention('b', ['onderwijs'], ['turkse'], 'effectief-eerste-aanwijzingen'),
      intervention('c', ['onderwijs'], ['turkse'], 'goed-onderbouwd'),
    ]);
    expect(cell(map, 'onderwijs', 'turkse')).toMatchObject({ interventions: 3, best: 'effectief-eerste-aanwijzingen' });
    expect(cell(map, 'taal', 'marokkaanse')).toMatchObject({ interventions: 1, best: 'goed-beschreven' });
    expect(cell(map, 'taal', 'chinese').interventions).toBe(0);
  });

  it('gives no best level where no intervention was assessed, so that "praktijk" never reads as a level', () => {
    const map = knowledgeMap([intervention('a', ['gezondheid'], ['vluchtelingen'])]);
    expect(cell(map, 'gezondheid', 'vluchtelingen').interventions).toBe(1);
    expect(cell(map, 'gezondheid', 'vluchtelingen').best).toBeUndefined();
  });

  it('counts a network where it reaches, and a lesson where the entries it is linked with are, in either direction', () => {
    const map = knowledgeMap([
      intervention('a', ['onderwijs'], ['chinese'], 'praktijk', ['lessen/x']),
      { collection: 'netwerken', id: 'n', data: { themes: ['onderwijs'], reach: { communities: ['molukse'] } } },
      { collection: 'lessen', id: 'x', data: { themes: ['onderwijs', 'taal'] } },
      { collection: 'lessen', id: 'y', data: { themes: ['onderwijs'], related: ['netwerken/n'] } },
      { collection: 'lessen', id: 'z', data: { themes: ['onderwijs'] } },
    ]);
    expect(cell(map, 'onderwijs', 'chinese')).toMatchObject({ interventions: 1, lessons: 1, networks: 0 });
    expect(cell(map, 'taal', 'chinese')).toMatchObject({ interventions: 0, lessons: 1 });
    expect(cell(map, 'onderwijs', 'molukse')).toMatchObject({ networks: 1, lessons: 1 });
    expect(map.lessonsWithoutCommunity).toBe(1);
  });

  it('shades in four steps that repeat the number, and gives the open data one row per cell with Dutch labels', () => {
    expect([0, 1, 2, 3, 5, 6, 40].map(densityStep)).toEqual([0, 1, 1, 2, 2, 3, 3]);
    const rows = knowledgeRows(knowledgeMap([intervention('a', ['onderwijs'], ['turkse'], 'goed-onderbouwd')]));
    expect(rows).toHaveLength(themes.ids.length * communities.ids.length);
    expect(rows.find((r) => r.thema === 'onderwijs' && r.gemeenschap === 'turkse')).toEqual({
      thema: 'onderwijs', thema_label: 'Onderwijs', gemeenschap: 'turkse', gemeenschap_label: 'Turkse Nederlanders',
      interventies: 1, lessen: 0, netwerken: 0, hoogste_bewijsniveau: 'goed-onderbouwd', hoogste_bewijsniveau_label: 'Goed onderbouwd',
    });
  });
});
