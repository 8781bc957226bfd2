/** `/citeer/<collection>/<id>.ris`: a RIS record for every entry page. */
import type { APIRoute } from 'astro';
import { citationOf, toRIS } from '../../../lib/citation.ts';
import type { AnyEntry } from '../../../lib/entries.ts';
import { allEntries } from '../../../lib/open-data.ts';

export const getStaticPaths = async () =>
  (await allEntries()).map((entry) => ({ params: { collection: entry.collection, id: entry.id }, props: { entry } }));

export const GET: APIRoute = async ({ props }) =>
  new Response(toRIS(await citationOf((props as { entry: AnyEntry }).entry)), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
