/**
 * How to cite an entry: a reference in APA style for people, and BibTeX and
 * RIS files for reference managers (Zotero, EndNote, Mendeley). The author is
 * the organisation that holds the knowledge, or the knowledge base itself;
 * the date is the entry's `updated`, the version being cited.
 */
import type { CollectionName } from '../collections.ts';
import { ui, type Lang } from '../i18n/index.ts';
import { siteName } from '../site.config.ts';
import { dateFormat, entryById, formatDate, urlOf, type AnyEntry } from './entries.ts';
import { absoluteUrl } from './references.ts';

export interface Citation {
  collection: CollectionName;
  id: string;
  author: string;
  title: string;
  summary: string;
  /** Version date, YYYY-MM-DD. */
  date: string;
  url: string;
  /** The language of the entry, which its reference is written in. */
  lang: Lang;
}

export async function citationOf(entry: AnyEntry): Promise<Citation> {
  const data = entry.data as AnyEntry['data'] & { organisations?: string[] };
  const holder = data.organisations?.[0];
  return {
    collection: entry.collection as CollectionName,
    id: entry.id,
    author: holder ? (await entryById('organisaties', holder)).data.name : siteName,
    title: data.title,
    summary: data.summary,
    date: data.updated,
    url: absoluteUrl(urlOf(entry)),
    lang: data.lang,
  };
}

const dayMonth = (c: Citation) => dateFormat(ui(c.lang).citation.locale, false).format(utc(c.date));
const utc = (date: string) => new Date(`${date}T00:00:00Z`);
const withStop = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

/**
 * The parts of an APA 7 reference to a web page, in the entry's language:
 * "Auteur. (2026, 2 november). *Titel*. Site. URL", or "(2026, November 2)". The title is set apart so that it can be
 * set in italics; the site name is left out when the site is the author, as
 * APA asks.
 */
export function apa(c: Citation): { before: string; title: string; after: string } {
  const site = c.author === siteName ? '' : `${siteName}. `;
  return {
    before: `${withStop(c.author)} (${c.date.slice(0, 4)}, ${dayMonth(c)}).`,
    title: c.title,
    after: `${/[.?!]$/.test(c.title) ? '' : '.'} ${site}${c.url}`,
  };
}

/** Escapes the characters that mean something to BibTeX. */
const tex = (text: string) =>
  text.replace(/[\\{}%&$#_^~]/g, (ch) => ({ '\\': '\\textbackslash{}', '^': '\\textasciicircum{}', '~': '\\textasciitilde{}' })[ch] ?? `\\${ch}`);

const bibLanguages: Record<string, string> = { nl: 'dutch', en: 'english' };

/**
 * A BibTeX `@misc` record. Double braces keep an organisation as one author
 * (not a first and last name) and the title's capitals as written. `date`
 * is for biblatex; classic styles read `year`, `howpublished` and `note`.
 */
export function toBibTeX(c: Citation): string {
  const fields: [string, string][] = [
    ['author', `{${tex(c.author)}}`],
    ['title', `{${tex(c.title)}}`],
    ['howpublished', tex(siteName)],
    ['year', c.date.slice(0, 4)],
    ['date', c.date],
    ['url', c.url],
    ['note', tex(ui(c.lang).citation.version(formatDate(c.date, c.lang)))],
    ['language', bibLanguages[c.lang] ?? c.lang],
  ];
  return `@misc{${c.collection}-${c.id},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}\n`;
}

/** A RIS record of type ELEC (web page): one `TAG  - value` line per field, CRLF line ends, closed by `ER`. */
export function toRIS(c: Citation): string {
  const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
  const lines: [string, string][] = [
    ['TY', 'ELEC'],
    ['AU', oneLine(c.author)],
    ['TI', oneLine(c.title)],
    ['T2', siteName],
    ['PB', siteName],
    ['PY', c.date.slice(0, 4)],
    ['DA', c.date.replaceAll('-', '/')],
    ['UR', c.url],
    ['AB', oneLine(c.summary)],
    ['LA', c.lang],
    ['ER', ''],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${value}`).join('\r\n') + '\r\n';
}
