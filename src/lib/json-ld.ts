/**
 * Structured data (schema.org, as JSON-LD) for every entry page, built from
 * the same entry data as the page, so that search engines and archives can
 * read what a page is about, who holds the knowledge and where it comes from.
 */
import type { CollectionName } from '../collections.ts';
import type { Source } from '../schemas/source.ts';
import { siteName } from '../site.config.ts';
import type { Lang } from '../i18n/index.ts';
import * as vocab from '../shared/vocabularies.ts';
import { entryById, urlOf, type AnyEntry } from './entries.ts';
import { licenceUrl } from './open-data.ts';
import { absoluteUrl, linkTo, sourceEntryId } from './references.ts';

type Json = Record<string, unknown>;

/**
 * The schema.org type of each collection's main subject. Guidance is written
 * as steps, hence `HowTo`; interventions describe a method in sections rather
 * than steps, so they stay a plain `CreativeWork`, as do the other texts.
 */
const types: Record<CollectionName, string> = {
  organisaties: 'Organization',
  tijdlijn: 'Event',
  handreikingen: 'HowTo',
  interventies: 'CreativeWork',
  lessen: 'CreativeWork',
  netwerken: 'CreativeWork',
  themas: 'CreativeWork',
  bronnen: 'CreativeWork',
};
/** Types that are not creative works: the facts about the page itself go on its `mainEntityOfPage`. */
const notCreativeWork = new Set(['Organization', 'Event']);

/** Leaves out absent values and empty lists, which schema.org readers would only have to skip. */
const compact = (object: Json): Json =>
  Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));

const organisation = (name: string, url?: string): Json => compact({ '@type': 'Organization', name, url });

async function sourceWork(source: Source): Promise<Json> {
  const entryId = sourceEntryId(source);
  return compact({
    '@type': 'CreativeWork',
    name: source.title,
    url: source.url ?? (entryId ? (await linkTo('bronnen', entryId)).url : undefined),
    publisher: source.publisher ? organisation(source.publisher) : undefined,
    datePublished: source.date,
    identifier: entryId ? undefined : source.reference,
  });
}

export async function jsonLdOf(entry: AnyEntry): Promise<Json> {
  const collection = entry.collection as CollectionName;
  const d = entry.data as Json & {
    title: string; summary: string; updated: string; lang: Lang; licence: string; sources: Source[]; themes: string[]; organisations?: string[]; keywords?: string[];
  };
  const url = absoluteUrl(urlOf(entry));
  const type = types[collection];
  const publisher = organisation(siteName, absoluteUrl('/'));
  const holder = d.organisations?.[0] ? await entryById('organisaties', d.organisations[0]) : undefined;
  const isBasedOn = await Promise.all(d.sources.map(sourceWork));
  if (collection === 'bronnen') {
    // A source entry summarises one document: that document is what the page rests on.
    isBasedOn.unshift(await sourceWork({ title: d.title, publisher: d.publisher as string, date: d.date as string, reference: d.reference as string, url: d.url as string | undefined }));
  }
  const page = compact({
    dateModified: d.updated,
    inLanguage: d.lang,
    publisher,
    author: holder ? organisation(holder.data.name, absoluteUrl(urlOf(holder))) : publisher,
    license: licenceUrl(d.licence),
    isBasedOn,
    about: await Promise.all(d.themes.map(async (id) => ({ '@type': 'Thing', name: vocab.themes.label(id, d.lang), url: (await linkTo('themas', id)).url }))),
    keywords: d.keywords?.join(', '),
  });
  const subject = compact({
    '@context': 'https://schema.org',
    '@type': type,
    '@id': url,
    name: collection === 'organisaties' ? (d.name as string) : d.title,
    alternateName: collection === 'organisaties' ? (d.short_name as string) : undefined,
    description: d.summary,
    url,
    // Only a year that a source states; a derived year is shown on the page with that caveat, which structured data cannot carry.
    foundingDate: collection === 'organisaties' && (d.founded as { certainty: string }).certainty === 'bekend' ? String((d.founded as { year: number }).year) : undefined,
    sameAs: collection === 'organisaties' ? [d.website, d.archived_website].filter(Boolean) : undefined,
    startDate: collection === 'tijdlijn' ? (d.date as string) : undefined,
  });
  return notCreativeWork.has(type)
    ? { ...subject, mainEntityOfPage: { '@type': 'WebPage', '@id': url, url, name: d.title, ...page } }
    : { ...subject, ...page };
}
