/**
 * Finds personal data in a content file as a reader would see it: e-mail
 * addresses of persons, Dutch phone numbers, numbers that pass the BSN
 * eleven-test, and strings that pass the IBAN mod-97 check. The whole file is
 * scanned, front matter and YAML comments included, because all of it is
 * published in the repository; the front matter's values are scanned again as
 * YAML decodes them (`"jan\x40voorbeeld.nl"`).
 *
 * What is scanned is the text as it reads, not as it is spelled (see
 * `readerView`): character references decoded (`&#64;`, `&commat;`),
 * Markdown escapes removed (`\@`), invisible characters (zero-width spaces,
 * soft hyphens, other format characters) removed, Unicode compatibility forms
 * folded (NFKC: full-width `＠` and digits), and spelled-out separators read
 * as what they stand for (`naam [at] domein [dot] nl`). Between the digits of
 * a number, spaces, dots and dashes (also ` - `) are read as separators.
 *
 * The body is also read as its page shows it (`findPersonalDataAsShown`):
 * markup between the characters of a value hides it from the file's text
 * but not from a reader (`jan<!-- -->@voorbeeld.nl`, `06<b></b>12345678`,
 * `06*12345678*`), and a `mailto:` link shows its address, percent-escapes
 * decoded, when it is clicked.
 *
 * Not personal data: an organisation's functional mailbox (`info@`,
 * `secretariaat@`, `redactie@` … of any domain), numbers inside web
 * addresses (document ids in URLs look like anything), a number that is part
 * of a longer number or kenmerk (2013-0000024260), dates, and amounts.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Nodes, Root } from 'mdast';
import { allowedMailboxes } from './allowed-mailboxes.ts';
import type { Position } from './problem.ts';

export type PersonalDataKind = 'e-mail' | 'telefoon' | 'bsn' | 'iban';

export interface Finding {
  kind: PersonalDataKind;
  /** Offset in the text where the value starts. */
  offset: number;
  /** The value as it reads (decoded), for the message. */
  value: string;
}

const allowed = new Set(allowedMailboxes.map((address) => address.toLowerCase()));

/**
 * Local parts of functional mailboxes: an organisation's general addresses,
 * which name a function, not a person. An address whose local part starts
 * with one of these is an organisation's, also with a further functional
 * word, a number or a short abbreviation after a dot, dash or underscore
 * (`secretariaat-lom@`, `info.nl@`, `pers2@`); anything else, such as
 * `jan.jansen@` or `info.jan.jansen@`, may be a person's and is refused.
 */
export const functionalMailboxes: readonly string[] = [
  'info', 'informatie', 'contact', 'secretariaat', 'redactie', 'webredactie', 'pers', 'persvoorlichting', 'voorlichting',
  'communicatie', 'media', 'nieuws', 'nieuwsbrief', 'post', 'postbus', 'mail', 'email', 'algemeen', 'office', 'kantoor',
  'administratie', 'receptie', 'balie', 'loket', 'service', 'klantenservice', 'servicedesk', 'helpdesk', 'support', 'vragen',
  'vraag', 'bestuur', 'directie', 'webmaster', 'website', 'privacy', 'fg', 'avg', 'security', 'abuse', 'noreply', 'no',
  'reply', 'donotreply', 'aanmelden', 'aanmelding', 'aanmeldingen', 'inschrijving', 'inschrijvingen', 'klachten', 'meldpunt',
  'melding', 'meldingen', 'facturen', 'factuur', 'financien', 'crediteuren', 'debiteuren', 'hr', 'personeelszaken',
  'vacatures', 'werving', 'evenementen', 'events', 'congres', 'subsidie', 'subsidies', 'projecten', 'programma',
  'publicaties', 'bibliotheek', 'archief', 'onderzoek', 'beleid', 'juridisch', 'dienstverlening', 'kennisbank', 'welkom',
];
const functional = new Set(functionalMailboxes);

/** Whether an address is an organisation's: listed by the core team, or a functional mailbox of any domain. */
export function isFunctionalMailbox(address: string): boolean {
  const lower = address.toLowerCase();
  if (allowed.has(lower)) return true;
  const [first, ...rest] = lower.slice(0, lower.indexOf('@')).split(/[._-]/);
  return functional.has(first!) && rest.length <= 2 && rest.every((part) => functional.has(part) || /^\d{1,4}$/.test(part) || /^[a-z]{2,4}$/.test(part));
}

// ---------------------------------------------------------------------------
// The text as a reader sees it

/** A text as it reads, with the offset in the original text of each of its characters. */
interface View {
  text: string;
  /** `source[i]` is where character i of `text` starts in the original; one more entry, for the end. */
  source: number[];
}

/** Characters that take no space when shown: format characters (zero-width space and joiners, soft hyphen, direction marks) and a few fillers. */
const invisible = /[\p{Cf}\u034f\u115f\u1160\u3164\uffa0]/u;
/** Character references as HTML and Markdown decode them; the rest of the text is taken a code point at a time. */
const special = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));|\\([!-/:-@[-`{-~])|[^\x00-\x7f]+/gu;
const folded = new Map<string, string>();

function readerView(raw: string): View {
  let text = '';
  const source: number[] = [];
  const push = (chars: string, at: number) => {
    text += chars;
    for (let i = 0; i < chars.length; i++) source.push(at);
  };
  let last = 0;
  for (const match of raw.matchAll(special)) {
    const at = match.index;
    if (at > last) {
      const plain = raw.slice(last, at);
      text += plain;
      for (let i = 0; i < plain.length; i++) source.push(last + i);
    }
    last = at + match[0].length;
    const [whole, decimal, hex, name, escaped] = match;
    if (escaped !== undefined) push(escaped, at);
    else if (decimal !== undefined || hex !== undefined) {
      const code = Number.parseInt(decimal ?? hex!, decimal !== undefined ? 10 : 16);
      push(code > 0 && code <= 0x10ffff ? fold(String.fromCodePoint(code)) : '', at);
    } else if (name !== undefined) {
      const decoded = decodeNamedCharacterReference(name);
      push(decoded === false ? whole : fold(decoded), at);
    } else if (whole.normalize('NFKC') === whole && !invisible.test(whole)) {
      // Most non-ASCII text (é, ë, ’, €) reads as it is written.
      text += whole;
      for (let i = 0; i < whole.length; i++) source.push(at + i);
    } else {
      for (let i = 0; i < whole.length; ) {
        const char = String.fromCodePoint(whole.codePointAt(i)!);
        push(fold(char), at + i);
        i += char.length;
      }
    }
  }
  const rest = raw.slice(last);
  text += rest;
  for (let i = 0; i < rest.length; i++) source.push(last + i);
  source.push(raw.length);
  return spelledOut({ text, source });
}

/** One character as it reads: nothing when invisible, its compatibility form otherwise (full-width ＠ is @). */
function fold(chars: string): string {
  let result = folded.get(chars);
  if (result === undefined) {
    result = [...chars].filter((c) => !invisible.test(c)).join('').normalize('NFKC');
    if (folded.size < 10_000) folded.set(chars, result);
  }
  return result;
}

/** `[at]`, `(at)`, `{at}`, `<at>` and the same for dot (or punt), with the spaces around them: an address spelled out. */
const spelledSeparator = /[ \t\u00a0]*[[({<][ \t\u00a0]*(at|apenstaartje|dot|punt)[ \t\u00a0]*[\])}>][ \t\u00a0]*/giu;
/** `naam at domein dot nl`, without brackets: read only as a whole address (found from its " at ", which is quick to look for). */
const spelledAddress = /(?<=[\p{L}\p{N}._%+-]) at [\p{L}\p{N}-]+(?: dot [\p{L}\p{N}-]+)+(?![\p{L}\p{N}])/giu;

function spelledOut(view: View): View {
  if (!/\b(?:at|dot|punt|apenstaartje)\b/i.test(view.text)) return view;
  const replacements: { start: number; end: number; by: string }[] = [];
  for (const match of view.text.matchAll(spelledSeparator)) {
    replacements.push({ start: match.index, end: match.index + match[0].length, by: /^(?:at|apenstaartje)$/i.test(match[1]!) ? '@' : '.' });
  }
  for (const match of view.text.matchAll(spelledAddress)) {
    for (const word of match[0].matchAll(/ (at|dot) /giu)) {
      replacements.push({ start: match.index + word.index, end: match.index + word.index + word[0].length, by: word[1]!.toLowerCase() === 'at' ? '@' : '.' });
    }
  }
  if (replacements.length === 0) return view;
  replacements.sort((a, b) => a.start - b.start);
  let text = '';
  const source: number[] = [];
  const keep = (from: number, to: number) => {
    text += view.text.slice(from, to);
    for (let i = from; i < to; i++) source.push(view.source[i]!);
  };
  let last = 0;
  for (const { start, end, by } of replacements) {
    if (start < last) continue;
    keep(last, start);
    text += by;
    source.push(view.source[start]!);
    last = end;
  }
  keep(last, view.source.length);
  return { text, source };
}

// ---------------------------------------------------------------------------
// Patterns, on the text as it reads

// A value must not continue a word, a number, a path or a kenmerk on either side.
const before = String.raw`(?<![\p{L}\p{N}_/=#@+.\-])`;
const after = String.raw`(?![\p{L}\p{N}_]|[ \u00a0]?[.\-/][ \u00a0]?\p{N})`;
/** Between two digits: nothing, one or two spaces, or a dot or dash with at most a space on either side. */
const sep = String.raw`(?:[ \u00a0]?[.\-\u2010-\u2013][ \u00a0]?|[ \u00a0]{1,2})?`;
/** Between groups of digits that are always written apart: at least one separator. */
const groupSep = String.raw`(?:[ \u00a0]?[.\-\u2010-\u2013][ \u00a0]?|[ \u00a0])`;

const emailPattern = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const urlPattern = /\b(?:https?:\/\/|www\.)[^\s<>()[\]"'`]+/giu;
const trunkZero = String.raw`(?:\([ \u00a0]?0[ \u00a0]?\)${sep})?`;
/** Between the digits of a phone number also a slash, as after an area code (020/123 4567, 06 / 12345678). */
const phoneSep = String.raw`(?:[ \u00a0]?[.\-\u2010-\u2013/][ \u00a0]?|[ \u00a0]{1,2})?`;
const phonePatterns = [
  // +31 6 12345678, 0031 (0) 20 - 123 4567, +31 6 - 1234 5678
  new RegExp(String.raw`${before}(?:\+|00)[ \u00a0]?31${sep}${trunkZero}[1-9](?:${phoneSep}\d){8}${after}`, 'gu'),
  // 06-12345678, 06 - 12 34 56 78, 020 123 4567, 0111-123456, 020/1234567
  new RegExp(String.raw`${before}0[1-9](?:${phoneSep}\d){8}${after}`, 'gu'),
  // (020) 123 4567, (020) - 123 4567
  new RegExp(String.raw`(?<![\p{L}\p{N}])\(0\d{1,3}\)${sep}\d(?:${sep}\d){4,7}${after}`, 'gu'),
];
const bsnPatterns = [
  new RegExp(String.raw`${before}\d{9}${after}`, 'gu'),
  // 1112.22.333 (as on a passport), 111 222 333, 111-222-333, 11.12.22.333
  new RegExp(String.raw`${before}\d{4}${groupSep}\d{2}${groupSep}\d{3}${after}`, 'gu'),
  new RegExp(String.raw`${before}\d{3}${groupSep}\d{3}${groupSep}\d{3}${after}`, 'gu'),
  new RegExp(String.raw`${before}\d{2}${groupSep}\d{2}${groupSep}\d{2}${groupSep}\d{3}${after}`, 'gu'),
];
/** A number with a currency before it, or a unit of money after it, is an amount. */
const amountBefore = /(?:€|EUR|eur|\$|£|ƒ|fl\.?)[ \u00a0]*$/u;
const amountAfter = /^(?:,[-\d]|[ \u00a0]*(?:euro|EUR|mln|mld|miljoen|miljard))/u;
// A lookahead, so that a candidate that runs on into the next words does not hide an IBAN that starts in them.
const ibanPattern = new RegExp(String.raw`(?<![\p{L}\p{N}])(?=([A-Za-z]{2}\d{2}(?:[ .\-]?[A-Za-z0-9]){10,32}))`, 'gu');

/** Lengths of IBANs per country, from the IBAN registry; a country not listed has no IBAN. */
const ibanLengths: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28,
  CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18,
  GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32,
  LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24,
  PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28,
  TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

/** The BSN eleven-test: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (and not all zeros). */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** The IBAN check: the country code and check digits moved to the end, letters as numbers, mod 97 is 1. */
export function passesIbanCheck(iban: string): boolean {
  const compact = iban.replace(/[ .\-]/g, '').toUpperCase();
  const length = ibanLengths[compact.slice(0, 2)];
  if (length === undefined || compact.length !== length || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return false;
  let remainder = 0;
  for (const char of compact.slice(4) + compact.slice(0, 4)) {
    const value = char >= 'A' ? char.charCodeAt(0) - 55 : Number(char);
    remainder = (value > 9 ? remainder * 100 + value : remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

/** Something written like an IBAN: its digit groups are not looked at as phone numbers, even when its check digits are wrong. */
const ibanShape = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:[ .\-]?[A-Z0-9]{4}){2,7}(?:[ .\-]?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/gu;

/** Blanks out parts of the text, keeping every other character where it is. */
const blank = (text: string, pattern: RegExp) => text.replace(pattern, (match) => ' '.repeat(match.length));

const looksLikeDate = (value: string) => /^\d{2}[-./]\d{2}[-./]\d{4}/.test(value);

/** Personal data in a text, at offsets into that text. */
export function findPersonalData(raw: string): Finding[] {
  const view = readerView(raw);
  const text = view.text;
  const found: Finding[] = [];
  // Cheap tests first: most files have no @ and nothing shaped like an IBAN, and the full patterns are slow.
  for (const match of text.includes('@') ? text.matchAll(emailPattern) : []) {
    const address = match[0].replace(/\.+$/, '');
    const domain = address.slice(address.indexOf('@') + 1);
    if (!/\.\p{L}{2,}$/u.test(domain) || isFunctionalMailbox(address)) continue;
    found.push({ kind: 'e-mail', offset: match.index, value: address });
  }

  const masked = blank(text, urlPattern);
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);
  const add = (kind: PersonalDataKind, offset: number, value: string) => {
    if (overlaps(offset, offset + value.length)) return;
    taken.push([offset, offset + value.length]);
    found.push({ kind, offset, value });
  };

  // IBANs first: their digit groups would otherwise pass for a phone number.
  for (const match of /[A-Za-z]{2}\d{2}/.test(masked) ? masked.matchAll(ibanPattern) : []) {
    const iban = ibanAt(match[1]!);
    if (iban) add('iban', match.index, iban);
  }
  const numbers = blank(masked, ibanShape);
  for (const pattern of phonePatterns) {
    for (const match of numbers.matchAll(pattern)) {
      if (!looksLikeDate(match[0])) add('telefoon', match.index, match[0]);
    }
  }
  for (const pattern of bsnPatterns) {
    for (const match of numbers.matchAll(pattern)) {
      const isAmount = amountBefore.test(numbers.slice(Math.max(0, match.index - 6), match.index)) || amountAfter.test(numbers.slice(match.index + match[0].length, match.index + match[0].length + 10));
      if (!isAmount && passesElevenTest(match[0].replace(/\D/g, ''))) add('bsn', match.index, match[0]);
    }
  }
  return found.map((f) => ({ ...f, offset: view.source[f.offset]! })).sort((a, b) => a.offset - b.offset);
}

/** A string value of the front matter, by its path of keys. */
export interface FieldValue {
  path: (string | number)[];
  value: string;
}

/** Every string in the front matter's data (as YAML decoded it), with its path. */
export function fieldValues(data: unknown, path: (string | number)[] = []): FieldValue[] {
  if (typeof data === 'string') return [{ path, value: data }];
  if (Array.isArray(data)) return data.flatMap((item, i) => fieldValues(item, [...path, i]));
  if (data !== null && typeof data === 'object') return Object.entries(data).flatMap(([key, value]) => fieldValues(value, [...path, key]));
  return [];
}

/**
 * Personal data in the front matter's values as YAML decoded them, that the
 * scan of the file's text did not see (written with YAML escapes, or split
 * over folded lines); `seen` holds the values found in the text.
 */
export function findPersonalDataInFields(data: unknown, seen: readonly Finding[]): { path: (string | number)[]; finding: Finding }[] {
  const known = new Set(seen.map(keyOf));
  return fieldValues(data).flatMap(({ path, value }) =>
    findPersonalData(value)
      .filter((finding) => !known.has(keyOf(finding)))
      .map((finding) => ({ path, finding })),
  );
}

const keyOf = (finding: Finding) => `${finding.kind}:${finding.value.replace(/[^\p{L}\p{N}@]/gu, '').toLowerCase()}`;

/**
 * The IBAN at the start of a candidate, which may run on into the next words
 * ("NL91 ABNA 0417 1643 00 ABCD"): as many characters as the country's IBAN
 * has, ending at the end of a word.
 */
function ibanAt(candidate: string): string | undefined {
  const length = ibanLengths[candidate.slice(0, 2).toUpperCase()];
  if (length === undefined) return undefined;
  let count = 0;
  for (let i = 0; i < candidate.length; i++) {
    if (' .-'.includes(candidate[i]!)) continue;
    if (++count === length) {
      const value = candidate.slice(0, i + 1);
      const next = candidate[i + 1];
      return (next === undefined || ' .-'.includes(next)) && passesIbanCheck(value) ? value : undefined;
    }
  }
  return undefined;
}

/** Shows only the ends of a value, so that a report does not repeat the personal data in full. */
function maskValue(value: string): string {
  const compact = value.trim();
  if (compact.length <= 6) return '…';
  return `${compact.slice(0, 3)}…${compact.slice(-2)}`;
}

const what: Record<PersonalDataKind, string> = {
  'e-mail': 'een e-mailadres',
  telefoon: 'een telefoonnummer',
  bsn: 'een burgerservicenummer (BSN)',
  iban: 'een bankrekeningnummer (IBAN)',
};

const advice: Record<PersonalDataKind, string> = {
  'e-mail': 'Zet geen e-mailadressen van personen in de kennisbank. Een algemeen adres van een organisatie mag wel, zoals info@…, contact@…, secretariaat@…, redactie@… of pers@…; verwijs verder naar de website van de organisatie.',
  telefoon: 'Telefoonnummers horen niet in de kennisbank; verwijs naar de website van de organisatie.',
  bsn: 'Haal het weg: een BSN hoort nooit in de kennisbank.',
  iban: 'Haal het weg: rekeningnummers horen niet in de kennisbank.',
};

export function describeFinding(finding: Finding): string {
  return `Dit lijkt ${what[finding.kind]} (${maskValue(finding.value)}). ${advice[finding.kind]}`;
}

/** A value found in the body as its page shows it, that the file's text does not show as such. */
export interface ShownFinding {
  position: Position;
  finding: Finding;
}

/** Where a piece of the shown text comes from. */
interface ShownPiece {
  /** Offset of the piece in the shown text. */
  start: number;
  node: Nodes;
  /** Whether the node's value is written as it is shown, so that an offset in it is a column in the file. */
  asWritten: boolean;
}

/** Blocks whose text a reader sees as one run: paragraphs, headings, table cells. */
const textBlocks = new Set(['paragraph', 'heading', 'tableCell']);

const decodedAddress = (url: string) => {
  try {
    return decodeURIComponent(url.replace(/^mailto:/i, ''));
  } catch {
    return url.replace(/^mailto:/i, '');
  }
};

/**
 * Personal data in the body as its page shows it (see the top of this file),
 * that a scan of the body's text does not find. `source` is the text the
 * tree was parsed from (its offsets point into it).
 */
export function findPersonalDataAsShown(tree: Root, source: string): ShownFinding[] {
  let shown = '';
  const pieces: ShownPiece[] = [];
  const blocks: { start: number; end: number; node: Nodes }[] = [];
  const add = (text: string, node: Nodes, asWritten = false) => {
    if (text === '') return;
    pieces.push({ start: shown.length, node, asWritten });
    shown += text;
  };
  const raw = (node: Nodes) => source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  /** Attribute values of the block being read: they show apart from its text. */
  const apart: { text: string; node: Nodes }[] = [];

  const phrasing = (node: Nodes): void => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        add(node.value, node, raw(node) === node.value);
        return;
      case 'break':
        add('\n', node);
        return;
      case 'image':
      case 'imageReference':
        add(node.alt ?? '', node);
        return;
      case 'link':
        if (/^mailto:/i.test(node.url)) {
          // The address the link opens, apart from its text.
          add('\n', node);
          add(decodedAddress(node.url), node);
          add('\n', node);
        }
        break;
      case 'mdxJsxTextElement':
        // A title shows apart from the text (as a tooltip): read after the block.
        for (const attribute of node.attributes) if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') apart.push({ text: attribute.value, node });
        break;
      case 'html':
        // Comments show nothing; <br> is a line break.
        if (!node.value.trimStart().startsWith('<!--')) add('\n', node);
        return;
    }
    if ('children' in node) for (const child of node.children) phrasing(child);
  };

  const walk = (node: Nodes) => {
    if (textBlocks.has(node.type)) {
      const start = shown.length;
      phrasing(node);
      for (const { text, node: owner } of apart.splice(0)) {
        add('\n', owner);
        add(text, owner);
      }
      blocks.push({ start, end: shown.length, node });
      shown += '\n\n';
      return;
    }
    if (node.type === 'mdxJsxFlowElement') {
      for (const attribute of node.attributes) if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') add(`${attribute.value}\n\n`, node);
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);

  const found = findPersonalData(shown);
  if (found.length === 0) return [];
  const results: ShownFinding[] = [];
  const writtenKeys = new Map<Nodes, Set<string>>();
  for (const finding of found) {
    // A value the file's text shows as it is, is reported there.
    const block = blocks.find((b) => finding.offset >= b.start && finding.offset < b.end);
    const within = block?.node ?? tree;
    let keys = writtenKeys.get(within);
    if (!keys) writtenKeys.set(within, (keys = new Set(findPersonalData(raw(within)).map(keyOf))));
    if (keys.has(keyOf(finding))) continue;
    results.push({ position: positionIn(pieces, finding.offset, source), finding });
  }
  return results;
}

/** The place in the file of an offset in the shown text: in its node, exactly where the node is written as shown. */
function positionIn(pieces: ShownPiece[], offset: number, source: string): Position {
  let piece = pieces[0];
  for (const candidate of pieces) {
    if (candidate.start > offset) break;
    piece = candidate;
  }
  const start = piece?.node.position?.start;
  if (!piece || !start) return { line: 1, column: 1 };
  if (!piece.asWritten || start.offset === undefined) return { line: start.line, column: start.column };
  const before = source.slice(start.offset, start.offset + offset - piece.start);
  const lastBreak = before.lastIndexOf('\n');
  return lastBreak === -1 ? { line: start.line, column: start.column + before.length } : { line: start.line + before.split('\n').length - 1, column: before.length - lastBreak };
}
