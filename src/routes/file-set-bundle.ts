/**
 * `/_bundels/<set>.json` (builds only): every file of a set in one response,
 * `{ "<path>": "<text>", … }`, which the file-sets integration writes out as
 * files and then removes.
 */
import type { APIRoute } from 'astro';
import type { FileSetName } from '../shared/addresses.ts';
import { fileSets } from '../lib/file-sets.ts';

export const getStaticPaths = () => Object.keys(fileSets).map((set) => ({ params: { set } }));

export const GET: APIRoute = async ({ params }) => {
  const files = await fileSets[params.set as FileSetName]();
  return new Response(JSON.stringify(Object.fromEntries(files.map((f) => [f.path, f.body]))), { headers: { 'Content-Type': 'application/json' } });
};
