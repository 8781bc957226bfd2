import { z } from 'astro/zod';
import { docTypes } from '../vocabularies.ts';
import { baseFields, strict } from './common.ts';
import { isoDate, oneOf, plainText, webUrl } from './fields.ts';

/** A source document (letter, law, report) that entries cite as `bronnen/<id>`; the entry summarises it. */
export const bronSchema = z.strictObject(
  {
    ...baseFields({ requireSource: false }),
    /** Who published it. */
    publisher: plainText(2, 200),
    /** Date of the document. */
    date: isoDate,
    /** A kenmerk or Kamerstuk number by which it can be found. */
    reference: plainText(2, 200),
    /** What sort of document it is. */
    doc_type: oneOf(docTypes.ids),
    /** Public web address of the document. */
    url: webUrl.optional(),
  },
  strict,
);

export type Bron = z.infer<typeof bronSchema>;
