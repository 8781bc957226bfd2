/** `/open-data/lom-kennisbank-inhoud-<date>.zip`: the whole content folder, dated by its newest entry. */
import type { APIRoute } from 'astro';
import { contentZip, zipDate } from '../../lib/open-data.ts';
import { zipName } from '../../shared/addresses.ts';

export const getStaticPaths = async () => [{ params: { name: zipName(await zipDate()) } }];

export const GET: APIRoute = async () => new Response(await contentZip(), { headers: { 'Content-Type': 'application/zip' } });
