/**
 * References between entries, resolved to what machines need: the target's
 * collection, id and absolute address. Open data, structured data and feeds
 * all read references through here, so every export points the same way.
 */
import type { CollectionName } from '../collections.ts';
import { isSlug } from '../schemas/fields.ts';
import { sourceEntryPrefix, type Source } from '../schemas/source.ts';
import { siteUrl } from '../site.config.ts';
import { urlById } from './entries.ts';

export interface EntryLink {
  collection: CollectionName;
  id: string;
  url: string;
}

/** Absolute address of a path on the site. */
export const absoluteUrl = (pathname: string) => new URL(pathname, siteUrl).href;

/** The link to an entry known by id, with the address of its page in its own language. */
export const linkTo = async (collection: CollectionName, id: string): Promise<EntryLink> => ({ collection, id, url: absoluteUrl(await urlById(collection, id)) });

/** The `bronnen` entry a source record points to, if any. */
export const sourceEntryId = (source: Source) =>
  source.reference?.startsWith(sourceEntryPrefix) ? source.reference.slice(sourceEntryPrefix.length) : undefined;

/**
 * How each reference field of the front matter points to other entries (see
 * the content model). The loader has checked that every target exists and is
 * published, so resolving never fails.
 */
const referenceFields: Record<string, (value: unknown) => Promise<unknown>> = {
  organisations: (ids) => Promise.all((ids as string[]).map((id) => linkTo('organisaties', id))),
  themes: (ids) => Promise.all((ids as string[]).map((id) => linkTo('themas', id))),
  related_themes: (ids) => Promise.all((ids as string[]).map((id) => linkTo('themas', id))),
  related: (refs) => Promise.all((refs as string[]).map((ref) => {
    const [collection, id] = ref.split('/') as [CollectionName, string];
    return linkTo(collection, id);
  })),
  successor: (id) => linkTo('organisaties', id as string),
  // A member is an organisation with an entry (its id) or the name of one without.
  members: (members) => Promise.all((members as string[]).map((member) => (isSlug(member) ? linkTo('organisaties', member) : { name: member }))),
  sources: (sources) => Promise.all((sources as Source[]).map(async (source) => {
    const id = sourceEntryId(source);
    return id ? { ...source, entry: await linkTo('bronnen', id) } : source;
  })),
};

/** The front matter of an entry with every reference replaced by its collection, id and address. */
export async function resolveReferences(data: Record<string, unknown>): Promise<Record<string, unknown>> {
  return Object.fromEntries(await Promise.all(Object.entries(data).map(async ([field, value]) => {
    const resolve = referenceFields[field];
    return [field, resolve && value !== undefined ? await resolve(value) : value];
  })));
}
