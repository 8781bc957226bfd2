import { z } from 'astro/zod';
import { audiences } from '../shared/vocabularies.ts';
import { baseFields, strict } from './common.ts';
import { entryRef, facet, listOf, oneOf } from './fields.ts';
import { relatedCollections } from './interventie.ts';

/** Guidance for regular institutions, written as steps, across organisations. */
export const handreikingSchema = z.strictObject(
  {
    ...baseFields({ collection: 'handreikingen' }),
    /** Sectors the guidance is written for. */
    audiences: listOf(oneOf(audiences), 1).meta({ ...facet('sector', { browse: true }), description: 'Voor welke sectoren de handreiking is geschreven.' }),
    /** Interventions, lessons and networks behind the steps, as `<collection>/<id>`. */
    related: listOf(entryRef(relatedCollections, { notSelf: true })).default([]).meta({ description: 'Interventies, lessen en netwerken waar de stappen op steunen, als collectie/naam, zoals lessen/ouders-bereiken.' }),
  },
  strict,
);

export type Handreiking = z.infer<typeof handreikingSchema>;
