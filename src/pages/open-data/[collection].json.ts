/** `/open-data/<collection>.json`: the published entries of one collection. */
import type { APIRoute } from 'astro';
import { collectionNames, type CollectionName } from '../../collections.ts';
import { collectionJson } from '../../lib/open-data.ts';

export const getStaticPaths = () => collectionNames.map((collection) => ({ params: { collection } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(await collectionJson(params.collection as CollectionName), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
