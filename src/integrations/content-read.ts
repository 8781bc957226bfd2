/**
 * What the build's one read of the content (src/loaders/entries.ts) hands
 * to the integrations that run after it, so that they need not read every
 * file again: the entries the web editor's reference fields offer
 * (src/editor/choices.ts) and the words the search index splits compounds
 * against (search-text.ts). At 10,000 entries each of those reads took 7 to
 * 13 s of the build's main thread.
 *
 * The loader and the integrations are loaded by different module runners of
 * the same process, so the read lives on globalThis, under one key, as in
 * content-problems.ts. It is kept with its content root; an integration
 * that finds none for its root reads the files itself.
 */
import type { EntryChoice } from '../editor/choices.ts';
import type { CorpusCounts } from '../shared/corpus-counts.ts';

export interface ContentRead {
  /** The content root that was read. */
  root: string;
  /** Every valid entry, as entryChoices() lists them. */
  choices: EntryChoice[];
  /** The corpus words, where the read counted them (over worker threads). */
  corpusCounts?: CorpusCounts;
}

const key = Symbol.for('lom-kennisbank.content-read');
const store = globalThis as Record<symbol, ContentRead | undefined>;

/** Keeps the build's read of a content root. */
export function keepContentRead(read: ContentRead): void {
  store[key] = read;
}

/** The build's read of this content root, if the loader kept one. */
export function contentRead(root: string): ContentRead | undefined {
  const read = store[key];
  return read?.root === root ? read : undefined;
}
