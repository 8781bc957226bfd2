import { z } from 'astro/zod';
import { audiences, lessonKinds } from '../vocabularies.ts';
import { baseFields, strict } from './common.ts';
import { entryRef, listOf, oneOf, plainText } from './fields.ts';
import { relatedCollections } from './interventie.ts';

/** A lesson learned: what works, what fails, what is needed, or what is advised. */
export const lesSchema = z.strictObject(
  {
    ...baseFields({ requireOrganisation: true }),
    /** What sort of lesson it is. */
    kind: oneOf(lessonKinds.ids),
    /** When and where it was learned. */
    context: plainText(10, 600),
    /** Sectors the lesson is meant for. */
    audiences: listOf(oneOf(audiences.ids), 1),
    /** Related interventions, lessons and networks, as `<collection>/<id>`. */
    related: listOf(entryRef(relatedCollections)).default([]),
  },
  strict,
);

export type Les = z.infer<typeof lesSchema>;
