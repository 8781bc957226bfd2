/**
 * The open-data downloads of the fixture site, read back the way a re-user
 * would (JSON parsed, CSV parsed as RFC 4180, the ZIP unpacked) and compared
 * with the fixture corpus itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, inject, it } from 'vitest';
import { readCorpus } from '../../src/content-tools/corpus.ts';
import { fixturesDir, readPage } from '../support/build.ts';
import { all as elements, attr, parseHtml, text } from '../support/html.ts';
import { entryPath } from '../support/pages.ts';

const site = inject('basicSite');
const corpusDir = path.join(fixturesDir, 'corpus-basic');
const published = readCorpus(corpusDir).entries.filter((e) => e.data.status === 'gepubliceerd');
const file = (urlPath: string) => fs.readFileSync(path.join(site, urlPath));
const json = (urlPath: string) => JSON.parse(file(urlPath).toString('utf8'));
const newestUpdated = published.map((e) => e.data.updated as string).sort().at(-1)!;

interface Dataset {
  updated: string;
  count: number;
  entries: { id: string; collection: string; url: string; updated: string; data: Record<string, unknown>; body: string }[];
}

/** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

describe('the open-data page', () => {
  const page = parseHtml(readPage(site, '/open-data/'));
  const links = elements(page, 'a[href]').map((a) => attr(a, 'href')!).filter((href) => /^\/(open-data|schema)\/./.test(href));

  it('explains the licence and how to cite, and is linked from the footer', () => {
    expect(text(page)).toContain('CC BY 4.0');
    expect(text(page)).toContain('Zo noemt u de bron');
    expect(elements(readPage(site, '/over/'), 'a').map((a) => attr(a, 'href'))).toContain('/open-data/');
  });

  it('offers every download, and each one exists', () => {
    const expected = ['/open-data/alles.json', `/open-data/lom-kennisbank-inhoud-${newestUpdated}.zip`, '/open-data/wat-weten-we.csv', '/open-data/wat-weten-we.json'];
    for (const collection of ['organisaties', 'interventies', 'lessen', 'netwerken', 'themas', 'handreikingen', 'tijdlijn', 'bronnen']) {
      expected.push(`/open-data/${collection}.json`, `/open-data/${collection}.csv`, `/schema/${collection}.json`);
    }
    expect(links.sort()).toEqual(expected.sort());
    for (const link of links) expect(fs.existsSync(path.join(site, link)), link).toBe(true);
  });
});

describe('the JSON downloads', () => {
  const all = json('/open-data/alles.json') as Dataset;

  it('hold every published entry once, and no concept', () => {
    expect(all.entries.map((e) => `${e.collection}/${e.id}`).sort()).toEqual(published.map((e) => `${e.collection}/${e.id}`).sort());
    expect(all.count).toBe(published.length);
    expect(all.updated).toBe(newestUpdated);
  });

  it('give each entry its address, every field, its body and its date', () => {
    for (const source of published) {
      const record = all.entries.find((e) => e.collection === source.collection && e.id === source.id)!;
      expect(record.url).toBe(`https://lom-kennisbank.nl${entryPath(source)}`);
      expect(record.updated).toBe(source.data.updated);
      expect(record.body).toBe(source.body);
      expect(Object.keys(record.data).sort()).toEqual(Object.keys(source.data).sort());
      expect(record.data.title).toBe(source.data.title);
    }
  });

  it('resolve references to ids and addresses', () => {
    const record = all.entries.find((e) => e.id === 'ouders-in-gesprek')!;
    expect(record.data.organisations).toEqual([
      { collection: 'organisaties', id: 'voorbeeld-org', url: 'https://lom-kennisbank.nl/organisaties/voorbeeld-org/' },
      { collection: 'organisaties', id: 'partner-org', url: 'https://lom-kennisbank.nl/organisaties/partner-org/' },
    ]);
    expect(record.data.related).toContainEqual({ collection: 'lessen', id: 'sleutelfiguren-openen-deuren', url: 'https://lom-kennisbank.nl/lessen/sleutelfiguren-openen-deuren/' });
    expect((record.data.themes as { id: string }[]).map((t) => t.id)).toEqual(['ouderbetrokkenheid', 'onderwijs']);
    const sources = record.data.sources as { reference?: string; entry?: { url: string } }[];
    expect(sources.find((s) => s.reference === 'bronnen/testbrief')!.entry!.url).toBe('https://lom-kennisbank.nl/bronnen/testbrief/');
    expect((record.data.evidence as { level: string }).level).toBe('goed-onderbouwd');
    expect(record.data.keeper).toEqual({ collection: 'organisaties', id: 'partner-org', url: 'https://lom-kennisbank.nl/organisaties/partner-org/' });
    const version = all.entries.find((e) => e.id === 'buurtmoeders')!;
    expect(version.data.adapted_from).toEqual({ collection: 'interventies', id: 'ouders-in-gesprek', url: 'https://lom-kennisbank.nl/interventies/ouders-in-gesprek/' });
  });

  it('split the same entries by collection', () => {
    for (const collection of new Set(published.map((e) => e.collection))) {
      const part = json(`/open-data/${collection}.json`) as Dataset;
      expect(part.entries.map((e) => e.id).sort(), collection).toEqual(published.filter((e) => e.collection === collection).map((e) => e.id).sort());
    }
  });
});

describe('the CSV downloads', () => {
  const bytes = file('/open-data/interventies.csv');
  const [header, ...rows] = parseCsv(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  const source = published.find((e) => e.id === 'ouders-in-gesprek')!;
  const row = Object.fromEntries(header!.map((name, i) => [name, rows.find((r) => r[0] === 'ouders-in-gesprek')![i]]));

  it('are UTF-8 with a byte order mark, one row per entry, every row as wide as the header', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(rows.map((r) => r[0]).sort()).toEqual(published.filter((e) => e.collection === 'interventies').map((e) => e.id).sort());
    for (const r of rows) expect(r).toHaveLength(header!.length);
  });

  it('join lists with "; " and flatten nested fields into columns', () => {
    expect(row.url).toBe('https://lom-kennisbank.nl/interventies/ouders-in-gesprek/');
    expect(row.title).toBe(source.data.title);
    expect(row.themes).toBe('ouderbetrokkenheid; onderwijs');
    expect(row.organisations).toBe('voorbeeld-org; partner-org');
    expect(row['evidence.level']).toBe('goed-onderbouwd');
    expect(row['evidence.assessed_on']).toBe('2020-04-15');
    expect(row['period.from']).toBe('2008');
    expect(row['sources.title']).toBe('Beschrijving in de databank; De brief van de minister; Het verslag dat niet meer online staat');
    expect(row['sources.reference']).toBe('; bronnen/testbrief; ');
    expect(row['sources.accessed']).toBe('2026-10-30; ; ');
    expect(row.costs).toBe('');
    expect(row['costs.amount']).toBe('1.500 euro');
    expect(row['costs.year']).toBe('2014');
    expect(row['recognitions.rating']).toBe('Goed onderbouwd; Praktijkvoorbeeld');
    expect(row.keeper).toBe('partner-org');
  });

  it('keep the Markdown body intact, line breaks and all', () => {
    expect(row.body).toBe(source.body);
    expect(row.body).toContain('\n');
  });

  it('have a column for every field of the collection, even one no entry fills', () => {
    const organisations = parseCsv(file('/open-data/organisaties.csv').toString('utf8').replace(/^\uFEFF/, ''))[0]!;
    expect(organisations).toEqual(expect.arrayContaining(['founded.year', 'founded.certainty', 'successor', 'archived_website']));
  });
});

describe('the ZIP of the content folder', () => {
  const listFiles = (dir: string): string[] =>
    fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(dir, f)).isFile()).map((f) => f.split(path.sep).join('/'));
  const zip = unzipSync(file(`/open-data/lom-kennisbank-inhoud-${newestUpdated}.zip`));

  it('is named after the newest update and holds every file of the content folder, concepts included', () => {
    expect(Object.keys(zip).sort()).toEqual(listFiles(corpusDir).map((f) => `content/${f}`).sort());
    expect(Object.keys(zip)).toContain('content/interventies/voorbeeld-org/nog-in-concept.mdx');
  });

  it('holds each file byte for byte', () => {
    const name = 'interventies/voorbeeld-org/ouders-in-gesprek.mdx';
    expect(Buffer.from(zip[`content/${name}`]!).equals(fs.readFileSync(path.join(corpusDir, name)))).toBe(true);
  });
});

describe('the knowledge map in open data', () => {
  const rows = parseCsv(file('/open-data/wat-weten-we.csv').toString('utf8').replace(/^\uFEFF/, ''));
  const map = json('/open-data/wat-weten-we.json') as { cells: Record<string, string | number>[] };

  it('has one record per theme and community, the same in CSV and JSON, counted from the corpus', () => {
    const [header, ...records] = rows;
    expect(header).toEqual(['thema', 'thema_label', 'gemeenschap', 'gemeenschap_label', 'interventies', 'lessen', 'netwerken', 'hoogste_bewijsniveau', 'hoogste_bewijsniveau_label']);
    expect(records).toHaveLength(map.cells.length);
    expect(records.map((r) => r.slice(0, 7).join(','))).toEqual(map.cells.map((c) => [c.thema, c.thema_label, c.gemeenschap, c.gemeenschap_label, c.interventies, c.lessen, c.netwerken].join(',')));
    const interventions = published.filter((e) => e.collection === 'interventies');
    const expectedFor = (theme: string, community: string) =>
      interventions.filter((e) => (e.data.themes as string[]).includes(theme) && (e.data.communities as string[]).includes(community)).length;
    for (const cell of map.cells) expect(cell.interventies, `${cell.thema} × ${cell.gemeenschap}`).toBe(expectedFor(cell.thema as string, cell.gemeenschap as string));
    expect(map.cells.some((c) => Number(c.interventies) > 0)).toBe(true);
  });
});
