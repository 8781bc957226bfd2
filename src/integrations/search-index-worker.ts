/**
 * A worker thread of search-index.ts: prepares each page for Pagefind
 * (`prepareForIndex`: senses marked, hidden fields added) and counts its
 * words for the word lists, beside the thread that renders the pages, which
 * it cost 3 to 4 ms a page at 10,000 entries. Pages are answered in the
 * order they come.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareForIndex, type CorpusWords } from './search-text.ts';

/** Messages between this module and search-index.ts. */
export type PrepareRequest = { type: 'prepare'; html: string; url: string } | { type: 'counts' };
export type PrepareReply = { type: 'prepared'; content: string } | { type: 'counts'; counts: Map<string, Map<string, number>> } | { type: 'failed'; message: string };

if (!parentPort) throw new Error('search-prepare-worker.ts runs as a worker thread of search-index.ts, not on its own.');
const port = parentPort;
const corpus = workerData as CorpusWords;
const counts = new Map<string, Map<string, number>>();

port.on('message', (request: PrepareRequest) => {
  try {
    const reply: PrepareReply = request.type === 'prepare' ? { type: 'prepared', content: prepareForIndex(request.html, corpus, counts, request.url) } : { type: 'counts', counts };
    port.postMessage(reply);
  } catch (error) {
    port.postMessage({ type: 'failed', message: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies PrepareReply);
  }
});
