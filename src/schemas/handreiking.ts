import { z } from 'astro/zod';
import { audiences } from '../vocabularies.ts';
import { baseFields, strict } from './common.ts';
import { entryRef, listOf, oneOf } from './fields.ts';
import { relatedCollections } from './interventie.ts';

/** Guidance for regular institutions, written as steps, across organisations. */
export const handreikingSchema = z.strictObject(
  {
    ...baseFields(),
    /** Sectors the guidance is written for. */
    audiences: listOf(oneOf(audiences.ids), 1),
    /** Interventions, lessons and networks behind the steps, as `<collection>/<id>`. */
    related: listOf(entryRef(relatedCollections)).default([]),
  },
  strict,
);

export type Handreiking = z.infer<typeof handreikingSchema>;
