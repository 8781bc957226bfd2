/**
 * JSON Schemas of each collection's front matter, made from the Zod schemas
 * (the one definition of the fields), for editors, for the template of
 * `npm run new` and for the field list in CONTRIBUTING.md. Dutch labels of
 * vocabulary values are added as `enumDescriptions`, which VS Code shows, from
 * the vocabulary each field names (see src/schemas/fields.ts).
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

const vocabularyByName = new Map<string, { labels: Record<string, string> }>();
for (const candidate of Object.values(vocabularies) as unknown[]) {
  if (typeof candidate === 'object' && candidate !== null && 'name' in candidate && 'labels' in candidate) {
    const { name, labels } = candidate as { name: string; labels: Record<string, string> };
    vocabularyByName.set(name, { labels });
  }
}

/**
 * Turns the fields' roles, which Zod copies from their metadata, into what an
 * editor reads: a vocabulary becomes the Dutch labels of its values
 * (`enumDescriptions`); the other roles are the site's own business and are
 * left out.
 */
function addLabels(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(addLabels);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const schema = node as JsonSchema;
  const vocabulary = typeof schema.vocabulary === 'string' ? vocabularyByName.get(schema.vocabulary) : undefined;
  delete schema.vocabulary;
  delete schema.ref;
  delete schema.facet;
  if (vocabulary && Array.isArray(schema.enum)) schema.enumDescriptions = schema.enum.map((id) => vocabulary.labels[id] ?? id);
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
