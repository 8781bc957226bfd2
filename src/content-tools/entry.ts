/**
 * Reads one content file through the whole pipeline that both the validator
 * and the build use: bytes → front matter → schema → body parse → policy →
 * HTML. Every problem is collected with its file, line and column, and a file
 * with one problem is still read as far as it can be, so that a contributor
 * sees all problems at once.
 */
import { isUtf8 } from 'node:buffer';
import { collections, type CollectionName } from '../collections.ts';
import { ui } from '../i18n/index.ts';
import { defaultLang, langs, type Lang } from '../shared/lang.ts';
import { reservedIds } from '../schemas/roles.ts';
import { interventionSectionsByLang } from '../shared/vocabularies.ts';
import { bodyAfterFrontmatter, readFrontmatter, FrontmatterError, type FrontmatterResult } from './frontmatter.ts';
import type { BodyLabels } from './components.ts';
import { BodySyntaxError, parseBody, renderBody } from './markdown.ts';
import { describeFinding, findPersonalData, findPersonalDataInFields } from './personal-data.ts';
import { checkBodyText, inspectTree, limits, nameTooLong } from './limits.ts';
import { inspectBody, type HeadingInfo, type LinkInfo } from './policy.ts';
import type { Position, Problem } from './problem.ts';
import { placeholderMarker, placeholderPattern } from './placeholder.ts';
import { slugify } from './slug.ts';
import { inDutch, schemaMessage } from './schema-messages.ts';
import { describeField } from './suggest.ts';
import { checkFieldText, controlCharacterMessage, controlCharacterOffsets } from './text.ts';

export interface EntryFile {
  collection: CollectionName;
  /** Path relative to the collection's folder, with forward slashes. */
  relPath: string;
  /** Path as shown in messages. */
  displayPath: string;
  bytes: Uint8Array;
}

export interface Entry {
  collection: CollectionName;
  /** The slug: the file name without `.mdx`. */
  id: string;
  /** Folder under the collection (the organisation) for per-organisation collections. */
  folder?: string;
  displayPath: string;
  relPath: string;
  data: Record<string, unknown> & { status: string; title: string };
  /** The body as written; empty when the entry was read without rendering (by the validator). */
  body: string;
  /** The body as HTML; empty when the entry was read without rendering (by the validator). */
  html: string;
  headings: HeadingInfo[];
  /** Links and images in the body, for the cross-file link check. */
  links: LinkInfo[];
  positionOf: (path: readonly PropertyKey[]) => Position;
  problems: Problem[];
  /**
   * Whether its fields passed the schema. An entry that did not is kept only
   * for the cross-file checks of what its fields hold (with `data` as
   * written), never published, and never a target of references.
   */
  valid: boolean;
}

export interface ReadOptions {
  /** Today as YYYY-MM-DD; a parameter so that date rules can be tested for any day. */
  now?: string;
  /** Render the body to HTML (the build does; the validator need not). */
  render?: boolean;
}

const fileNamePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/;
/** Far larger than any entry; larger files are refused unread, so that junk cannot stall the check or build. */
const maxFileBytes = 256 * 1024;

/** Today as YYYY-MM-DD; a parameter in tests so that date rules can be checked for any day. */
export const today = () => new Date().toISOString().slice(0, 10);

/**
 * What reading a file gives: its problems, and the entry wherever its name
 * and place are valid and its front matter could be read, so that the
 * cross-file checks can still look at it. Only an entry without errors may be
 * published.
 */
export interface ReadResult {
  problems: Problem[];
  entry?: Entry;
}

export function readEntry(file: EntryFile, { now = today(), render = true }: ReadOptions = {}): ReadResult {
  const problems: Problem[] = [];
  const report = (position: Position, message: string, rule: string, severity: Problem['severity'] = 'error') =>
    problems.push({ file: file.displayPath, line: position.line, column: position.column, message, rule, severity });
  const fail = (message: string, rule: string, position: Position = { line: 1, column: 1 }) => {
    report(position, message, rule);
    return { problems };
  };

  const definition = collections[file.collection];
  const segments = file.relPath.split('/');
  const fileName = segments.at(-1) ?? '';
  const expectedDepth = definition.layout === 'org' ? 2 : 1;
  const wellPlaced = segments.length === expectedDepth;
  if (!wellPlaced) {
    const where = definition.layout === 'org' ? `${definition.name}/<organisatie>/<naam>.mdx` : `${definition.name}/<naam>.mdx`;
    report({ line: 1, column: 1 }, `Dit bestand staat op de verkeerde plek: ${definition.plural} horen in ${where}.`, 'bestandsplek');
  }
  const wellNamed = fileNamePattern.test(fileName) && !reservedIds.includes(fileName.slice(0, -'.mdx'.length));
  if (!fileNamePattern.test(fileName)) {
    const suggestion = `${slugify(fileName.replace(/\.mdx$/i, '')) || 'naam'}.mdx`;
    report(
      { line: 1, column: 1 },
      `De bestandsnaam "${fileName}" mag alleen kleine letters (a-z), cijfers en streepjes hebben, zonder spaties of accenten, en eindigt op .mdx. Hernoem het bestand, bijvoorbeeld naar ${suggestion}.`,
      'bestandsnaam',
    );
  }
  const id = fileName.replace(/\.mdx$/i, '');
  // Every path the site derives from a name (pages, downloads, citations) must fit in a file name.
  const longName = segments.map((segment) => nameTooLong(segment.replace(/\.mdx$/i, ''))).find(Boolean);
  if (longName) report({ line: 1, column: 1 }, longName, 'bestandsnaam');
  if (reservedIds.includes(id)) {
    report({ line: 1, column: 1 }, `De naam "${id}" is gereserveerd voor lijstpagina's: kies een andere bestandsnaam.`, 'bestandsnaam');
  }

  if (file.bytes.length > maxFileBytes) {
    return fail(
      `Het bestand is groter dan ${maxFileBytes / 1024} KB; een bijdrage is meestal kleiner dan 30 KB. Splits de tekst over meer bijdragen, of haal ingeplakte gegevens weg.`,
      'bestand-te-groot',
    );
  }
  if (file.bytes.length === 0) return fail('Het bestand is leeg: zet er front matter en tekst in, of haal het weg.', 'leeg-bestand');
  if (file.bytes.includes(0)) return fail('Dit is geen tekstbestand (het bevat binaire gegevens). Sla het op als tekst (UTF-8) of haal het weg.', 'codering');
  if (!isUtf8(file.bytes)) return fail('Het bestand is niet als UTF-8 opgeslagen: sla het in uw editor op als UTF-8-tekst.', 'codering');
  const text = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength).toString('utf8');

  const positionAt = lineIndex(text);
  const controls = controlCharacterOffsets(text);
  // A file full of them needs only the first few to be found.
  for (const { offset, char } of controls.slice(0, 10)) report(positionAt(offset), controlCharacterMessage(char), 'stuurteken');
  const personalData = findPersonalData(text);
  for (const finding of personalData) report(positionAt(finding.offset), describeFinding(finding), 'persoonsgegevens');

  let frontmatter: FrontmatterResult;
  try {
    frontmatter = readFrontmatter(text);
  } catch (cause) {
    if (!(cause instanceof FrontmatterError)) throw cause;
    report(cause.position, cause.message, cause.rule);
    // The fields cannot be read, but the body can still be checked, so that one run reports both.
    const body = bodyAfterFrontmatter(text);
    if (body) inspectText(body.body, body.bodyLine, report);
    return { problems };
  }
  const { positionOf } = frontmatter;
  const controlLines = new Set(controls.map(({ offset }) => positionAt(offset).line));
  for (const issue of checkFieldText(frontmatter.data)) {
    const position = positionOf(issue.path);
    if (!controlLines.has(position.line)) report(position, `${describeField(issue.path)}: ${issue.message}`, 'stuurteken');
  }
  // Values as YAML decodes them ("\x40" is @): what a reader of the page sees.
  for (const { path, finding } of findPersonalDataInFields(frontmatter.data, personalData)) report(positionOf(path), describeFinding(finding), 'persoonsgegevens');

  const parsed = definition.schema.safeParse(frontmatter.data, inDutch);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const fieldPath = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
      const missing = (issue.code === 'invalid_type' || issue.code === 'invalid_value') && valueAt(frontmatter.data, fieldPath) === undefined;
      report(positionOf(fieldPath), schemaMessage(issue, fieldPath, valueAt(frontmatter.data, fieldPath), missing), 'schema');
    }
  }
  const data = (parsed.success ? parsed.data : frontmatter.data) as Entry['data'];
  const isConcept = frontmatter.data.status === 'concept';

  for (const offset of markerOffsets(text)) {
    report(
      positionAt(offset),
      isConcept
        ? `Hier staat nog ${placeholderMarker} uit het sjabloon: vul het in en haal ${placeholderMarker} weg voordat u het concept publiceert.`
        : `Hier staat nog ${placeholderMarker} uit het sjabloon: vul het in en haal ${placeholderMarker} weg. Een gepubliceerde bijdrage mag dat niet meer bevatten.`,
      'sjabloon',
      isConcept ? 'warning' : 'error',
    );
  }

  if (parsed.success) checkDates(data, now, positionOf, report, file.collection, id);

  // Footnotes and callouts are labelled in the entry's language; an invalid lang is a problem, and the body then is not rendered.
  const labels = ui(langs.includes(data.lang as Lang) ? (data.lang as Lang) : defaultLang).body;
  const { html, headings, links } = inspectText(frontmatter.body, frontmatter.bodyLine, report, () => (render && !problems.some((p) => p.severity === 'error') ? labels : undefined));

  if (file.collection === 'interventies' && parsed.success) {
    const present = new Set(headings.filter((h) => h.depth === 2).map((h) => h.text.trim().toLowerCase()));
    // An English intervention is headed in English; its werkblad counts the same sections.
    const sections: readonly string[] = interventionSectionsByLang[(data as { lang?: keyof typeof interventionSectionsByLang }).lang ?? 'nl'];
    const missing = sections.filter((section) => !present.has(section.toLowerCase()));
    if (missing.length > 0) {
      const score = Math.round(((sections.length - missing.length) / sections.length) * 100);
      report(
        { line: frontmatter.bodyLine, column: 1 },
        `Het werkblad is voor ${score}% compleet: de secties ${missing.map((s) => `## ${s}`).join(', ')} ontbreken.`,
        'werkblad',
        'warning',
      );
    }
  }

  if (!wellPlaced || !wellNamed) return { problems };
  const entry: Entry = {
    collection: file.collection,
    id,
    folder: definition.layout === 'org' ? segments[0] : undefined,
    displayPath: file.displayPath,
    relPath: file.relPath,
    data,
    // The validator keeps every entry until the cross-file checks are done, and has no use for the text.
    body: render ? frontmatter.body : '',
    html,
    headings,
    links,
    positionOf: frontmatter.lazyPositionOf(),
    problems,
    valid: parsed.success,
  };
  return { problems, entry };
}

type Report = (position: Position, message: string, rule: string, severity?: Problem['severity']) => void;

/**
 * Parses and checks a body; renders it when it has no errors and `renderWith`
 * gives the labels to render it with (the file has none elsewhere, and
 * rendering was asked for). Syntax errors are reported with the policy's
 * findings in the rest of the body, which is still read (see parseBody).
 */
function inspectText(body: string, bodyLine: number, report: Report, renderWith: () => BodyLabels | undefined = () => undefined) {
  const none = { html: '', headings: [] as HeadingInfo[], links: [] as LinkInfo[] };
  // Text beyond the limits is not parsed at all: parsing it is what would take minutes or gigabytes.
  const overLimits = checkBodyText(body, bodyLine);
  for (const issue of overLimits) report(issue.position, issue.message, issue.rule);
  if (overLimits.length > 0) return none;
  let parsed: ReturnType<typeof parseBody>;
  try {
    parsed = parseBody(body, bodyLine);
  } catch (cause) {
    if (!(cause instanceof BodySyntaxError)) throw cause;
    report(cause.position, cause.message, cause.rule);
    return none;
  }
  let failed = parsed.errors.length > 0;
  for (const error of parsed.errors) report(error.position, error.message, error.rule);
  const inspection = inspectBody(parsed.tree, parsed.source);
  for (const issue of inspection.issues) {
    report(issue.position, issue.message, issue.rule, issue.severity);
    if (issue.severity !== 'warning') failed = true;
  }
  const inTree = inspectTree(parsed.tree, parsed.source);
  for (const issue of inTree.issues) report(issue.position, issue.message, issue.rule);
  if (inTree.issues.length > 0) failed = true;
  const links = [...inspection.links, ...inTree.links];
  const labels = failed ? undefined : renderWith();
  return { html: labels ? renderChecked(parsed.tree, labels, bodyLine, report) : '', headings: inspection.headings, links };
}

/** Renders a checked body; a failure, or a page beyond the size limit, is a problem of the file instead of a crash of the build. */
function renderChecked(tree: ReturnType<typeof parseBody>['tree'], labels: BodyLabels, bodyLine: number, report: Report): string {
  try {
    const html = renderBody(tree, labels);
    if (html.length <= limits.htmlLength) return html;
    report({ line: bodyLine, column: 1 }, `De pagina van dit bestand wordt ${(html.length / 1e6).toFixed(1)} miljoen tekens lang; de grens is ${limits.htmlLength / 1e6} miljoen. Maak de tekst korter of splits hem.`, 'limiet');
  } catch (cause) {
    report({ line: bodyLine, column: 1 }, `De tekst kon niet worden omgezet naar een pagina (${cause instanceof Error ? cause.message : String(cause)}). Meld dit aan de beheerders van de kennisbank, met dit bestand.`, 'weergave');
  }
  return '';
}

/** Offsets of the template's placeholder marker, at most one per line. */
function markerOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (let at = text.indexOf(placeholderPattern); at !== -1; ) {
    offsets.push(at);
    const lineEnd = text.indexOf('\n', at);
    at = lineEnd === -1 ? -1 : text.indexOf(placeholderPattern, lineEnd);
  }
  return offsets;
}

/** Maps offsets in a text to 1-based lines and columns; the line starts are found only when first asked for. */
function lineIndex(text: string): (offset: number) => Position {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

function checkDates(
  data: Record<string, unknown>,
  now: string,
  positionOf: (path: readonly PropertyKey[]) => Position,
  report: (position: Position, message: string, rule: string, severity?: Problem['severity']) => void,
  collection: CollectionName,
  id: string,
) {
  const future = (value: unknown, fieldPath: (string | number)[]) => {
    if (typeof value === 'string' && value > now) report(positionOf(fieldPath), `${describeField(fieldPath)}: ${value} ligt in de toekomst.`, 'datums');
  };
  const futureYear = (value: unknown, fieldPath: (string | number)[]) => {
    if (typeof value === 'number' && value > Number(now.slice(0, 4))) report(positionOf(fieldPath), `${describeField(fieldPath)}: ${value} ligt in de toekomst.`, 'datums');
  };

  const updated = data.updated as string;
  future(updated, ['updated']);
  const reviewBy = data.review_by as string | undefined;
  if (reviewBy !== undefined) {
    if (reviewBy < updated) report(positionOf(['review_by']), `review_by: ${reviewBy} ligt vóór de datum van updated (${updated}).`, 'datums');
    else if (reviewBy < now) report(positionOf(['review_by']), `review_by: de inhoud had vóór ${reviewBy} opnieuw gecontroleerd moeten worden. Controleer de tekst en zet een nieuwe datum.`, 'controle-verlopen', 'warning');
  }
  future((data.evidence as { assessed_on?: string } | undefined)?.assessed_on, ['evidence', 'assessed_on']);
  ((data.sources as { date?: string }[] | undefined) ?? []).forEach((source, i) => future(source.date, ['sources', i, 'date']));
  if (collection === 'bronnen') future(data.date, ['date']);
  if (collection === 'organisaties') futureYear((data.founded as { year?: number } | undefined)?.year, ['founded', 'year']);
  if (collection === 'netwerken') futureYear(data.founded, ['founded']);
  if (collection === 'interventies') futureYear((data.period as { from?: number } | undefined)?.from, ['period', 'from']);
  if (collection === 'tijdlijn' && !id.startsWith(`${data.date as string}-`)) {
    report(positionOf(['date']), `De bestandsnaam moet beginnen met de datum van het veld date (${data.date as string}-…).`, 'bestandsnaam');
  }
}

function valueAt(data: unknown, fieldPath: readonly (string | number)[]): unknown {
  let value = data;
  for (const key of fieldPath) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}
