/**
 * Field types shared by the collection schemas. Messages are Dutch because
 * contributors read them (in `npm run check` and in build errors).
 *
 * Besides its type, a field may have a role, which it carries in its Zod
 * metadata (`.meta()`): the vocabulary its values come from (`oneOf`), the
 * collection its values point to (`ref`, `entryRef`), and the facet that
 * lists and the search page filter by (`facet`). src/schemas/roles.ts reads
 * the roles from the schemas; everything else (reference checks and links,
 * browse pages, search filters, JSON Schemas, the field docs, the template of
 * `npm run new`) takes them from there.
 */
import { z } from 'astro/zod';

/** How a field's values point to entries. */
export interface RefRole {
  /** The collections it may point to. */
  to: readonly string[];
  /** `id`: the target's id; `path`: `<collection>/<id>`. */
  written: 'id' | 'path';
  /** A value not written as a reference is something else (a name, a kenmerk), not an error. */
  orText?: boolean;
  /** An entry may not point to itself. */
  notSelf?: boolean;
}

/** How a field's values narrow lists and searches. */
export interface FacetRole {
  /** The facet's name: the URL segment of its browse pages (`/interventies/thema/onderwijs/`) and the search parameter (`?thema=onderwijs`). */
  key: string;
  /** Whether the collection's lists are browsed by it; otherwise it is a search filter only. */
  browse?: boolean;
}

declare module 'zod/v4/core' {
  interface GlobalMeta {
    /** The name of the vocabulary (in src/shared/vocabularies.ts) the values come from. */
    vocabulary?: string;
    ref?: RefRole;
    facet?: FacetRole;
  }
}

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A calendar date written as YYYY-MM-DD that exists (no 31 February). */
export const isoDate = z
  .string({ error: 'moet een datum zijn in de vorm JJJJ-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'moet een datum zijn in de vorm JJJJ-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'is geen bestaande datum');

/** A calendar month written as YYYY-MM, for a date a source gives only to the month. */
export const isoMonth = z
  .string({ error: 'moet een maand zijn in de vorm JJJJ-MM' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'moet een maand zijn in de vorm JJJJ-MM');

/** A year between the start of post-war migration records and the near future. */
export const year = z
  .number({ error: 'moet een jaartal zijn, zoals 1997' })
  .int('moet een heel jaartal zijn')
  .min(1900, 'moet een jaartal na 1900 zijn')
  .max(2100, 'moet een jaartal voor 2100 zijn');

/** The id of another entry: its file name without `.mdx`. */
export const slug = z
  .string({ error: 'moet een id zijn (kleine letters, cijfers en streepjes)' })
  .regex(slugPattern, 'moet een id zijn (kleine letters, cijfers en streepjes)');

export const isSlug = (value: string) => slugPattern.test(value);

/** A web address on http(s). */
export const webUrl = z
  .url({ protocol: /^https?$/, error: 'moet een webadres zijn dat begint met https:// of http://' });

/**
 * Plain text without Markdown or HTML, for fields shown in lists and previews.
 * `angleBrackets` allows `<` and `>` (as in "jongeren < 18 jaar") in fields
 * that every template and the search page render as text, never as HTML.
 */
export const plainText = (min: number, max: number, { angleBrackets = false } = {}) =>
  z
    .string({ error: 'moet tekst zijn' })
    .trim()
    .min(min, `moet minstens ${min} tekens hebben`)
    .max(max, `mag hoogstens ${max} tekens hebben`)
    .refine(
      (value) => !(angleBrackets ? /[*_`#]|\]\(/ : /[<>*_`#]|\]\(/).test(value),
      angleBrackets ? 'mag geen opmaak bevatten (geen *, _, `, # of links)' : 'mag geen opmaak bevatten (geen <, >, *, _, `, # of links)',
    );

/** A value from a controlled vocabulary, with a message that lists the allowed ids; the field names the vocabulary. */
export const oneOf = <T extends readonly [string, ...string[]]>(vocabulary: { name: string; ids: T }) =>
  z.enum(vocabulary.ids, { error: `moet een van deze waarden zijn: ${vocabulary.ids.join(', ')}` }).meta({ vocabulary: vocabulary.name });

/** The id of an entry of `collection`: its file name without `.mdx`. */
export const ref = (collection: string, options: Omit<RefRole, 'to' | 'written'> = {}) =>
  slug.meta({ ref: { to: [collection], written: 'id', ...options } });

/** Marks a field as a facet of lists and the search page. */
export const facet = (key: string, { browse = false } = {}): { facet: FacetRole } => ({ facet: browse ? { key, browse } : { key } });

/** A list with at least `min` distinct items. */
export const listOf = <T extends z.ZodType>(item: T, min = 0) =>
  z
    .array(item, { error: 'moet een lijst zijn' })
    .min(min, min === 1 ? 'moet minstens één waarde hebben' : `moet minstens ${min} waarden hebben`)
    .refine((items) => new Set(items.map((i) => JSON.stringify(i))).size === items.length, 'bevat dubbele waarden');

/**
 * A pointer to an entry of one of the given collections, written as `<collection>/<id>`,
 * for example `lessen/ouders-bereiken-via-sleutelfiguren`.
 */
export const entryRef = <T extends readonly string[]>(collections: T, options: Omit<RefRole, 'to' | 'written'> = {}) =>
  z
    .string()
    .refine(
      (value) => {
        const [collection, id, ...rest] = value.split('/');
        return rest.length === 0 && collections.includes(collection ?? '') && isSlug(id ?? '');
      },
      `moet een verwijzing zijn in de vorm <collectie>/<id>, met collectie ${collections.join(' of ')}`,
    )
    .meta({ ref: { to: collections, written: 'path', ...options } });
