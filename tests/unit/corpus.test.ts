/**
 * The checks that need the whole tree: unique names, folders that match the
 * organisation, references that resolve, dates in order, the werkblad score,
 * and the same answers whether the tree is read in one thread or spread over
 * workers, or only some files are checked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/content-tools/corpus.ts';
import { checkCorpus, loadCorpus } from '../../src/content-tools/parallel.ts';
import { entryChoices, entryChoicesOf } from '../../src/editor/choices.ts';
import { corpusWordsOf, wordsOfContent } from '../../src/integrations/search-text.ts';
import type { Problem } from '../../src/content-tools/problem.ts';
import { fixturesDir, lesson, now, useTempCorpus } from '../support/temp-corpus.ts';

const corpus = useTempCorpus('cross-file');

/** Writes the files (over fixture files too), runs `read`, and puts the tree back as it was. */
async function withFilesDo<T>(files: Record<string, string | Uint8Array>, read: () => T | Promise<T>): Promise<T> {
  const before = Object.keys(files).map((relative) => {
    const file = path.join(corpus.root, relative);
    return { file, content: fs.existsSync(file) ? fs.readFileSync(file) : undefined };
  });
  for (const [relative, content] of Object.entries(files)) corpus.write(relative, content);
  try {
    return await read();
  } finally {
    for (const { file, content } of before) {
      if (content === undefined) fs.rmSync(file);
      else fs.writeFileSync(file, content);
    }
  }
}

const withFiles = async (files: Record<string, string | Uint8Array>, options: { only?: string[] } = {}) =>
  withFilesDo(files, () => readCorpus(corpus.root, { now, render: false, only: options.only?.map((relative) => path.join(corpus.root, relative)) }));

/** How many files the basic fixture corpus has. */
const basicFiles = () => fs.readdirSync(path.join(fixturesDir, 'corpus-basic'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;

const rules = (problems: Problem[]) => problems.map((p) => p.rule);
const errorsOf = (problems: Problem[]) => problems.filter((p) => p.severity === 'error');
const at = (problems: Problem[], rule: string) => problems.filter((p) => p.rule === rule);

describe('the basic fixture corpus', () => {
  it('has no errors, and warns about the incomplete werkblad of its concept, with a score', async () => {
    const result = readCorpus(corpus.root, { now, render: false });
    expect(errorsOf(result.problems)).toEqual([]);
    expect(result.problems).toEqual([
      expect.objectContaining({ rule: 'werkblad', severity: 'warning', message: expect.stringContaining('14% compleet') }),
    ]);
    expect(result.files).toBe(basicFiles());
  });
});

describe('names and places', () => {
  it('finds a name used twice in a collection, also across organisations, and names the other file', async () => {
    const result = await withFiles({
      'organisaties/tweede-org.mdx': ''.concat(
        '---\ntitle: Tweede organisatie\nsummary: Een tweede verzonnen organisatie die alleen in de tests bestaat, voor dubbele namen.\n',
        'themes: [onderwijs]\nsources:\n  - title: Testbron\n    url: https://example.org/x\nupdated: 2026-11-01\nname: Tweede\nshort_name: TWO\nkind: partner\n',
        'community: Verzonnen\nfounded: { certainty: onbekend }\nafter_2015: onbekend\n---\n\n## Over\n\nTekst.\n',
      ),
      'lessen/tweede-org/sleutelfiguren-openen-deuren.mdx': lesson({ fields: { organisations: '[tweede-org]' } }),
    });
    expect(at(result.problems, 'unieke-naam')).toEqual([
      expect.objectContaining({
        file: expect.stringContaining('lessen/voorbeeld-org/sleutelfiguren-openen-deuren.mdx'),
        message: expect.stringContaining('lessen/tweede-org/sleutelfiguren-openen-deuren.mdx'),
      }),
    ]);
  });

  it('needs the first organisation to be the folder the file is in', async () => {
    const result = await withFiles({ 'lessen/voorbeeld-org/een-les.mdx': lesson({ fields: { organisations: '[partner-org, voorbeeld-org]' } }) });
    expect(at(result.problems, 'map-organisatie')).toEqual([expect.objectContaining({ line: 4, column: 17, message: expect.stringContaining('(partner-org)') })]);
    expect(errorsOf((await withFiles({ 'lessen/voorbeeld-org/een-les.mdx': lesson({ fields: { organisations: '[voorbeeld-org, partner-org]' } }) })).problems)).toEqual([]);
  });

  it('needs files in the right folder, with a plain name, and only .mdx files', async () => {
    const result = await withFiles({
      'lessen/een-les.mdx': lesson(),
      'lessen/voorbeeld-org/pagina.mdx': lesson(),
      'lessen/voorbeeld-org/Een Les.mdx': lesson(),
      'lessen/voorbeeld-org/notities.txt': 'notities',
    });
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: expect.stringContaining('lessen/een-les.mdx'), rule: 'bestandsplek' }),
        expect.objectContaining({ file: expect.stringContaining('pagina.mdx'), rule: 'bestandsnaam', message: expect.stringContaining('gereserveerd') }),
        expect.objectContaining({ file: expect.stringContaining('Een Les.mdx'), rule: 'bestandsnaam', message: expect.stringContaining('een-les.mdx') }),
        expect.objectContaining({ file: expect.stringContaining('notities.txt'), rule: 'bestandsnaam' }),
      ]),
    );
    // Every file read counts, valid or not.
    expect(result.files).toBe(basicFiles() + 4);
  });

  it('reports content beside the collections, which would never be published', async () => {
    const result = await withFiles({ 'interventie/voorbeeld-org/een-aanpak.mdx': lesson(), 'een-les.mdx': lesson() });
    expect(result.problems.filter((p) => p.rule === 'bestandsplek').map((p) => p.file.split('/').at(-1))).toEqual(['een-les.mdx', 'interventie']);
    expect(result.problems.find((p) => p.file.endsWith('/interventie'))?.message).toContain('Bedoelde u interventies/?');
    fs.rmSync(path.join(corpus.root, 'interventie'), { recursive: true });
  });
});

describe('references', () => {
  it('reports references to entries that do not exist, at the value', async () => {
    const result = await withFiles({
      'lessen/voorbeeld-org/een-les.mdx': lesson({
        fields: {
          organisations: '[voorbeeld-org, bestaat-niet]',
          related: '[interventies/bestaat-niet, lessen/een-les]',
          sources: '\n  - title: Brief\n    reference: bronnen/bestaat-niet',
        },
      }),
    });
    expect(at(result.problems, 'verwijzing').map((p) => [p.line, p.message]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [4, 'organisations: "bestaat-niet" bestaat niet in organisaties.'],
      [8, 'sources: "bestaat-niet" bestaat niet in bronnen.'],
      [13, 'related: "interventies/bestaat-niet" bestaat niet in interventies.'],
      [13, 'related: een item verwijst naar zichzelf.'],
    ]);
  });

  it('does not let a published entry refer to a concept, but lets a concept', async () => {
    const published = await withFiles({ 'lessen/voorbeeld-org/een-les.mdx': lesson({ fields: { related: '[interventies/nog-in-concept]' } }) });
    expect(at(published.problems, 'verwijzing')).toEqual([expect.objectContaining({ message: expect.stringContaining('nog een concept') })]);
    const concept = await withFiles({ 'lessen/voorbeeld-org/een-les.mdx': lesson({ fields: { status: 'concept', related: '[interventies/nog-in-concept]' } }) });
    expect(at(concept.problems, 'verwijzing')).toEqual([]);
  });

  it('does not report a reference again when the file it points to has errors of its own', async () => {
    const result = await withFiles({
      'lessen/voorbeeld-org/kapot.mdx': lesson({ fields: { kind: 'onbekend-soort' } }),
      'lessen/voorbeeld-org/een-les.mdx': lesson({ fields: { related: '[lessen/kapot]' } }),
    });
    expect(rules(result.problems.filter((p) => p.file.endsWith('een-les.mdx')))).toEqual([]);
    expect(rules(result.problems.filter((p) => p.file.endsWith('kapot.mdx')))).toEqual(['schema']);
  });
});

describe('translations', () => {
  const english = (fields: Record<string, string>) =>
    lesson({
      fields: {
        lang: 'en',
        title: 'A lesson about parents',
        summary: 'A key figure from the community reaches parents whom a school does not reach.',
        // The facts of the original, sleutelfiguren-openen-deuren.
        audiences: '[onderwijs, gemeente]',
        related: '[lessen/sleutelfiguren-openen-deuren, interventies/ouders-in-gesprek]',
        ...fields,
      },
    });
  const messages = (problems: Problem[]) => at(problems, 'vertaling').map((p) => `${p.file.split('/').at(-1)}:${p.line} ${p.message}`);

  it('accepts a translation into another language of an original', async () => {
    const result = await withFiles({ 'lessen/voorbeeld-org/keys-open-doors.mdx': english({ translation_of: 'sleutelfiguren-openen-deuren' }) });
    expect(errorsOf(result.problems)).toEqual([]);
  });

  it('refuses a translation in the language of its original, at the field', async () => {
    const result = await withFiles({ 'lessen/voorbeeld-org/een-les.mdx': lesson({ fields: { translation_of: 'sleutelfiguren-openen-deuren' } }) });
    expect(messages(result.problems)).toEqual([
      'een-les.mdx:13 translation_of: "sleutelfiguren-openen-deuren" is in dezelfde taal geschreven (lang: nl); een vertaling staat in een andere taal.',
    ]);
  });

  it('refuses a translation of a translation, and names the original', async () => {
    const result = await withFiles({
      'lessen/voorbeeld-org/keys-open-doors.mdx': english({ translation_of: 'sleutelfiguren-openen-deuren' }),
      'lessen/voorbeeld-org/sleutels.mdx': lesson({ fields: { translation_of: 'keys-open-doors' } }),
    });
    expect(messages(result.problems)).toEqual([
      'sleutels.mdx:13 translation_of: "keys-open-doors" is zelf een vertaling (van "sleutelfiguren-openen-deuren"); verwijs naar de oorspronkelijke tekst.',
    ]);
  });

  it('allows one translation per language, and names the one that is there', async () => {
    const result = await withFiles({
      'lessen/voorbeeld-org/keys-open-doors.mdx': english({ translation_of: 'sleutelfiguren-openen-deuren' }),
      'lessen/voorbeeld-org/key-figures.mdx': english({ translation_of: 'sleutelfiguren-openen-deuren' }),
    });
    expect(messages(result.problems)).toEqual([
      'keys-open-doors.mdx:15 translation_of: "sleutelfiguren-openen-deuren" heeft al een vertaling in deze taal (key-figures); een tekst heeft per taal één vertaling.',
    ]);
  });

  it('refuses a translation that gives other facts than its original, at the field', async () => {
    const result = await withFiles({ 'lessen/voorbeeld-org/keys-open-doors.mdx': english({ translation_of: 'sleutelfiguren-openen-deuren', audiences: '[onderwijs]' }) });
    expect(messages(result.problems)).toEqual([
      'keys-open-doors.mdx:12 audiences: deze vertaling zegt "onderwijs", het origineel (sleutelfiguren-openen-deuren) zegt "gemeente", "onderwijs". Een vertaling geeft dezelfde feiten als het origineel: pas de ene of de andere tekst aan.',
    ]);
    expect(errorsOf(result.problems)).toHaveLength(1);
  });

  it('warns, without refusing, where only one of the two languages fills a field', async () => {
    // The Dutch lessons are the base lesson: audiences [onderwijs], nothing related.
    const result = await withFiles({
      'lessen/voorbeeld-org/met-zoekwoorden.mdx': lesson({ fields: { keywords: '[ouders, sleutelfiguren]' } }),
      'lessen/voorbeeld-org/with-keywords.mdx': english({ translation_of: 'met-zoekwoorden', audiences: '[onderwijs]', related: '' }),
      'lessen/voorbeeld-org/zonder-zoekwoorden.mdx': lesson(),
      'lessen/voorbeeld-org/without-keywords.mdx': english({ translation_of: 'zonder-zoekwoorden', audiences: '[onderwijs]', related: '', keywords: '[parents]' }),
    });
    expect(errorsOf(result.problems)).toEqual([]);
    expect(messages(result.problems).sort()).toEqual([
      'with-keywords.mdx:14 keywords: het origineel (met-zoekwoorden) vult dit veld in, deze vertaling nog niet. Vertaal het, zodat beide talen hetzelfde zeggen.',
      'without-keywords.mdx:15 keywords: deze vertaling vult dit veld in, het origineel (zonder-zoekwoorden) niet. Zet het ook in het origineel, zodat beide talen hetzelfde zeggen.',
    ]);
  });

  it('checks the facts of a translation against an original it did not read in full', async () => {
    const result = await withFiles(
      { 'lessen/voorbeeld-org/keys-open-doors.mdx': english({ translation_of: 'sleutelfiguren-openen-deuren', kind: 'valkuil' }) },
      { only: ['lessen/voorbeeld-org/keys-open-doors.mdx'] },
    );
    expect(messages(result.problems)).toEqual([expect.stringContaining('kind: deze vertaling zegt "valkuil", het origineel (sleutelfiguren-openen-deuren) zegt "werkzaam-element".')]);
  });

  it('reports a translation of an entry that does not exist, with a suggestion', async () => {
    const result = await withFiles({ 'lessen/voorbeeld-org/keys-open-doors.mdx': english({ translation_of: 'sleutelfiguren-open-deuren' }) });
    expect(at(result.problems, 'verwijzing').map((p) => p.message)).toEqual([expect.stringContaining('translation_of: "sleutelfiguren-open-deuren" bestaat niet in lessen. Bedoelde u')]);
  });
});

describe('dates', () => {
  it('needs dates that are not in the future and a review after the last change', async () => {
    const result = await withFiles({
      'lessen/voorbeeld-org/een-les.mdx': lesson({
        fields: { updated: '2027-01-01', review_by: '2026-12-01', sources: '\n  - title: Bron\n    url: https://example.org\n    date: 2030-01-01' },
      }),
    });
    expect(at(result.problems, 'datums').map((p) => p.message).sort()).toEqual([
      'date van de eerste bron (sources): 2030-01-01 ligt in de toekomst.',
      'review_by: 2026-12-01 ligt vóór de datum van updated (2027-01-01).',
      'updated: 2027-01-01 ligt in de toekomst.',
    ]);
  });

  it('warns, without failing, when the review date has passed', async () => {
    const result = await withFiles({ 'lessen/voorbeeld-org/een-les.mdx': lesson({ fields: { review_by: '2026-11-10' } }) });
    expect(at(result.problems, 'controle-verlopen')).toEqual([expect.objectContaining({ severity: 'warning', line: 13 })]);
    expect(errorsOf(result.problems)).toEqual([]);
  });
});

describe('who holds a method and what it adapts', () => {
  it('checks a keeper written as an organisation id and an original written as interventies/<id>, and takes names as they are', async () => {
    const text = corpus.read('interventies/voorbeeld-org/buurtmoeders.mdx');
    const broken = text.replace('adapted_from: interventies/ouders-in-gesprek', 'adapted_from: interventies/bestaat-niet\nkeeper: geen-organisatie');
    const result = await withFiles({ 'interventies/voorbeeld-org/buurtmoeders.mdx': broken });
    const messages = at(result.problems, 'verwijzing').filter((p) => p.file.endsWith('buurtmoeders.mdx')).map((p) => p.message);
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringContaining('keeper: "geen-organisatie" bestaat niet in organisaties.'),
      expect.stringContaining('adapted_from: "bestaat-niet" bestaat niet in interventies.'),
    ]));
    const named = text.replace('adapted_from: interventies/ouders-in-gesprek', 'adapted_from: HIPPY\nkeeper: Stichting Voorbeeld');
    const fine = await withFiles({ 'interventies/voorbeeld-org/buurtmoeders.mdx': named });
    expect(at(fine.problems, 'verwijzing').filter((p) => p.file.endsWith('buurtmoeders.mdx'))).toEqual([]);
  });

  it('does not let an intervention adapt itself', async () => {
    const text = corpus.read('interventies/voorbeeld-org/buurtmoeders.mdx').replace('adapted_from: interventies/ouders-in-gesprek', 'adapted_from: interventies/buurtmoeders');
    const result = await withFiles({ 'interventies/voorbeeld-org/buurtmoeders.mdx': text });
    expect(at(result.problems, 'verwijzing').map((p) => p.message)).toEqual(expect.arrayContaining([expect.stringMatching(/^adapted_from: .*zichzelf/)]));
  });
});

describe('the werkblad of an intervention', () => {
  it('scores the sections present and names the missing ones, as a warning', async () => {
    const text = corpus.read('interventies/voorbeeld-org/ouders-in-gesprek.mdx').replace('## Resultaten', '## Uitkomsten').replace('## Randvoorwaarden', '## Wat nodig is');
    const result = await withFiles({ 'interventies/voorbeeld-org/ouders-in-gesprek.mdx': text });
    const warning = at(result.problems, 'werkblad').find((p) => p.file.endsWith('ouders-in-gesprek.mdx'));
    expect(warning).toMatchObject({ severity: 'warning', message: 'Het werkblad is voor 71% compleet: de secties ## Resultaten, ## Randvoorwaarden ontbreken.' });
  });

  it('counts Uitvoering, the steps, between Aanpak and Onderbouwing', async () => {
    const text = corpus.read('interventies/voorbeeld-org/ouders-in-gesprek.mdx').replace('## Uitvoering', '## Stappen');
    const result = await withFiles({ 'interventies/voorbeeld-org/ouders-in-gesprek.mdx': text });
    const warning = at(result.problems, 'werkblad').find((p) => p.file.endsWith('ouders-in-gesprek.mdx'));
    expect(warning).toMatchObject({ severity: 'warning', message: 'Het werkblad is voor 86% compleet: de secties ## Uitvoering ontbreken.' });
  });

  it('reads the sections of an English intervention by their English headings', async () => {
    const english = corpus
      .read('interventies/voorbeeld-org/ouders-in-gesprek.mdx')
      .replace(/^lang: nl$/m, '')
      .replace(/^---\n/, '---\nlang: en\n')
      .replace('## Doel', '## Aim').replace('## Doelgroep', '## Target group').replace('## Aanpak', '## Approach')
      .replace('## Uitvoering', '## Delivery').replace('## Onderbouwing', '## Basis').replace('## Resultaten', '## Results');
    const result = await withFiles({ 'interventies/voorbeeld-org/parents-in-conversation.mdx': english });
    const warnings = at(result.problems, 'werkblad').filter((p) => p.file.endsWith('parents-in-conversation.mdx'));
    expect(warnings).toEqual([expect.objectContaining({ message: 'Het werkblad is voor 86% compleet: de secties ## Conditions ontbreken.' })]);
  });
});

describe('checking some files', () => {
  it('checks only the files asked for, against the whole tree', async () => {
    const result = await withFiles(
      {
        'lessen/voorbeeld-org/een-les.mdx': lesson({ fields: { related: '[interventies/ouders-in-gesprek]' }, body: '## De les\n\nZie [de aanpak](/interventies/ouders-in-gesprek/#aanpak).\n' }),
        'lessen/voorbeeld-org/kapot.mdx': lesson({ fields: { kind: 'onbekend-soort' } }),
      },
      { only: ['lessen/voorbeeld-org/een-les.mdx'] },
    );
    expect(result.problems).toEqual([]);
    expect(result.files).toBe(1);
  });

  it('finds a duplicate name when only one of the two files is checked', async () => {
    const result = await withFiles({ 'lessen/partner-org/sleutelfiguren-openen-deuren.mdx': lesson({ fields: { organisations: '[partner-org]' } }) }, { only: ['lessen/voorbeeld-org'] });
    expect(rules(result.problems)).toEqual(['unieke-naam']);
  });
});

describe('worker threads', () => {
  it('give the same problems as one thread', async () => {
    const files = {
      'lessen/voorbeeld-org/een-les.mdx': lesson({ fields: { related: '[interventies/bestaat-niet]' }, body: '## De les\n\n[kapot](/bestaat-niet/) en 06-12345678.\n' }),
      'lessen/voorbeeld-org/kapot.mdx': lesson({ fields: { kind: 'onbekend-soort' } }),
      'lessen/partner-org/sleutelfiguren-openen-deuren.mdx': lesson({ fields: { organisations: '[partner-org]' } }),
    };
    const sort = (problems: Problem[]) => [...problems].sort((a, b) => `${a.file}:${a.line}:${a.rule}`.localeCompare(`${b.file}:${b.line}:${b.rule}`));
    const [single, parallel] = await withFilesDo(files, async () => [readCorpus(corpus.root, { render: false }), await checkCorpus(corpus.root, { workers: 2 })] as const);
    expect(sort(parallel.problems)).toEqual(sort(single.problems));
    expect(parallel.files).toBe(single.files);
    expect(rules(parallel.problems)).toEqual(expect.arrayContaining(['verwijzing', 'interne-link', 'persoonsgegevens', 'schema', 'unieke-naam']));
  });

  it('count the search index\'s corpus words and list the editor\'s choices as reading the files again does', async () => {
    const root = path.join(fixturesDir, 'corpus-basic');
    const read = await loadCorpus(root, { workers: 2 });
    const words = corpusWordsOf(read.corpusCounts!);
    const again = wordsOfContent(root);
    expect([...words.lexicon].sort()).toEqual([...again.lexicon].sort());
    expect(words.lexicon.size).toBeGreaterThan(100);
    expect([...words.abbreviations]).toEqual([...again.abbreviations]);
    expect(entryChoicesOf(root, read.entries)).toEqual(entryChoices(root));
  });
});
