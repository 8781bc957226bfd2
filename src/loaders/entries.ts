/**
 * Astro content loader for the knowledge base. All eight collections are read
 * and checked together, once per build, by the same pipeline as
 * `npm run check`: one problem anywhere fails the build with every problem
 * listed, so nothing half-checked is published. Bodies are rendered here from
 * the tree the policy checked; MDX in an entry is never compiled or run.
 *
 * In development one watcher re-reads the content once per change and
 * updates every collection from that one read; while the content has errors
 * the browser shows them (src/integrations/content-problems.ts) instead of
 * the last good page.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import type { CollectionName } from '../collections.ts';
import { loadCorpus, type LoadResult } from '../content-tools/parallel.ts';
import { ContentError, formatProblem, type Problem } from '../content-tools/problem.ts';
import { printableProblem } from '../content-tools/text.ts';
import { devContentState } from '../integrations/content-problems.ts';
import { keepContentRead } from '../integrations/content-read.ts';
import { entryChoicesOf } from '../editor/choices.ts';
import { contentRoot } from '../site.config.ts';

let pending: Promise<LoadResult> | undefined;

/** The whole corpus, read once for all collections; on a large tree, over worker threads. */
function corpus(): Promise<LoadResult> {
  pending ??= loadCorpus(contentRoot).then((result) => {
    if (result.problems.some((p) => p.severity === 'error')) throw new ContentError(result.problems);
    return result;
  });
  return pending;
}

/** Puts a collection's published entries of a read into its store; true when the store changed. */
function fill(collection: CollectionName, { store, generateDigest }: LoaderContext, { entries }: LoadResult): boolean {
  let changed = false;
  const published = entries.filter((e) => e.collection === collection && e.data.status === 'gepubliceerd');
  const keep = new Set(published.map((e) => e.id));
  for (const id of store.keys()) {
    if (!keep.has(id)) {
      store.delete(id);
      changed = true;
    }
  }
  for (const entry of published) {
    // The body as written is left out of the store (it was nearly half of it, and the pages use the HTML);
    // open data reads it from the file (bodyOf in src/lib/open-data.ts).
    const set = store.set({
      id: entry.id,
      data: entry.data,
      filePath: entry.displayPath,
      digest: generateDigest(entry.body + JSON.stringify(entry.data)),
      rendered: { html: entry.html, metadata: { headings: entry.headings } },
    });
    changed ||= set;
  }
  return changed;
}

/** The loaders of the dev server, by collection, and whether the one watcher is set up. */
const loaded = new Map<CollectionName, LoaderContext>();
let watching = false;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Prints the problems of a read once (not once per collection), as npm run check words them. */
function log(context: LoaderContext, problems: Problem[]) {
  // What a contributor wrote, printed: escaped so that it cannot forge a line or drive a terminal.
  for (const problem of problems.map(printableProblem)) {
    if (problem.severity === 'error') context.logger.error(formatProblem(problem));
    else context.logger.warn(formatProblem(problem));
  }
}

/** Reads the content again after a change, once, and updates every collection from that read. */
async function reread(context: LoaderContext) {
  pending = undefined;
  const hadProblems = devContentState.problems !== undefined;
  let result: LoadResult;
  try {
    result = await corpus();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    // The stores keep the last good content; every page shows the problems until they are fixed.
    devContentState.problems = error.problems;
    log(context, error.problems);
    devContentState.reload?.();
    return;
  }
  devContentState.problems = undefined;
  log(context, result.problems);
  let changed = false;
  for (const [collection, collectionContext] of loaded) changed = fill(collection, collectionContext, result) || changed;
  // A changed store reloads the browser by itself; after a fix that restored the last good content, nothing would.
  if (!changed && hadProblems) devContentState.reload?.();
}

export function entriesLoader(collection: CollectionName): Loader {
  return {
    name: 'lom-entries',
    load: async (context) => {
      const { watcher } = context;
      if (!watcher) {
        // A build: one read for all collections; a problem anywhere fails it, with the same list as the check.
        const result = await corpus();
        if (collection === 'organisaties') {
          log(context, result.problems);
          // The editor and the search index take what they need from this read instead of reading every file again.
          keepContentRead({ root: contentRoot, choices: entryChoicesOf(contentRoot, result.entries), corpusCounts: result.corpusCounts });
        }
        fill(collection, context, result);
        return;
      }
      loaded.set(collection, context);
      try {
        const result = await corpus();
        devContentState.problems = undefined;
        if (collection === 'organisaties') log(context, result.problems);
        fill(collection, context, result);
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        // The dev server starts anyway and shows the problems in the browser.
        if (collection === 'organisaties') log(context, error.problems);
        devContentState.problems = error.problems;
      }
      if (watching) return;
      watching = true;
      // In development, one watcher for all collections (the root may lie outside the project).
      watcher.add(contentRoot);
      watcher.on('all', (_event, changed) => {
        if (!changed.startsWith(contentRoot)) return;
        // An editor's save can be several events; read once they have settled.
        clearTimeout(timer);
        timer = setTimeout(() => reread(context).catch((error: unknown) => context.logger.error(String(error))), 50);
      });
    },
  };
}
