/**
 * Facts shown in an entry's fact box and in cards: label and values, with a
 * link where a value is an entry of its own.
 */
import type { CollectionName } from '../collections.ts';
import { capitalise, ui, type Lang } from '../i18n/index.ts';
import * as vocab from '../shared/vocabularies.ts';
import { entryById, formatDate, urlOf } from './entries.ts';
import { isSlug } from '../schemas/fields.ts';

export interface FactValue {
  text: string;
  href?: string;
  /** The language of the linked page, where it is not the page's own. */
  hreflang?: Lang;
  /** Words after the value that are not part of its link text, such as a note on a rating. */
  after?: string;
}

export interface Fact {
  label: string;
  values: FactValue[];
  /** Shown when there are no values, so that an absent fact is said rather than hidden. */
  empty?: string;
  /** Titles of other entries are not this entry's text: search leaves them out, as it leaves out the lists of related entries. */
  otherEntries?: boolean;
}

type Vocabulary = { label: (id: string, lang?: Lang) => string };

/**
 * Vocabulary values by their labels. `onbekend` is no value but the absence of
 * one: it is left out, so that the fact says "Niet bekend" as every other
 * unknown fact does, in the same style, rather than "Onbekend" as a value.
 */
export const fromVocabulary = (vocabulary: Vocabulary, ids: readonly string[] = [], lang: Lang): FactValue[] =>
  ids.filter((id) => id !== 'onbekend').map((id) => ({ text: vocabulary.label(id, lang) }));

export const texts = (values: readonly (string | number | undefined)[] = []): FactValue[] =>
  values.filter((v): v is string | number => v !== undefined && v !== '').map((v) => ({ text: String(v) }));

/** A link to an entry from a page in `lang`, marked with the entry's language when that differs. */
const marked = (entry: { data: { lang: Lang } }, lang: Lang) => (entry.data.lang === lang ? {} : { hreflang: entry.data.lang });

export async function organisationValues(ids: readonly string[] = [], lang: Lang): Promise<FactValue[]> {
  return Promise.all(ids.map(async (id) => {
    const organisation = await entryById('organisaties', id);
    return {
      text: organisation.data.short_name === organisation.data.name ? organisation.data.name : `${organisation.data.name} (${organisation.data.short_name})`,
      href: urlOf(organisation),
      ...marked(organisation, lang),
    };
  }));
}

/** Network members: organisation ids link to their page; other names stay text. */
export async function memberValues(members: readonly string[] = [], lang: Lang): Promise<FactValue[]> {
  return Promise.all(members.map(async (member) => (isSlug(member) ? (await organisationValues([member], lang))[0]! : { text: member })));
}

/** Themes by their label in the page's language, each linking to its theme page. */
export async function themeValues(ids: readonly string[] = [], lang: Lang): Promise<FactValue[]> {
  return Promise.all(ids.map(async (id) => {
    const theme = await entryById('themas', id);
    return { text: vocab.themes.label(id, lang), href: urlOf(theme), ...marked(theme, lang) };
  }));
}

export function period(from: number | undefined, to: number | undefined, lang: Lang): FactValue[] {
  const t = ui(lang).facts.period;
  if (from === undefined && to === undefined) return [];
  if (from !== undefined && to !== undefined) return [{ text: from === to ? `${from}` : t.range(from, to) }];
  return [{ text: from !== undefined ? t.from(from) : t.to(to!) }];
}

export const dateValue = (value: string | undefined, lang: Lang): FactValue[] => (value ? [{ text: formatDate(value, lang) }] : []);

/** The kind of entry a collection holds, as a label: "Interventie", "Intervention". */
export const typeLabel = (collection: CollectionName, lang: Lang) => capitalise(ui(lang).collections[collection].singular);
