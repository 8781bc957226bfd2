/**
 * `node scripts/bench/index-site.ts <built-site-dir>`: builds the search index
 * of an already built site on its own, by running the build's own search
 * integration, so that the benchmark can time the index step and measure its
 * memory apart from the page build. Rewrites `<dir>/pagefind/` with the same
 * index the build wrote.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

const [dir] = process.argv.slice(2);
if (!dir) {
  console.error('Usage: node scripts/bench/index-site.ts <built-site-dir>');
  process.exit(2);
}
const { default: searchIndex } = (await import('../../src/integrations/search-index.ts')) as { default: () => AstroIntegration };
const hook = searchIndex().hooks['astro:build:done'];
if (!hook) throw new Error('The search integration has no astro:build:done hook any more: update this script.');
const logger = { info: console.log, warn: console.warn, error: console.error, debug: () => {}, label: 'bench', options: {}, fork: () => logger };
// The integration reads only the output folder and the logger of what Astro passes.
await hook({ dir: pathToFileURL(`${path.resolve(dir)}/`), logger } as unknown as Parameters<typeof hook>[0]);
