/**
 * `readCorpus` spread over worker threads, for `npm run check` and the build
 * on large trees: parsing and rendering bodies is what takes the time, and
 * each file can be read on its own. Each worker reads a share of the files and
 * sends back summaries; once every summary is in, each worker runs the
 * cross-file checks for its own entries against all of them, and, for the
 * build, sends back its entries as they will be published. The result is the
 * same as `readCorpus`.
 */
import os from 'node:os';
import type { CorpusOptions, TargetSummary } from './corpus.ts';
import type { Entry } from './entry.ts';
import { keyOf, listEntryFiles, type FileRef } from './files.ts';
import type { Problem } from './problem.ts';
import { WorkerRequests } from './worker-requests.ts';
import { addCorpusCounts, noCorpusCounts, type CorpusCounts } from '../shared/corpus-counts.ts';

/** Below this many files, starting workers costs more than it saves. */
const minFilesPerWorker = 300;

export interface CheckResult {
  problems: Problem[];
  /** How many files were checked, valid or not. */
  files: number;
}

/** An entry as the build publishes it: what crosses from a worker thread (no functions, no parse details). */
export type RenderedEntry = Pick<Entry, 'collection' | 'id' | 'displayPath' | 'data' | 'body' | 'html' | 'headings'>;

export interface LoadResult extends CheckResult {
  /** Every entry without errors, published or concept, rendered. */
  entries: RenderedEntry[];
  /**
   * The words of every file on the list, as the search index counts them (search-text.ts), when the
   * files were read over worker threads: counted there, a file at a time, instead of in the build's
   * main thread before the first page. Without it the search index reads the files itself.
   */
  corpusCounts?: CorpusCounts;
}

/** Messages between this module and check-worker.ts. */
export type WorkerRequest =
  | { type: 'analyse'; files: FileRef[]; summarise: FileRef[]; now?: string; render: boolean }
  | { type: 'cross'; targets: TargetSummary[]; claims: { key: string; displayPath: string }[]; invalid: string[] };
export type WorkerReply =
  | { type: 'analysed'; problems: Problem[]; targets: TargetSummary[]; invalid: string[]; counts?: CorpusCounts }
  | { type: 'crossed'; problems: Problem[]; entries: RenderedEntry[] }
  | { type: 'failed'; message: string; stack?: string };

type ParallelOptions = Omit<CorpusOptions, 'render'> & { workers?: number };

/** Checks a content tree, as `npm run check` does: problems only, nothing rendered. */
export async function checkCorpus(root: string, options: ParallelOptions = {}): Promise<CheckResult> {
  const { problems, files } = await readInWorkers(root, options, false);
  return { problems, files };
}

/** Checks and renders a content tree, as the build does. */
export function loadCorpus(root: string, options: ParallelOptions = {}): Promise<LoadResult> {
  return readInWorkers(root, options, true);
}

async function readInWorkers(root: string, options: ParallelOptions, render: boolean): Promise<LoadResult> {
  const all = listEntryFiles(root);
  const selected = options.only ? listEntryFiles(root, options.only) : all;
  // Given a number of workers, use it (tests do, on small trees); otherwise one per core, if there are enough files to read.
  const workers = options.workers ?? Math.min(os.availableParallelism(), Math.floor(selected.files.length / minFilesPerWorker));
  if (workers < 2) {
    // Loaded only here: the main thread of a parallel read does no parsing.
    const { readCorpus } = await import('./corpus.ts');
    return readCorpus(root, { ...options, render });
  }

  const checked = new Set(selected.files.map((f) => f.absolute));
  const rest = all.files.filter((f) => !checked.has(f.absolute));
  const { now } = options;
  const pool = Array.from({ length: workers }, () => new WorkerRequests<WorkerRequest, WorkerReply>(new URL('./check-worker.ts', import.meta.url), 'A check worker'));
  try {
    // Files are dealt round-robin, so that every worker gets a mix of collections and sizes.
    const share = <T>(items: T[], i: number) => items.filter((_, n) => n % workers === i);
    const analysed = await Promise.all(pool.map((w, i) => w.request({ type: 'analyse', files: share(selected.files, i), summarise: share(rest, i), now, render })));
    const targets: TargetSummary[] = [];
    const invalid: string[] = [];
    const problems: Problem[] = [...selected.problems];
    const corpusCounts = render ? noCorpusCounts() : undefined;
    for (const reply of analysed) {
      if (reply.type !== 'analysed') throw new Error('A check worker answered out of turn.');
      targets.push(...reply.targets);
      invalid.push(...reply.invalid);
      problems.push(...reply.problems);
      if (corpusCounts && reply.counts) addCorpusCounts(corpusCounts, reply.counts);
    }
    const claims = all.files.map((file) => ({ key: keyOf(file), displayPath: file.displayPath }));
    const crossed = await Promise.all(pool.map((w) => w.request({ type: 'cross', targets, claims, invalid })));
    const entries: RenderedEntry[] = [];
    for (const reply of crossed) {
      if (reply.type !== 'crossed') throw new Error('A check worker answered out of turn.');
      problems.push(...reply.problems);
      entries.push(...reply.entries);
    }
    return { problems, files: selected.files.length + selected.problems.length, entries, ...(corpusCounts && { corpusCounts }) };
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
