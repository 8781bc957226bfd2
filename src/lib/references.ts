/**
 * References between entries, resolved to what machines need: the target's
 * collection, id and absolute address. Open data, structured data and feeds
 * all read references through here, so every export points the same way.
 */
import type { CollectionName } from '../collections.ts';
import { referenceFields, targetOf } from '../schemas/roles.ts';
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

type Ref = ReturnType<typeof referenceFields>[number]['ref'];

/** A value of a reference field as its link; a value that is not a reference (a member's name) as `{ name }`. */
async function linkOf(ref: Ref, value: unknown): Promise<unknown> {
  const target = targetOf(ref, value);
  if (target) return linkTo(target.collection, target.id);
  return ref.orText ? { name: value } : value;
}

/**
 * A record (such as a source) whose field `key` may point to an entry: the
 * record as written, with the link as `entry` when it does. The loader has
 * checked that every target exists and is published, so resolving never fails.
 */
async function withEntry(ref: Ref, value: unknown, path: readonly string[]): Promise<unknown> {
  if (Array.isArray(value)) return Promise.all(value.map((item) => withEntry(ref, item, path)));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const [key, ...rest] = path as [string, ...string[]];
  if (rest.length > 0) return { ...record, [key]: await withEntry(ref, record[key], rest) };
  const target = targetOf(ref, record[key]);
  return target ? { ...record, entry: await linkTo(target.collection, target.id) } : record;
}

/**
 * The front matter of an entry with every reference (each field the schema
 * marks as one, see src/schemas/roles.ts) given as its collection, id and
 * address: a reference field's values are replaced by their links; a record
 * holding a reference keeps it as written and gains the link as `entry`.
 */
export async function resolveReferences(collection: CollectionName, data: Record<string, unknown>): Promise<Record<string, unknown>> {
  const resolved = { ...data };
  for (const { path, ref } of referenceFields(collection)) {
    const [field, ...rest] = path as [string, ...string[]];
    const value = resolved[field];
    if (value === undefined) continue;
    if (rest.length > 0) resolved[field] = await withEntry(ref, value, rest);
    else resolved[field] = Array.isArray(value) ? await Promise.all(value.map((item) => linkOf(ref, item))) : await linkOf(ref, value);
  }
  return resolved;
}
