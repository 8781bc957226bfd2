import { z } from 'astro/zod';
import {
  activities,
  communities,
  evidenceLevels,
  knowledgeKinds,
  settings,
  targetGroups,
} from '../vocabularies.ts';
import { baseFields, strict } from './common.ts';
import { entryRef, isoDate, listOf, oneOf, plainText, webUrl, year } from './fields.ts';

export const relatedCollections = ['interventies', 'lessen', 'netwerken'] as const;

/** How well the intervention's effect is known, on the scale of the Dutch recognition system. */
export const evidenceSchema = z
  .strictObject(
    {
      /** Level on the scale; `praktijk` unless a source records a recognition. */
      level: oneOf(evidenceLevels.ids),
      /** Who assessed it (for example a recognition committee of Movisie or NJi). */
      assessed_by: plainText(2, 200).optional(),
      /** When it was assessed. */
      assessed_on: isoDate.optional(),
      /** Address of the assessment or the databank entry. */
      url: webUrl.optional(),
    },
    strict,
  )
  .refine((e) => e.level === 'praktijk' || (e.assessed_by !== undefined && e.assessed_on !== undefined), {
    message: 'een niveau boven praktijk vraagt wie het beoordeelde (assessed_by) en wanneer (assessed_on)',
    path: ['level'],
  });

/** An effective intervention: a method an institution can use, with what is known of it. */
export const interventieSchema = z.strictObject(
  {
    ...baseFields({ requireOrganisation: true }),
    /** The communities it was made for or adapted to. */
    communities: listOf(oneOf(communities.ids), 1),
    /** Who it reaches. */
    target_groups: listOf(oneOf(targetGroups.ids), 1),
    /** Where it takes place. */
    settings: listOf(oneOf(settings.ids)).default([]),
    /** Evidence level, and who assessed it and when. */
    evidence: evidenceSchema,
    /** What kinds of knowledge it rests on. */
    knowledge: listOf(oneOf(knowledgeKinds.ids), 1),
    /** Years in which it ran. */
    period: z
      .strictObject({ from: year.optional(), to: year.optional() }, strict)
      .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
        message: 'het beginjaar (from) moet vóór of gelijk aan het eindjaar (to) liggen',
        path: ['to'],
      })
      .optional(),
    /** Municipalities or provinces where it ran. */
    regions: listOf(z.string().trim().min(2).max(80)).default([]),
    /** Languages the materials exist in. */
    languages: listOf(z.string().trim().min(2).max(60)).default([]),
    /** What was adapted for which community. */
    adaptation: plainText(10, 600).optional(),
    /** Whether it still runs. */
    activity: oneOf(activities.ids),
    /** Related interventions, lessons and networks, as `<collection>/<id>`. */
    related: listOf(entryRef(relatedCollections)).default([]),
  },
  strict,
);

export type Interventie = z.infer<typeof interventieSchema>;
