import { z } from 'astro/zod';
import { afterTransition, certainties, organisationKinds } from '../vocabularies.ts';
import { baseFields, strict } from './common.ts';
import { oneOf, plainText, slug, webUrl, year } from './fields.ts';

/** An organisation: one of the eight LOM organisations, or a partner, knowledge institute or government body. */
export const organisatieSchema = z.strictObject(
  {
    ...baseFields(),
    /** Full name, as the organisation wrote it. */
    name: plainText(2, 200),
    /** Short name or acronym, as used in lists (BUAT, SMN). */
    short_name: plainText(2, 40),
    /** What kind of organisation this is. */
    kind: oneOf(organisationKinds.ids),
    /** The community or communities it speaks for or works with, in words. */
    community: plainText(3, 300),
    /** Founding year, with how certain it is. */
    founded: z.strictObject(
      {
        /** The year, where the sources give or imply one. */
        year: year.optional(),
        /** `bekend` (a source states it), `afgeleid` (worked out from a source) or `onbekend`. */
        certainty: oneOf(certainties.ids),
      },
      strict,
    )
      .refine((f) => (f.certainty === 'onbekend') === (f.year === undefined), {
        message: 'geef een jaartal bij zekerheid bekend of afgeleid, en geen jaartal bij onbekend',
        path: ['year'],
      }),
    /** What became of the organisation after the subsidy ended in 2015. */
    after_2015: oneOf(afterTransition.ids),
    /** Id of the organisation it went into or that continues its work. */
    successor: slug.optional(),
    /** Current website. */
    website: webUrl.optional(),
    /** Address of an archived copy of the old website. */
    archived_website: webUrl.optional(),
  },
  strict,
);

export type Organisatie = z.infer<typeof organisatieSchema>;
