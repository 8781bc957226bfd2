/**
 * Fields every entry has, whatever its collection (see docs/content-model.md).
 */
import { z } from 'astro/zod';
import { languages, statuses, themes } from '../shared/vocabularies.ts';
import { facet, isoDate, listOf, oneOf, plainText, ref } from './fields.ts';
import { sourceSchema } from './source.ts';

interface BaseOptions {
  /** Interventions, lessons and networks need an organisation that holds the knowledge. */
  requireOrganisation?: boolean;
  /** Factual entries need at least one source. */
  requireSource?: boolean;
  /** A theme entry is its own theme and lists none. */
  requireTheme?: boolean;
  /** Whether the collection's lists are browsed by theme and organisation (organisations and themes are the lists of those). */
  browse?: boolean;
}

interface CollectionOptions extends BaseOptions {
  /** The collection the fields are for: a translation points to an entry of its own collection. */
  collection: string;
}

/** A theme: a value of the theme vocabulary, and the id of the theme's entry. */
const themeId = oneOf(themes).meta({ ref: { to: ['themas'], written: 'id' } });

export function baseFields({ collection, requireOrganisation = false, requireSource = true, requireTheme = true, browse = true }: CollectionOptions) {
  return {
    /** Title shown as the page heading and in lists: 5 to 120 characters; always rendered as text, so `<` and `>` may appear. */
    title: plainText(5, 120, { angleBrackets: true }).meta({ description: 'Titel van de pagina: 5 tot 120 tekens, gewone tekst zonder opmaak.' }),
    /** Plain B1 Dutch, 50 to 400 characters, no markup; shown in lists, search results and previews. */
    summary: plainText(50, 400).meta({
      description: 'Korte samenvatting van 50 tot 400 tekens in eenvoudig Nederlands (B1), zonder opmaak. Staat in lijsten, zoekresultaten en voorbeelden.',
    }),
    /** Ids of `organisaties` entries; the first holds the knowledge and owns the file's folder. */
    organisations: (requireOrganisation ? listOf(ref('organisaties'), 1) : listOf(ref('organisaties')).default([])).meta({
      ...facet('organisatie', { browse }),
      description: requireOrganisation
        ? 'De organisaties die de kennis hebben, met de naam van hun bestand in organisaties/ (zoals smn). De eerste is de eigenaar: het bestand staat in de map van die organisatie.'
        : 'Organisaties die hierbij horen, met de naam van hun bestand in organisaties/ (zoals smn). Mag leeg blijven.',
    }),
    /** Ids of themes (`themas` entries). */
    themes: (requireTheme ? listOf(themeId, 1) : listOf(themeId).default([])).meta({
      ...facet('thema', { browse }),
      description: requireTheme ? "Een of meer thema's waar dit onder valt." : "Thema's die hierbij horen. Mag leeg blijven.",
    }),
    /** Where the facts come from; every factual entry cites at least one source. */
    sources: (requireSource ? listOf(sourceSchema, 1) : listOf(sourceSchema).default([])).meta({
      description: `Waar de informatie vandaan komt${requireSource ? ' (minstens één bron)' : ''}. Elke bron heeft een titel (title) en een webadres (url) of een vindbare verwijzing (reference).`,
    }),
    /** Date of the last substantive change (JJJJ-MM-DD). */
    updated: isoDate.meta({ description: 'Datum van de laatste inhoudelijke wijziging, als JJJJ-MM-DD.' }),
    /** When the content should be checked again; a past date is reported, not fatal. */
    review_by: isoDate.optional().meta({
      description: 'Datum waarop iemand de tekst opnieuw moet controleren, als JJJJ-MM-DD. Daarna geeft de controle een waarschuwing.',
    }),
    /** `concept` entries are validated but not published. */
    status: oneOf(statuses).default('gepubliceerd').meta({
      description: 'concept: wordt gecontroleerd, maar niet gepubliceerd. gepubliceerd: staat op de site. Zonder dit veld is het gepubliceerd.',
    }),
    /** Language of the entry. */
    lang: oneOf(languages).default('nl').meta({ description: 'Taal van de tekst. Zonder dit veld: nl (Nederlands).' }),
    /** On a translation: the id of the entry it translates, in the same collection and another language; the two pages point to each other. */
    translation_of: ref(collection, { notSelf: true }).optional().meta({
      description:
        'Alleen bij een vertaling: de naam van het bestand (zonder .mdx) van de tekst die dit vertaalt, in dezelfde collectie en in een andere taal. De twee pagina\'s verwijzen dan naar elkaar.',
    }),
    /** SPDX licence id of the text. */
    licence: z
      .string()
      .regex(/^[A-Za-z0-9.+-]+$/, 'moet een SPDX-licentiecode zijn, zoals CC-BY-4.0')
      .default('CC-BY-4.0')
      .meta({ description: 'Licentie van de tekst, als SPDX-code. Zonder dit veld: CC-BY-4.0.' }),
    /** Synonyms and other spellings people search with; indexed with a high weight. */
    keywords: listOf(z.string().trim().min(2).max(60)).optional().meta({
      description: 'Andere woorden en spellingen waarmee mensen zoeken, zoals Antilliaans of Hindostaans. Ze tellen zwaar mee in de zoekfunctie.',
    }),
  };
}

/** Object options for every collection: an unknown field is an error, named in Dutch. */
export const strict = { error: (issue: { code?: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys' ? `onbekend veld: ${issue.keys?.join(', ')}` : undefined } as const;
