/**
 * Fields every entry has, whatever its collection (see docs/content-model.md).
 */
import { z } from 'astro/zod';
import { languages, statuses, themes } from '../vocabularies.ts';
import { isoDate, listOf, oneOf, plainText, slug } from './fields.ts';
import { sourceSchema } from './source.ts';

interface BaseOptions {
  /** Interventions, lessons and networks need an organisation that holds the knowledge. */
  requireOrganisation?: boolean;
  /** Factual entries need at least one source. */
  requireSource?: boolean;
  /** A theme entry is its own theme and lists none. */
  requireTheme?: boolean;
}

export function baseFields({ requireOrganisation = false, requireSource = true, requireTheme = true }: BaseOptions = {}) {
  return {
    /** Title shown as the page heading and in lists: 5 to 120 characters. */
    title: plainText(5, 120),
    /** Plain B1 Dutch, 50 to 400 characters, no markup; shown in lists, search results and previews. */
    summary: plainText(50, 400),
    /** Ids of `organisaties` entries; the first holds the knowledge and owns the file's folder. */
    organisations: requireOrganisation ? listOf(slug, 1) : listOf(slug).default([]),
    /** Ids of themes (`themas` entries). */
    themes: requireTheme ? listOf(oneOf(themes.ids), 1) : listOf(oneOf(themes.ids)).default([]),
    /** Where the facts come from; every factual entry cites at least one source. */
    sources: requireSource ? listOf(sourceSchema, 1) : listOf(sourceSchema).default([]),
    /** Date of the last substantive change (JJJJ-MM-DD). */
    updated: isoDate,
    /** When the content should be checked again; a past date is reported, not fatal. */
    review_by: isoDate.optional(),
    /** `concept` entries are validated but not published. */
    status: oneOf(statuses.ids).default('gepubliceerd'),
    /** Language of the entry. */
    lang: oneOf(languages.ids).default('nl'),
    /** SPDX licence id of the text. */
    licence: z
      .string()
      .regex(/^[A-Za-z0-9.+-]+$/, 'moet een SPDX-licentiecode zijn, zoals CC-BY-4.0')
      .default('CC-BY-4.0'),
    /** Synonyms and other spellings people search with; indexed with a high weight. */
    keywords: listOf(z.string().trim().min(2).max(60)).optional(),
  };
}

/** Object options for every collection: an unknown field is an error, named in Dutch. */
export const strict = { error: (issue: { code?: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys' ? `onbekend veld: ${issue.keys?.join(', ')}` : undefined } as const;
