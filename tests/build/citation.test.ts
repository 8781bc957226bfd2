/**
 * "Citeer deze pagina" on every entry page of the fixture site: the APA
 * reference, and the BibTeX and RIS files read back by small parsers the way
 * a reference manager would.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readCorpus } from '../../src/content-tools/corpus.ts';
import { fixturesDir, readPage } from '../support/build.ts';
import { all, attr, one, parseHtml, text } from '../support/html.ts';
import { entryPath } from '../support/pages.ts';

const site = inject('basicSite');
const corpus = readCorpus(path.join(fixturesDir, 'corpus-basic')).entries;
const published = corpus.filter((e) => e.data.status === 'gepubliceerd');
const nameOf = (id: string) => corpus.find((e) => e.collection === 'organisaties' && e.id === id)!.data.name as string;
const authorOf = (entry: (typeof published)[number]) => {
  const holder = (entry.data.organisations as string[] | undefined)?.[0];
  return holder ? nameOf(holder) : 'LOM-kennisbank';
};
const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Fields of a single BibTeX entry: `key = {value}`, with nested braces, unwrapped once. */
function parseBibTeX(source: string): { type: string; key: string; fields: Record<string, string> } {
  const head = /^@(\w+)\{([^,]+),/.exec(source.trim());
  if (!head) throw new Error(`Not a BibTeX entry: ${source}`);
  const fields: Record<string, string> = {};
  let i = head[0].length;
  const body = source.trim();
  while (i < body.length) {
    const name = /\s*(\w+)\s*=\s*\{/y;
    name.lastIndex = i;
    const match = name.exec(body);
    if (!match) break;
    let depth = 1;
    let j = name.lastIndex;
    for (; depth > 0; j++) depth += body[j] === '{' ? 1 : body[j] === '}' ? -1 : 0;
    fields[match[1]!] = body.slice(name.lastIndex, j - 1);
    i = j + 1;
  }
  if (!body.endsWith('}')) throw new Error('Unclosed BibTeX entry');
  return { type: head[1]!, key: head[2]!, fields };
}

/** Lines of a RIS record: `XX  - value`, each ended by CRLF. */
function parseRIS(source: string): [string, string][] {
  expect(source.endsWith('\r\n')).toBe(true);
  return source.split('\r\n').slice(0, -1).map((line) => {
    const match = /^([A-Z][A-Z0-9])  - (.*)$/.exec(line);
    if (!match) throw new Error(`Not a RIS line: ${JSON.stringify(line)}`);
    return [match[1]!, match[2]!];
  });
}

describe('citing an entry', () => {
  it('shows an APA reference on every entry page, in its language: author, year and date of the version, title, site and address', () => {
    for (const entry of published) {
      const english = entry.data.lang === 'en';
      const block = one(readPage(site, entryPath(entry)), 'section.citation');
      expect(text(one(block, 'h2#citeer-deze-pagina')), entry.id).toBe(english ? 'Cite this page' : 'Citeer deze pagina');
      const reference = text(one(block, 'p.citation__reference'));
      const url = `https://lom-kennisbank.nl${entryPath(entry)}`;
      const author = authorOf(entry);
      // APA leaves the site's name out when the site is the author.
      const siteName = author === 'LOM-kennisbank' ? '' : ' LOM-kennisbank.';
      const year = (entry.data.updated as string).slice(0, 4);
      // "2 november" in Dutch, "November 2" in English.
      const date = english ? '\\p{L}+ \\d{1,2}' : '\\d{1,2} \\p{L}+';
      expect(reference, entry.id).toMatch(new RegExp(`^${escapeRegExp(author)}\\. \\(${year}, ${date}\\)\\. ${escapeRegExp(entry.data.title)}\\.${escapeRegExp(siteName)} ${escapeRegExp(url)}$`, 'u'));
      expect(text(one(block, 'i')), 'the title in italics').toBe(entry.data.title);
    }
    expect(text(readPage(site, '/interventies/ouders-in-gesprek/'))).toContain(
      'Stichting Voorbeeldorganisatie. (2026, 2 november). Ouders in gesprek over school. LOM-kennisbank. https://lom-kennisbank.nl/interventies/ouders-in-gesprek/',
    );
    expect(text(readPage(site, '/en/lessen/listen-before-you-advise/'))).toContain(
      'Partnerorganisatie. (2026, October 10). Listen before you advise. LOM-kennisbank. https://lom-kennisbank.nl/en/lessen/listen-before-you-advise/',
    );
  });

  it('offers a BibTeX file with the title, address and version date', () => {
    for (const entry of published) {
      const html = parseHtml(readPage(site, entryPath(entry)));
      expect(all(html, 'a').map((a) => attr(a, 'href'))).toContain(`/citeer/${entry.collection}/${entry.id}.bib`);
      const bib = parseBibTeX(fs.readFileSync(path.join(site, 'citeer', entry.collection, `${entry.id}.bib`), 'utf8'));
      expect(bib.type).toBe('misc');
      expect(bib.fields.title).toBe(`{${entry.data.title}}`);
      expect(bib.fields.author).toBe(`{${authorOf(entry)}}`);
      expect(bib.fields.url).toBe(`https://lom-kennisbank.nl${entryPath(entry)}`);
      expect(bib.fields.date).toBe(entry.data.updated);
      expect(bib.fields.year).toBe((entry.data.updated as string).slice(0, 4));
    }
  });

  it('gives every entry its own BibTeX key', () => {
    const keys = published.map((e) => parseBibTeX(fs.readFileSync(path.join(site, 'citeer', e.collection, `${e.id}.bib`), 'utf8')).key);
    expect(new Set(keys).size).toBe(published.length);
  });

  it('offers a RIS file of type ELEC with the title, address and version date', () => {
    for (const entry of published) {
      expect(readPage(site, entryPath(entry))).toContain(`href="/citeer/${entry.collection}/${entry.id}.ris"`);
      const lines = parseRIS(fs.readFileSync(path.join(site, 'citeer', entry.collection, `${entry.id}.ris`), 'utf8'));
      const tags = Object.fromEntries(lines);
      expect(lines[0]).toEqual(['TY', 'ELEC']);
      expect(lines.at(-1)).toEqual(['ER', '']);
      expect(tags.TI).toBe(entry.data.title);
      expect(tags.AU).toBe(authorOf(entry));
      expect(tags.UR).toBe(`https://lom-kennisbank.nl${entryPath(entry)}`);
      expect(tags.DA).toBe((entry.data.updated as string).replaceAll('-', '/'));
      expect(tags.PY).toBe((entry.data.updated as string).slice(0, 4));
    }
  });
});
