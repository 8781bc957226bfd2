import { z } from 'astro/zod';
import {
  activities,
  communities,
  evidenceLevels,
  knowledgeKinds,
  settings,
  targetGroups,
} from '../shared/vocabularies.ts';
import { baseFields, strict } from './common.ts';
import { entryRef, facet, isoDate, listOf, oneOf, plainText, webUrl, year } from './fields.ts';
import { practiceFields } from './practice.ts';

export const relatedCollections = ['interventies', 'lessen', 'netwerken'] as const;

/** How well the intervention's effect is known, on the scale of the Dutch recognition system. */
export const evidenceSchema = z
  .strictObject(
    {
      /** Level on the scale; `praktijk` unless a source records a recognition. */
      level: oneOf(evidenceLevels).meta({ ...facet('bewijsniveau', { browse: true }), description: 'Niveau op de schaal van het Erkenningsstelsel. Kies praktijk, tenzij een bron een erkenning noemt.' }),
      /** Who assessed it (for example a recognition committee of Movisie or NJi). */
      assessed_by: plainText(2, 200).optional().meta({ description: 'Wie het beoordeelde, bijvoorbeeld een erkenningscommissie van Movisie of het NJi. Nodig bij elk niveau boven praktijk.' }),
      /** When it was assessed. */
      assessed_on: isoDate.optional().meta({ description: 'Wanneer het werd beoordeeld, als JJJJ-MM-DD. Nodig bij elk niveau boven praktijk.' }),
      /** Address of the assessment or the databank entry. */
      url: webUrl.optional().meta({ description: 'Webadres van de beoordeling of van de beschrijving in de databank.' }),
    },
    strict,
  )
  .meta({
    description:
      'Hoe goed bekend is dat het werkt: het niveau, en bij een niveau boven praktijk wie het beoordeelde en wanneer, of een erkenning (recognitions) met dat niveau en een datum.',
  });

/** An effective intervention: a method an institution can use, with what is known of it. */
export const interventieSchema = z.strictObject(
  {
    ...baseFields({ collection: 'interventies', requireOrganisation: true }),
    /** The communities it was made for or adapted to. */
    communities: listOf(oneOf(communities), 1).meta({ ...facet('gemeenschap', { browse: true }), description: 'De gemeenschappen waarvoor de aanpak is gemaakt of aangepast.' }),
    /** Who it reaches. */
    target_groups: listOf(oneOf(targetGroups), 1).meta({ ...facet('doelgroep', { browse: true }), description: 'Wie de aanpak bereikt.' }),
    /** Where it takes place. */
    settings: listOf(oneOf(settings)).default([]).meta({ description: 'Waar de aanpak plaatsvindt.' }),
    /** Evidence level, and who assessed it and when. */
    evidence: evidenceSchema,
    /** What kinds of knowledge it rests on. */
    knowledge: listOf(oneOf(knowledgeKinds), 1).meta({ description: 'Op welke soorten kennis de aanpak steunt.' }),
    /** Years in which it ran. */
    period: z
      .strictObject(
        {
          from: year.optional().meta({ description: 'Jaar waarin de aanpak begon.' }),
          to: year.optional().meta({ description: 'Jaar waarin de aanpak stopte.' }),
        },
        strict,
      )
      .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
        message: 'het beginjaar (from) moet vóór of gelijk aan het eindjaar (to) liggen',
        path: ['to'],
      })
      .optional()
      .meta({ description: 'De jaren waarin de aanpak liep: from (beginjaar) en to (eindjaar), als die bekend zijn.' }),
    /** Municipalities or provinces where it ran. */
    regions: listOf(z.string().trim().min(2).max(80)).default([]).meta({ description: 'Gemeenten of provincies waar de aanpak liep.' }),
    /** Languages the materials exist in. */
    languages: listOf(z.string().trim().min(2).max(60)).default([]).meta({ description: 'Talen waarin het materiaal bestaat, zoals Nederlands of Arabisch.' }),
    /** What was adapted for which community. */
    adaptation: plainText(10, 600).optional().meta({ description: 'Wat er voor welke gemeenschap is aangepast.' }),
    ...practiceFields,
    /** Whether it still runs. */
    activity: oneOf(activities).meta({ description: 'Of de aanpak nog loopt.' }),
    /** Related interventions, lessons and networks, as `<collection>/<id>`. */
    related: listOf(entryRef(relatedCollections, { notSelf: true })).default([]).meta({ description: 'Verwante interventies, lessen en netwerken, als collectie/naam, zoals lessen/ouders-bereiken.' }),
  },
  strict,
).superRefine((entry, context) => {
  // A level above practice rests on an assessment this entry records: by whom and when, or a databank's
  // recognition at that level with the date of its rating or of the day it was consulted.
  const { level, assessed_by, assessed_on } = entry.evidence;
  if (level === 'praktijk' || (assessed_by !== undefined && assessed_on !== undefined)) return;
  if (entry.recognitions.some((r) => r.level === level)) return;
  context.addIssue({
    code: 'custom',
    message: 'een niveau boven praktijk vraagt wie het beoordeelde (assessed_by) en wanneer (assessed_on), of een erkenning in recognitions met hetzelfde niveau (level) en een datum',
    path: ['evidence', 'level'],
  });
});

export type Interventie = z.infer<typeof interventieSchema>;
