/**
 * Finding the content files of a tree, without reading them. Kept apart from
 * the parsing pipeline so that the validator's main thread, which only hands
 * files to workers, need not load the parser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { collectionNames, type CollectionName } from '../collections.ts';
import type { Problem } from './problem.ts';

/** A content file found on disk, not yet read. */
export interface FileRef {
  collection: CollectionName;
  /** Path relative to the collection's folder, with forward slashes. */
  relPath: string;
  displayPath: string;
  absolute: string;
}

/** Lists the content files under `root`, or only those under the given paths; files that are not .mdx are problems. */
export function listEntryFiles(contentRoot: string, only?: string[]): { files: FileRef[]; problems: Problem[] } {
  const root = path.resolve(contentRoot);
  const files: FileRef[] = [];
  const problems: Problem[] = [];
  const wanted = only?.map((p) => path.resolve(p));
  const isWanted = (absolute: string) => !wanted || wanted.some((w) => absolute === w || absolute.startsWith(w + path.sep));

  // A folder or text file beside the collections is content in the wrong place: it would never be read or published.
  if (!only && fs.existsSync(root)) {
    for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
      const misplaced = entry.isDirectory() ? !(collectionNames as string[]).includes(entry.name) : /\.mdx?$/i.test(entry.name);
      if (!misplaced || entry.name.startsWith('.')) continue;
      problems.push({
        file: displayPathOf(path.join(root, entry.name)),
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'bestandsplek',
        message: `${entry.isDirectory() ? 'Deze map' : 'Dit bestand'} staat niet in een map van een collectie en wordt dus niet gelezen. De mappen zijn: ${collectionNames.join(', ')}.`,
      });
    }
  }

  for (const collection of collectionNames) {
    const folder = path.join(root, collection);
    if (!fs.existsSync(folder)) continue;
    // path.relative is slow enough to notice on 10,000 files: work it out once per collection.
    const shownFolder = displayPathOf(folder);
    for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const absolute = path.join(entry.parentPath, entry.name);
      if (!isWanted(absolute) || entry.name.startsWith('.')) continue;
      const relPath = absolute.slice(folder.length + 1).split(path.sep).join('/');
      const displayPath = shownFolder ? `${shownFolder}/${relPath}` : relPath;
      if (!entry.name.toLowerCase().endsWith('.mdx')) {
        problems.push({ file: displayPath, line: 1, column: 1, severity: 'error', rule: 'bestandsnaam', message: 'Alleen .mdx-bestanden horen in deze map: hernoem het bestand naar <naam>.mdx of haal het weg.' });
        continue;
      }
      files.push({ collection, relPath, displayPath, absolute });
    }
  }
  files.sort((a, b) => (a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : 0));
  return { files, problems };
}

export const keyOf = (file: Pick<FileRef, 'collection' | 'relPath'>) => `${file.collection}/${path.posix.basename(file.relPath).replace(/\.mdx$/i, '')}`;

/** A path as shown in messages: relative to the working directory, with forward slashes. */
const displayPathOf = (absolute: string) => path.relative(process.cwd(), absolute).split(path.sep).join('/');
