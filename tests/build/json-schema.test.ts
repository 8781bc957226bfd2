/**
 * The JSON Schemas of the front matter, published with the site for editors
 * and other tools: one per collection, made from the Zod schemas, with a Dutch
 * description for every field and the Dutch labels of vocabulary values.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { collectionNames } from '../../src/collections.ts';
import { frontmatterJsonSchema, type JsonSchema } from '../../src/content-tools/json-schema.ts';
import { evidenceLevels } from '../../src/shared/vocabularies.ts';

const site = inject('basicSite');
const published = (collection: string) => JSON.parse(fs.readFileSync(path.join(site, 'schema', `${collection}.json`), 'utf8')) as JsonSchema;

/** Every property of a schema, nested ones and those of list items included, with its path. */
function properties(schema: JsonSchema, prefix = ''): [string, JsonSchema][] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const at = `${prefix}${name}`;
    const nested = property.type === 'array' ? property.items : property;
    return [[at, property] as [string, JsonSchema], ...(nested?.properties ? properties(nested, `${at}.`) : [])];
  });
}

describe('/schema/<collection>.json', () => {
  it.each(collectionNames)('is published for %s, as made from the schema', (collection) => {
    const schema = published(collection);
    expect(schema).toEqual(frontmatterJsonSchema(collection));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(new RegExp(`/schema/${collection}\\.json$`));
    expect(schema.additionalProperties).toBe(false);
  });

  it.each(collectionNames)('explains every field of %s in Dutch', (collection) => {
    for (const [name, property] of properties(published(collection))) {
      expect(property.description, name).toMatch(/^[A-Za-z].{8,}/);
    }
  });

  it('names what is required, and labels vocabulary values in Dutch', () => {
    const schema = published('interventies');
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'summary', 'organisations', 'evidence', 'activity']));
    expect(schema.required).not.toContain('status');
    const level = schema.properties?.evidence?.properties?.level;
    expect(level?.enum).toEqual([...evidenceLevels.ids]);
    expect(level?.enumDescriptions).toEqual(evidenceLevels.ids.map((id) => evidenceLevels.label(id)));
  });
});
