import { z } from 'astro/zod';
import { eventKinds } from '../shared/vocabularies.ts';
import { baseFields, strict } from './common.ts';
import { isoDate, oneOf } from './fields.ts';

/** An event in the history of the LOM and what followed (`tijdlijn`); the file name starts with its date. */
export const gebeurtenisSchema = z.strictObject(
  {
    ...baseFields({ collection: 'tijdlijn' }),
    /** The day it happened (JJJJ-MM-DD); the file name starts with the same date. */
    date: isoDate.meta({ description: 'De dag waarop het gebeurde, als JJJJ-MM-DD. De bestandsnaam begint met dezelfde datum.' }),
    /** What sort of event it is. */
    kind: oneOf(eventKinds).meta({ description: 'Wat voor gebeurtenis het is.' }),
  },
  strict,
);

export type Gebeurtenis = z.infer<typeof gebeurtenisSchema>;
