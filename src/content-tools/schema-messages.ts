/**
 * A schema problem as a contributor reads it: where it is in words, the value
 * that was written, what is wrong, and the nearest valid value where there is
 * one ("themes: "opvoeding" is geen thema. Bedoelde u …?").
 */
import { z } from 'astro/zod';
import { collectionNames, collections } from '../collections.ts';
import { describeField, didYouMean, vocabularyOf } from './suggest.ts';

/**
 * Zod's own messages in Dutch, for one parse: `schema.safeParse(data, inDutch)`.
 * Given per call, not with `z.config`, so that Astro's and every other
 * schema's messages in the same process stay as they are.
 */
export const inDutch: z.core.ParseContext<z.core.$ZodIssue> = { error: z.locales.nl().localeError };

/** A value short and plain enough to echo in a message. */
const echo = (value: unknown): string | undefined => {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return undefined;
  const plain = value.replace(/\s+/g, ' ').trim();
  return plain.length > 60 ? `"${plain.slice(0, 57)}…"` : `"${plain}"`;
};

export function schemaMessage(issue: z.core.$ZodIssue, fieldPath: readonly (string | number)[], value: unknown, missing: boolean): string {
  const where = describeField(fieldPath) || 'front matter';
  if (missing) return `${where}: dit verplichte veld ontbreekt.`;
  const shown = echo(value);

  if (issue.code === 'invalid_value' && typeof value === 'string') {
    const vocabulary = vocabularyOf(issue.values);
    if (vocabulary) {
      const field = fieldPath.filter((key) => typeof key === 'string').join('.');
      const suggestion = didYouMean(value, vocabulary.candidates);
      const choices = vocabulary.candidates.length <= 20 && !suggestion ? ` Kies een van: ${vocabulary.candidates.map((c) => c.id).join(', ')}.` : '';
      return `${field}: ${shown} is geen ${vocabulary.noun}.${suggestion}${choices}`;
    }
  }

  // A reference `<collectie>/<id>` with a collection that does not exist.
  if (issue.code === 'custom' && typeof value === 'string' && value.includes('/')) {
    const [collection = '', ...rest] = value.split('/');
    if (!(collectionNames as readonly string[]).includes(collection)) {
      const suggestion = didYouMean(collection, collectionNames.map((name) => ({ id: name, label: collections[name].plural })), (id) => `"${id}/${rest.join('/')}"`);
      return `${where}: ${shown} verwijst naar een collectie "${collection}" die niet bestaat.${suggestion || ` Collecties: ${collectionNames.join(', ')}.`}`;
    }
  }

  return `${where}: ${issue.message}${shown !== undefined && !issue.message.includes(String(value)) ? ` (nu: ${shown})` : ''}`;
}
