import { z } from 'astro/zod';
import { audiences, lessonKinds } from '../shared/vocabularies.ts';
import { baseFields, strict } from './common.ts';
import { entryRef, facet, listOf, oneOf, plainText } from './fields.ts';
import { relatedCollections } from './interventie.ts';

/** A lesson learned: what works, what fails, what is needed, or what is advised. */
export const lesSchema = z.strictObject(
  {
    ...baseFields({ collection: 'lessen', requireOrganisation: true }),
    /** What sort of lesson it is. */
    kind: oneOf(lessonKinds).meta({ description: 'Wat voor les het is.' }),
    /** When and where it was learned. */
    context: plainText(10, 600).meta({ description: 'Wanneer en waar de les is geleerd.' }),
    /** Sectors the lesson is meant for. */
    audiences: listOf(oneOf(audiences), 1).meta({ ...facet('sector', { browse: true }), description: 'Voor welke sectoren de les bedoeld is.' }),
    /** Related interventions, lessons and networks, as `<collection>/<id>`. */
    related: listOf(entryRef(relatedCollections, { notSelf: true })).default([]).meta({ description: 'Verwante interventies, lessen en netwerken, als collectie/naam, zoals interventies/ouders-in-gesprek.' }),
  },
  strict,
);

export type Les = z.infer<typeof lesSchema>;
