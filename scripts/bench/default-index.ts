/**
 * `node scripts/bench/default-index.ts <builtSiteDir>`: indexes the HTML of a
 * built site with Pagefind's defaults (no chunk size, no marking of word
 * senses, no hidden words) into `<dir>/pagefind-default/`: the anchor that
 * scripts/bench/relevance.ts and scripts/bench/search.ts compare the site's
 * own search with. Run it in a process of its own, without
 * PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE in the environment.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';

export async function defaultIndex(site: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind-default') });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

if (import.meta.filename === process.argv[1]) {
  const [site] = process.argv.slice(2);
  if (!site) {
    console.error('Usage: node scripts/bench/default-index.ts <builtSiteDir>');
    process.exit(2);
  }
  console.log(`Indexed ${await defaultIndex(path.resolve(site))} pages with Pagefind's defaults.`);
}
