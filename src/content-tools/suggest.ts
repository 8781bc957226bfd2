/**
 * "Bedoelde u …?": the nearest valid value to a wrong one, by edit distance
 * over ids and Dutch labels, and the Dutch words for where in the front
 * matter a value stands ("het derde thema"), so that a message echoes what
 * was written and says what to write instead.
 */
import * as vocabularies from '../shared/vocabularies.ts';

export interface Candidate {
  /** What to write. */
  id: string;
  /** What people call it (a vocabulary's Dutch label, an entry's title). */
  label?: string;
}

/** Edit distance with transpositions (optimal string alignment): `ouderbetrokenheid` is one edit from `ouderbetrokkenheid`, `oudreschap` one from `ouderschap`. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => [i, ...Array<number>(cols - 1).fill(0)]);
  for (let j = 0; j < cols; j++) d[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** Compared as a contributor might have meant it: case, accents, spaces and dashes aside. */
const comparable = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .trim();

/**
 * The candidate nearest to a value, or undefined when none is near enough to
 * be what was meant (more than a third of the longer text differs, and
 * neither contains the other).
 */
export function nearest(value: string, candidates: readonly Candidate[]): Candidate | undefined {
  const wanted = comparable(value);
  if (wanted === '') return undefined;
  let best: { candidate: Candidate; score: number } | undefined;
  for (const candidate of candidates) {
    for (const text of [candidate.id, candidate.label]) {
      if (!text) continue;
      const other = comparable(text);
      const contains = wanted.length >= 4 && (other.includes(wanted) || wanted.includes(other));
      const distance = editDistance(wanted, other);
      const near = distance <= Math.max(1, Math.floor(Math.max(wanted.length, other.length) / 3));
      if (!near && !contains) continue;
      const score = contains ? Math.min(distance, 1.5) : distance;
      if (!best || score < best.score) best = { candidate, score };
    }
  }
  return best?.candidate;
}

/** ` Bedoelde u "x"?` (with its label where that says more), or nothing. */
export function didYouMean(value: string, candidates: readonly Candidate[], quote = (id: string) => `"${id}"`): string {
  const match = nearest(value, candidates);
  if (!match) return '';
  const label = match.label && comparable(match.label) !== comparable(match.id) ? ` (${match.label})` : '';
  return ` Bedoelde u ${quote(match.id)}${label}?`;
}

interface NamedVocabulary {
  ids: readonly string[];
  labels: Readonly<Record<string, string>>;
  noun: string;
}

/** Every vocabulary of vocabularies.ts; the module exports other values beside them. */
const vocabularyList = (Object.values(vocabularies) as unknown[]).filter((value): value is NamedVocabulary => typeof value === 'object' && value !== null && 'ids' in value && 'noun' in value);

const vocabularyByIds = new Map(vocabularyList.map((vocabulary) => [[...vocabulary.ids].sort().join('\n'), vocabulary]));

/** The vocabulary whose ids are exactly these (an enum's values in a schema error), with its noun. */
export function vocabularyOf(values: readonly unknown[]): { candidates: Candidate[]; noun: string } | undefined {
  const vocabulary = vocabularyByIds.get(values.map(String).sort().join('\n'));
  if (!vocabulary) return undefined;
  return { candidates: vocabulary.ids.map((id) => ({ id, label: vocabulary.labels[id] })), noun: vocabulary.noun };
}

/** What one item of a list field is called, with its article. */
const itemNouns: Record<string, string> = {
  themes: 'het thema',
  related_themes: 'het thema',
  organisations: 'de organisatie',
  members: 'het lid',
  sources: 'de bron',
  related: 'de verwijzing',
  keywords: 'het zoekwoord',
  communities: 'de gemeenschap',
  target_groups: 'de doelgroep',
  audiences: 'het publiek',
  settings: 'de omgeving',
};

const ordinals = ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende'];
/** `de derde`, `de 12e`: Dutch ordinals, from a 0-based index. */
export const ordinal = (index: number) => ordinals[index] ?? `${index + 1}e`;

/**
 * Where a value stands, in words: `themes`, `het derde thema (themes)`,
 * `url van de tweede bron (sources)`, `evidence.level`.
 */
export function describeField(fieldPath: readonly (string | number)[]): string {
  const parts: string[] = [];
  for (let i = 0; i < fieldPath.length; i++) {
    const key = fieldPath[i]!;
    const next = fieldPath[i + 1];
    if (typeof key === 'string' && typeof next === 'number') {
      const [article, noun] = (itemNouns[key] ?? 'het item').split(' ') as [string, string];
      parts.push(`${article} ${ordinal(next)} ${noun} (${key})`);
      i++;
    } else parts.push(String(key));
  }
  if (parts.length <= 1) return parts[0] ?? '';
  // Object keys read as a dotted path; a list item is the thing a later field belongs to.
  const joined: string[] = [];
  for (const part of parts) {
    if (joined.length > 0 && !part.includes(' ') && !joined.at(-1)!.includes(' ')) joined[joined.length - 1] += `.${part}`;
    else joined.push(part);
  }
  return joined.reverse().join(' van ');
}
