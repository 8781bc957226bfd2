/**
 * The open-data downloads, generated at build time from the same entries as
 * the pages: every published entry as JSON (all at once and per collection),
 * a CSV per collection, and a ZIP of the whole content folder so that anyone
 * can rebuild the site. Each file is generated once per build and cached,
 * because the open-data page shows their sizes too.
 */
import path from 'node:path';
import zlib from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';
import { collectionNames, collections, type CollectionName } from '../collections.ts';
import { listEntryFiles, readContentFile } from '../content-tools/files.ts';
import { bodyOf as readBody } from '../content-tools/frontmatter.ts';
import { frontmatterJsonSchema, type JsonSchema } from '../content-tools/json-schema.ts';
import { allJsonPath, csvPath, jsonPath } from '../shared/addresses.ts';
import { toCsvDocument } from '../shared/csv.ts';
import { contentRoot, siteName } from '../site.config.ts';
import { entriesOf, urlOf, type AnyEntry } from './entries.ts';
import { absoluteUrl, resolveReferences } from './references.ts';


/** The address that identifies a licence to machines: Creative Commons' own for the default, the SPDX page otherwise. */
export const licenceUrl = (spdx: string) =>
  spdx === 'CC-BY-4.0' ? 'https://creativecommons.org/licenses/by/4.0/' : `https://spdx.org/licenses/${spdx}.html`;

/** Every published entry, collection by collection, each in the order its list shows it. */
export async function allEntries(): Promise<AnyEntry[]> {
  return (await Promise.all(collectionNames.map((c) => entriesOf(c)))).flat();
}

/** The latest `updated` of the entries, if any: the version date of the data, the same on every rebuild of the same content. */
export const newestUpdate = (entries: readonly AnyEntry[]): string | undefined =>
  entries.reduce<string | undefined>((newest, e) => (newest === undefined || e.data.updated > newest ? e.data.updated : newest), undefined);

interface EntryRecord {
  id: string;
  collection: CollectionName;
  url: string;
  updated: string;
  /** Every front-matter field, with references resolved to collection, id and address. */
  data: Record<string, unknown>;
  /** The body as written, in Markdown. */
  body: string;
}

const recordOf = async (entry: AnyEntry): Promise<EntryRecord> => ({
  id: entry.id,
  collection: entry.collection as CollectionName,
  url: absoluteUrl(urlOf(entry)),
  updated: entry.data.updated,
  data: await resolveReferences(entry.collection as CollectionName, entry.data as Record<string, unknown>),
  body: bodyOf(entry),
});

/** The body of an entry as written, from its file: the content store keeps only the rendered HTML. */
const bodyFromFile = (entry: AnyEntry) => (entry.filePath ? readBody(readContentFile(path.resolve(entry.filePath)).toString('utf8')) : '');

/**
 * Each body goes into three files: the JSON of all entries, and the JSON and
 * the CSV of its collection. It is read from its file once and kept until
 * its third use, not for the whole build.
 */
const bodyUses = 3;
const bodies = new Map<AnyEntry, { body: string; left: number }>();

function bodyOf(entry: AnyEntry): string {
  const known = bodies.get(entry);
  if (!known) {
    const body = bodyFromFile(entry);
    bodies.set(entry, { body, left: bodyUses - 1 });
    return body;
  }
  known.left -= 1;
  if (known.left === 0) bodies.delete(entry);
  return known.body;
}

const cache = new Map<string, Promise<string | Uint8Array>>();
function once<T extends string | Uint8Array>(key: string, make: () => Promise<T>): Promise<T> {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as Promise<T>;
}

async function dataset(entries: AnyEntry[], name: string) {
  return JSON.stringify({
    name,
    source: absoluteUrl('/'),
    updated: newestUpdate(entries) ?? null,
    count: entries.length,
    entries: await Promise.all(entries.map(recordOf)),
  });
}

/** All published entries as one JSON document. */
export const allJson = () => once(allJsonPath, async () => dataset(await allEntries(), siteName));

/** The published entries of one collection as a JSON document. */
export const collectionJson = (collection: CollectionName) =>
  once(jsonPath(collection), async () => dataset(await entriesOf(collection), `${siteName}: ${collections[collection].plural}`));

/**
 * The CSV columns of a collection, in schema order, taken from the JSON
 * Schema the site publishes, so that every field has a column even when no
 * entry fills it. Nested objects become `parent.child`; a list of objects
 * (sources) becomes one column per field, its values in the same order as
 * the list. A choice between a word and an object (costs: `onbekend` or an
 * amount) gets a column for the word and one per field of the object.
 */
function csvColumns(collection: CollectionName): string[][] {
  const walk = (schema: JsonSchema, prefix: string[]): string[][] =>
    Object.entries(schema.properties ?? {}).flatMap(([key, property]) => {
      const at = [...prefix, key];
      if (property.type === 'object' && property.properties) return walk(property, at);
      if (property.type === 'array' && property.items?.type === 'object') return walk(property.items, at);
      const record = property.anyOf?.find((option) => option.type === 'object' && option.properties);
      if (record) return [at, ...walk(record, at)];
      return [at];
    });
  return walk(frontmatterJsonSchema(collection), []);
}

/** The value at `fieldPath`, mapped over lists of objects on the way. */
function valueAt(value: unknown, fieldPath: readonly string[]): unknown {
  if (fieldPath.length === 0 || value === undefined || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => valueAt(item, fieldPath));
  return valueAt((value as Record<string, unknown>)[fieldPath[0]!], fieldPath.slice(1));
}

/** A cell: lists joined with `; `, keeping empty places so that the n-th source lines up across source columns. */
function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) {
    const parts = value.map(cell);
    return parts.every((p) => p === '') ? '' : parts.join('; ');
  }
  // An object here is the record side of a choice; its fields have columns of their own.
  if (typeof value === 'object') return '';
  return String(value);
}

/** One row per published entry: id, address, every front-matter field and the body. */
export const collectionCsv = (collection: CollectionName) =>
  once(csvPath(collection), async () => {
    const columns = csvColumns(collection);
    const header = ['id', 'url', ...columns.map((c) => c.join('.')), 'body'];
    const rows = (await entriesOf(collection)).map((entry) => [
      entry.id,
      absoluteUrl(urlOf(entry)),
      ...columns.map((column) => cell(valueAt(entry.data, column))),
      bodyOf(entry),
    ]);
    return toCsvDocument([header, ...rows]);
  });

/**
 * The files of the content folder that the ZIP holds, by path relative to it:
 * the same list that the check and the build read (see files.ts), so that a
 * link, a hidden file or a stray file can never reach the download.
 */
const contentFiles = (): { relative: string; absolute: string }[] =>
  listEntryFiles(contentRoot).files.map((file) => ({ relative: `${file.collection}/${file.relPath}`, absolute: file.absolute }));

/** The date in the name of the content ZIP: the newest `updated`, or the build date for a site without entries. */
export const zipDate = async () => newestUpdate(await allEntries()) ?? new Date().toISOString().slice(0, 10);

/**
 * The whole content folder as `content/…`, ready to unpack into a copy of the
 * repository. File times are the version date (noon, as ZIP stores local
 * time) so that the same content always gives the same bytes. Node's own
 * zlib compresses and fflate only writes the archive around it: on 10,000
 * entries that is two to three times faster than fflate's deflate. Level 4
 * makes archives as small as the default level 6 for text like this, in three
 * quarters of the time.
 */
export const contentZip = () =>
  once('zip', async () => {
    const [year, month, day] = (await zipDate()).split('-').map(Number) as [number, number, number];
    const mtime = new Date(year, month - 1, day, 12);
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      chunks.push(chunk);
    });
    for (const { relative, absolute } of contentFiles()) {
      const bytes = readContentFile(absolute);
      const file: ZipInputFile = { filename: `content/${relative}`, size: bytes.length, crc: zlib.crc32(bytes), compression: 8, mtime };
      zip.add(file);
      file.ondata!(null, zlib.deflateRawSync(bytes, { level: 4 }), true);
    }
    zip.end();
    return Buffer.concat(chunks);
  });
