/**
 * Atom feeds (RFC 4287) of new and updated entries, for the whole site and
 * per organisation and theme. Every date comes from the entries' `updated`,
 * so the same content always gives the same feeds.
 */
import { collections, type CollectionName } from '../collections.ts';
import { feedPath } from '../shared/addresses.ts';
import { siteName } from '../site.config.ts';
import { entryById, urlOf, type AnyEntry } from './entries.ts';
import { xml } from './escape.ts';
import { allEntries, newestUpdate } from './open-data.ts';
import { absoluteUrl } from './references.ts';

/** How many entries a feed holds: enough for a reader that checks weekly, small enough to fetch often. */
export const feedSize = 50;

export const allFeedTitle = `Nieuw en bijgewerkt | ${siteName}`;
/** The collections whose pages have a feed of the entries that list them, and the field that does the listing. */
export const feedOwners = { organisaties: 'organisations', themas: 'themes' } as const;

export interface FeedInfo {
  path: string;
  title: string;
  subtitle: string;
  /** The field of the entries that belong in the feed, and the organisation or theme it names. */
  owner: FeedOwner;
}

export interface FeedOwner {
  field: (typeof feedOwners)[keyof typeof feedOwners];
  id: string;
}

/** The feed of an organisation or theme page, or none for other entries. */
export function feedOf(entry: AnyEntry): FeedInfo | undefined {
  if (entry.collection !== 'organisaties' && entry.collection !== 'themas') return undefined;
  const isOrganisation = entry.collection === 'organisaties';
  const name = isOrganisation ? (entry.data as { name: string }).name : entry.data.title;
  return {
    path: feedPath(entry.collection, entry.id),
    title: `Nieuw en bijgewerkt ${isOrganisation ? 'bij' : 'over'} ${name}`,
    subtitle: isOrganisation
      ? `Pagina’s van de ${siteName} met kennis van ${name}, de nieuwste en het laatst bijgewerkt eerst.`
      : `Pagina’s van de ${siteName} over het thema ${name}, de nieuwste en het laatst bijgewerkt eerst.`,
    owner: { field: feedOwners[entry.collection], id: entry.id },
  };
}

let byUpdate: Promise<AnyEntry[]> | undefined;
const byOwner = new Map<FeedOwner['field'], Promise<Map<string, AnyEntry[]>>>();

/**
 * The newest entries, by `updated` and then title: of the whole site, or of
 * those that list an organisation (in any place) or a theme. Sorted and
 * grouped once for all feeds of a build, not filtered again for each.
 */
export async function newest(owner?: FeedOwner): Promise<AnyEntry[]> {
  byUpdate ??= allEntries().then((entries) =>
    entries.toSorted((a, b) => b.data.updated.localeCompare(a.data.updated) || a.data.title.localeCompare(b.data.title, 'nl')));
  if (!owner) return (await byUpdate).slice(0, feedSize);
  let groups = byOwner.get(owner.field);
  if (!groups) {
    groups = byUpdate.then((entries) => {
      const listed = new Map<string, AnyEntry[]>();
      for (const entry of entries) {
        for (const id of new Set(((entry.data as Record<string, unknown>)[owner.field] as string[] | undefined) ?? [])) {
          const list = listed.get(id);
          if (list) list.push(entry);
          else listed.set(id, [entry]);
        }
      }
      return listed;
    });
    byOwner.set(owner.field, groups);
  }
  return ((await groups).get(owner.id) ?? []).slice(0, feedSize);
}

interface FeedOptions {
  path: string;
  title: string;
  subtitle: string;
  /** The page the feed belongs to. */
  pagePath: string;
  entries: AnyEntry[];
  /** Date for a feed without entries, which Atom still requires. */
  fallbackUpdated: string;
}

const timestamp = (date: string) => `${date}T00:00:00Z`;

export async function atomFeed({ path, title, subtitle, pagePath, entries, fallbackUpdated }: FeedOptions): Promise<string> {
  const items = await Promise.all(entries.map(async (entry) => {
    const collection = entry.collection as CollectionName;
    const url = absoluteUrl(urlOf(entry));
    const holder = (entry.data as { organisations?: string[] }).organisations?.[0];
    const author = holder ? (await entryById('organisaties', holder)).data.name : siteName;
    return [
      // The feed is Dutch; an entry written in English says so.
      entry.data.lang === 'nl' ? '<entry>' : `<entry xml:lang="${entry.data.lang}">`,
      `<title>${xml(entry.data.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${xml(url)}"/>`,
      `<id>${xml(url)}</id>`,
      `<updated>${timestamp(entry.data.updated)}</updated>`,
      `<author><name>${xml(author)}</name></author>`,
      `<category term="${collection}" label="${xml(collections[collection].singular)}"/>`,
      `<summary>${xml(entry.data.summary)}</summary>`,
      '</entry>',
    ].join('');
  }));
  const feedUrl = absoluteUrl(path);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
    `<title>${xml(title)}</title>`,
    `<subtitle>${xml(subtitle)}</subtitle>`,
    `<link rel="self" type="application/atom+xml" href="${xml(feedUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${xml(absoluteUrl(pagePath))}"/>`,
    `<id>${xml(feedUrl)}</id>`,
    `<updated>${timestamp(newestUpdate(entries) ?? fallbackUpdated)}</updated>`,
    `<author><name>${xml(siteName)}</name><uri>${xml(absoluteUrl('/'))}</uri></author>`,
    ...items,
    '</feed>',
    '',
  ].join('\n');
}

/** An XML document as a response; the sitemap uses it too. */
export const xmlResponse = (body: string, type = 'application/xml') => new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
