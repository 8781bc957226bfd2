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
      title: plainText(3, 300),
      /** Who published it: a ministry, an organisation, a newspaper. */
      publisher: z.string().trim().min(2).max(200).optional(),
      /** Date of publication, where known. */
      date: isoDate.optional(),
      /** A kenmerk, Kamerstuk number, or `bronnen/<id>` for a source document entry. */
      reference: z.string().trim().min(2).max(200).optional(),
      /** Public web address of the document. */
      url: webUrl.optional(),
      /** What this source supports, or a caveat (for example a conflict between sources). */
      note: z.string().trim().min(2).max(500).optional(),
    },
    { error: 'onbekend veld in een bron: gebruik title, publisher, date, reference, url of note' },
  )
  .refine((source) => source.url !== undefined || source.reference !== undefined, {
    message: 'een bron heeft een webadres (url) of een vindbare verwijzing (reference) nodig',
    path: ['url'],
  });

export type Source = z.infer<typeof sourceSchema>;
