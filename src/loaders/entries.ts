/**
 * Astro content loader for the knowledge base. All eight collections are read
 * and checked together, once per build, by the same pipeline as
 * `npm run check`: one problem anywhere fails the build with every problem
 * listed, so nothing half-checked is published. Bodies are rendered here from
 * the tree the policy checked; MDX in an entry is never compiled or run.
 */
import type { Loader } from 'astro/loaders';
import type { CollectionName } from '../collections.ts';
import { loadCorpus, type LoadResult } from '../content-tools/parallel.ts';
import { ContentError } from '../content-tools/problem.ts';
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

export function entriesLoader(collection: CollectionName): Loader {
  return {
    name: 'lom-entries',
    load: async ({ store, logger, generateDigest, watcher }) => {
      const sync = async () => {
        const { entries, problems } = await corpus();
        if (collection === 'organisaties') {
          for (const warning of problems) logger.warn(`${warning.file}:${warning.line}:${warning.column} ${warning.message} (${warning.rule})`);
        }
        const published = entries.filter((e) => e.collection === collection && e.data.status === 'gepubliceerd');
        const keep = new Set(published.map((e) => e.id));
        for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
        for (const entry of published) {
          // The body as written is left out of the store (it was nearly half of it, and the pages use the HTML);
          // open data reads it from the file (bodyOf in src/lib/open-data.ts).
          store.set({
            id: entry.id,
            data: entry.data,
            filePath: entry.displayPath,
            digest: generateDigest(entry.body + JSON.stringify(entry.data)),
            rendered: { html: entry.html, metadata: { headings: entry.headings } },
          });
        }
      };
      await sync();
      // In development, re-read everything when a content file changes (the root may lie outside the project).
      watcher?.add(contentRoot);
      watcher?.on('all', (_event, changed) => {
        if (!changed.startsWith(contentRoot)) return;
        pending = undefined;
        sync().catch((error: unknown) => logger.error(String(error)));
      });
    },
  };
}
