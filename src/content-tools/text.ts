/**
 * Text fields are text: no control characters in a file or in the values of
 * its front matter (as YAML decodes them: `"\e"`, `"\x1b"`, `"\N"`), and no
 * value made only of invisible characters (spaces, NEL, zero-width and other
 * format characters). A control character in a title would be written into
 * HTML, CSV, BibTeX and RIS as it is; a title without visible characters is
 * an empty link. Direction overrides, embeddings and isolates are refused as
 * well: they make text show in another order than it is stored, so that a
 * reviewer of a pull request reads one thing and the site shows another
 * ("Trojan Source"); Arabic or Hebrew words show right without them.
 *
 * And what the check prints is text too: `printable` escapes control and
 * invisible characters in file names and messages, so that a file name with
 * an escape sequence or a line break cannot colour a terminal or forge a line
 * ("Alles in orde") in a CI log.
 */
import { fieldValues } from './personal-data.ts';

/** Direction embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069), as a character class's ranges. */
const directionRanges = '\\u202a-\\u202e\\u2066-\\u2069';
const direction = new RegExp(`^[${directionRanges}]$`, 'u');
/** C0 controls except tab, line feed and carriage return; DEL; C1 controls (NEL among them); direction characters. */
const control = new RegExp(`[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f${directionRanges}]`, 'gu');
/** The same, with tab and line breaks too: for fields of one line. */
const controlOrBreak = new RegExp(`[\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029${directionRanges}]`, 'gu');
/** A character that shows: a letter, digit, punctuation mark or symbol. */
const visible = /[\p{L}\p{N}\p{P}\p{S}]/u;
/** Fields that are one line of text: a break in them would break the line of a list, a feed or a citation. */
const singleLine = new Set(['title', 'short_name', 'name']);

const codeOf = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Offsets of control characters in a file's text (tab and line breaks are allowed there). */
export function controlCharacterOffsets(text: string): { offset: number; char: string }[] {
  return [...text.matchAll(control)].map((match) => ({ offset: match.index, char: match[0] }));
}

export const controlCharacterMessage = (char: string) =>
  direction.test(char)
    ? `Hier staat een onzichtbaar teken dat de leesrichting verandert (${codeOf(char)}): de tekst toont dan in een andere volgorde dan hij er staat. Haal het weg; ook Arabische of Hebreeuwse woorden staan zonder zo'n teken goed.`
    : `Hier staat een onzichtbaar stuurteken (${codeOf(char)}), bijvoorbeeld uit een kopie van een andere tekst. Haal het weg: het hoort niet in tekst en kan de site of een download verstoren.`;

/** Problems of the front matter's decoded values: control characters, and values without a visible character. */
export function checkFieldText(data: unknown): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  for (const { path, value } of fieldValues(data)) {
    const key = [...path].reverse().find((part) => typeof part === 'string');
    const oneLine = key !== undefined && singleLine.has(key);
    const found = (oneLine ? controlOrBreak : control).exec(value);
    (oneLine ? controlOrBreak : control).lastIndex = 0;
    if (found) {
      const what = /[\n\r\t\u2028\u2029]/.test(found[0])
        ? `een regeleinde of tab (${codeOf(found[0])}); dit veld is één regel tekst`
        : direction.test(found[0])
          ? `een onzichtbaar teken dat de leesrichting verandert (${codeOf(found[0])})`
          : `een onzichtbaar stuurteken (${codeOf(found[0])})`;
      issues.push({ path, message: `bevat ${what}. Haal het weg.` });
    } else if (value !== '' && !visible.test(value)) {
      issues.push({ path, message: 'bevat geen zichtbare tekens (alleen spaties of onzichtbare tekens). Vul het in met gewone tekst.' });
    }
  }
  return issues;
}

/** Characters escaped in what the check prints: controls, line and paragraph separators, and direction overrides. */
const unprintable = new RegExp(`[\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029${directionRanges}]`, 'gu');

/** Text as the check prints it: every unprintable character as `\u{…}`, visible and harmless. */
export const printable = (text: string) => text.replace(unprintable, (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`);

/** A problem's file and message, printable. */
export const printableProblem = <T extends { file: string; message: string }>(problem: T): T => ({ ...problem, file: printable(problem.file), message: printable(problem.message) });
