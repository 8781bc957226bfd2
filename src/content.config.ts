import { defineCollection } from 'astro:content';
import { collections as definitions } from './collections.ts';
import { entriesLoader } from './loaders/entries.ts';

// Listed one by one, not built in a loop, so that each collection keeps its own entry type.
export const collections = {
  organisaties: defineCollection({ loader: entriesLoader('organisaties'), schema: definitions.organisaties.schema }),
  interventies: defineCollection({ loader: entriesLoader('interventies'), schema: definitions.interventies.schema }),
  lessen: defineCollection({ loader: entriesLoader('lessen'), schema: definitions.lessen.schema }),
  netwerken: defineCollection({ loader: entriesLoader('netwerken'), schema: definitions.netwerken.schema }),
  themas: defineCollection({ loader: entriesLoader('themas'), schema: definitions.themas.schema }),
  handreikingen: defineCollection({ loader: entriesLoader('handreikingen'), schema: definitions.handreikingen.schema }),
  tijdlijn: defineCollection({ loader: entriesLoader('tijdlijn'), schema: definitions.tijdlijn.schema }),
  bronnen: defineCollection({ loader: entriesLoader('bronnen'), schema: definitions.bronnen.schema }),
};
