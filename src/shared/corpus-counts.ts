/**
 * The words of a corpus as the search index counts them
 * (src/integrations/search-text.ts decides from the counts what the index
 * learns), in a module of its own so that the content check's worker
 * threads, which count while they read each file, need none of the index's
 * code.
 */
import { countAbbreviations, normalWord, wordsOf } from './search-language.ts';

/** Parts shorter than this are not counted. */
const minLength = 3;

/**
 * The normal words a word as written counts as, by the word: most words come
 * back on every page, and normalising them again each time took a tenth of
 * the time of preparing a page for the index. Holds as many words as the
 * counts do.
 */
const countedParts = new Map<string, readonly string[]>();

function partsToCount(word: string): readonly string[] {
  let parts = countedParts.get(word);
  if (!parts) {
    parts = word.split('-').map(normalWord).filter((normal) => normal.length >= minLength && !/^\d+$/.test(normal));
    countedParts.set(word, parts);
  }
  return parts;
}

/** Counts the normal words of a text into `counts`. */
export function countWords(text: string, counts: Map<string, number>): void {
  for (const word of wordsOf(text)) {
    for (const normal of partsToCount(word)) counts.set(normal, (counts.get(normal) ?? 0) + 1);
  }
}

/**
 * What `corpusWords` (src/integrations/search-text.ts) counts before it decides: every word and every name an
 * abbreviation is written with, with how often. Counts of parts of a corpus
 * add up to those of the whole, so the build counts in the content check's
 * worker threads, which read every file anyway (src/content-tools/parallel.ts).
 */
export interface CorpusCounts {
  words: Map<string, number>;
  abbreviations: Map<string, Map<string, number>>;
}

export const noCorpusCounts = (): CorpusCounts => ({ words: new Map(), abbreviations: new Map() });

/** Counts one content file's text. */
export function countCorpusText(text: string, counts: CorpusCounts): void {
  countWords(text, counts.words);
  countAbbreviations(text, counts.abbreviations);
}

/** Adds the counts of one part of a corpus to those of another. */
export function addCorpusCounts(into: CorpusCounts, from: CorpusCounts): void {
  for (const [word, count] of from.words) into.words.set(word, (into.words.get(word) ?? 0) + count);
  for (const [abbreviation, names] of from.abbreviations) {
    const known = into.abbreviations.get(abbreviation) ?? new Map<string, number>();
    into.abbreviations.set(abbreviation, known);
    for (const [name, count] of names) known.set(name, (known.get(name) ?? 0) + count);
  }
}
