/**
 * Access to the published entries for pages: sorted lists, lookups by id and
 * the address of an entry (made by src/shared/addresses.ts), so every
 * template links the same way.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { CollectionName } from '../collections.ts';
import { defaultLang, langParam, otherLang, ui, type Lang } from '../i18n/index.ts';
import { entryPath } from '../shared/addresses.ts';

export type AnyEntry = CollectionEntry<CollectionName>;

/** The page of an entry, in its own language. */
export const urlOf = (entry: AnyEntry) => entryPath(entry.collection as CollectionName, entry.id, entry.data.lang);

/** The page of an entry known by id, such as a reference; looks up the entry's language. */
export const urlById = async (collection: CollectionName, id: string) => urlOf(await entryById(collection, id));

/**
 * Whether an entry is written in `lang`: each language's search index holds
 * those. Lists show more on the English side (see `listFor`).
 */
export const listedIn = (lang: Lang) => (entry: AnyEntry) => entry.data.lang === lang;

/**
 * The entries a list in `lang` shows. A Dutch list shows the Dutch entries.
 * An English list shows the English entries first and after them the Dutch
 * entries that have no English translation yet, which the cards mark as
 * Dutch: until everything is translated, a reader of the English site still
 * finds every intervention, rather than "no interventions". Keeps the order
 * of `entries` within each part.
 */
export function listFor<E extends AnyEntry>(entries: readonly E[], lang: Lang): E[] {
  const own = entries.filter(listedIn(lang));
  if (lang === defaultLang) return own;
  const translated = new Set(own.map((e) => e.data.translation_of).filter((id) => id !== undefined));
  return [...own, ...entries.filter((e) => e.data.lang === defaultLang && !translated.has(e.id))];
}

/**
 * How many entries in the other language a list (`listFor`) leaves out: not
 * shown in it, and not the original of a translation it shows. What the
 * "In Dutch: …" line under a list's heading counts.
 */
export function leftOut(entries: readonly AnyEntry[], shown: readonly AnyEntry[], lang: Lang): number {
  const here = new Set(shown.map((e) => e.id));
  const originals = new Set(shown.map((e) => e.data.translation_of).filter((id) => id !== undefined));
  return entries.filter((e) => e.data.lang === otherLang(lang) && !here.has(e.id) && !originals.has(e.id)).length;
}

const cache = new Map<CollectionName, Promise<AnyEntry[]>>();

/** Published entries of a collection, in the order lists show them. */
export function entriesOf<C extends CollectionName>(collection: C): Promise<CollectionEntry<C>[]> {
  let list = cache.get(collection);
  if (!list) {
    list = getCollection(collection).then((entries) => (entries as AnyEntry[]).sort(compareFor(collection)));
    cache.set(collection, list);
  }
  return list as Promise<CollectionEntry<C>[]>;
}

function compareFor(collection: CollectionName) {
  const byTitle = (a: AnyEntry, b: AnyEntry) => a.data.title.localeCompare(b.data.title, 'nl');
  if (collection === 'tijdlijn') {
    return (a: AnyEntry, b: AnyEntry) => String((a.data as { date: string }).date).localeCompare(String((b.data as { date: string }).date)) || byTitle(a, b);
  }
  if (collection === 'themas') {
    return (a: AnyEntry, b: AnyEntry) => (a.data as { order: number }).order - (b.data as { order: number }).order || byTitle(a, b);
  }
  return byTitle;
}

const indexes = new Map<CollectionName, Promise<Map<string, AnyEntry>>>();

/** Looks up a published entry by id; references are checked when content loads, so a miss is a bug. */
export async function entryById<C extends CollectionName>(collection: C, id: string): Promise<CollectionEntry<C>> {
  let index = indexes.get(collection);
  if (!index) {
    index = entriesOf(collection).then((entries) => new Map(entries.map((e) => [e.id, e as AnyEntry])));
    indexes.set(collection, index);
  }
  const entry = (await index).get(id);
  if (!entry) throw new Error(`No published ${collection} entry "${id}"; references are checked on load, so this is a bug.`);
  return entry as CollectionEntry<C>;
}

const translationIndexes = new Map<CollectionName, Promise<Map<string, AnyEntry[]>>>();

/**
 * The same text in the other languages: the entry a translation translates
 * (`translation_of`), or the translations of an original. The language switch
 * and the hreflang links of an entry page lead there.
 */
export async function translationsOf(entry: AnyEntry): Promise<AnyEntry[]> {
  const collection = entry.collection as CollectionName;
  let index = translationIndexes.get(collection);
  if (!index) {
    index = entriesOf(collection).then((entries) => {
      const byOriginal = new Map<string, AnyEntry[]>();
      for (const e of entries) {
        const original = e.data.translation_of;
        if (original === undefined) continue;
        const list = byOriginal.get(original);
        if (list) list.push(e);
        else byOriginal.set(original, [e]);
      }
      return byOriginal;
    });
    translationIndexes.set(collection, index);
  }
  const original = entry.data.translation_of;
  if (original === undefined) return (await index).get(entry.id) ?? [];
  const source = await entryById(collection, original);
  return [source, ...((await index).get(original) ?? []).filter((e) => e.id !== entry.id)];
}

/** The entry in `lang` that is this one or a translation of it, if there is one. */
export async function inLanguage<E extends AnyEntry>(entry: E, lang: Lang): Promise<E | undefined> {
  if (entry.data.lang === lang) return entry;
  // A translation is in the collection of its original, so it has the original's type.
  return (await translationsOf(entry)).find((e) => e.data.lang === lang) as E | undefined;
}

/** Resolves `<collection>/<id>` references, as in `related`. */
export async function resolveRefs(refs: readonly string[]): Promise<AnyEntry[]> {
  return Promise.all(refs.map((ref) => {
    const [collection, id] = ref.split('/') as [CollectionName, string];
    return entryById(collection, id);
  }));
}

const holders = new Map<string, Promise<Map<string, AnyEntry[]>>>();

/**
 * Entries of a collection that list the given organisation (any position) or
 * theme, as a page in `lang` lists them (see `listFor`). Grouped once per build for every
 * organisation or theme, as each of their pages asks.
 */
export async function entriesWith(collection: CollectionName, field: 'organisations' | 'themes', id: string, lang: Lang): Promise<AnyEntry[]> {
  const key = `${collection} ${field} ${lang}`;
  let groups = holders.get(key);
  if (!groups) {
    groups = entriesOf(collection).then((entries) => {
      const byId = new Map<string, AnyEntry[]>();
      for (const entry of listFor(entries, lang)) {
        for (const value of new Set(((entry.data as Record<string, unknown>)[field] as string[] | undefined) ?? [])) {
          const list = byId.get(value);
          if (list) list.push(entry);
          else byId.set(value, [entry]);
        }
      }
      return byId;
    });
    holders.set(key, groups);
  }
  return (await groups).get(id) ?? [];
}

/** `getStaticPaths` of an entry route (`[...lang]/<collection>/[id]`): every published entry, under /en/ when it is in English. */
export async function entryPaths<C extends CollectionName>(collection: C) {
  return (await entriesOf(collection)).map((entry) => ({ params: { lang: langParam(entry.data.lang), id: entry.id }, props: { entry } }));
}

/** Splits a list into pages of `size`. */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length > 0 ? pages : [[]];
}

export const pageSize = 24;

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date format for a locale, made once: making an `Intl.DateTimeFormat`
 * costs far more than using one, and pages show many dates.
 */
export function dateFormat(locale: string, withYear = true): Intl.DateTimeFormat {
  const key = `${locale} ${withYear}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', ...(withYear && { year: 'numeric' }), timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

/** Formats a YYYY-MM-DD date in the page's language, for example "5 maart 2013" or "5 March 2013". */
export function formatDate(value: string, lang: Lang = 'nl'): string {
  return dateFormat(ui(lang).locale).format(new Date(`${value}T00:00:00Z`));
}

/** Formats a YYYY-MM month, for example "maart 2015", or a full date as formatDate does. */
export function formatDateOrMonth(value: string, lang: Lang = 'nl'): string {
  if (!/^\d{4}-\d{2}$/.test(value)) return formatDate(value, lang);
  return new Intl.DateTimeFormat(ui(lang).locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${value}-01T00:00:00Z`));
}
