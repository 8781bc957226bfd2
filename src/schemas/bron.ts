import { z } from 'astro/zod';
import { docTypes } from '../shared/vocabularies.ts';
import { baseFields, strict } from './common.ts';
import { isoDate, oneOf, plainText, webUrl } from './fields.ts';

/** A source document (letter, law, report) that entries cite as `bronnen/<id>`; the entry summarises it. */
export const bronSchema = z.strictObject(
  {
    ...baseFields({ collection: 'bronnen', requireSource: false }),
    /** Who published it. */
    publisher: plainText(2, 200).meta({ description: 'Wie het document uitgaf, zoals Ministerie van Sociale Zaken en Werkgelegenheid.' }),
    /** Date of the document. */
    date: isoDate.meta({ description: 'Datum van het document, als JJJJ-MM-DD.' }),
    /** A kenmerk or Kamerstuk number by which it can be found. */
    reference: plainText(2, 200).meta({ description: 'Kenmerk of Kamerstuknummer waarmee het document te vinden is.' }),
    /** What sort of document it is. */
    doc_type: oneOf(docTypes).meta({ description: 'Wat voor document het is.' }),
    /** Public web address of the document. */
    url: webUrl.optional().meta({ description: 'Openbaar webadres van het document, beginnend met https://.' }),
  },
  strict,
);

export type Bron = z.infer<typeof bronSchema>;
