/**
 * A translation tells the same facts as its original: the same themes,
 * communities, evidence level and organisations, and the same fields filled
 * (a cost, a rating elsewhere, materials). Only the words differ. An English
 * page that says "not assessed" beside a Dutch one that gives a rating would
 * contradict it, so the check compares the two.
 *
 * What counts as a fact follows the field-role table (src/schemas/roles.ts):
 * values from a vocabulary and references to entries. Free text is compared
 * only for being there, since it is translated.
 */
import type { CollectionName } from '../collections.ts';
import { fieldRoles, targetOf, valuesAt } from '../schemas/roles.ts';

/** The facts of an entry, small enough to send between threads with its summary. */
export interface Facts {
  /** Vocabulary values and entry references, by field path (`evidence.level`), sorted. */
  values: Record<string, string[]>;
  /** The top-level fields that hold something. */
  filled: string[];
}

/**
 * Fields that may differ: the language and the link between the two, the
 * status (a translation may still be a draft), the date of the last change,
 * and what the two link to (a translation also links to its original).
 */
const ownFields = new Set(['lang', 'translation_of', 'status', 'updated', 'review_by', 'related']);

const isFilled = (value: unknown) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

export function factsOf(collection: CollectionName, data: Record<string, unknown>): Facts {
  const filled = Object.keys(data)
    .filter((key) => !ownFields.has(key) && isFilled(data[key]))
    .sort();
  const values: Record<string, string[]> = {};
  for (const role of fieldRoles(collection)) {
    if (ownFields.has(role.path[0]!) || role.path[0] === 'sources') continue;
    const found = valuesAt(data, role.path)
      .map(({ value }) => value)
      // A field that takes a reference or a name: a name is translated, a reference is not.
      .filter((value) => (role.ref?.orText ? targetOf(role.ref, value) !== undefined : true))
      .map(String);
    values[role.path.join('.')] = [...new Set(found)].sort();
  }
  return { values, filled };
}

export interface FactDifference {
  /** Where in the translation's front matter the difference stands. */
  path: string[];
  message: string;
  severity: 'error' | 'warning';
}

const listed = (values: readonly string[]) => (values.length === 0 ? 'niets' : values.map((v) => `"${v}"`).join(', '));

/**
 * What the translation says differently from its original. A different value
 * is an error: one of the two pages is wrong. A field filled on one side only
 * is a warning: the other language has not caught up yet, which a
 * contributor who writes one language only cannot fix.
 */
export function compareFacts(translation: Facts, original: Facts, originalId: string): FactDifference[] {
  const differences: FactDifference[] = [];
  const both = new Set(translation.filled.filter((key) => original.filled.includes(key)));
  for (const [field, ours] of Object.entries(translation.values)) {
    const theirs = original.values[field] ?? [];
    // A field that only one of the two fills is reported as missing, below.
    if (!both.has(field.split('.')[0]!)) continue;
    if (ours.join('\n') === theirs.join('\n')) continue;
    differences.push({
      path: field.split('.'),
      message: `${field}: deze vertaling zegt ${listed(ours)}, het origineel (${originalId}) zegt ${listed(theirs)}. Een vertaling geeft dezelfde feiten als het origineel: pas de ene of de andere tekst aan.`,
      severity: 'error',
    });
  }
  for (const key of original.filled.filter((k) => !translation.filled.includes(k))) {
    differences.push({
      path: ['translation_of'],
      message: `${key}: het origineel (${originalId}) vult dit veld in, deze vertaling nog niet. Vertaal het, zodat beide talen hetzelfde zeggen.`,
      severity: 'warning',
    });
  }
  for (const key of translation.filled.filter((k) => !original.filled.includes(k))) {
    differences.push({
      path: [key],
      message: `${key}: deze vertaling vult dit veld in, het origineel (${originalId}) niet. Zet het ook in het origineel, zodat beide talen hetzelfde zeggen.`,
      severity: 'warning',
    });
  }
  return differences;
}
