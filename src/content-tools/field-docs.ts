/**
 * The list of front matter fields for contributors (in CONTRIBUTING.md), made
 * from the JSON Schemas and so from the Zod schemas: it cannot drift from what
 * the check accepts. `npm run schemas` writes it; a test fails when it is stale.
 */
import { collectionNames, collections } from '../collections.ts';
import { frontmatterJsonSchema, type JsonSchema } from './json-schema.ts';

const fieldDocsStart = '<!-- velden:begin (gemaakt door npm run schemas; niet met de hand bewerken) -->';
const fieldDocsEnd = '<!-- velden:eind -->';

// GitHub would read <naam> as an HTML tag and drop it.
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, ' ');

/** Whether a pattern is that of ids: lower case, digits and hyphens. */
const isIdPattern = (pattern: string) => {
  const regex = new RegExp(pattern);
  return regex.test('een-naam-2') && !regex.test('Een naam');
};

/** What may be written in a field, in words. */
function valuesOf(schema: JsonSchema): string {
  const values = schema.enum ?? schema.items?.enum;
  const labels = schema.enumDescriptions ?? schema.items?.enumDescriptions;
  const list = schema.type === 'array' ? 'lijst: ' : '';
  if (values) return `${list}${values.map((v, i) => `\`${v}\`${labels?.[i] ? ` (${labels[i]})` : ''}`).join(', ')}`;
  const item = schema.type === 'array' ? (schema.items ?? {}) : schema;
  const kind = item.pattern?.includes('\\d{4}-\\d{2}-\\d{2}')
    ? 'datum JJJJ-MM-DD'
    : item.format === 'uri'
      ? 'webadres (https://…)'
      : item.type === 'integer'
        ? item.minimum !== undefined && item.minimum >= 1900
          ? 'jaartal'
          : 'heel getal'
        : item.type === 'object'
          ? 'zie hieronder'
          : item.pattern && isIdPattern(item.pattern)
            ? 'naam van een bestand (kleine letters, cijfers en streepjes)'
          : item.minLength !== undefined || item.maxLength !== undefined
            ? `tekst, ${item.minLength ?? 0} tot ${item.maxLength ?? '…'} tekens`
            : 'tekst';
  return `${list}${kind}`;
}

function rows(schema: JsonSchema, prefix: string, parentRequired: boolean): string[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const path = `${prefix}${name}`;
    const isRequired = parentRequired && required.has(name);
    const row = `| \`${path}\` | ${isRequired ? 'ja' : 'nee'} | ${cell(property.description ?? '')} | ${cell(valuesOf(property))} |`;
    const nested = property.type === 'array' && property.items?.properties ? { schema: property.items, prefix: `${path}[].` } : property.properties ? { schema: property, prefix: `${path}.` } : undefined;
    return [row, ...(nested ? rows(nested.schema, nested.prefix, isRequired) : [])];
  });
}

/** The field list, between its markers, as it belongs in CONTRIBUTING.md. */
export function fieldDocs(): string {
  const sections = collectionNames.map((collection) => {
    const definition = collections[collection];
    const where = definition.layout === 'org' ? `content/${collection}/<organisatie>/<naam>.mdx` : `content/${collection}/<naam>.mdx`;
    return [
      `### ${definition.plural[0]!.toUpperCase()}${definition.plural.slice(1)} (\`${where}\`)`,
      '',
      '| Veld | Verplicht | Wat u invult | Waarden |',
      '| --- | --- | --- | --- |',
      ...rows(frontmatterJsonSchema(collection), '', true),
    ].join('\n');
  });
  return [fieldDocsStart, '', ...sections.flatMap((s) => [s, '']), fieldDocsEnd].join('\n');
}

/** The text with its field list replaced by the current one; throws when the markers are missing. */
export function withFieldDocs(text: string): string {
  const start = text.indexOf(fieldDocsStart);
  const end = text.indexOf(fieldDocsEnd);
  if (start === -1 || end < start) throw new Error(`The field list markers (${fieldDocsStart} … ${fieldDocsEnd}) are missing.`);
  return `${text.slice(0, start)}${fieldDocs()}${text.slice(end + fieldDocsEnd.length)}`;
}
