/**
 * The entries a reference in the web editor can point to, read from the
 * content root when the site is built: the choices of a reference field that
 * a relation field of the CMS cannot offer (one that points into several
 * collections, such as `related`, or that also takes a name, such as
 * `keeper`). The site is built again on every change to `main`, so the
 * choices are the entries that are published or proposed there.
 *
 * Plain Node: the check's own file list and front matter reader.
 */
import { summariseFile } from '../content-tools/corpus.ts';
import { listEntryFiles } from '../content-tools/files.ts';
import type { CollectionName } from '../collections.ts';
import type { RenderedEntry } from '../content-tools/parallel.ts';

export interface EntryChoice {
  collection: CollectionName;
  id: string;
  title: string;
  lang: string;
  status: string;
}

/** Every valid entry under the content root, in the order of the file list; a file with errors of its own is left out, as the check leaves it out of references. */
export function entryChoices(contentRoot: string): EntryChoice[] {
  return listEntryFiles(contentRoot).files.flatMap((file) => {
    const summary = summariseFile(file);
    return summary ? [{ collection: summary.collection, id: summary.id, title: summary.title, lang: summary.lang, status: summary.status }] : [];
  });
}

/**
 * The same list from the entries a build has read (src/loaders/entries.ts),
 * without reading the files again: in a build that succeeds every file is
 * valid, so these are the entries entryChoices() finds, put in the order of
 * the file list.
 */
export function entryChoicesOf(contentRoot: string, entries: readonly Pick<RenderedEntry, 'collection' | 'id' | 'displayPath' | 'data'>[]): EntryChoice[] {
  const order = new Map(listEntryFiles(contentRoot).files.map((file, i) => [file.displayPath, i]));
  const at = (entry: Pick<RenderedEntry, 'displayPath'>) => order.get(entry.displayPath) ?? order.size;
  return [...entries]
    .sort((a, b) => at(a) - at(b))
    .map(({ collection, id, data }) => ({ collection, id, title: data.title as string, lang: data.lang as string, status: data.status as string }));
}
