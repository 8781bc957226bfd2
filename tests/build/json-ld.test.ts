/**
 * Structured data on every entry page of the fixture site: one JSON-LD block
 * that parses, with the schema.org type of its collection and the same facts
 * as the page.
 */
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readCorpus } from '../../src/content-tools/corpus.ts';
import { fixturesDir, readPage } from '../support/build.ts';
import { jsonBlocks } from '../support/html.ts';
import { entryPath } from '../support/pages.ts';

const site = inject('basicSite');
const published = readCorpus(path.join(fixturesDir, 'corpus-basic')).entries.filter((e) => e.data.status === 'gepubliceerd');

const expectedType: Record<string, string> = {
  organisaties: 'Organization',
  tijdlijn: 'Event',
  handreikingen: 'HowTo',
  interventies: 'CreativeWork',
  lessen: 'CreativeWork',
  netwerken: 'CreativeWork',
  themas: 'CreativeWork',
  bronnen: 'CreativeWork',
};

type Json = Record<string, unknown>;
const jsonLdOf = (html: string) => jsonBlocks(html) as Json[];

describe('structured data on entry pages', () => {
  it('is one JSON-LD block per page, of the type that fits the collection', () => {
    for (const entry of published) {
      const blocks = jsonLdOf(readPage(site, entryPath(entry)));
      expect(blocks, entry.id).toHaveLength(1);
      expect(blocks[0]!['@context']).toBe('https://schema.org');
      expect(blocks[0]!['@type'], entry.id).toBe(expectedType[entry.collection]);
    }
  });

  it('names, describes and dates the page as the page does, with publisher, licence, language, themes and sources', () => {
    for (const entry of published) {
      const data = jsonLdOf(readPage(site, entryPath(entry)))[0]!;
      const url = `https://lom-kennisbank.nl${entryPath(entry)}`;
      expect(data.name).toBe(entry.collection === 'organisaties' ? entry.data.name : entry.data.title);
      expect(data.description).toBe(entry.data.summary);
      expect(data.url).toBe(url);
      // Organisations and events are not creative works; facts about the page sit on the page that describes them.
      const page = (['Organization', 'Event'].includes(data['@type'] as string) ? data.mainEntityOfPage : data) as Json;
      expect(page.dateModified, entry.id).toBe(entry.data.updated);
      expect(page.inLanguage).toBe(entry.data.lang);
      expect(page.license).toBe('https://creativecommons.org/licenses/by/4.0/');
      expect((page.publisher as Json).name).toBe('LOM-kennisbank');
      const themes = (entry.data.themes as string[]).map((id) => `https://lom-kennisbank.nl/themas/${id}/`);
      expect(((page.about ?? []) as Json[]).map((t) => t.url)).toEqual(themes);
      const sources = (entry.data.sources as { title: string }[]).map((s) => s.title);
      const basedOn = ((page.isBasedOn ?? []) as Json[]).map((s) => s.name);
      expect(basedOn, entry.id).toEqual(entry.collection === 'bronnen' ? [entry.data.title, ...sources] : sources);
    }
  });

  it('gives the facts that belong to organisations, events and source documents', () => {
    const organisation = jsonLdOf(readPage(site, '/organisaties/voorbeeld-org/'))[0]!;
    expect(organisation.alternateName).toBe('VBO');
    expect(organisation.sameAs).toEqual(['https://example.org/']);
    // The founding year is only derived from the sources, which structured data cannot say.
    expect(organisation.foundingDate).toBeUndefined();

    const event = jsonLdOf(readPage(site, '/tijdlijn/2013-03-05-testbrief-verstuurd/'))[0]!;
    expect(event.startDate).toBe('2013-03-05');

    const letter = jsonLdOf(readPage(site, '/bronnen/testbrief/'))[0]!;
    expect((letter.isBasedOn as Json[])[0]).toMatchObject({ url: 'https://example.org/brief', datePublished: '2013-03-05', identifier: 'TEST-2013-1' });

    const intervention = jsonLdOf(readPage(site, '/interventies/ouders-in-gesprek/'))[0]!;
    expect(intervention.author).toEqual({ '@type': 'Organization', name: 'Stichting Voorbeeldorganisatie', url: 'https://lom-kennisbank.nl/organisaties/voorbeeld-org/' });
    expect((intervention.isBasedOn as Json[])[1]!.url).toBe('https://lom-kennisbank.nl/bronnen/testbrief/');
  });
});
