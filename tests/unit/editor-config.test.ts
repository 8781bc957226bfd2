/**
 * The web editor's configuration is made from the schemas: every field a
 * collection's schema has is in its form, with a Dutch label and the schema's
 * description, required where the check requires it, vocabularies as select
 * lists with their Dutch labels, references as choices among the entries
 * they point to, and the body template of `npm run new`.
 */
import { describe, expect, it } from 'vitest';
import { collectionNames, collections, type CollectionName } from '../../src/collections.ts';
import { frontmatterJsonSchema, type JsonSchema } from '../../src/content-tools/json-schema.ts';
import { bodyTemplate } from '../../src/content-tools/template.ts';
import { editorCollection, editorConfig, type EditorField } from '../../src/editor/config.ts';
import { fieldRoles } from '../../src/schemas/roles.ts';
import { communities, interventionSections } from '../../src/shared/vocabularies.ts';

/** Dotted paths of every field of a JSON Schema, nested records and lists of records included. */
function schemaPaths(schema: JsonSchema, prefix = ''): string[] {
  const record = (s: JsonSchema) => s.properties ? s : s.items?.properties ? s.items : s.anyOf?.find((o) => o.properties);
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const path = `${prefix}${name}`;
    const nested = record(property);
    return [path, ...(nested ? schemaPaths(nested, `${path}.`) : [])];
  });
}

function formPaths(fields: EditorField[], prefix = ''): string[] {
  return fields.flatMap((field) => [`${prefix}${field.name}`, ...(Array.isArray(field.fields) ? formPaths(field.fields as EditorField[], `${prefix}${field.name}.`) : [])]);
}

function fieldAt(fields: EditorField[], path: string): EditorField | undefined {
  const [name, ...rest] = path.split('.');
  const field = fields.find((f) => f.name === name);
  return rest.length === 0 ? field : field && fieldAt((field.fields as EditorField[]) ?? [], rest.join('.'));
}

/** The schema fields the form lacks. */
const missingFields = (collection: CollectionName, fields: EditorField[]) => {
  const inForm = new Set(formPaths(fields));
  return schemaPaths(frontmatterJsonSchema(collection)).filter((path) => !inForm.has(path));
};

const config = editorConfig({ repo: 'lom-kennisbank/lom-kennisbank', siteUrl: 'https://lom-kennisbank.nl' });

describe('the editor configuration', () => {
  it('has one collection per content collection, in its folder and layout, writing .mdx with front matter', () => {
    expect(config.collections.map((c) => c.name)).toEqual(collectionNames);
    for (const collection of config.collections) {
      expect(collection.folder).toBe(`content/${collection.name}`);
      expect(collection.extension).toBe('mdx');
      expect(collection.path).toBe(collections[collection.name].layout === 'org' ? '{{fields.organisations.0}}/{{slug}}' : undefined);
    }
  });

  it.for(collectionNames)('has every field of the %s schema in the form', (collection) => {
    expect(missingFields(collection, editorCollection(collection).fields)).toEqual([]);
  });

  it('notices a schema field that the form lacks', () => {
    const fields = editorCollection('interventies').fields.filter((f) => f.name !== 'target_groups');
    expect(missingFields('interventies', fields)).toEqual(['target_groups']);
  });

  it.for(collectionNames)('labels every field of %s in Dutch and explains it with the schema’s description', (collection) => {
    const schema = frontmatterJsonSchema(collection);
    const fields = editorCollection(collection).fields;
    for (const path of schemaPaths(schema)) {
      const field = fieldAt(fields, path)!;
      expect(field.label, path).not.toBe(field.name);
    }
    for (const [name, property] of Object.entries(schema.properties ?? {})) expect(fieldAt(fields, name)!.hint, name).toBe(property.description);
  });

  it.for(collectionNames)('requires in %s what the check requires, and nothing that has a default', (collection) => {
    const schema = frontmatterJsonSchema(collection);
    const fields = editorCollection(collection).fields;
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const required = (schema.required ?? []).includes(name) && property.default === undefined;
      expect(fieldAt(fields, name)!.required, name).toBe(required);
    }
  });

  it('offers the values of a vocabulary with their Dutch labels', () => {
    const field = fieldAt(editorCollection('interventies').fields, 'communities')!;
    expect(field.widget).toBe('select');
    expect(field.multiple).toBe(true);
    expect(field.min).toBe(1);
    expect(field.options).toEqual(communities.ids.map((id) => ({ value: id, label: communities.labels[id] })));
  });

  it.for(collectionNames)('lets %s choose the entries a reference by id points to', (collection) => {
    const fields = editorCollection(collection).fields;
    // Themes too: a theme is a value of the vocabulary and an entry of themas, and only the entries that exist may be chosen.
    const references = fieldRoles(collection).filter((role) => role.ref?.written === 'id' && !role.ref.orText);
    expect(references.length).toBeGreaterThan(0);
    for (const role of references) {
      const field = fieldAt(fields, role.path.join('.'))!;
      expect(field.widget, role.path.join('.')).toBe('relation');
      expect(field.collection).toBe(role.ref!.to[0]);
      expect(field.value_field).toBe('{{slug}}');
    }
  });

  it('starts the body of an intervention with the werkblad sections, as npm run new does', () => {
    const body = fieldAt(editorCollection('interventies').fields, 'body')!;
    expect(body.default).toBe(bodyTemplate('interventies'));
    for (const section of interventionSections) expect(body.default).toContain(`## ${section}\n`);
    expect(body.editor_components).toEqual([]);
  });

  it('writes dates as JJJJ-MM-DD and leaves empty optional fields out', () => {
    const updated = fieldAt(editorCollection('lessen').fields, 'updated')!;
    expect(updated).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(config.output.omit_empty_optional_fields).toBe(true);
  });

  it('proposes every change as a pull request, from a fork where needed, with Dutch commit messages naming the entry', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({ name: 'github', repo: 'lom-kennisbank/lom-kennisbank', open_authoring: true });
    for (const message of [config.backend.commit_messages.create, config.backend.commit_messages.update]) expect(message).toContain('{{slug}}');
    expect(config.backend.commit_messages.create).toMatch(/^Nieuw/);
  });
});
