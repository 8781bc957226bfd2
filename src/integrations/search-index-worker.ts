/**
 * The worker thread of search-index.ts, which owns the build's Pagefind
 * index: it takes each entry page as rendered, cuts out the part Pagefind
 * reads, prepares it (`prepareForIndex`: senses marked, hidden fields added,
 * words counted for the word lists) and hands it to Pagefind's process; at
 * the end it writes the index and the word lists. The thread that renders
 * the pages only copies each page's bytes to it: preparing a page took 3 to
 * 4 ms a page at 10,000 entries, and encoding it for Pagefind's process
 * another millisecond.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { indexedPart, separateBlocks, type IndexFigures } from './search-index.ts';
import { prepareForIndex, writeWordLists, type CorpusWords } from './search-text.ts';

/** What search-index.ts starts the worker with. */
export interface IndexWorkerData {
  corpus: CorpusWords;
  /** Word occurrences per chunk of the word list; without it, Pagefind's default. */
  indexChunkSize?: number;
}

/** Messages between this module and search-index.ts. A page that fails is answered `added` too, and named when the index is written. */
export type IndexRequest = { type: 'add'; url: string; bytes: Uint8Array } | { type: 'write'; outputPath: string };
export type IndexReply = { type: 'added' } | { type: 'written'; figures: IndexFigures } | { type: 'failed'; message: string; stack?: string };

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
 * Starts Pagefind's process with a chunk size. Pagefind reads the setting
 * only from the environment its process inherits, and its process starts
 * synchronously in the first call: the variable is set for that one start
 * and restored at once, so that nothing else started from this thread
 * inherits it (a worker thread has its own copy of the environment, so the
 * build's own never holds it).
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

if (!parentPort) throw new Error('search-index-worker.ts runs as a worker thread of search-index.ts, not on its own.');
const port = parentPort;
const { corpus, indexChunkSize } = workerData as IndexWorkerData;

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
// Kept from failing unhandled before the first page; each page's outcome reports it.
index.catch(() => {});

const counts = new Map<string, Map<string, number>>();
// Each page's outcome is kept, not thrown, so that one failure does not go unhandled while pages are still coming.
const outcomes: Promise<string | undefined>[] = [];
const failure = (url: string, error: unknown) => `${url}: ${error instanceof Error ? error.message : String(error)}`;

function add(url: string, bytes: Uint8Array): Promise<string | undefined> {
  let content: string;
  try {
    content = prepareForIndex(separateBlocks(indexedPart(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'))), corpus, counts, url);
  } catch (error) {
    return Promise.resolve(failure(url, error));
  }
  return index
    .then((i) => i.addHTMLFile({ url, content }))
    .then(
      (response) => (response.errors.length > 0 ? `${url}: ${response.errors.join('; ')}` : undefined),
      (error: unknown) => failure(url, error),
    );
}

async function write(outputPath: string): Promise<IndexFigures> {
  try {
    const failed = (await Promise.all(outcomes)).filter((outcome) => outcome !== undefined);
    if (failed.length > 0) throw new Error(`Pagefind could not index ${failed.length} page(s):\n${failed.slice(0, 10).join('\n')}`);
    const written = await (await index).writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    for (const file of unusedFiles) fs.rmSync(path.join(outputPath, file), { force: true });
    writeWordLists(outputPath, counts);
    // Pagefind's entry file says how many pages went into the index of each language.
    const entry = JSON.parse(fs.readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    return { indexed: Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0), added: outcomes.length };
  } finally {
    await pagefind.close();
  }
}

port.on('message', (request: IndexRequest) => {
  if (request.type === 'add') {
    const outcome = add(request.url, request.bytes);
    outcomes.push(outcome);
    // Answered when Pagefind has taken the page in: the build counts the pages still waiting.
    void outcome.then(() => port.postMessage({ type: 'added' } satisfies IndexReply));
    return;
  }
  write(request.outputPath).then(
    (figures) => port.postMessage({ type: 'written', figures } satisfies IndexReply),
    (error: unknown) => port.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined } satisfies IndexReply),
  );
});
