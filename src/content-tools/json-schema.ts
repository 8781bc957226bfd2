/**
 * JSON Schemas of each collection's front matter, made from the Zod schemas
 * (the one definition of the fields), for editors, for the template of
 * `npm run new` and for the field list in CONTRIBUTING.md. Dutch labels of
 * vocabulary values are added as `enumDescriptions`, which VS Code shows.
 */
import { z } from 'astro/zod';
import { collections, type CollectionName } from '../collections.ts';
import { schemaPath } from '../shared/addresses.ts';
import { siteUrl } from '../site.config.ts';
import * as vocabularies from '../shared/vocabularies.ts';

export interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: string[];
  enumDescriptions?: string[];
  anyOf?: JsonSchema[];
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
  [key: string]: unknown;
}

/** The vocabulary whose ids are exactly these values, for its Dutch labels. */
function vocabularyFor(values: readonly string[]) {
  for (const candidate of Object.values(vocabularies)) {
    if (typeof candidate === 'object' && candidate !== null && 'ids' in candidate && 'labels' in candidate) {
      const { ids, labels } = candidate as { ids: readonly string[]; labels: Record<string, string> };
      if (ids.length === values.length && ids.every((id, i) => id === values[i])) return labels;
    }
  }
  return undefined;
}

/** Dutch label of a vocabulary value, or undefined when the values are not a vocabulary. */
export function labelOf(values: readonly string[], value: string): string | undefined {
  return vocabularyFor(values)?.[value];
}

function addLabels(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(addLabels);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const schema = node as JsonSchema;
  if (Array.isArray(schema.enum)) {
    const labels = vocabularyFor(schema.enum);
    if (labels) schema.enumDescriptions = schema.enum.map((id) => labels[id] ?? id);
  }
  for (const value of Object.values(schema)) addLabels(value);
}

export function frontmatterJsonSchema(collection: CollectionName): JsonSchema {
  const definition = collections[collection];
  const generated = z.toJSONSchema(definition.schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  addLabels(generated);
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: new URL(schemaPath(collection), siteUrl).href,
    title: `Front matter van een ${definition.singular} (${definition.plural})`,
    description: `De velden tussen de regels --- bovenaan een bestand in content/${collection}/. Controleer een bestand met npm run check.`,
    ...rest,
  };
}
