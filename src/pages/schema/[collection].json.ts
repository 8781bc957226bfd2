/** `/schema/<collection>.json`: the JSON Schema of a collection's front matter, for editors and other tools. */
import type { APIRoute } from 'astro';
import { collectionNames, type CollectionName } from '../../collections.ts';
import { frontmatterJsonSchema } from '../../content-tools/json-schema.ts';

export const getStaticPaths = () => collectionNames.map((collection) => ({ params: { collection } }));

export const GET: APIRoute = ({ params }) =>
  new Response(`${JSON.stringify(frontmatterJsonSchema(params.collection as CollectionName), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
