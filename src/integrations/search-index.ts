/**
 * Builds the Pagefind search index of the site into `<outDir>/pagefind/`,
 * from the pages as `astro build` renders them.
 *
 * Pagefind indexes in a process of its own, so each page is handed to it the
 * moment it is rendered (see rendered-pages.ts): the index grows on the
 * second core while Astro renders on the first, and only writing the index
 * waits for the end of the build. The HTML is the very HTML that is written
 * to the output folder.
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
import type { RenderedPages } from './rendered-pages.ts';
import { contentRoot } from '../site.config.ts';
import { corpusWordsOf, noCorpusWords, wordsOfContent, writeWordLists, type CorpusWords } from './search-text.ts';
import { contentRead } from './content-read.ts';
import type { PrepareReply, PrepareRequest } from './search-prepare-worker.ts';
import { WorkerRequests } from '../content-tools/worker-requests.ts';

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

/**
 * Only pages with this attribute are indexed (Pagefind skips the others once
 * any page has it), so the others are not sent to Pagefind at all.
 */
const indexedMarker = 'data-pagefind-body';

/**
 * The tag that carries the marker, up to the marker: a start tag with at least
 * one attribute in double quotes. Text and attribute values on a page never
 * hold a raw `"` (the site escapes it), so a title or summary that contains
 * the words `data-pagefind-body` cannot pass for the marked element.
 */
const markedTag = /^<([a-z][a-z0-9-]*)(?:\s+[a-z][a-z0-9-]*="[^"]*")+\s+$/;

/** Where the marked element starts, and its tag name. */
function markedElement(html: string): { start: number; tag: string } | undefined {
  for (let at = html.indexOf(indexedMarker); at !== -1; at = html.indexOf(indexedMarker, at + 1)) {
    const start = html.lastIndexOf('<', at);
    const tag = start === -1 ? undefined : markedTag.exec(html.slice(start, at))?.[1];
    if (tag && /[\s>]/.test(html[at + indexedMarker.length] ?? '')) return { start, tag };
  }
  return undefined;
}

/**
 * The part of a page that Pagefind reads: the `<html>` tag (for the language),
 * the title, and the element marked `data-pagefind-body` (EntryLayout's
 * article), which holds the text and every filter, sort and meta attribute.
 * Sending only that halves what Pagefind has to parse while pages render. A
 * page whose marked element cannot be delimited is sent whole.
 */
export function indexedPart(html: string): string {
  const marked = markedElement(html);
  const htmlTag = /<html[^>]*>/.exec(html)?.[0];
  if (!marked || !htmlTag) return html;
  const { start, tag } = marked;
  // The marked element ends at its own closing tag, past any element of the same name inside it.
  const nested = new RegExp(`<(/?)${tag}[\\s>]`, 'g');
  nested.lastIndex = start + 1;
  let depth = 1;
  for (let match = nested.exec(html); match; match = nested.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) {
      const end = html.indexOf('>', match.index) + 1;
      const title = /<title>[^<]*<\/title>/.exec(html)?.[0] ?? '';
      return `<!DOCTYPE html>${htmlTag}<head>${title}</head><body>${html.slice(start, end)}</body></html>`;
    }
  }
  return html;
}

/** The URL of a built page from its path in the output folder, as the site serves it. */
export function urlOf(relativeFile: string): string {
  const url = `/${relativeFile.split(path.sep).join('/')}`;
  return url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
}

/**
 * The site's chunk size for Pagefind's word list: Pagefind splits it into
 * chunks of about this many word occurrences, and a search fetches the chunks
 * its words fall in. Its default (20,000) lets a rare word share a chunk with
 * a word that occurs in nearly every entry, so that looking up an
 * organisation's short name could fetch 200 KB at 10,000 entries instead of
 * 2 KB. Smaller chunks cost a few kilobytes more in the index's metadata.
 * Pagefind calls the setting unstable; without it the index still works,
 * with larger downloads.
 */
export const siteIndexChunkSize = 2000;

/**
 * Starts Pagefind's process with a chunk size. Pagefind reads the setting
 * only from the environment its process inherits, and its process starts
 * synchronously in the first call: the variable is set for that one start
 * and restored at once, so that nothing else in this process (an index with
 * Pagefind's defaults, a child process) inherits it.
 */
function startPagefind<T>(indexChunkSize: number | undefined, start: () => T): T {
  if (indexChunkSize === undefined) return start();
  const name = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';
  const before = process.env[name];
  process.env[name] = String(indexChunkSize);
  try {
    return start();
  } finally {
    if (before === undefined) delete process.env[name];
    else process.env[name] = before;
  }
}

export interface IndexFigures {
  /** Pages in the written index. */
  indexed: number;
  /** Pages handed to Pagefind. */
  added: number;
}

export interface SearchIndexOptions {
  /** Words compounds are split against and abbreviations (search-text.ts); without them, no compound is split and no abbreviation known. */
  corpus?: CorpusWords;
  /** Word occurrences per chunk of the word list (see siteIndexChunkSize); without it, Pagefind's default. */
  indexChunkSize?: number;
}

/**
 * `prepareForIndex` and the word counts in a worker thread
 * (search-prepare-worker.ts), so that the thread that renders the pages
 * does not wait for them. Answers come in the order of the requests.
 */
class PagePreparer {
  readonly #worker: WorkerRequests<PrepareRequest, PrepareReply>;

  constructor(corpus: CorpusWords) {
    this.#worker = new WorkerRequests(new URL('./search-prepare-worker.ts', import.meta.url), 'The search index\'s worker thread', corpus);
    // A build that fails before the index is written must still be able to exit.
    this.#worker.unref();
  }

  async prepare(url: string, html: string): Promise<string> {
    const reply = await this.#worker.request({ type: 'prepare', url, html });
    if (reply.type !== 'prepared') throw new Error('The search index\'s worker thread answered out of turn.');
    return reply.content;
  }

  /** The words of every page prepared so far, per language. */
  async counts(): Promise<Map<string, Map<string, number>>> {
    const reply = await this.#worker.request({ type: 'counts' });
    if (reply.type !== 'counts') throw new Error('The search index\'s worker thread answered out of turn.');
    return reply.counts;
  }

  stop() {
    return this.#worker.terminate();
  }
}

/**
 * A Pagefind index that pages are added to one by one, without waiting:
 * each page is prepared in a worker thread and then indexed by Pagefind in
 * its own process, while the caller goes on. `write` waits for every page,
 * writes the index and its word lists, and stops Pagefind and the worker.
 */
export function createSearchIndex({ corpus = noCorpusWords, indexChunkSize }: SearchIndexOptions = {}) {
  const index = startPagefind(indexChunkSize, () =>
    pagefind.createIndex({
      // The type label and the title head every entry. The title is found through Pagefind's title
      // metadata (which it still reads from the h1), and with both left out of the text an excerpt
      // starts at the summary instead of repeating what the result already shows.
      excludeSelectors: ['.entry__type', '.entry__header h1'],
    }),
  ).then(({ index, errors }) => {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    return index;
  });
  const preparer = new PagePreparer(corpus);
  // Each page's outcome is kept, not thrown, so that one failure does not go unhandled while pages are still coming.
  const outcomes: Promise<string | undefined>[] = [];

  return {
    /** Hands a page to Pagefind; pages without an indexed part are left out. */
    add(url: string, html: string) {
      if (!html.includes(indexedMarker)) return;
      const prepared = preparer.prepare(url, separateBlocks(indexedPart(html)));
      outcomes.push(
        Promise.all([index, prepared])
          .then(([i, content]) => i.addHTMLFile({ url, content }))
          .then(
            (response) => (response.errors.length > 0 ? `${url}: ${response.errors.join('; ')}` : undefined),
            (error: unknown) => `${url}: ${error instanceof Error ? error.message : String(error)}`,
          ),
      );
    },

    /** Waits until Pagefind has taken in every page handed to it so far. */
    async settled() {
      await Promise.all(outcomes);
    },

    /** Waits for every page, writes the index into `outputPath` and stops Pagefind. */
    async write(outputPath: string): Promise<IndexFigures> {
      try {
        const failed = (await Promise.all(outcomes)).filter((outcome) => outcome !== undefined);
        if (failed.length > 0) throw new Error(`Pagefind could not index ${failed.length} page(s):\n${failed.slice(0, 10).join('\n')}`);
        const written = await (await index).writeFiles({ outputPath });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
        for (const file of unusedFiles) fs.rmSync(path.join(outputPath, file), { force: true });
        writeWordLists(outputPath, await preparer.counts());
        // Pagefind's entry file says how many pages went into the index of each language.
        const entry = JSON.parse(fs.readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
        return { indexed: Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0), added: outcomes.length };
      } finally {
        await Promise.all([pagefind.close(), preparer.stop()]);
      }
    },
  };
}

function htmlFiles(root: string): string[] {
  return (fs.readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/** Indexes a site that is already built, from its files, as the build does: for measuring the index on its own. */
export async function indexSite(site: string, options: SearchIndexOptions = {}): Promise<IndexFigures> {
  const index = createSearchIndex({ indexChunkSize: siteIndexChunkSize, ...options });
  const files = htmlFiles(site);
  for (const [i, file] of files.entries()) {
    index.add(urlOf(file), fs.readFileSync(path.join(site, file), 'utf8'));
    // A few pages ahead of Pagefind at most, rather than the whole site in memory.
    if (i % 64 === 63) await index.settled();
  }
  return index.write(path.join(site, 'pagefind'));
}

export default function searchIndex(pages: RenderedPages): AstroIntegration {
  let index: ReturnType<typeof createSearchIndex> | undefined;
  let writing: Promise<IndexFigures> | undefined;
  let started = 0;
  let generated = 0;
  pages.tap(({ pathname, contentType, bytes }) => {
    // Only pages that are indexed are decoded for Pagefind.
    if (index && contentType.startsWith('text/html') && bytes.includes(indexedMarker)) index.add(pathname, bytes.toString('utf8'));
  });
  return {
    name: 'lom-search-index',
    hooks: {
      'astro:build:start': () => {
        // Known before the first page renders, since each page is indexed as soon as it is: counted by the
        // build's read of the content (content-read.ts), or else read here.
        const counts = contentRead(contentRoot)?.corpusCounts;
        index = createSearchIndex({ corpus: counts ? corpusWordsOf(counts) : wordsOfContent(contentRoot), indexChunkSize: siteIndexChunkSize });
        started = performance.now();
      },
      // Every page is rendered: Pagefind writes the index in its own process while Astro finishes the build.
      'astro:build:generated': ({ dir }) => {
        if (!index) throw new Error('The search index was not started: astro:build:start did not run.');
        generated = performance.now();
        writing = index.write(path.join(fileURLToPath(dir), 'pagefind'));
        // Awaited in astro:build:done; a failure is reported there.
        writing.catch(() => {});
      },
      'astro:build:done': async ({ logger }) => {
        if (!writing) throw new Error('The search index was not written: astro:build:generated did not run.');
        const { indexed } = await writing;
        const done = performance.now();
        logger.info(
          `Indexed ${indexed} pages for search: added while rendering over ${((generated - started) / 1000).toFixed(1)} s, ` +
            `written in ${((done - generated) / 1000).toFixed(1)} s after the last page.`,
        );
      },
    },
  };
}
