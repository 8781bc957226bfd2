/**
 * The web editor's configuration (Sveltia CMS, served at /bewerken/), made
 * from the collection schemas at build time, so that the form cannot drift
 * from what `npm run check` accepts: one collection per content collection in
 * its folder layout, every field with its Dutch label (labels.ts) and its
 * schema description as help text, vocabularies as select lists with their
 * Dutch labels, references to entries as relation fields (from the field-role
 * table) or, where a relation field cannot hold them, as a reference field of
 * this site's own (browser/reference-field.js) that offers the entries and
 * checks the choice, required fields required, and the body template of
 * `npm run new`. The entries a reference field offers are written once per
 * kind of reference into a file of their own (`editorChoiceLists`, in
 * /bewerken/keuzes.json), which the field names: in every field of the
 * configuration they would make it megabytes at 10,000 entries.
 *
 * What the editor writes must pass the check as it is: empty optional fields
 * are left out, dates are written as JJJJ-MM-DD, and the body offers no
 * components (the allowlist's components are written by hand; see
 * CONTRIBUTING.md).
 */
import { collectionNames, collections, type CollectionName } from '../collections.ts';
import { bodyTemplate } from '../content-tools/template.ts';
import { frontmatterJsonSchema, type JsonSchema } from '../content-tools/json-schema.ts';
import { slugPattern } from '../schemas/fields.ts';
import { fieldRoles, type FieldRole } from '../schemas/roles.ts';
import type { EntryChoice } from './choices.ts';
import { fieldLabels, wordLabels } from './labels.ts';

/** A field of the editor's form, as Sveltia CMS reads it. */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  [option: string]: unknown;
}

export interface EditorCollection {
  name: CollectionName;
  label: string;
  label_singular: string;
  folder: string;
  path?: string;
  extension: 'mdx';
  format: 'frontmatter';
  fields: EditorField[];
  [option: string]: unknown;
}

export interface EditorOptions {
  /** The GitHub repository that holds the content, as `owner/name`. */
  repo: string;
  /** The branch entries are proposed against. */
  branch?: string;
  /** The public address of the site. */
  siteUrl: string;
  /** Address of the site's stylesheet in the built site, for the preview. */
  stylesheet?: string;
}

const datePattern = '^\\d{4}-\\d{2}-\\d{2}$';
const isDate = (schema: JsonSchema) => schema.pattern === datePattern;
const capitalised = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;

/** A choice between a word such as `onbekend` and a record (the costs of an intervention): the word and the record's schema. */
function wordOrRecord(schema: JsonSchema): { word: string; record: JsonSchema } | undefined {
  const record = schema.anyOf?.find((option) => option.type === 'object' && option.properties);
  const word = schema.anyOf?.find((option) => typeof option.const === 'string')?.const;
  return record && typeof word === 'string' ? { word, record } : undefined;
}

/** The name under which browser/word-or-record-field.js registers its field type. */
export const wordOrRecordWidget = 'woord-of-record';

/** The Dutch label of a field; a field without one is a mistake the unit test reports. */
function labelOf(name: string): string {
  const label = fieldLabels[name];
  if (!label) throw new Error(`The editor has no Dutch label for the field ${name}: add it to src/editor/labels.ts.`);
  return label;
}

/** Select options from a vocabulary's values and their Dutch labels. */
function options(schema: JsonSchema) {
  const values = schema.enum ?? [];
  return values.map((value, i) => ({ value, label: schema.enumDescriptions?.[i] ?? value }));
}

/** A length rule as the editor shows it, in the words of the check. */
function lengthRules(schema: JsonSchema): Record<string, unknown> {
  const rules: Record<string, unknown> = {};
  if (schema.minLength !== undefined) rules.minlength = schema.minLength;
  if (schema.maxLength !== undefined) rules.maxlength = schema.maxLength;
  return rules;
}

interface FieldContext {
  collection: CollectionName;
  /** Names from the top of the front matter, lists passed through. */
  path: string[];
  roles: Map<string, FieldRole>;
}

/** The name under which browser/reference-field.js registers its field type. */
export const referenceWidget = 'verwijzing';

type Reference = NonNullable<FieldRole['ref']>;

/** Whether a reference needs the site's own reference field: the CMS's relation field points into one collection, by id, and takes nothing else. */
const needsReferenceField = (ref: Reference) => ref.to.length > 1 || ref.written === 'path' || Boolean(ref.orText);

/** The file beside config.json with the reference fields' choices; browser/start.js loads it by this name. */
export const choiceListsFile = 'keuzes.json';

/** The name of a reference's list of choices in keuzes.json: references to the same collections, written alike, offer the same list. */
export const choiceListName = (ref: Reference) => `${ref.written}:${ref.to.join('+')}`;

/** A choice among the entries of a reference's collections: the value as the check reads it, and a label a person knows the entry by. */
function choicesFor(ref: Reference, entries: readonly EntryChoice[]) {
  const several = ref.to.length > 1;
  return entries
    .filter((entry) => (ref.to as readonly string[]).includes(entry.collection))
    .map((entry) => {
      const kind = several ? `${capitalised(collections[entry.collection].singular)}: ` : '';
      // The entries of the other language are the English translations: a reference in an English entry points to one of those.
      const language = entry.lang === 'en' ? ' (Engels)' : '';
      const concept = entry.status === 'concept' ? ' (concept)' : '';
      return { value: ref.written === 'path' ? `${entry.collection}/${entry.id}` : entry.id, label: `${kind}${entry.title}${language}${concept}` };
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
}

function widgetFor(name: string, schema: JsonSchema, required: boolean, ctx: FieldContext): EditorField {
  const base: EditorField = { name, label: labelOf(name), widget: 'string', required };
  if (schema.description) base.hint = schema.description;
  const role = ctx.roles.get(ctx.path.join('.'));
  const list = schema.type === 'array';
  const item = list ? (schema.items ?? {}) : schema;
  const minItems = list && typeof schema.minItems === 'number' && schema.minItems > 0 ? { min: schema.minItems } : {};

  // A reference the CMS's relation field cannot hold: to entries of several collections, or an entry or a name.
  if (role?.ref && needsReferenceField(role.ref)) {
    // What counts as written as a reference, as the check reads it (targetOf in roles.ts): an id, or a path with a slash.
    const reference = { widget: referenceWidget, choice_list: choiceListName(role.ref), written: role.ref.written, reference_pattern: role.ref.written === 'id' ? slugPattern.source : '/', free_text: Boolean(role.ref.orText) };
    return list ? { ...base, widget: 'list', ...minItems, field: { name, label: base.label, ...reference } } : { ...base, ...reference };
  }
  // An entry of a collection, written as its id: chosen from the entries that exist (a theme too, whose id is also a vocabulary value).
  if (role?.ref?.written === 'id') {
    return {
      ...base,
      widget: 'relation',
      collection: role.ref.to[0],
      value_field: '{{slug}}',
      search_fields: ['title'],
      display_fields: ['title'],
      ...(list ? { multiple: true, ...minItems } : {}),
    };
  }
  if (item.enum) {
    return { ...base, widget: 'select', options: options(item), ...(list ? { multiple: true, ...minItems } : {}), ...(schema.default !== undefined && !(Array.isArray(schema.default) && schema.default.length === 0) ? { default: schema.default } : {}) };
  }
  const choice = wordOrRecord(schema);
  if (choice) {
    // The CMS's object field can only write the record: this site's own field offers the word beside it.
    const wordLabel = wordLabels[choice.word];
    if (!wordLabel) throw new Error(`The editor has no Dutch label for the word ${choice.word}: add it to wordLabels in src/editor/labels.ts.`);
    return { ...base, widget: wordOrRecordWidget, word: choice.word, word_label: wordLabel, parts: fieldsOf(choice.record, ctx) };
  }
  if (schema.type === 'object' && schema.properties) {
    const fields = fieldsOf(schema, ctx);
    // A required record whose fields are all optional (such as reach) is left out when it is empty, so one of them is asked for.
    if (required && !fields.some((field) => field.required)) fields[0] = { ...fields[0]!, required: true };
    return { ...base, widget: 'object', collapsed: !required, fields };
  }
  if (list && item.type === 'object' && item.properties) {
    return { ...base, widget: 'list', ...minItems, fields: fieldsOf(item, ctx) };
  }
  if (list) {
    // A list of short texts: one per line in the form, a YAML list in the file.
    return { ...base, widget: 'list', ...minItems };
  }
  if (isDate(schema)) {
    return { ...base, widget: 'datetime', time_format: false, date_format: 'YYYY-MM-DD', format: 'YYYY-MM-DD' };
  }
  if (schema.type === 'integer' || schema.type === 'number') {
    return { ...base, widget: 'number', value_type: schema.type === 'integer' ? 'int' : 'float', ...(schema.minimum !== undefined ? { min: schema.minimum } : {}), ...(schema.maximum !== undefined ? { max: schema.maximum } : {}) };
  }
  if (schema.type === 'boolean') return { ...base, widget: 'boolean', default: false };
  if (schema.anyOf) {
    // Alternatives of text (a day or a month): the check says which forms it accepts.
    return { ...base, widget: 'string', pattern: [`^(${schema.anyOf.map((option) => (option.pattern ?? '.*').replace(/^\^|\$$/g, '')).join('|')})$`, 'Schrijf een datum als JJJJ-MM-DD of een maand als JJJJ-MM.'] };
  }
  if (schema.format === 'uri') return { ...base, widget: 'string', type: 'url' };
  if (schema.pattern) {
    const example = name === 'licence' ? 'zoals CC-BY-4.0' : 'kleine letters, cijfers en streepjes';
    return { ...base, widget: 'string', pattern: [schema.pattern, `Deze waarde heeft een vaste vorm: ${example}.`], ...(schema.default !== undefined ? { default: schema.default } : {}) };
  }
  return { ...base, widget: (schema.maxLength ?? 0) > 200 ? 'text' : 'string', ...lengthRules(schema) };
}

function fieldsOf(schema: JsonSchema, ctx: FieldContext): EditorField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const path = [...ctx.path, name];
    // A field with a default need not be filled in: the schema's default is what it means.
    const isRequired = required.has(name) && property.default === undefined;
    return widgetFor(name, property, isRequired, { ...ctx, path });
  });
}

/** Values the editor starts a new entry with, as `npm run new` does: a concept, updated today. */
function withNewEntryDefaults(fields: EditorField[]): EditorField[] {
  return fields.map((field) => {
    if (field.name === 'status') return { ...field, default: 'concept' };
    if (field.name === 'updated') return { ...field, default: '{{now}}' };
    return field;
  });
}

/** Shown with every collection: the editor's preview is not the site's page. */
export const previewNote =
  'Het voorbeeld naast het formulier gebruikt de opmaak van de site, maar is een benadering. Hoe de pagina er echt uitziet, met het feitenkader en de secties, ziet u op de site zodra de wijziging is goedgekeurd.';

/** The editor's collection of one content collection. */
export function editorCollection(collection: CollectionName): EditorCollection {
  const definition = collections[collection];
  const schema = frontmatterJsonSchema(collection);
  const roles = new Map(fieldRoles(collection).map((role) => [role.path.join('.'), role]));
  const fields = withNewEntryDefaults(fieldsOf(schema, { collection, path: [], roles }));
  return {
    name: collection,
    label: capitalised(definition.plural),
    label_singular: capitalised(definition.singular),
    folder: `content/${collection}`,
    // Interventions, lessons and networks live in the folder of the organisation that holds the knowledge: the first one chosen.
    ...(definition.layout === 'org' ? { path: '{{fields.organisations.0}}/{{slug}}' } : {}),
    extension: 'mdx',
    format: 'frontmatter',
    frontmatter_delimiter: '---',
    // The check reads the file name as the entry's id (lower case, digits and hyphens); a timeline event's starts with its date.
    slug: collection === 'tijdlijn' ? '{{fields.date}}-{{title}}' : '{{title}}',
    description: previewNote,
    identifier_field: 'title',
    summary: '{{title}}',
    sortable_fields: ['title', 'updated'],
    create: true,
    delete: false,
    fields: [
      ...fields,
      {
        name: 'body',
        label: 'Tekst',
        widget: 'markdown',
        required: true,
        hint: 'Schrijf onder elke kop wat daar hoort en haal INVULLEN weg. Componenten (zoals een kader) kunnen hier niet: zie de uitleg voor bijdragers.',
        default: bodyTemplate(collection),
        // Only Markdown the check accepts: no images (the site has no uploads) and no code blocks.
        buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'],
        editor_components: [],
      },
    ],
  };
}

/** The whole configuration, as /bewerken/config.json holds it. */
export function editorConfig({ repo, branch = 'main', siteUrl }: EditorOptions) {
  return {
    backend: {
      name: 'github',
      repo,
      branch,
      // Contributors without write access propose their change from a fork of their own.
      open_authoring: true,
      auth_scope: 'public_repo',
      // No server of ours: a contributor signs in with a GitHub access token.
      auth_methods: ['token'],
      cms_label_prefix: 'bewerker/',
      commit_messages: {
        create: 'Nieuw ({{collection}}): {{slug}}',
        update: 'Bijgewerkt ({{collection}}): {{slug}}',
        delete: 'Verwijderd ({{collection}}): {{slug}}',
        uploadMedia: 'Bestand toegevoegd: {{path}}',
        deleteMedia: 'Bestand verwijderd: {{path}}',
        openAuthoring: '{{message}} (voorstel van {{author-login}})',
      },
    },
    // Every change is a pull request on a branch of its own, reviewed before it is published.
    publish_mode: 'editorial_workflow',
    app_title: 'LOM-kennisbank: bewerken',
    site_url: siteUrl,
    // Entries have no uploads; the folder exists for the editor's own checks.
    media_folder: 'public/afbeeldingen',
    public_folder: '/afbeeldingen',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    output: { omit_empty_optional_fields: true, yaml: { quote: 'none', indent_sequences: true } },
    collections: collectionNames.map((name) => editorCollection(name)),
  };
}

/**
 * The choices of every reference field, by the list name its fields give
 * (`choice_list`), as /bewerken/keuzes.json holds them: the entries under the
 * content root (choices.ts) that each kind of reference may point to.
 */
export function editorChoiceLists(entries: readonly EntryChoice[]): Record<string, { value: string; label: string }[]> {
  const lists: Record<string, { value: string; label: string }[]> = {};
  for (const collection of collectionNames) {
    for (const { ref } of fieldRoles(collection)) {
      if (ref && needsReferenceField(ref)) lists[choiceListName(ref)] ??= choicesFor(ref, entries);
    }
  }
  return lists;
}

export type EditorConfig = ReturnType<typeof editorConfig>;
