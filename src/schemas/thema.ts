import { z } from 'astro/zod';
import { themes } from '../shared/vocabularies.ts';
import { baseFields, strict } from './common.ts';
import { listOf, oneOf } from './fields.ts';

/** A theme: a field of policy and practice that entries are grouped under. Its id is one of the theme vocabulary. */
export const themaSchema = z.strictObject(
  {
    ...baseFields({ collection: 'themas', requireSource: false, requireTheme: false, browse: false }),
    /** Position in lists of themes, lowest first. */
    order: z.number({ error: 'moet een getal zijn' }).int('moet een heel getal zijn').min(0).meta({ description: "Plaats in lijsten van thema's: het laagste getal staat bovenaan." }),
    /** Themes that are close to this one. */
    related_themes: listOf(oneOf(themes).meta({ ref: { to: ['themas'], written: 'id' } })).default([]).meta({ description: "Thema's die dicht bij dit thema liggen." }),
  },
  strict,
);

export type Thema = z.infer<typeof themaSchema>;
