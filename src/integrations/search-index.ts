/**
 * Builds the Pagefind search index of the built site after every `astro
 * build`, into `<outDir>/pagefind/`, whatever folder the build wrote to.
 *
 * What is indexed is decided in the templates: only entry pages carry
 * `data-pagefind-body` (see EntryLayout), so list pages, the home page and
 * the 404 page stay out, as do the header, navigation and footer.
 *
 * Pagefind makes an index per `<html lang>`, and a search page loads the one
 * of its own language: the Dutch search page finds the Dutch entries, the
 * English one (under /en/) the English entries, as the lists of each
 * language show them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Files Pagefind writes for its own ready-made interfaces. The search page has
 * its own interface and loads none of them, so they are not published.
 */
const unusedFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * Pagefind separates the text of paragraphs, headings, list items and table
 * cells, but not of these block elements: without a space, a fact box row
 * `<dt>Afkorting</dt><dd>VBO</dd>` would be indexed as the one word
 * "AfkortingVBO", and "VBO" would not be found. A space after each closing
 * tag keeps the words apart; the published pages are not changed.
 */
const unseparatedBlocks = /<\/(dt|dd|th|caption|figcaption|summary|blockquote|pre|address|aside|header)>/g;

export function separateBlocks(html: string): string {
  return html.replace(unseparatedBlocks, '$& ');
}

/** The URL of a built page from its path in the output folder, as the site serves it. */
export function urlOf(relativeFile: string): string {
  const url = `/${relativeFile.split(path.sep).join('/')}`;
  return url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
}

function htmlFiles(root: string): string[] {
  return (fs.readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/**
 * Pagefind splits the word list into chunks of about this many word
 * occurrences, and a search fetches the chunks its words fall in. Its default
 * (20,000) lets a rare word share a chunk with a word that occurs in nearly
 * every entry, so that looking up an organisation's short name could fetch
 * 200 KB at 10,000 entries instead of 2 KB. Smaller chunks cost a few
 * kilobytes more in the index's metadata. Pagefind calls the setting
 * unstable; without it the index still works, with larger downloads.
 */
const indexChunkSize = '2000';

/** Indexes the built site in `site` into `site/pagefind/`; returns how many pages went into the index. */
export async function indexSite(site: string): Promise<{ indexed: number; read: number }> {
  // Read by the Pagefind process, which starts with the first call below.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= indexChunkSize;
  try {
    const { index, errors } = await pagefind.createIndex({
      // The type label and the title head every entry. The title is found through Pagefind's title
      // metadata (which it still reads from the h1), and with both left out of the text an excerpt
      // starts at the summary instead of repeating what the result already shows.
      excludeSelectors: ['.entry__type', '.entry__header h1'],
    });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const files = htmlFiles(site);
    // A few files at a time keeps the Pagefind service busy without holding the whole site in memory.
    for (let i = 0; i < files.length; i += 32) {
      const batch = files.slice(i, i + 32);
      const added = await Promise.all(batch.map((file) =>
        index.addHTMLFile({ url: urlOf(file), content: separateBlocks(fs.readFileSync(path.join(site, file), 'utf8')) }),
      ));
      for (const [j, response] of added.entries()) {
        if (response.errors.length > 0) throw new Error(`Pagefind could not index ${batch[j]}: ${response.errors.join('; ')}`);
      }
    }
    const outputPath = path.join(site, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    for (const file of unusedFiles) fs.rmSync(path.join(outputPath, file), { force: true });
    // Pagefind keeps only pages with data-pagefind-body once any page has it; its entry file says how many.
    const entry = JSON.parse(fs.readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    return { indexed: Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0), read: files.length };
  } finally {
    await pagefind.close();
  }
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'lom-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { indexed, read } = await indexSite(fileURLToPath(dir));
        logger.info(`Indexed ${indexed} of ${read} pages for search in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
      },
    },
  };
}
