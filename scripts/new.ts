/**
 * `npm run new -- <collection> --org <org> --title "…"`: writes a new entry
 * from the template, at the right place, with a file name made from the title
 * that no other entry of the collection has. The entry starts as a concept
 * and passes `npm run check`, apart from the INVULLEN placeholders it reports
 * as warnings until they are filled in.
 *
 * Exit 0 when the file was written, 2 when the command was used wrongly.
 */
import fs from 'node:fs';
import path from 'node:path';
import { collectionNames, collections, type CollectionName } from '../src/collections.ts';
import { today } from '../src/content-tools/entry.ts';
import { inDutch } from '../src/content-tools/schema-messages.ts';
import { maxSlugLength, slugify } from '../src/content-tools/slug.ts';
import { entryTemplate } from '../src/content-tools/template.ts';
import { isSlug } from '../src/schemas/fields.ts';
import { reservedIds } from '../src/schemas/roles.ts';
import { contentRoot } from '../src/site.config.ts';
import { readCommandLine } from './cli.ts';
import { themes } from '../src/shared/vocabularies.ts';

const usage = `Gebruik: npm run new -- <collectie> --title "Titel" [--org <organisatie>] [--date JJJJ-MM-DD] [--slug <naam>]

  collectie   ${collectionNames.join(', ')}
  --title     de titel van de nieuwe bijdrage (5 tot 120 tekens)
  --org       de organisatie die de kennis heeft (verplicht bij interventies, lessen en netwerken)
  --date      de datum van een gebeurtenis in de tijdlijn
  --slug      een eigen bestandsnaam, in plaats van een naam uit de titel

Voorbeeld: npm run new -- interventies --org smn --title "Ouders in gesprek over school"`;

const cli = readCommandLine<{ title?: string; org?: string; date?: string; slug?: string }>(usage, { title: { type: 'string' }, org: { type: 'string' }, date: { type: 'string' }, slug: { type: 'string' } });
const { values, positionals } = cli;
// Annotated, so that TypeScript narrows values after a call that stops.
const stop: (message: string) => never = cli.stop;

const [collectionArg, ...extra] = positionals;
if (!collectionArg) stop('Geef aan wat u wilt maken, bijvoorbeeld: interventies.');
if (extra.length > 0) stop(`Te veel woorden: ${extra.join(' ')}. Zet de titel tussen aanhalingstekens: --title "Uw titel".`);
if (!(collectionNames as string[]).includes(collectionArg)) {
  stop(`Onbekende collectie "${collectionArg}". Kies uit: ${collectionNames.map((name) => `${name} (${collections[name].singular})`).join(', ')}.`);
}
const collection = collectionArg as CollectionName;
const definition = collections[collection];

const title = values.title?.trim();
if (!title) stop('Geef een titel: --title "Uw titel".');
const titleCheck = definition.schema.shape.title.safeParse(title, inDutch);
if (!titleCheck.success) stop(`De titel ${titleCheck.error.issues[0]?.message ?? 'klopt niet'}.`);

const organisationsDir = path.join(contentRoot, 'organisaties');
const organisations = fs.existsSync(organisationsDir)
  ? fs.readdirSync(organisationsDir).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -'.mdx'.length)).sort()
  : [];
// An empty --org (as the editor task passes for collections without one) means none.
const org = values.org?.trim() || undefined;
if (definition.layout === 'org' && !org) stop(`Bij ${definition.plural} hoort een organisatie: --org <naam>. Kies uit: ${organisations.join(', ')}.`);
if (org !== undefined && collection === 'organisaties') stop('Een nieuwe organisatie heeft geen --org: de naam komt uit de titel, of geef --slug.');
if (org !== undefined && !organisations.includes(org)) {
  stop(`Onbekende organisatie "${org}". Kies uit: ${organisations.join(', ')}. Staat uw organisatie er niet bij? Maak dan eerst haar profiel: npm run new -- organisaties --title "Naam van de organisatie".`);
}

let date: string | undefined;
if (collection === 'tijdlijn') {
  date = values.date ?? today();
  const dateCheck = collections.tijdlijn.schema.shape.date.safeParse(date, inDutch);
  if (!dateCheck.success) stop(`--date ${dateCheck.error.issues[0]?.message ?? 'klopt niet'}.`);
} else if (values.date !== undefined) stop('--date hoort alleen bij de tijdlijn.');

let base = values.slug ?? slugify(title);
if (values.slug !== undefined && (!isSlug(values.slug) || values.slug.length > maxSlugLength)) {
  stop(`--slug mag alleen kleine letters, cijfers en streepjes hebben (hoogstens ${maxSlugLength} tekens), bijvoorbeeld ouders-in-gesprek.`);
}
if (!base) stop('Uit deze titel valt geen bestandsnaam te maken: gebruik letters of cijfers, of geef --slug.');
if (date) base = `${date}-${base}`;

if (collection === 'themas' && !(themes.ids as readonly string[]).includes(base)) {
  const missing = themes.ids.filter((id) => !fs.existsSync(path.join(contentRoot, 'themas', `${id}.mdx`)));
  stop(
    `Een thema moet in de lijst van thema's staan. ${missing.length > 0 ? `Nog zonder pagina: ${missing.join(', ')}; geef er een met --slug.` : 'Alle thema\'s hebben al een pagina.'} Een nieuw thema vraagt een wijziging door het kernteam.`,
  );
}

// A slug is unique within its collection, across the folders of all organisations.
const taken = new Set<string>();
const collectionDir = path.join(contentRoot, collection);
if (fs.existsSync(collectionDir)) {
  for (const file of fs.readdirSync(collectionDir, { recursive: true, encoding: 'utf8' })) {
    if (file.endsWith('.mdx')) taken.add(path.basename(file, '.mdx'));
  }
}
const isFree = (slug: string) => !taken.has(slug) && !reservedIds.includes(slug);
if (values.slug !== undefined && !isFree(base)) stop(`De naam "${base}" is al in gebruik in ${definition.plural}: kies een andere --slug.`);
let slug = base;
for (let n = 2; !isFree(slug); n++) slug = `${base}-${n}`;
if (collection === 'themas' && slug !== base) stop(`Het thema "${base}" heeft al een pagina: content/themas/${base}.mdx.`);

const folder = definition.layout === 'org' ? path.join(collectionDir, org!) : collectionDir;
const file = path.join(folder, `${slug}.mdx`);
const displayPath = path.relative(process.cwd(), file).split(path.sep).join('/');
const text = entryTemplate({ collection, title, organisation: org, today: today(), date: values.date, displayPath });
fs.mkdirSync(folder, { recursive: true });
fs.writeFileSync(file, text, { flag: 'wx' });

console.log(`Nieuw bestand: ${displayPath}

Zo gaat u verder:
  1. Open het bestand en vul alles in waar INVULLEN staat; haal INVULLEN daarna weg.
  2. Controleer het bestand: npm run check -- ${displayPath}
  3. Is de tekst klaar? Zet status op gepubliceerd en stel een pull request voor.`);
