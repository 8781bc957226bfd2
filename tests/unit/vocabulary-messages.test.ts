/**
 * A value outside a vocabulary is named with what the vocabulary's values
 * are called ("… is geen soort materiaal"), with its values to choose
 * from, for every vocabulary, including one added later (materialKinds once
 * had no noun, and its mistakes no message of their own).
 */
import { describe, expect, it } from 'vitest';
import { vocabularyOf } from '../../src/content-tools/suggest.ts';
import * as vocabularies from '../../src/shared/vocabularies.ts';
import { check, lesson } from '../support/temp-corpus.ts';

const all = Object.entries(vocabularies).filter(([, value]) => typeof value === 'object' && value !== null && 'ids' in value) as [string, vocabularies.Vocabulary][];

describe('messages about a value outside a vocabulary', () => {
  it.each(all)('%s: the message names what its values are called, with its values to choose from', (_, vocabulary) => {
    const found = vocabularyOf([...vocabulary.ids].reverse());
    expect(found?.noun).toBe(vocabulary.noun);
    expect(found?.candidates.map((c) => c.id)).toEqual(vocabulary.ids);
  });

  it('writes the noun into the check\'s message at the field', () => {
    const problem = check(lesson({ fields: { kind: 'tipp' } })).problems.find((p) => p.message.startsWith('kind'));
    expect(problem?.message).toMatch(/^kind: "tipp" is geen soort les\./);
  });
});
