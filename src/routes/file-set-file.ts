/**
 * One file of a set, at its own address (dev server only: a build writes the
 * sets' files from bundles, see src/lib/file-sets.ts). The integration
 * injects this route once for each pattern of src/shared/addresses.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { fileSetPatterns, paramsOf } from '../shared/addresses.ts';
import { contentTypes, fileSets } from '../lib/file-sets.ts';

export const getStaticPaths = (async ({ routePattern }) => {
  const sets = Object.entries(fileSetPatterns).filter(([, patterns]) => (patterns as readonly string[]).includes(routePattern));
  const files = (await Promise.all(sets.map(([name]) => fileSets[name as keyof typeof fileSets]()))).flat();
  return files.flatMap((file) => {
    const params = paramsOf(routePattern, file.path);
    return params ? [{ params, props: { body: file.body, type: contentTypes[file.path.split('.').pop()!] } }] : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { body, type } = props as { body: string; type?: string };
  return new Response(body, { headers: { 'Content-Type': type ?? 'text/plain; charset=utf-8' } });
};
