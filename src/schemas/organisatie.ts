import { z } from 'astro/zod';
import { afterTransition, certainties, organisationKinds } from '../shared/vocabularies.ts';
import { baseFields, strict } from './common.ts';
import { oneOf, plainText, ref, webUrl, year } from './fields.ts';

/** An organisation: one of the eight LOM organisations, or a partner, knowledge institute or government body. */
export const organisatieSchema = z.strictObject(
  {
    ...baseFields({ collection: 'organisaties', browse: false }),
    /** Full name, as the organisation wrote it. */
    name: plainText(2, 200).meta({ description: 'Volledige naam, zoals de organisatie die zelf schreef.' }),
    /** Short name or acronym, as used in lists (BUAT, SMN). */
    short_name: plainText(2, 40).meta({ description: 'Korte naam of afkorting voor lijsten, zoals BUAT of SMN.' }),
    /** What kind of organisation this is. */
    kind: oneOf(organisationKinds).meta({ description: 'Wat voor organisatie het is.' }),
    /** The community or communities it speaks for or works with, in words. */
    community: plainText(3, 300).meta({ description: 'Voor welke gemeenschap of gemeenschappen de organisatie spreekt of werkt, in woorden.' }),
    /** Founding year, with how certain it is. */
    founded: z.strictObject(
      {
        /** The year, where the sources give or imply one. */
        year: year.optional().meta({ description: 'Het jaar, als de bronnen het noemen of het eruit af te leiden is.' }),
        /** `bekend` (a source states it), `afgeleid` (worked out from a source) or `onbekend`. */
        certainty: oneOf(certainties).meta({ description: 'bekend (een bron noemt het jaar), afgeleid (uit een bron berekend) of onbekend (dan geen year).' }),
      },
      strict,
    )
      .refine((f) => (f.certainty === 'onbekend') === (f.year === undefined), {
        message: 'geef een jaartal bij zekerheid bekend of afgeleid, en geen jaartal bij onbekend',
        path: ['year'],
      })
      .meta({ description: 'Oprichtingsjaar (year) en hoe zeker dat is (certainty).' }),
    /** What became of the organisation after the subsidy ended in 2015. */
    after_2015: oneOf(afterTransition).meta({ description: 'Wat er van de organisatie werd nadat de subsidie in 2015 stopte.' }),
    /** Id of the organisation it went into or that continues its work. */
    successor: ref('organisaties', { notSelf: true }).optional().meta({ description: 'De organisatie waarin zij opging of die het werk voortzet: de naam van haar bestand in organisaties/.' }),
    /** Current website. */
    website: webUrl.optional().meta({ description: 'Huidige website, beginnend met https://.' }),
    /** Address of an archived copy of the old website. */
    archived_website: webUrl.optional().meta({ description: 'Adres van een gearchiveerde kopie van de oude website, bijvoorbeeld in het webarchief.' }),
  },
  strict,
);

export type Organisatie = z.infer<typeof organisatieSchema>;
