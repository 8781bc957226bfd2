/**
 * Builds the Pagefind search index of the site into `<outDir>/pagefind/`,
 * from the pages as `astro build` renders them.
 *
 * Pagefind indexes in a process of its own, started by the index's worker
 * thread (search-index-worker.ts), so each page is handed to them the moment
 * it is rendered (see rendered-pages.ts): the index grows on the second core
 * while Astro renders on the first, and only writing the index waits for the
 * end of the build. The HTML is the very HTML that is written to the output
 * folder.
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
import type { RenderedPages } from './rendered-pages.ts';
import { contentRoot } from '../site.config.ts';
import { corpusWordsOf, noCorpusWords, wordsOfContent, type CorpusWords } from './search-text.ts';
import { contentRead } from './content-read.ts';
import type { IndexReply, IndexRequest, IndexWorkerData } from './search-index-worker.ts';
import { WorkerRequests } from '../content-tools/worker-requests.ts';

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
 * Most pages handed to the index that Pagefind has not yet taken in. Pages
 * render faster than the worker thread and Pagefind take them in, and
 * without a bound every page waiting for them would be held in memory (the
 * build's peak grew by up to a gigabyte at 10,000 entries); at the bound,
 * the page that was just rendered waits until there is room.
 */
export const pagesInFlight = 256;

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
  /** Most pages waiting to be taken in before `add` asks its caller to wait (see pagesInFlight). */
  inFlight?: number;
}

/**
 * A Pagefind index that pages are added to one by one, without waiting: each
 * page's bytes are copied to the index's worker thread, which prepares the
 * page and hands it to Pagefind in its own process, while the caller goes
 * on. `write` waits for every page, writes the index and its word lists, and
 * stops Pagefind and the worker.
 */
export function createSearchIndex({ corpus = noCorpusWords, indexChunkSize, inFlight = pagesInFlight }: SearchIndexOptions = {}) {
  const worker = new WorkerRequests<IndexRequest, IndexReply>(new URL('./search-index-worker.ts', import.meta.url), 'The search index\'s worker thread', { corpus, indexChunkSize } satisfies IndexWorkerData);
  // A build that fails before the index is written must still be able to exit.
  worker.unref();
  const pending = new Set<Promise<unknown>>();
  const room: (() => void)[] = [];
  let added = 0;
  let lost: unknown;

  return {
    /**
     * Hands a page (its HTML, or the bytes of it) to Pagefind; pages without
     * an indexed part are left out. Returns a promise when `inFlight` pages
     * are still waiting to be taken in: it resolves when one of them is.
     */
    add(url: string, page: string | Buffer): Promise<void> | undefined {
      if (!page.includes(indexedMarker)) return undefined;
      // A copy of its own, moved to the worker rather than copied again: the page's bytes are still to be written.
      const bytes = typeof page === 'string' ? new TextEncoder().encode(page) : new Uint8Array(page);
      added += 1;
      // A failed page is named when the index is written; a worker that stopped fails the write.
      const reply: Promise<unknown> = worker.request({ type: 'add', url, bytes }, [bytes.buffer]).catch((error: unknown) => {
        lost ??= error;
      }).finally(() => {
        pending.delete(reply);
        room.shift()?.();
      });
      pending.add(reply);
      return pending.size < inFlight ? undefined : new Promise((resolve) => room.push(resolve));
    },

    /** Waits for every page, writes the index into `outputPath` and stops Pagefind and the worker. */
    async write(outputPath: string): Promise<IndexFigures> {
      try {
        await Promise.all(pending);
        if (lost) throw lost;
        const reply = await worker.request({ type: 'write', outputPath });
        if (reply.type !== 'written') throw new Error('The search index\'s worker thread answered out of turn.');
        if (reply.figures.added !== added) throw new Error(`The search index's worker thread took in ${reply.figures.added} of ${added} pages.`);
        return reply.figures;
      } finally {
        await worker.terminate();
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
  // Pagefind writes into the folder without emptying it: an earlier index's files would stay beside the new ones.
  fs.rmSync(path.join(site, 'pagefind'), { recursive: true, force: true });
  // As many pages ahead of Pagefind as in the build, rather than the whole site in memory.
  for (const file of htmlFiles(site)) await index.add(urlOf(file), fs.readFileSync(path.join(site, file)));
  return index.write(path.join(site, 'pagefind'));
}

export default function searchIndex(pages: RenderedPages): AstroIntegration {
  let index: ReturnType<typeof createSearchIndex> | undefined;
  let writing: Promise<IndexFigures> | undefined;
  let started = 0;
  let generated = 0;
  pages.tap(({ pathname, contentType, bytes }) => {
    if (index && contentType.startsWith('text/html')) return index.add(pathname, bytes);
    return undefined;
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
