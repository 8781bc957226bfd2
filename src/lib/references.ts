/**
 * References between entries, resolved to what machines need: the target's
 * collection, id and absolute address. Open data, structured data and feeds
 * all read references through here, so every export points the same way.
 */
import type { CollectionName } from '../collections.ts';
import { isSlug } from '../schemas/fields.ts';
import { sourceEntryPrefix, type Source } from '../schemas/source.ts';
import { siteUrl } from '../site.config.ts';
import { entryUrl } from './entries.ts';

export interface EntryLink {
  collection: CollectionName;
  id: string;
  url: string;
}

/** Absolute address of a path on the site. */
export const absoluteUrl = (pathname: string) => new URL(pathname, siteUrl).href;

export const linkTo = (collection: CollectionName, id: string): EntryLink => ({ collection, id, url: absoluteUrl(entryUrl(collection, id)) });

/** The `bronnen` entry a source record points to, if any. */
export const sourceEntryId = (source: Source) =>
  source.reference?.startsWith(sourceEntryPrefix) ? source.reference.slice(sourceEntryPrefix.length) : undefined;

/**
 * How each reference field of the front matter points to other entries (see
 * the content model). The loader has checked that every target exists and is
 * published, so resolving never fails.
 */
const referenceFields: Record<string, (value: unknown) => unknown> = {
  organisations: (ids) => (ids as string[]).map((id) => linkTo('organisaties', id)),
  themes: (ids) => (ids as string[]).map((id) => linkTo('themas', id)),
  related_themes: (ids) => (ids as string[]).map((id) => linkTo('themas', id)),
  related: (refs) => (refs as string[]).map((ref) => {
    const [collection, id] = ref.split('/') as [CollectionName, string];
    return linkTo(collection, id);
  }),
  successor: (id) => linkTo('organisaties', id as string),
  // A member is an organisation with an entry (its id) or the name of one without.
  members: (members) => (members as string[]).map((member) => (isSlug(member) ? linkTo('organisaties', member) : { name: member })),
  sources: (sources) => (sources as Source[]).map((source) => {
    const id = sourceEntryId(source);
    return id ? { ...source, entry: linkTo('bronnen', id) } : source;
  }),
};

/** The front matter of an entry with every reference replaced by its collection, id and address. */
export function resolveReferences(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).map(([field, value]) => {
    const resolve = referenceFields[field];
    return [field, resolve && value !== undefined ? resolve(value) : value];
  }));
}
