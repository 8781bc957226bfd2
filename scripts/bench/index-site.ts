/**
 * `node scripts/bench/index-site.ts <built-site-dir>`: builds the search index
 * of an already built site on its own, from its HTML files, with the same
 * settings as the build, so that the benchmark can time the index step and
 * measure its memory apart from the page build (where indexing overlaps with
 * rendering). Rewrites `<dir>/pagefind/` with the same index the build wrote;
 * the compounds are split against the corpus `LOM_CONTENT_DIR` names, as in
 * the build.
 */
import path from 'node:path';
import { indexSite } from '../../src/integrations/search-index.ts';
import { wordsOfContent } from '../../src/integrations/search-text.ts';
import { contentRoot } from '../../src/site.config.ts';

const [dir] = process.argv.slice(2);
if (!dir) {
  console.error('Usage: node scripts/bench/index-site.ts <built-site-dir>');
  process.exit(2);
}
const started = performance.now();
const { indexed, added } = await indexSite(path.resolve(dir), { corpus: wordsOfContent(contentRoot) });
console.log(`Indexed ${indexed} of ${added} pages for search in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
