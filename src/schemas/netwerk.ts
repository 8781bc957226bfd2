import { z } from 'astro/zod';
import { activities, communities, networkKinds } from '../shared/vocabularies.ts';
import { baseFields, strict } from './common.ts';
import { facet, listOf, oneOf, plainText, year } from './fields.ts';

/** A network: the people and organisations an organisation could reach, and how to reach them now. */
export const netwerkSchema = z.strictObject(
  {
    ...baseFields({ collection: 'netwerken', requireOrganisation: true }),
    /** What sort of network it is. */
    kind: oneOf(networkKinds).meta({ description: 'Wat voor netwerk het is.' }),
    /**
     * Member organisations: the id of an `organisaties` entry, or the name of an
     * organisation that has no entry. Never a person.
     */
    members: listOf(z.string().trim().min(2).max(200).meta({ ref: { to: ['organisaties'], written: 'id', orText: true } })).default([]).meta({ description: 'Organisaties die lid zijn: de naam van hun bestand in organisaties/ (zoals smn), of de naam van een organisatie zonder eigen pagina. Nooit personen.' }),
    /** Whom the network reaches. */
    reach: z.strictObject(
      {
        /** Communities it reaches. */
        communities: listOf(oneOf(communities)).default([]).meta({ ...facet('gemeenschap'), description: 'Gemeenschappen die het netwerk bereikt.' }),
        /** Municipalities, provinces or `landelijk`. */
        regions: listOf(z.string().trim().min(2).max(80)).default([]).meta({ description: 'Gemeenten of provincies, of landelijk.' }),
      },
      strict,
    ).meta({ description: 'Wie het netwerk bereikt: gemeenschappen (communities) en gebieden (regions).' }),
    /** How to reach the network now: through which organisation or role (never a private person). */
    engage: plainText(10, 600).meta({ description: 'Hoe u het netwerk nu bereikt: via welke organisatie of functie. Nooit via een privépersoon.' }),
    /** Year the network started, where known. */
    founded: year.optional().meta({ description: 'Jaar waarin het netwerk begon, als dat bekend is.' }),
    /** Whether it is still active. */
    activity: oneOf(activities).meta({ description: 'Of het netwerk nog actief is.' }),
  },
  strict,
);

export type Netwerk = z.infer<typeof netwerkSchema>;
