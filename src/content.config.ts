import { defineCollection } from 'astro:content';
import { collections as definitions, collectionNames } from './collections.ts';
import { entriesLoader } from './loaders/entries.ts';

export const collections = Object.fromEntries(
  collectionNames.map((name) => [name, defineCollection({ loader: entriesLoader(name), schema: definitions[name].schema })]),
);
