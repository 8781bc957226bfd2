import { z } from 'astro/zod';
import { activities, communities, networkKinds } from '../vocabularies.ts';
import { baseFields, strict } from './common.ts';
import { listOf, oneOf, plainText, year } from './fields.ts';

/** A network: the people and organisations an organisation could reach, and how to reach them now. */
export const netwerkSchema = z.strictObject(
  {
    ...baseFields({ requireOrganisation: true }),
    /** What sort of network it is. */
    kind: oneOf(networkKinds.ids),
    /**
     * Member organisations: the id of an `organisaties` entry, or the name of an
     * organisation that has no entry. Never a person.
     */
    members: listOf(z.string().trim().min(2).max(200)).default([]),
    /** Whom the network reaches. */
    reach: z.strictObject(
      {
        /** Communities it reaches. */
        communities: listOf(oneOf(communities.ids)).default([]),
        /** Municipalities, provinces or `landelijk`. */
        regions: listOf(z.string().trim().min(2).max(80)).default([]),
      },
      strict,
    ),
    /** How to reach the network now: through which organisation or role (never a private person). */
    engage: plainText(10, 600),
    /** Year the network started, where known. */
    founded: year.optional(),
    /** Whether it is still active. */
    activity: oneOf(activities.ids),
  },
  strict,
);

export type Netwerk = z.infer<typeof netwerkSchema>;
