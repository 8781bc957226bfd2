/**
 * The template for new entries (`npm run new`), made from the collection's
 * JSON Schema, so that every field the schema has is in it, explained by its
 * Dutch description. Required fields get a value that passes the check as a
 * concept; every value a contributor still has to choose or write carries the
 * placeholder marker, which the check reports: a warning in a concept, an
 * error once the entry is published. Optional fields are commented out.
 */
import { stringify } from 'yaml';
import { collections, type CollectionName } from '../collections.ts';
import { interventionSections } from '../shared/vocabularies.ts';
import { frontmatterJsonSchema, type JsonSchema } from './json-schema.ts';
import { placeholderMarker } from './placeholder.ts';

export interface TemplateInput {
  collection: CollectionName;
  title: string;
  /** The organisation that holds the knowledge (the folder), where there is one. */
  organisation?: string;
  /** Today, YYYY-MM-DD. */
  today: string;
  /** The event's date, for the timeline; the file name starts with it. */
  date?: string;
  /** Where the file will be, for the instructions at its top. */
  displayPath: string;
}

/** Values that claim the least where a choice is required; any other choice is the contributor's. */
const neutral: Record<string, string> = { activity: 'onbekend', after_2015: 'onbekend', certainty: 'onbekend', level: 'praktijk' };

/** The body's sections, with what to write in each. Interventions follow the werkblad. */
const interventionGuidance: Record<string, string> = {
  Doel: 'Wat wil de aanpak bereiken? Schrijf het in een of twee zinnen.',
  Doelgroep: 'Voor wie is de aanpak? Noem de gemeenschap, de leeftijd en de situatie.',
  Aanpak: 'Hoe werkt het? Beschrijf de werkwijze en wat de aanpak bijzonder maakt.',
  Uitvoering: 'Welke stappen, in welke volgorde? Schrijf per stap wie wat doet, hoe vaak en hoe lang, als genummerde lijst.',
  Onderbouwing: 'Waarom werkt het? Noem de kennis of het onderzoek waarop de aanpak steunt, met een bron.',
  Resultaten: 'Wat heeft de aanpak opgeleverd? Noem cijfers of ervaringen, met een bron.',
  Randvoorwaarden: 'Wat is nodig om de aanpak te gebruiken: mensen, geld, tijd, een plek?',
};
const bodySections: Record<CollectionName, [heading: string, guidance: string][]> = {
  interventies: interventionSections.map((section) => [section, interventionGuidance[section] ?? 'Schrijf hier de tekst van deze sectie.']),
  lessen: [
    ['De les', 'Wat is de les? Schrijf hem in een paar zinnen, zo dat een instelling er iets mee kan.'],
    ['Waar de les vandaan komt', 'Wanneer en waar is dit geleerd, en door wie (een organisatie, geen personen)? Noem de bron.'],
    ['Let op', 'Wanneer werkt het niet, of waar moet u op letten?'],
  ],
  netwerken: [
    ['Wat het netwerk is', 'Wat voor netwerk is het, wie zitten erin en wat doet het?'],
    ['Zo bereikt u het netwerk', 'Via welke organisatie of functie komt een instelling nu in contact met het netwerk? Noem geen personen.'],
  ],
  organisaties: [
    ['Geschiedenis en rol in het LOM', 'Wanneer en waarom is de organisatie opgericht, en wat deed zij in het overleg?'],
    ['Gemeenschap', 'Voor welke gemeenschap of gemeenschappen sprak of werkte de organisatie?'],
    ["Thema's en werk", 'Aan welke onderwerpen werkte de organisatie, en hoe?'],
    ['Na 2015', 'Wat werd er van de organisatie nadat de subsidie stopte?'],
  ],
  themas: [
    ['Waar het om gaat', 'Waar gaat dit thema over, en waarom is het belangrijk?'],
    ['Wat de organisaties deden', 'Wat deden de organisaties op dit thema? Verwijs naar interventies en lessen.'],
  ],
  handreikingen: [
    ['Voor wie', 'Voor welke instellingen is deze handreiking, en in welke situatie?'],
    ['Stappen', 'Schrijf de stappen die een instelling kan zetten, elk onder een eigen kop: ### Stap 1, ### Stap 2.'],
  ],
  tijdlijn: [
    ['Wat er gebeurde', 'Wat gebeurde er op deze dag?'],
    ['Waarom het ertoe doet', 'Wat betekende het voor de organisaties en de gemeenschappen?'],
  ],
  bronnen: [
    ['Over dit stuk', 'Wat voor stuk is het, wie schreef het en waarom?'],
    ['Wat het stuk vertelt', 'Vat in eigen woorden samen wat er voor deze kennisbank toe doet.'],
  ],
};

const lineWidth = 100;

/** Wraps a comment over lines of at most `lineWidth` characters. */
function comment(indent: string, text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && indent.length + 2 + line.length + 1 + word.length > lineWidth) {
      lines.push(`${indent}# ${line}`);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(`${indent}# ${line}`);
  return lines;
}

const scalar = (value: unknown) => stringify(value, { lineWidth: 0 }).trimEnd();
const flowList = (values: unknown[]) => `[${values.map(scalar).join(', ')}]`;

/** A placeholder text that passes the field's length and plain-text rules. */
function placeholderText(schema: JsonSchema, hint: string): string {
  let text = `${placeholderMarker}: ${hint}`.replace(/[<>*_`#]/g, '');
  while (text.length < (schema.minLength ?? 0)) text += ' Vul hier uw eigen tekst in.';
  return text.slice(0, schema.maxLength ?? text.length);
}

const enumOf = (schema: JsonSchema): string[] | undefined => schema.enum ?? schema.items?.enum;

function choices(schema: JsonSchema): string | undefined {
  const values = enumOf(schema);
  if (!values) return undefined;
  const labels = schema.enumDescriptions ?? schema.items?.enumDescriptions;
  return `Kies uit: ${values.map((v, i) => (labels?.[i] ? `${v} (${labels[i]})` : v)).join(', ')}.`;
}

interface Context {
  input: TemplateInput;
  /** Dotted path of the field, as in `sources.reference`. */
  path: string;
}

/** An example for an optional field, shown commented out: no placeholder, as nothing has to be filled in. */
function exampleFor(schema: JsonSchema, ctx: Context): string | undefined {
  if (schema.default !== undefined && !(Array.isArray(schema.default) && schema.default.length === 0)) return scalar(schema.default);
  const values = enumOf(schema);
  if (values) return schema.type === 'array' ? flowList([values[0]]) : values[0];
  // A choice between a word (such as `onbekend`) and a record: the word is the smallest claim.
  const word = schema.anyOf?.find((option) => typeof option.const === 'string')?.const;
  if (typeof word === 'string') return word;
  if (schema.type === 'array') return '[…]';
  if (schema.type === 'integer' || schema.type === 'number') return schema.minimum !== undefined && schema.minimum >= 1900 ? '2010' : '1';
  if (schema.pattern?.includes('\\d{4}-\\d{2}-\\d{2}')) return ctx.path === 'review_by' ? `${Number(ctx.input.today.slice(0, 4)) + 1}${ctx.input.today.slice(4)}` : ctx.input.today;
  if (schema.format === 'uri') return 'https://…';
  if (schema.type === 'string') return '…';
  return undefined;
}

/** The value of a required field: what the template writes, and what the contributor still has to choose. */
function valueFor(name: string, schema: JsonSchema, ctx: Context): { text: string; choose?: string } | undefined {
  const { input } = ctx;
  if (ctx.path === 'title') return { text: scalar(input.title) };
  if (ctx.path === 'status') return { text: 'concept' };
  if (ctx.path === 'organisations' && input.organisation) return { text: flowList([input.organisation]) };
  if (ctx.path === 'updated') return { text: input.today };
  if (ctx.path === 'date' && input.collection === 'tijdlijn') return { text: input.date ?? input.today, choose: input.date ? undefined : 'de datum van de gebeurtenis; pas dan ook het begin van de bestandsnaam aan' };

  const values = enumOf(schema);
  if (schema.type === 'array' && values) {
    return { text: flowList([values[0]]), choose: 'kies de juiste waarden' };
  }
  if (values) {
    const value = neutral[name] ?? values[0]!;
    return { text: value, choose: neutral[name] ? undefined : 'kies de juiste waarde' };
  }
  if (schema.type === 'array') return { text: flowList([placeholderText(schema.items ?? {}, (schema.description ?? name).replace(/\.$/, ''))]) };
  if (schema.type === 'integer' || schema.type === 'number') return { text: String(schema.minimum !== undefined && schema.minimum >= 1900 ? 2010 : 1), choose: 'vul het juiste getal in' };
  if (schema.pattern?.includes('\\d{4}-\\d{2}-\\d{2}')) return { text: input.today, choose: 'vul de juiste datum in' };
  if (schema.format === 'uri') return { text: 'https://www.voorbeeld.nl/', choose: 'vul het juiste webadres in' };
  if (schema.type === 'string') return { text: scalar(placeholderText(schema, (schema.description ?? name).replace(/\.$/, ''))) };
  return undefined;
}

/** The lines of one field: its explanation, then its value, commented out when the field is optional. */
function field(name: string, schema: JsonSchema, required: boolean, indent: string, ctx: Context): string[] {
  const explanation = choices(schema);
  const lines = [...comment(indent, schema.description ?? ''), ...(explanation ? comment(indent, explanation) : [])];
  const off = required ? '' : '# ';

  if (schema.type === 'object' && schema.properties) {
    return [...lines, `${indent}${off}${name}:`, ...objectBody(schema, `${indent}  `, ctx, !required)];
  }
  if (schema.type === 'array' && schema.items?.type === 'object' && schema.items.properties) {
    // One example item; its first field line carries the list dash, the lines around it are comments or further fields.
    const item = objectBody(schema.items, `${indent}    `, ctx, !required);
    const first = item.findIndex((line) => !line.trimStart().startsWith('#') || line.trimStart().startsWith('# title:'));
    if (first !== -1) item[first] = item[first]!.replace(`${indent}    ${off}`, `${indent}  ${off}- `);
    return [...lines, `${indent}${off}${name}:`, ...item];
  }
  if (!required) {
    const example = exampleFor(schema, ctx);
    return example === undefined ? lines : [...lines, `${indent}# ${name}: ${example}`];
  }
  const value = valueFor(name, schema, ctx);
  if (!value) return lines;
  return [...lines, `${indent}${name}: ${value.text}${value.choose ? `  # ${placeholderMarker}: ${value.choose}` : ''}`];
}

/** Fields a template must fill although the schema marks them optional: a source needs a url or a reference. */
const alsoFilled = new Set(['sources.reference']);

function objectBody(schema: JsonSchema, indent: string, ctx: Context, commented: boolean): string[] {
  // A required object whose fields are all optional (such as reach) still needs them written out.
  const required = new Set(schema.required?.length ? schema.required : ctx.path ? Object.keys(schema.properties ?? {}) : []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const path = ctx.path ? `${ctx.path}.${name}` : name;
    const filled = required.has(name) || alsoFilled.has(path) || path === 'status' || (path === 'organisations' && ctx.input.organisation !== undefined);
    return field(name, property, !commented && filled, indent, { ...ctx, path });
  });
}

/** The body of a new entry: its sections, each with what to write in it, marked as still to be written. */
export function bodyTemplate(collection: CollectionName): string {
  return bodySections[collection].flatMap(([heading, guidance]) => [`## ${heading}`, '', `${placeholderMarker}: ${guidance}`, '']).join('\n');
}

/** The text of a new entry: explained front matter, then the body's sections. */
export function entryTemplate(input: TemplateInput): string {
  const schema = frontmatterJsonSchema(input.collection);
  const definition = collections[input.collection];
  const intro = [
    ...comment('', `Nieuwe ${definition.singular}. Alles achter een # is uitleg: de site en de controle slaan het over.`),
    ...comment('', `Vul alles in waar ${placeholderMarker} staat en haal ${placeholderMarker} daarna weg. Een veld met een # ervoor is niet verplicht: haal de # weg om het te gebruiken.`),
    ...comment('', 'Schrijf in eigen woorden, in eenvoudig Nederlands (B1), en zet bij elke bewering een bron. Geen namen, e-mailadressen of telefoonnummers van personen.'),
    // The command on a line of its own, never wrapped, so that it can be copied.
    ...comment('', 'Controleer het bestand met deze opdracht:'),
    `#   npm run check -- ${input.displayPath}`,
    ...comment('', 'Is de tekst klaar? Zet status dan op gepubliceerd.'),
  ];
  const fields = objectBody(schema, '', { input, path: '' }, false);
  return ['---', ...intro, '', ...fields, '---', '', bodyTemplate(input.collection)].join('\n');
}
