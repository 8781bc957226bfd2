/**
 * "Bedoelde u …?": the closest spelling of a query in the words of the
 * index. The word list (`words.<lang>.json`, written with the index by
 * src/integrations/search-text.ts) holds every word that occurs at least
 * twice in the pages of one language, most frequent first; the search page
 * loads it only when a query finds little.
 */
import { minCompoundLength, normalWord, wordsOf } from '../../shared/search-language.ts';

export interface Words {
  /** Count per word. */
  counts: Map<string, number>;
  /** The words, for splitting compounds in a query. */
  lexicon: Set<string>;
}

export function wordsFrom(list: [string, number][]): Words {
  const counts = new Map(list);
  return { counts, lexicon: new Set(counts.keys()) };
}

/**
 * Edit distance with transpositions (Damerau–Levenshtein, optimal string
 * alignment), giving up once it exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous2 = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** One edit in a word of up to six letters, two in a longer one: more would suggest other words. */
const allowedEdits = (word: string) => (word.length <= 6 ? 1 : 2);

/** The most likely word the reader meant, or undefined when the word is known or nothing is close. */
export function closestWord(word: string, words: Words): string | undefined {
  const normal = normalWord(word);
  if (normal.length < 4 || /\d/.test(normal) || words.counts.has(normal)) return undefined;
  const limit = allowedEdits(normal);
  let best: { word: string; distance: number; count: number } | undefined;
  for (const [candidate, count] of words.counts) {
    const distance = editDistance(normal, candidate, best ? Math.min(limit, best.distance) : limit);
    if (distance > limit) continue;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { word: candidate, distance, count };
  }
  return best?.word;
}

/**
 * The query with each unknown word replaced by its closest known word, or
 * undefined when no word changes. A word that splits into known words (a
 * compound) is known.
 */
export function suggestion(query: string, words: Words, isCompound: (word: string) => boolean): string | undefined {
  let changed = false;
  const corrected = wordsOf(query).map((word) => {
    if (word.length >= minCompoundLength && isCompound(normalWord(word))) return word.toLowerCase();
    const closest = closestWord(word, words);
    if (closest === undefined) return word.toLowerCase();
    changed = true;
    return closest;
  });
  return changed ? corrected.join(' ') : undefined;
}
