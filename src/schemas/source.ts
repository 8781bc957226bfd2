import { z } from 'astro/zod';
import { isoDate, plainText, webUrl } from './fields.ts';

/** Prefix of a source reference that points to an entry of the `bronnen` collection. */
export const sourceEntryPrefix = 'bronnen/';

/**
 * One source record: where a claim in the entry comes from. A record needs an
 * address (`url`) or a reference that can be looked up (a kenmerk, a Kamerstuk
 * number, or `bronnen/<id>` for a source document in this knowledge base).
 */
export const sourceSchema = z
  .strictObject(
    {
      /** Title of the document or page. */
      title: plainText(3, 300).meta({ description: 'Titel van het document of de pagina.' }),
      /** Who published it: a ministry, an organisation, a newspaper. */
      publisher: z.string().trim().min(2).max(200).optional().meta({ description: 'Wie het uitgaf: een ministerie, een organisatie, een krant.' }),
      /** Date of publication, where known. */
      date: isoDate.optional().meta({ description: 'Datum van het document, als JJJJ-MM-DD, als die bekend is.' }),
      /** A kenmerk, Kamerstuk number, or `bronnen/<id>` for a source document entry. */
      reference: z.string().trim().min(2).max(200).optional().meta({
        ref: { to: ['bronnen'], written: 'path', orText: true },
        description: 'Een kenmerk of Kamerstuknummer waarmee het document te vinden is, of bronnen/<naam> voor een brondocument in deze kennisbank.',
      }),
      /** Public web address of the document. */
      url: webUrl.optional().meta({ description: 'Webadres van het document, beginnend met https://.' }),
      /** The day the source was read for this entry. */
      accessed: isoDate.optional().meta({ description: 'Datum waarop de bron voor deze tekst werd gelezen, als JJJJ-MM-DD.' }),
      /** A stored copy (for example in the Internet Archive), for when the address no longer works. */
      archived: webUrl.optional().meta({
        description: 'Webadres van een bewaarde kopie, zoals https://web.archive.org/web/<jjjjmmdd>/<adres>. Alleen invullen als u de kopie hebt gezien.',
      }),
      /** The original address no longer works: the stored copy becomes the link. */
      offline: z.boolean().optional().meta({ description: 'true als het gewone webadres niet meer werkt. Dan wordt de bewaarde kopie (archived) de link.' }),
      /** What this source supports, or a caveat (for example a conflict between sources). */
      note: z.string().trim().min(2).max(500).optional().meta({
        description: 'Wat deze bron onderbouwt, of een kanttekening, bijvoorbeeld als bronnen elkaar tegenspreken.',
      }),
    },
    { error: 'onbekend veld in een bron: gebruik title, publisher, date, reference, url, accessed, archived, offline of note' },
  )
  .refine((source) => source.url !== undefined || source.reference !== undefined, {
    message: 'een bron heeft een webadres (url) of een vindbare verwijzing (reference) nodig',
    path: ['url'],
  })
  .refine((source) => source.offline !== true || source.archived !== undefined, {
    message: 'een bron die niet meer online is (offline: true) heeft een bewaarde kopie nodig (archived)',
    path: ['archived'],
  })
  .meta({ description: 'Een bron: een titel, en een webadres (url) of een vindbare verwijzing (reference).' });

export type Source = z.infer<typeof sourceSchema>;
