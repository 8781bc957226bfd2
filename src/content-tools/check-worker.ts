/**
 * A worker thread of parallel.ts: analyses its share of the files, keeps the
 * entries, and later runs the cross-file checks on them; when the build asked
 * for rendering, it then sends back the entries that may be published.
 */
import { parentPort } from 'node:worker_threads';
import { analyseFiles, checkCrossReferences, knownTargets, summariseFile } from './corpus.ts';
import { today } from './entry.ts';
import { keyOf } from './files.ts';
// The search index's corpus words, which the build's read counts (see parallel.ts).
import { countCorpusText, noCorpusCounts } from '../shared/corpus-counts.ts';
import type { Entry } from './entry.ts';
import type { RenderedEntry, WorkerReply, WorkerRequest } from './parallel.ts';

if (!parentPort) throw new Error('check-worker.ts runs as a worker thread of parallel.ts, not on its own.');
const port = parentPort;
let entries: Entry[] = [];
let rendered = false;

port.on('message', (request: WorkerRequest) => {
  try {
    port.postMessage(handle(request));
  } catch (error) {
    const reply: WorkerReply = { type: 'failed', message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined };
    port.postMessage(reply);
  }
});

function handle(request: WorkerRequest): WorkerReply {
  if (request.type === 'analyse') {
    rendered = request.render;
    // The search index's corpus words, from every file of the list, as wordsOfContent reads them: counted from the text as it is read for the check.
    const counts = noCorpusCounts();
    const read = request.render ? (text: string) => countCorpusText(text, counts) : undefined;
    const { entries: analysed, ...reply } = analyseFiles(request.files, { now: request.now ?? today(), render: request.render, read });
    entries = analysed;
    for (const file of request.summarise) {
      const summary = summariseFile(file, read);
      if (summary) reply.targets.push(summary);
      else reply.invalid.push(keyOf(file));
    }
    if (!request.render) return { type: 'analysed', ...reply };
    return { type: 'analysed', ...reply, counts };
  }
  const problems = checkCrossReferences(entries, { targets: knownTargets(request.targets, request.invalid), claims: request.claims });
  const publishable = rendered ? entries.filter((entry) => !entry.problems.some((p) => p.severity === 'error')) : [];
  return { type: 'crossed', problems, entries: publishable.map(toRendered) };
}

const toRendered = ({ collection, id, displayPath, data, body, html, headings }: Entry): RenderedEntry => ({ collection, id, displayPath, data, body, html, headings });
