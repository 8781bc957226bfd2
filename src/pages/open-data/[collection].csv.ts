/** `/open-data/<collection>.csv`: one row per published entry of a collection. */
import type { APIRoute } from 'astro';
import { collectionNames, type CollectionName } from '../../collections.ts';
import { collectionCsv } from '../../lib/open-data.ts';

export const getStaticPaths = () => collectionNames.map((collection) => ({ params: { collection } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(await collectionCsv(params.collection as CollectionName), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
