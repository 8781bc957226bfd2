/**
 * Each fact about a field is said once, where the field is defined: a field
 * that is a reference or a facet says so in its schema, and everything that
 * knows of references and facets takes it from there. The test puts a lesson
 * schema with a new reference field and a new browse facet in place of the
 * real one (tests/fixtures/schemas/les-with-new-fields.ts) and sees that the
 * check, the browse pages, the search filters, the open-data links, the JSON
 * Schema, the field docs, the template and the content model all know them.
 */
import { describe, expect, it, vi } from 'vitest';
import { readCorpus } from '../../src/content-tools/corpus.ts';
import { fieldDocs } from '../../src/content-tools/field-docs.ts';
import { frontmatterJsonSchema } from '../../src/content-tools/json-schema.ts';
import { modelDocs } from '../../src/content-tools/model-docs.ts';
import { entryTemplate } from '../../src/content-tools/template.ts';
import { allFacets, facetsOf, facetValues, fieldRoles, referenceFields, reservedIds } from '../../src/schemas/roles.ts';
import { facetValuesOf } from '../../src/components/search/facets.ts';
import { en } from '../../src/i18n/en.ts';
import { nl } from '../../src/i18n/nl.ts';
import { lesson, now, useTempCorpus } from '../support/temp-corpus.ts';

vi.mock('../../src/schemas/les.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/schemas/les.ts')>();
  const { lesSchema } = await vi.importActual<typeof import('../fixtures/schemas/les-with-new-fields.ts')>('../fixtures/schemas/les-with-new-fields.ts');
  // The fixture extends the real schema, which importActual loads unmocked.
  return { ...real, lesSchema };
});

describe('a new reference field and a new facet, added in one schema file', () => {
  const corpus = useTempCorpus('field-roles');

  it('are in the table of field roles', () => {
    expect(fieldRoles('lessen').map((role) => role.path.join('.'))).toEqual(expect.arrayContaining(['keeper', 'places']));
    expect(referenceFields('lessen').find((role) => role.path[0] === 'keeper')?.ref.to).toEqual(['organisaties']);
  });

  it('have their references checked: an unknown organisation in the new field is reported at its line', () => {
    corpus.write('lessen/voorbeeld-org/bewaard.mdx', lesson({ fields: { keeper: 'bestaat-niet', places: '[school]' } }));
    const problems = readCorpus(corpus.root, { now, render: false }).problems.filter((p) => p.file.endsWith('bewaard.mdx'));
    expect(problems.map((p) => [p.line, p.message])).toEqual([[13, expect.stringContaining('keeper: "bestaat-niet" bestaat niet in organisaties.')]]);
  });

  it('browse the lists of lessons by the new facet, reserve its segment and filter the search by it', () => {
    expect(facetsOf('lessen')).toContain('plek');
    expect(facetsOf('interventies')).not.toContain('plek');
    expect(reservedIds).toContain('plek');
    const data = { places: ['school', 'wijk'], themes: ['onderwijs'] };
    expect(facetValues('lessen', 'x', data, 'plek')).toEqual(['school', 'wijk']);
    expect(facetValuesOf('lessen', 'x', data).plek).toEqual(['school', 'wijk']);
    expect(allFacets.find((f) => f.key === 'plek')?.vocabulary?.name).toBe('settings');
  });

  it('appear in the JSON Schema with their labels, the field docs, the template and the content model', () => {
    const places = frontmatterJsonSchema('lessen').properties!.places!;
    expect(places.items?.enumDescriptions).toEqual(expect.arrayContaining(['School', 'Wijk']));
    expect(JSON.stringify(places)).not.toMatch(/"(facet|vocabulary|ref)"/);
    expect(fieldDocs()).toContain('| `keeper` | nee | De organisatie die de les nu bewaart.');
    expect(entryTemplate({ collection: 'lessen', title: 'Een les', organisation: 'voorbeeld-org', today: now, displayPath: 'x.mdx' })).toMatch(/# places: \[school\]/);
    expect(modelDocs()).toContain('| `places` | no | list of vocabulary value | values of `settings`; facet `plek`: browse pages and search filter |');
    expect(modelDocs()).toContain('| `keeper` | no | text | points to `organisaties` by the id |');
  });
});

describe('the labels of the facets', () => {
  it('every facet has a search legend, and every browse facet a heading and a phrase, in both languages', () => {
    for (const facet of allFacets.filter((f) => f.key !== 'plek')) {
      for (const dictionary of [nl, en]) expect((dictionary.search.legends as Record<string, string>)[facet.key], facet.key).toBeTruthy();
    }
    const browsed = new Set(['organisaties', 'interventies', 'lessen', 'netwerken', 'themas', 'handreikingen', 'tijdlijn', 'bronnen'].flatMap((c) => facetsOf(c as never)));
    browsed.delete('plek');
    for (const key of browsed) {
      for (const dictionary of [nl, en]) {
        expect((dictionary.list.browseHeadings as Record<string, string>)[key], key).toBeTruthy();
        expect((dictionary.list.facetPhrase as Record<string, string>)[key], key).toBeTruthy();
      }
    }
  });
});

