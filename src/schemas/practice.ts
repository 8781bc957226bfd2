/**
 * What a civil servant needs to run an intervention, beyond what it is: what
 * it costs, which materials exist, who holds the method now, whether and why
 * it stopped, which intervention it adapts, and how databanks elsewhere rate
 * it. Each field is optional: an absent fact is shown as unknown, never guessed.
 */
import { z } from 'astro/zod';
import { evidenceLevels, materialKinds } from '../shared/vocabularies.ts';
import { strict } from './common.ts';
import { entryRef, isSlug, isoDate, isoMonth, listOf, oneOf, plainText, webUrl, year } from './fields.ts';

/** What it costs to run: an amount or range, per what, in which year, and what that includes; or `onbekend`. */
export const costsSchema = z
  .union(
    [
      z.literal('onbekend'),
      z.strictObject(
        {
          /** The amount or range, as the source gives it: "1.500 euro", "tussen 200 en 400 euro". */
          amount: plainText(2, 120).meta({ description: 'Het bedrag of de bandbreedte zoals de bron die noemt, bijvoorbeeld 1.500 euro of tussen 200 en 400 euro.' }),
          /** What the amount is for: per participant, per group, per year. */
          per: plainText(2, 200).meta({ description: 'Waar het bedrag voor is: per deelnemer, per groep van tien ouders, per jaar.' }),
          /** The year the figure is from. */
          year: year.meta({ description: 'Het jaar waarin het bedrag gold.' }),
          /** What the amount includes (training, materials, staff) or leaves out. */
          includes: plainText(2, 300).optional().meta({ description: 'Wat er wel en niet in het bedrag zit, zoals training, materiaal of uren van medewerkers.' }),
        },
        strict,
      ),
    ],
    { error: 'moet onbekend zijn, of een bedrag met amount, per en year' },
  )
  .meta({ description: 'Wat het kost om de aanpak uit te voeren: amount (bedrag), per (waarvoor), year (jaar) en eventueel includes (wat erin zit). Schrijf onbekend als de bronnen het niet noemen.' });

/** A handbook, training or other material: what it is, where it is, in which languages. */
export const materialSchema = z
  .strictObject(
    {
      /** Its title or a short description. */
      title: plainText(3, 200).meta({ description: 'Titel van het materiaal of een korte omschrijving.' }),
      /** What kind of material it is. */
      kind: oneOf(materialKinds).meta({ description: 'Wat voor materiaal het is.' }),
      /** Where to get it. */
      url: webUrl.optional().meta({ description: 'Webadres waar het materiaal te vinden is.' }),
      /** A stored copy, for when the address no longer works. */
      archived: webUrl.optional().meta({ description: 'Webadres van een bewaarde kopie, zoals in het Internet Archive, voor als het gewone adres niet meer werkt. Alleen invullen als u de kopie hebt gezien.' }),
      /** Languages it exists in. */
      languages: listOf(z.string().trim().min(2).max(60)).default([]).meta({ description: 'Talen waarin het materiaal bestaat.' }),
      /** Who offers it, what it costs, how to get it. */
      note: plainText(2, 300).optional().meta({ description: 'Een toelichting: wie het aanbiedt, of het gratis is, hoe u eraan komt.' }),
    },
    strict,
  )
  .meta({ description: 'Een handboek, training of ander materiaal.' });

/** A rating by a databank or registry elsewhere, with the date of the rating or, when that is unknown, the date the databank was consulted. */
export const recognitionSchema = z
  .strictObject(
    {
      /** The databank or registry. */
      databank: plainText(2, 200).meta({ description: 'De databank of het register, zoals Databank Effectieve Jeugdinterventies (NJi).' }),
      /** The rating in the databank's own words. */
      rating: plainText(2, 120).meta({ description: 'Het oordeel in de woorden van de databank, zoals Goed onderbouwd of Praktijkvoorbeeld.' }),
      /** The rating on this knowledge base's scale, where it is one of its levels. */
      level: oneOf(evidenceLevels).optional().meta({ description: 'Het oordeel als niveau op de schaal van deze kennisbank, als het daarop past. Dan mag evidence.level dit niveau krijgen.' }),
      /** When the rating was given: the day, or the month where a source gives no more. */
      assessed_on: z
        .union([isoDate, isoMonth], { error: 'moet een datum zijn in de vorm JJJJ-MM-DD, of een maand als JJJJ-MM' })
        .optional()
        .meta({ description: 'Datum van het oordeel, als JJJJ-MM-DD, of alleen de maand als JJJJ-MM als de bron niet meer zegt.' }),
      /** When the databank was read for this entry; the rating held on that day. */
      consulted: isoDate.optional().meta({ description: 'Datum waarop de databank voor deze tekst werd geraadpleegd, als JJJJ-MM-DD. Nodig als de datum van het oordeel onbekend is: het oordeel gold in elk geval op die dag.' }),
      /** The databank's page. */
      url: webUrl.optional().meta({ description: 'Webadres van de beschrijving in de databank.' }),
      /** A stored copy of that page. */
      archived: webUrl.optional().meta({ description: 'Webadres van een bewaarde kopie van die pagina. Alleen invullen als u de kopie hebt gezien.' }),
      /** A caveat, for example a month known but not the day. */
      note: plainText(2, 300).optional().meta({ description: 'Een kanttekening, bijvoorbeeld dat alleen de maand van het oordeel bekend is.' }),
    },
    strict,
  )
  .refine((r) => r.assessed_on !== undefined || r.consulted !== undefined, {
    message: 'een erkenning heeft de datum van het oordeel (assessed_on) of, als die onbekend is, de datum waarop de databank werd geraadpleegd (consulted)',
    path: ['consulted'],
  })
  .meta({ description: 'Een oordeel van een databank of register elders, met de datum van het oordeel of de datum waarop de databank werd geraadpleegd.' });

/** The fields of an intervention that say what it takes to run it (see the module comment). */
export const practiceFields = {
  /** What it costs to run, or `onbekend`. */
  costs: costsSchema.optional(),
  /** Handbooks, trainings and materials. */
  materials: listOf(materialSchema).default([]).meta({ description: 'Handboeken, trainingen en materiaal: wat er is, waar, in welke talen.' }),
  /** Who holds the method now: an organisation's id or the name of an institution without an entry. */
  keeper: z
    .string({ error: 'moet de naam van een bestand in organisaties/ zijn (zoals noom) of de naam van een instelling' })
    .trim()
    .min(2)
    .max(200)
    .meta({ ref: { to: ['organisaties'], written: 'id', orText: true } })
    .optional()
    .meta({ description: 'Wie de methode nu beheert: de naam van een bestand in organisaties/ (zoals noom) of de naam van een instelling zonder eigen pagina. Vooral als de oorspronkelijke organisatie is gestopt.' }),
  /** When it stopped and why. */
  stopped: z
    .strictObject(
      {
        year: year.meta({ description: 'Het jaar waarin de aanpak stopte.' }),
        reason: plainText(5, 400).meta({ description: 'Waarom de aanpak stopte, volgens de bronnen.' }),
      },
      strict,
    )
    .optional()
    .meta({ description: 'Als de aanpak niet meer loopt: het jaar (year) en de reden (reason). Ook waarom iets stopte is kennis.' }),
  /** The intervention it adapts: `interventies/<id>`, or the name of one without an entry. */
  adapted_from: z
    .string({ error: 'moet een verwijzing zijn zoals interventies/opstap, of de naam van een aanpak zonder eigen pagina' })
    .trim()
    .min(2)
    .max(200)
    .refine((value) => !value.includes('/') || entryRef(['interventies']).safeParse(value).success, 'moet een verwijzing zijn in de vorm interventies/<id>, of een naam zonder /')
    .meta({ ref: { to: ['interventies'], written: 'path', orText: true, notSelf: true } })
    .optional()
    .meta({ description: 'De aanpak waarvan dit een aangepaste versie is: interventies/<naam> voor een interventie in deze kennisbank, of de naam van een aanpak zonder eigen pagina (zoals HIPPY).' }),
  /** Ratings by databanks or registries elsewhere. */
  recognitions: listOf(recognitionSchema).default([]).meta({ description: 'Oordelen van databanken of registers elders, zoals de databanken van Movisie, het NJi of Loket Gezond Leven.' }),
};

/** Whether a value written as `keeper` is an organisation's id, which must then exist. */
export const keeperIsOrganisation = (keeper: string) => isSlug(keeper);
