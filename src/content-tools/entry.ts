/**
 * Reads one content file through the whole pipeline that both the validator
 * and the build use: bytes → front matter → schema → body parse → policy →
 * HTML. Every problem is collected with its file, line and column.
 */
import { z } from 'astro/zod';
import path from 'node:path';
import { collections, reservedSlugs, type CollectionName } from '../collections.ts';
import { interventionSections } from '../vocabularies.ts';
import { readFrontmatter, FrontmatterError, type FrontmatterResult } from './frontmatter.ts';
import { BodySyntaxError, parseBody, renderBody, type HeadingInfo } from './markdown.ts';
import { checkPolicy } from './policy.ts';
import type { Position, Problem } from './problem.ts';

z.config(z.locales.nl());

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
  body: string;
  html: string;
  headings: HeadingInfo[];
  positionOf: (path: readonly PropertyKey[]) => Position;
  problems: Problem[];
}

const decoder = new TextDecoder('utf-8', { fatal: true });
const fileNamePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/;

/** Today as YYYY-MM-DD; a parameter in tests so that date rules can be checked for any day. */
export const today = () => new Date().toISOString().slice(0, 10);

export function readEntry(file: EntryFile, now = today()): Entry | { problems: Problem[] } {
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
  if (segments.length !== expectedDepth) {
    const where = definition.layout === 'org' ? `${definition.name}/<organisatie>/<naam>.mdx` : `${definition.name}/<naam>.mdx`;
    return fail(`Dit bestand staat op de verkeerde plek: ${definition.plural} horen in ${where}.`, 'bestandsplek');
  }
  if (!fileNamePattern.test(fileName)) {
    return fail(
      `De bestandsnaam "${fileName}" mag alleen kleine letters, cijfers en streepjes hebben en eindigt op .mdx (bijvoorbeeld ouders-bereiken.mdx).`,
      'bestandsnaam',
    );
  }
  const id = fileName.slice(0, -'.mdx'.length);
  if ((reservedSlugs as readonly string[]).includes(id)) {
    return fail(`De naam "${id}" is gereserveerd voor lijstpagina's: kies een andere bestandsnaam.`, 'bestandsnaam');
  }

  if (file.bytes.length === 0) return fail('Het bestand is leeg.', 'leeg-bestand');
  if (file.bytes.includes(0)) return fail('Dit is geen tekstbestand (het bevat binaire gegevens).', 'codering');
  let text: string;
  try {
    text = decoder.decode(file.bytes);
  } catch {
    return fail('Het bestand is niet als UTF-8 opgeslagen: sla het op als UTF-8-tekst.', 'codering');
  }

  let frontmatter: FrontmatterResult;
  try {
    frontmatter = readFrontmatter(text);
  } catch (cause) {
    if (cause instanceof FrontmatterError) return fail(cause.message, cause.rule, cause.position);
    throw cause;
  }
  const { positionOf } = frontmatter;

  const parsed = definition.schema.safeParse(frontmatter.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const fieldPath = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
      const missing = (issue.code === 'invalid_type' || issue.code === 'invalid_value') && valueAt(frontmatter.data, fieldPath) === undefined;
      const message = missing ? 'dit verplichte veld ontbreekt' : issue.message;
      report(positionOf(fieldPath), `${formatFieldPath(fieldPath) || 'front matter'}: ${message}`, 'schema');
    }
  }
  const data = (parsed.success ? parsed.data : frontmatter.data) as Entry['data'];

  if (parsed.success) checkDates(data, now, positionOf, report, file.collection, id);

  let html = '';
  let headings: HeadingInfo[] = [];
  try {
    const tree = parseBody(frontmatter.body, frontmatter.bodyLine);
    for (const issue of checkPolicy(tree)) report(issue.position, issue.message, issue.rule);
    if (!problems.some((p) => p.severity === 'error')) ({ html, headings } = renderBody(tree));
  } catch (cause) {
    if (cause instanceof BodySyntaxError) report(cause.position, cause.message, 'mdx-syntax');
    else throw cause;
  }

  if (file.collection === 'interventies' && parsed.success) {
    const present = new Set(headings.filter((h) => h.depth === 2).map((h) => h.text.trim().toLowerCase()));
    const missing = interventionSections.filter((section) => !present.has(section.toLowerCase()));
    if (missing.length > 0) {
      const score = Math.round(((interventionSections.length - missing.length) / interventionSections.length) * 100);
      report(
        { line: frontmatter.bodyLine, column: 1 },
        `Het werkblad is voor ${score}% compleet: de secties ${missing.map((s) => `## ${s}`).join(', ')} ontbreken.`,
        'werkblad',
        'warning',
      );
    }
  }

  if (problems.some((p) => p.severity === 'error')) return { problems };
  return {
    collection: file.collection,
    id,
    folder: definition.layout === 'org' ? segments[0] : undefined,
    displayPath: file.displayPath,
    relPath: file.relPath,
    data,
    body: frontmatter.body,
    html,
    headings,
    positionOf,
    problems,
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
  const updated = data.updated as string;
  if (updated > now) report(positionOf(['updated']), `updated: ${updated} ligt in de toekomst.`, 'datums');
  const reviewBy = data.review_by as string | undefined;
  if (reviewBy !== undefined) {
    if (reviewBy < updated) report(positionOf(['review_by']), 'review_by: ligt vóór de datum van updated.', 'datums');
    else if (reviewBy < now) report(positionOf(['review_by']), `review_by: de inhoud had vóór ${reviewBy} opnieuw gecontroleerd moeten worden.`, 'controle-verlopen', 'warning');
  }
  const assessedOn = (data.evidence as { assessed_on?: string } | undefined)?.assessed_on;
  if (assessedOn !== undefined && assessedOn > now) report(positionOf(['evidence', 'assessed_on']), 'evidence.assessed_on: ligt in de toekomst.', 'datums');
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

/** `sources[1].url` reads better for a contributor than a list of keys. */
export function formatFieldPath(fieldPath: readonly (string | number)[]): string {
  return fieldPath.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key + 1}]` : out ? `${out}.${key}` : key), '');
}

export const displayPathOf = (absolute: string) => path.relative(process.cwd(), absolute).split(path.sep).join('/');
