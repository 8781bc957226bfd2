/**
 * The table of field roles, read from the collection schemas: which fields
 * take their values from a vocabulary, which point to other entries, and by
 * which facets lists are browsed and searches filtered. A field says its role
 * where it is defined (see `oneOf`, `ref`, `entryRef` and `facet` in
 * fields.ts), so adding a facet or a reference field is a change to one
 * schema file (plus the facet's labels in the dictionaries); the reference
 * checks, the links in open data, the browse pages, the search filters, the
 * JSON Schemas, the field docs and the `npm run new` template follow.
 *
 * Plain Node: no `astro:content`, so that the content check uses it too.
 */
import { z } from 'astro/zod';
import { collectionNames, collections, type CollectionName } from '../collections.ts';
import { nl } from '../i18n/nl.ts';
import { reservedSegments } from '../shared/addresses.ts';
import * as vocabularies from '../shared/vocabularies.ts';
import type { Vocabulary } from '../shared/vocabularies.ts';
import type { FacetRole, RefRole } from './fields.ts';

export interface FieldRole {
  /** Names from the top of the front matter to the field; lists are passed through (`['sources', 'reference']`). */
  path: string[];
  vocabulary?: Vocabulary;
  ref?: RefRole & { to: readonly CollectionName[] };
  facet?: FacetRole;
}

const vocabularyByName = new Map<string, Vocabulary>();
for (const candidate of Object.values(vocabularies) as unknown[]) {
  if (typeof candidate === 'object' && candidate !== null && 'ids' in candidate && 'name' in candidate) vocabularyByName.set((candidate as Vocabulary).name, candidate as Vocabulary);
}

/** The schema inside wrappers that do not change what a value is (optional, default, nullable, pipes), and their metadata merged, outermost last. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; meta: z.core.GlobalMeta } {
  let current = schema;
  const metas: z.core.GlobalMeta[] = [];
  for (;;) {
    const meta = z.globalRegistry.get(current);
    if (meta) metas.push(meta);
    const def = (current as unknown as { _zod: { def: { type: string; innerType?: z.ZodType; in?: z.ZodType } } })._zod.def;
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else break;
  }
  return { inner: current, meta: Object.assign({}, ...metas.reverse()) as z.core.GlobalMeta };
}

function collect(schema: z.ZodType, path: string[], inherited: z.core.GlobalMeta, found: FieldRole[], where: string): void {
  const { inner, meta: own } = unwrap(schema);
  const meta = { ...inherited, ...own };
  const def = (inner as unknown as { _zod: { def: { type: string; element?: z.ZodType; shape?: Record<string, z.ZodType> } } })._zod.def;
  if (def.type === 'array' && def.element) return collect(def.element, path, meta, found, where);
  if (def.type === 'object' && def.shape) {
    for (const [name, field] of Object.entries(def.shape)) collect(field, [...path, name], {}, found, where);
    return;
  }
  if (!meta.vocabulary && !meta.ref && !meta.facet) return;
  const role: FieldRole = { path };
  if (meta.vocabulary) {
    role.vocabulary = vocabularyByName.get(meta.vocabulary);
    if (!role.vocabulary) throw new Error(`${where}.${path.join('.')}: no vocabulary is named ${meta.vocabulary}.`);
  }
  if (meta.ref) {
    const unknown = meta.ref.to.filter((c) => !(collectionNames as readonly string[]).includes(c));
    if (unknown.length > 0) throw new Error(`${where}.${path.join('.')}: points to ${unknown.join(', ')}, which is not a collection.`);
    role.ref = meta.ref as FieldRole['ref'];
  }
  if (meta.facet) role.facet = meta.facet;
  found.push(role);
}

/** The roles of the fields of a schema; `where` names it in errors about roles that point nowhere. */
export function rolesOfSchema(schema: z.ZodType, where = 'schema'): FieldRole[] {
  const found: FieldRole[] = [];
  collect(schema, [], {}, found, where);
  return found;
}

const byCollection = new Map<CollectionName, FieldRole[]>(collectionNames.map((name) => [name, rolesOfSchema(collections[name].schema, name)]));

/** The fields of a collection that have a role, in the order of the schema. */
export const fieldRoles = (collection: CollectionName): readonly FieldRole[] => byCollection.get(collection)!;

/** A value in the front matter, with where it stands (list positions included), for messages. */
export interface Located {
  value: unknown;
  at: (string | number)[];
}

/** The values at a role's path in front matter as written or parsed: each item of a list, each record of a list of records. */
export function valuesAt(data: unknown, path: readonly string[], at: (string | number)[] = []): Located[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => valuesAt(item, path, [...at, i]));
  if (path.length === 0) return data === undefined ? [] : [{ value: data, at }];
  if (data === null || typeof data !== 'object') return [];
  return valuesAt((data as Record<string, unknown>)[path[0]!], path.slice(1), [...at, path[0]!]);
}

/** The entry a reference value points to, or undefined when the value is not written as a reference to one of the role's collections. */
export function targetOf(ref: NonNullable<FieldRole['ref']>, value: unknown): { collection: CollectionName; id: string } | undefined {
  if (typeof value !== 'string') return undefined;
  if (ref.written === 'id') return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ? { collection: ref.to[0]!, id: value } : undefined;
  const [collection, id, ...rest] = value.split('/');
  return rest.length === 0 && id && (ref.to as readonly string[]).includes(collection ?? '') ? { collection: collection as CollectionName, id } : undefined;
}

/** The reference fields of a collection. */
export const referenceFields = (collection: CollectionName) => fieldRoles(collection).filter((role): role is FieldRole & { ref: NonNullable<FieldRole['ref']> } => role.ref !== undefined);

/** What the site knows of a facet, from the fields that have it. */
export interface FacetInfo {
  key: string;
  /** The vocabulary of its values, in whose order lists show them; none for a facet of entries (organisations). */
  vocabulary?: Vocabulary;
  /** The collection whose entries are its values, where it is a reference: an entry of that collection is its own value. */
  target?: CollectionName;
}

const facetInfo = new Map<string, FacetInfo>();
for (const collection of collectionNames) {
  for (const role of fieldRoles(collection)) {
    if (!role.facet) continue;
    const info: FacetInfo = { key: role.facet.key, vocabulary: role.vocabulary, target: role.ref?.written === 'id' ? role.ref.to[0] : undefined };
    const known = facetInfo.get(info.key);
    if (known && (known.vocabulary !== info.vocabulary || known.target !== info.target)) {
      throw new Error(`The facet ${info.key} has other values in ${collection}.${role.path.join('.')} than elsewhere: every field of a facet takes the same vocabulary or points to the same collection.`);
    }
    facetInfo.set(info.key, info);
  }
}

/**
 * Facets in the order the interface shows them: that of their search legends
 * in the dictionary, where a new facet's labels are added anyway. A facet
 * without a legend comes last (and a test fails on it).
 */
const legendOrder: string[] = Object.keys(nl.search.legends);
const position = (key: string) => (legendOrder.includes(key) ? legendOrder.indexOf(key) : legendOrder.length);
const inOrder = (keys: Iterable<string>) => [...keys].sort((a, b) => position(a) - position(b));

/** Every facet of the site, in the interface's order. */
export const allFacets: readonly FacetInfo[] = inOrder(facetInfo.keys()).map((key) => facetInfo.get(key)!);

export const facetOf = (key: string): FacetInfo => {
  const info = facetInfo.get(key);
  if (!info) throw new Error(`No field is the facet ${key}.`);
  return info;
};

/** The facets a collection's lists are browsed by. */
export const facetsOf = (collection: CollectionName): string[] => inOrder(new Set(fieldRoles(collection).flatMap((role) => (role.facet?.browse ? [role.facet.key] : []))));

/**
 * The value(s) an entry's fields give for a facet; an entry of the collection
 * a facet points to is its own value, and a translation counts as the entry it
 * translates (the English profile of SMN is still SMN).
 */
export function facetValues(collection: CollectionName, id: string, data: Record<string, unknown>, key: string): string[] {
  if (facetOf(key).target === collection) return [typeof data.translation_of === 'string' ? data.translation_of : id];
  const values = fieldRoles(collection)
    .filter((role) => role.facet?.key === key)
    .flatMap((role) => valuesAt(data, role.path).map((v) => v.value))
    .filter((value): value is string => typeof value === 'string');
  return [...new Set(values)];
}

/** Ids no entry may take: its page would collide with a list page of its collection. */
export const reservedIds: readonly string[] = reservedSegments(new Set(collectionNames.flatMap(facetsOf)));
