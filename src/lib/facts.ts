/**
 * Facts shown in an entry's fact box and in cards: label and values, with a
 * link where a value is an entry of its own.
 */
import type { CollectionName } from '../collections.ts';
import { collections } from '../collections.ts';
import * as vocab from '../vocabularies.ts';
import { entryById, entryUrl, formatDate } from './entries.ts';
import { isSlug } from '../schemas/fields.ts';

export interface FactValue {
  text: string;
  href?: string;
}

export interface Fact {
  label: string;
  values: FactValue[];
  /** Shown when there are no values, so that an absent fact is said rather than hidden. */
  empty?: string;
}

type Vocabulary = { label: (id: string) => string };

export const fromVocabulary = (vocabulary: Vocabulary, ids: readonly string[] = [], link?: (id: string) => string): FactValue[] =>
  ids.map((id) => ({ text: vocabulary.label(id), href: link?.(id) }));

export const texts = (values: readonly (string | number | undefined)[] = []): FactValue[] =>
  values.filter((v): v is string | number => v !== undefined && v !== '').map((v) => ({ text: String(v) }));

export async function organisationValues(ids: readonly string[] = []): Promise<FactValue[]> {
  return Promise.all(ids.map(async (id) => {
    const organisation = await entryById('organisaties', id);
    return { text: organisation.data.short_name === organisation.data.name ? organisation.data.name : `${organisation.data.name} (${organisation.data.short_name})`, href: entryUrl('organisaties', id) };
  }));
}

/** Network members: organisation ids link to their page; other names stay text. */
export async function memberValues(members: readonly string[] = []): Promise<FactValue[]> {
  return Promise.all(members.map(async (member) => (isSlug(member) ? (await organisationValues([member]))[0]! : { text: member })));
}

export const themeValues = (ids: readonly string[] = []) => fromVocabulary(vocab.themes, ids, (id) => entryUrl('themas', id));

export function period(from?: number, to?: number): FactValue[] {
  if (from === undefined && to === undefined) return [];
  if (from !== undefined && to !== undefined) return [{ text: from === to ? `${from}` : `${from} tot en met ${to}` }];
  return [{ text: from !== undefined ? `Vanaf ${from}` : `Tot en met ${to}` }];
}

export const dateValue = (value?: string): FactValue[] => (value ? [{ text: formatDate(value) }] : []);

export const typeLabel = (collection: CollectionName) => {
  const singular = collections[collection].singular;
  return singular.charAt(0).toUpperCase() + singular.slice(1);
};
