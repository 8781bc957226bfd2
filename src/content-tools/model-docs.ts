/**
 * The reference part of docs/content-model.md, made from the schemas and
 * their field roles, so that it cannot drift from what the check accepts:
 * every collection's fields with their type and role, the vocabularies, the
 * ids list pages reserve, and the components an entry may use. `npm run
 * schemas` writes it; a test fails when it is stale.
 */
import { collectionNames, collections, type CollectionName } from '../collections.ts';
import { fieldRoles, reservedIds, type FieldRole } from '../schemas/roles.ts';
import * as vocabularies from '../shared/vocabularies.ts';
import type { Vocabulary } from '../shared/vocabularies.ts';
import { components } from './components.ts';
import { frontmatterJsonSchema, type JsonSchema } from './json-schema.ts';

const modelDocsStart = '<!-- model:begin (made by npm run schemas from src/schemas/; do not edit by hand) -->';
const modelDocsEnd = '<!-- model:end -->';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text: string) => `\`${text}\``;

/** The type of a field in words. */
function typeOf(schema: JsonSchema): string {
  if (schema.type === 'array') return `list of ${typeOf(schema.items ?? {})}`;
  if (schema.enum) return 'vocabulary value';
  if (schema.type === 'object') return 'record';
  if (schema.pattern?.includes('\\d{4}-\\d{2}-\\d{2}')) return 'date (YYYY-MM-DD)';
  if (schema.format === 'uri') return 'web address';
  if (schema.type === 'integer') return 'integer';
  if (schema.type === 'number') return 'number';
  return 'text';
}

/** What a field's role means, in words. */
function roleOf(role: FieldRole | undefined): string {
  if (!role) return '';
  const parts: string[] = [];
  if (role.vocabulary) parts.push(`values of ${code(role.vocabulary.name)}`);
  if (role.ref) {
    const form = role.ref.written === 'id' ? 'the id' : code('<collection>/<id>');
    parts.push(`points to ${role.ref.to.map(code).join(', ')} by ${form}${role.ref.orText ? ' (other text is kept as written)' : ''}${role.ref.notSelf ? ', never to itself' : ''}`);
  }
  if (role.facet) parts.push(`facet ${code(role.facet.key)}: ${role.facet.browse ? 'browse pages and search filter' : 'search filter'}`);
  return parts.join('; ');
}

function rows(collection: CollectionName, schema: JsonSchema, path: string[], parentRequired: boolean): string[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const fieldPath = [...path, name];
    const isRequired = parentRequired && required.has(name);
    const role = fieldRoles(collection).find((r) => r.path.join('.') === fieldPath.join('.'));
    const row = `| ${code(fieldPath.join('.'))} | ${isRequired ? 'yes' : 'no'} | ${typeOf(property)} | ${cell(roleOf(role))} |`;
    const nested = property.type === 'array' && property.items?.properties ? property.items : property.properties ? property : undefined;
    return [row, ...(nested ? rows(collection, nested, fieldPath, isRequired) : [])];
  });
}

const isVocabulary = (candidate: unknown): candidate is Vocabulary =>
  typeof candidate === 'object' && candidate !== null && 'ids' in candidate && 'name' in candidate;

/** The reference part, between its markers, as it belongs in docs/content-model.md. */
export function modelDocs(): string {
  const sections = collectionNames.map((collection) => {
    const definition = collections[collection];
    const where = definition.layout === 'org' ? `content/${collection}/<org>/<id>.mdx` : `content/${collection}/<id>.mdx`;
    return [
      `### ${collection} (${code(where)})`,
      '',
      '| field | required | type | role |',
      '| --- | --- | --- | --- |',
      ...rows(collection, frontmatterJsonSchema(collection), [], true),
    ].join('\n');
  });
  // By name: the order of a module's exports is not the same under every loader.
  const vocabularyList = (Object.values(vocabularies) as unknown[]).filter(isVocabulary).sort((a, b) => (a.name < b.name ? -1 : 1)).map(
    (vocabulary) => `- ${code(vocabulary.name)}: ${vocabulary.ids.map((id) => `${code(id)} (${vocabulary.labels[id]})`).join(', ')}.`,
  );
  const componentList = Object.entries(components).map(([name, component]) => {
    const attributes = Object.entries(component.attributes).map(([attribute, values]) =>
      `${code(attribute)}${component.required.includes(attribute) ? '' : ' (optional)'}: ${values === 'text' ? 'text' : values.map(code).join(', ')}`);
    return `- ${code(`<${name}>`)}: ${attributes.join('; ')}. ${component.description}`;
  });
  return [
    modelDocsStart,
    '',
    '## Fields per collection',
    '',
    'Required means required in the front matter; a field with a default may be left out. A role says where a field\'s values come from or point to, and whether lists are browsed and searches filtered by it.',
    '',
    ...sections.flatMap((section) => [section, '']),
    '## Vocabularies',
    '',
    'Each value has a stable id and a Dutch label (and an English one, in the code).',
    '',
    ...vocabularyList,
    '',
    '## Reserved ids',
    '',
    `An entry's id may not be one of ${reservedIds.map(code).join(', ')}: list pages use these segments under a collection's address.`,
    '',
    '## Components an entry may use',
    '',
    ...componentList,
    '',
    'Attribute values are plain quoted text; no `{…}`.',
    '',
    modelDocsEnd,
  ].join('\n');
}

/** The text with its reference part replaced by the current one; throws when the markers are missing. */
export function withModelDocs(text: string): string {
  const start = text.indexOf(modelDocsStart);
  const end = text.indexOf(modelDocsEnd);
  if (start === -1 || end < start) throw new Error(`The content model markers (${modelDocsStart} … ${modelDocsEnd}) are missing.`);
  return `${text.slice(0, start)}${modelDocs()}${text.slice(end + modelDocsEnd.length)}`;
}
