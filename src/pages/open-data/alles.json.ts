/** `/open-data/alles.json`: every published entry in one JSON document. */
import type { APIRoute } from 'astro';
import { allJson } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => new Response(await allJson(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
