/**
 * The editor's own field types (src/editor/browser/). The reference field
 * checks what is typed as the content check does: a value written as a
 * reference must name an entry that exists, a name is accepted where the
 * field also takes a name, and what is wrong is said in Dutch with what to do
 * instead. The field for a word or a record (costs: `onbekend`, or an amount)
 * takes either, and names a missing or wrong part of the record.
 */
import { describe, expect, it } from 'vitest';
import { problemOf, registerReferenceField } from '../../src/editor/browser/reference-field.js';
import { problemsOf, registerWordOrRecordField } from '../../src/editor/browser/word-or-record-field.js';
import { editorCollection, referenceWidget, wordOrRecordWidget, type EditorField } from '../../src/editor/config.ts';
import { slugPattern } from '../../src/schemas/fields.ts';

const entries = [
  { value: 'interventies/opstap', label: 'Interventie: Opstap' },
  { value: 'lessen/ouders-bereiken', label: 'Les: Ouders bereiken' },
];
const related = { choices: entries, written: 'path', referencePattern: '/', freeText: false };
const adaptedFrom = { choices: entries.slice(0, 1), written: 'path', referencePattern: '/', freeText: true };
const keeper = { choices: [{ value: 'noom', label: 'NOOM' }], written: 'id', referencePattern: slugPattern.source, freeText: true };

describe('the reference field', () => {
  it('accepts an entry from its list, and an empty field', () => {
    expect(problemOf('interventies/opstap', related)).toBeUndefined();
    expect(problemOf(' lessen/ouders-bereiken ', related)).toBeUndefined();
    expect(problemOf('', related)).toBeUndefined();
    expect(problemOf(undefined, keeper)).toBeUndefined();
  });

  it('refuses what is not an entry where only entries may be chosen, and says how to choose one', () => {
    expect(problemOf('interventies/opstapp', related)).toMatch(/^“interventies\/opstapp” is geen pagina van deze kennisbank\. Kies er een uit de lijst/);
    expect(problemOf('Opstap', related)).toMatch(/geen pagina van deze kennisbank/);
  });

  it('takes a name where the field also takes one, but not a reference to an entry that does not exist', () => {
    expect(problemOf('HIPPY', adaptedFrom)).toBeUndefined();
    expect(problemOf('interventies/hippy', adaptedFrom)).toMatch(/schrijf een naam zonder schuine streep/);
    expect(problemOf('Stichting Alliantie Vrijwillige Schuldhulp', keeper)).toBeUndefined();
    expect(problemOf('noom2', keeper)).toMatch(/^Er is geen bestand “noom2” in deze kennisbank/);
  });

  it('is registered under the name the configuration gives its fields', () => {
    const registered: string[] = [];
    registerReferenceField({ registerFieldType: (name: string) => registered.push(name) }, { h: () => null, createClass: (spec: object) => spec }, {});
    expect(registered).toEqual([referenceWidget]);
  });
});

describe('the field for a word or a record', () => {
  const costs = editorCollection('interventies').fields.find((field) => field.name === 'costs')!;
  const options = { word: costs.word, parts: costs.parts as EditorField[] };

  it('is how the form offers the costs of an intervention: onbekend, or the amount, what it is for and the year', () => {
    expect(costs.widget).toBe(wordOrRecordWidget);
    expect(costs.word).toBe('onbekend');
    expect(options.parts.map((part) => [part.name, Boolean(part.required)])).toEqual([['amount', true], ['per', true], ['year', true], ['includes', false]]);
  });

  it('accepts the word, an empty field and a complete record', () => {
    expect(problemsOf('onbekend', options)).toEqual([]);
    expect(problemsOf('', options)).toEqual([]);
    expect(problemsOf({ amount: '1.500 euro', per: 'per groep van tien ouders', year: 2012 }, options)).toEqual([]);
  });

  it('names each part of the record that is missing or wrong, in Dutch', () => {
    expect(problemsOf({ amount: '1.500 euro', year: 12 }, options)).toEqual(['Per: dit veld is verplicht.', 'Jaar: het getal moet minstens 1900 zijn.']);
    expect(problemsOf('gratis', options)).toEqual(['Kies “onbekend” of vul de velden in.']);
  });

  it('is registered under the name the configuration gives its fields', () => {
    const registered: string[] = [];
    registerWordOrRecordField({ registerFieldType: (name: string) => registered.push(name) }, { h: () => null, createClass: (spec: object) => spec });
    expect(registered).toEqual([wordOrRecordWidget]);
  });
});
