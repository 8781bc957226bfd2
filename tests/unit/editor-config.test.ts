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
import path from 'node:path';
import { entryChoices } from '../../src/editor/choices.ts';
import { editorChoiceLists, editorCollection, editorConfig, referenceWidget, type EditorField } from '../../src/editor/config.ts';
import { fieldRoles, targetOf } from '../../src/schemas/roles.ts';
import { fixturesDir } from '../support/temp-corpus.ts';
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

/** The fields inside a field: a record's or a list's fields, or the parts of the record beside a word. */
const inner = (field: EditorField) => (field.fields ?? field.parts) as EditorField[] | undefined;

function formPaths(fields: EditorField[], prefix = ''): string[] {
  return fields.flatMap((field) => [`${prefix}${field.name}`, ...(inner(field) ? formPaths(inner(field)!, `${prefix}${field.name}.`) : [])]);
}

function fieldAt(fields: EditorField[], path: string): EditorField | undefined {
  const [name, ...rest] = path.split('.');
  const field = fields.find((f) => f.name === name);
  return rest.length === 0 ? field : field && fieldAt(inner(field) ?? [], rest.join('.'));
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
    const references = fieldRoles(collection).filter((role) => role.ref?.written === 'id' && role.ref.to.length === 1 && !role.ref.orText);
    expect(references.length).toBeGreaterThan(0);
    for (const role of references) {
      const field = fieldAt(fields, role.path.join('.'))!;
      expect(field.widget, role.path.join('.')).toBe('relation');
      expect(field.collection).toBe(role.ref!.to[0]);
      expect(field.value_field).toBe('{{slug}}');
    }
  });

  const entries = entryChoices(path.join(fixturesDir, 'corpus-basic'));
  const lists = editorChoiceLists(entries);
  const choicesOf = (field: EditorField) => lists[field.choice_list as string]!;

  it.for(collectionNames)('offers in %s the entries of their collections for references a relation field cannot hold, by the values the check reads', (collection) => {
    const fields = editorCollection(collection).fields;
    const references = fieldRoles(collection).filter((role) => role.ref && (role.ref.to.length > 1 || role.ref.written === 'path' || role.ref.orText));
    for (const role of references) {
      const outer = fieldAt(fields, role.path.join('.'))!;
      const field = (outer.widget === 'list' ? outer.field : outer) as EditorField;
      expect(field.widget, role.path.join('.')).toBe(referenceWidget);
      expect(field.free_text, role.path.join('.')).toBe(Boolean(role.ref!.orText));
      const choices = choicesOf(field);
      const expected = entries.filter((entry) => (role.ref!.to as readonly string[]).includes(entry.collection));
      expect(choices.map((choice) => targetOf(role.ref!, choice.value)).sort((a, b) => `${a?.collection}/${a?.id}`.localeCompare(`${b?.collection}/${b?.id}`)))
        .toEqual(expected.map(({ collection, id }) => ({ collection, id })).sort((a, b) => `${a.collection}/${a.id}`.localeCompare(`${b.collection}/${b.id}`)));
      for (const choice of choices) expect(choice.label).not.toBe(choice.value);
    }
  });

  it('writes each list of choices once, beside the configuration, which names it: the configuration does not grow with the entries', () => {
    const related = collectionNames.flatMap((collection) => {
      const field = fieldAt(editorCollection(collection).fields, 'related');
      return field ? [(field.field as EditorField).choice_list] : [];
    });
    expect(related.length).toBeGreaterThan(1);
    expect(new Set(related).size).toBe(1);
    const json = JSON.stringify(config);
    for (const choice of Object.values(lists).flat()) expect(json).not.toContain(JSON.stringify(choice.value));
  });

  it('names the kind of entry where a reference points into several collections, and marks translations and concepts', () => {
    const related = fieldAt(editorCollection('interventies').fields, 'related')!;
    const choices = choicesOf(related.field as EditorField);
    expect(choices.find((c) => c.value === 'netwerken/ouderplatform')?.label).toMatch(/^Netwerk: /);
    expect(choices.find((c) => c.value.startsWith('lessen/'))?.label).toMatch(/^Les: /);
    const organisations = choicesOf(fieldAt(editorCollection('interventies').fields, 'keeper')!);
    expect(organisations.find((c) => c.value === 'partner-org-en')?.label).toMatch(/\(Engels\)$/);
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
