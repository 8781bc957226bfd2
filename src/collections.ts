/**
 * The eight collections of the knowledge base: their folder under the content
 * root, their schema, how their files are laid out and how they are named in
 * the interface. Everything that walks the content (the Astro loader, the
 * validator, the pages) starts from this list.
 */
import type { z } from 'astro/zod';
import { bronSchema } from './schemas/bron.ts';
import { gebeurtenisSchema } from './schemas/gebeurtenis.ts';
import { handreikingSchema } from './schemas/handreiking.ts';
import { interventieSchema } from './schemas/interventie.ts';
import { lesSchema } from './schemas/les.ts';
import { netwerkSchema } from './schemas/netwerk.ts';
import { organisatieSchema } from './schemas/organisatie.ts';
import { themaSchema } from './schemas/thema.ts';

export interface CollectionDefinition {
  /** Folder under the content root, and first segment of the URL. */
  name: string;
  schema: z.ZodType;
  /** `org`: files live in `<collection>/<org>/<slug>.mdx`; `flat`: in `<collection>/<slug>.mdx`. */
  layout: 'org' | 'flat';
  /** Dutch names, for headings and messages. */
  singular: string;
  plural: string;
}

export const collections = {
  organisaties: { name: 'organisaties', schema: organisatieSchema, layout: 'flat', singular: 'organisatie', plural: 'organisaties' },
  interventies: { name: 'interventies', schema: interventieSchema, layout: 'org', singular: 'interventie', plural: 'interventies' },
  lessen: { name: 'lessen', schema: lesSchema, layout: 'org', singular: 'les', plural: 'lessen' },
  netwerken: { name: 'netwerken', schema: netwerkSchema, layout: 'org', singular: 'netwerk', plural: 'netwerken' },
  themas: { name: 'themas', schema: themaSchema, layout: 'flat', singular: 'thema', plural: "thema's" },
  handreikingen: { name: 'handreikingen', schema: handreikingSchema, layout: 'flat', singular: 'handreiking', plural: 'handreikingen' },
  tijdlijn: { name: 'tijdlijn', schema: gebeurtenisSchema, layout: 'flat', singular: 'gebeurtenis', plural: 'gebeurtenissen' },
  bronnen: { name: 'bronnen', schema: bronSchema, layout: 'flat', singular: 'bron', plural: 'bronnen' },
} as const satisfies Record<string, CollectionDefinition>;

export type CollectionName = keyof typeof collections;
export const collectionNames = Object.keys(collections) as CollectionName[];
