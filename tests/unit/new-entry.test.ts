/**
 * `npm run new`: a new entry at the right place, with a unique name made from
 * the title, from a template that explains every field, that passes the check
 * as a concept and cannot be published before its placeholders are filled in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionNames } from '../../src/collections.ts';
import { readCorpus } from '../../src/content-tools/corpus.ts';
import { frontmatterJsonSchema } from '../../src/content-tools/json-schema.ts';
import { slugify } from '../../src/content-tools/slug.ts';
import { interventionSections } from '../../src/shared/vocabularies.ts';
import { runScript, useTempCorpus } from '../support/temp-corpus.ts';
import { scriptLimit } from '../support/limits.ts';

const corpus = useTempCorpus('new-entry');

const create = (...args: string[]) => runScript('new', args, corpus.root);
/** The file a successful run reports it wrote. */
const written = (stdout: string) => {
  const shownPath = /^Nieuw bestand: (.+)$/m.exec(stdout)?.[1];
  if (!shownPath) throw new Error(`No file written:\n${stdout}`);
  return path.resolve(shownPath);
};
const problemsOf = (file: string) => readCorpus(corpus.root, { render: false, only: [file] }).problems;

describe('file names', () => {
  it.each([
    ['Ouders één', 'ouders-een'],
    ['Café & crème brûlée', 'cafe-creme-brulee'],
    ['Œuvre in het IJsselmeer, straße', 'oeuvre-in-het-ijsselmeer-strasse'],
    ['  Wat werkt? Sleutelfiguren!  ', 'wat-werkt-sleutelfiguren'],
    ['!!!', ''],
  ])('makes %j into %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('cuts a long title at a word, within 60 characters', () => {
    const slug = slugify('Een heel lange titel over het bereiken van ouders via sleutelfiguren in de wijk en op school');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('een-heel-lange-titel-over-het-bereiken-van-ouders-via');
  });
});

describe('npm run new', { timeout: scriptLimit }, () => {
  it('writes an intervention in the folder of its organisation, named after the title, with the seven werkblad sections', () => {
    const result = create('interventies', '--org', 'voorbeeld-org', '--title', 'Ouders één');
    expect(result.status).toBe(0);
    const file = written(result.stdout);
    expect(file).toBe(path.join(corpus.root, 'interventies/voorbeeld-org/ouders-een.mdx'));
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('title: Ouders één\n');
    expect(text).toContain('status: concept\n');
    expect(text).toContain('organisations: [voorbeeld-org]\n');
    expect([...text.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual([...interventionSections]);
    expect(result.stdout).toContain(`npm run check -- ${path.relative(process.cwd(), file)}`);
    // The command in the template is one line a contributor can copy, however long the path.
    const command = text.split('\n').find((line) => line.includes('npm run check'));
    expect(command?.replace(/^#\s+/, '')).toMatch(/^npm run check -- \S+interventies\/voorbeeld-org\/ouders-een\.mdx$/);
  });

  it('adds -2, -3 when the name is taken in the collection, also in another organisation\'s folder', () => {
    const second = written(create('interventies', '--org', 'voorbeeld-org', '--title', 'Ouders één').stdout);
    const third = written(create('interventies', '--org', 'partner-org', '--title', 'Ouders één').stdout);
    expect(path.basename(second)).toBe('ouders-een-2.mdx');
    expect(third).toBe(path.join(corpus.root, 'interventies/partner-org/ouders-een-3.mdx'));
  });

  it.each(collectionNames.filter((c) => c !== 'themas'))('writes a new entry in %s that passes the check as a concept, with only placeholders to fill in', (collection) => {
    const org = ['interventies', 'lessen', 'netwerken'].includes(collection) ? ['--org', 'voorbeeld-org'] : [];
    const result = create(collection, ...org, '--title', `Een nieuwe bijdrage voor ${collection}`);
    expect(result.status, result.output).toBe(0);
    const file = written(result.stdout);
    const problems = problemsOf(file);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(new Set(problems.map((p) => p.rule))).toEqual(new Set(['sjabloon']));

    // Every field of the schema is in the template, explained, whether required or commented out.
    const text = fs.readFileSync(file, 'utf8');
    for (const [name, field] of Object.entries(frontmatterJsonSchema(collection).properties ?? {})) {
      expect(text, name).toMatch(new RegExp(`^(# )?${name}:`, 'm'));
      expect(text, name).toContain(`# ${String(field.description).split(' ').slice(0, 4).join(' ')}`);
    }
  });

  it('cannot publish a template whose placeholders are not filled in', () => {
    const file = written(create('lessen', '--org', 'voorbeeld-org', '--title', 'Nog niet klaar').stdout);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('status: concept', 'status: gepubliceerd'));
    const placeholders = problemsOf(file).filter((p) => p.rule === 'sjabloon');
    expect(placeholders.length).toBeGreaterThan(3);
    expect(placeholders.every((p) => p.severity === 'error')).toBe(true);
  });

  it('passes once the placeholders are filled in and published', () => {
    const file = written(create('lessen', '--org', 'voorbeeld-org', '--title', 'Een les die af is').stdout);
    const filled = fs
      .readFileSync(file, 'utf8')
      .replace(/"INVULLEN: [^"]*"/g, '"Een gewone tekst die lang genoeg is voor elk veld van deze les, in eenvoudig Nederlands."')
      .replace(/ {2}# INVULLEN: .*$/gm, '')
      .replace(/^INVULLEN: .*$/gm, 'Een alinea met de les.')
      .replace('status: concept', 'status: gepubliceerd');
    fs.writeFileSync(file, filled);
    expect(problemsOf(file)).toEqual([]);
  });

  it('dates a timeline event and starts its file name with the date', () => {
    const file = written(create('tijdlijn', '--title', 'De brief komt', '--date', '2013-03-05').stdout);
    expect(path.basename(file)).toBe('2013-03-05-de-brief-komt.mdx');
    expect(fs.readFileSync(file, 'utf8')).toContain('\ndate: 2013-03-05\n');
    expect(problemsOf(file).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('refuses an unknown collection or organisation, listing the valid ones', () => {
    const collection = create('lessons', '--title', 'Een les');
    expect(collection.status).toBe(2);
    expect(collection.stderr).toContain('Onbekende collectie "lessons". Kies uit: organisaties (organisatie), interventies (interventie), lessen (les)');
    const organisation = create('lessen', '--org', 'smn', '--title', 'Een les');
    expect(organisation.status).toBe(2);
    expect(organisation.stderr).toMatch(/Onbekende organisatie "smn"\. Kies uit: (.+, )?partner-org, (.+, )?voorbeeld-org\./);
  });

  it('asks for what is missing, in Dutch', () => {
    expect(create('lessen', '--title', 'Een les').stderr).toMatch(/Bij lessen hoort een organisatie: --org <naam>\. Kies uit: (.+, )?partner-org, (.+, )?voorbeeld-org\./);
    expect(create('lessen', '--org', 'voorbeeld-org').stderr).toContain('Geef een titel');
    expect(create('lessen', '--org', 'voorbeeld-org', '--title', 'Kort').stderr).toContain('De titel moet minstens 5 tekens hebben.');
    expect(create('lessen', '--org', 'voorbeeld-org', '--titel', 'Een les').stderr).toContain('Onbekende optie of ontbrekende waarde: --titel.');
    expect(create('themas', '--title', 'Sport en bewegen').stderr).toContain("Een thema moet in de lijst van thema's staan.");
  });
});
