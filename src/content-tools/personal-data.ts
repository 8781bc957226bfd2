/**
 * Finds personal data in the text of a content file: e-mail addresses (other
 * than the allowed functional mailboxes), Dutch phone numbers, numbers that
 * pass the BSN eleven-test, and strings that pass the IBAN mod-97 check. The
 * whole file is scanned, front matter and YAML comments included, because all
 * of it is published in the repository.
 *
 * Numbers inside web addresses are not looked at (document ids in URLs look
 * like anything), and a number that is part of a longer number or kenmerk
 * (2013-0000024260) is not split into a shorter one.
 */
import { allowedMailboxes } from './allowed-mailboxes.ts';

export type PersonalDataKind = 'e-mail' | 'telefoon' | 'bsn' | 'iban';

export interface Finding {
  kind: PersonalDataKind;
  /** Offset in the text where the value starts. */
  offset: number;
  value: string;
}

const allowed = new Set(allowedMailboxes.map((address) => address.toLowerCase()));

// A value must not continue a word, a number, a path or a kenmerk on either side.
const before = String.raw`(?<![\p{L}\p{N}_/=#@+.\-])`;
const after = String.raw`(?![\p{L}\p{N}_]|[.\-/]\p{N})`;
const sep = String.raw`[ \u00a0.\-]?`;

const emailPattern = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const urlPattern = /\b(?:https?:\/\/|www\.)[^\s<>()[\]"'`]+/giu;
const phonePatterns = [
  // +31 6 12345678, 0031 (0)20 123 4567
  new RegExp(String.raw`${before}(?:\+|00)31${sep}(?:\(0\)${sep})?[1-9](?:${sep}\d){8}${after}`, 'gu'),
  // 06-12345678, 020 123 4567, 0111-123456
  new RegExp(String.raw`${before}0[1-9](?:${sep}\d){8}${after}`, 'gu'),
  // (020) 123 4567
  new RegExp(String.raw`(?<![\p{L}\p{N}])\(0\d{1,3}\)${sep}\d(?:${sep}\d){4,7}${after}`, 'gu'),
];
const bsnPatterns = [
  new RegExp(String.raw`${before}\d{9}${after}`, 'gu'),
  new RegExp(String.raw`${before}\d{4}\.\d{2}\.\d{3}${after}`, 'gu'),
];
// A lookahead, so that a candidate that runs on into the next words does not hide an IBAN that starts in them.
const ibanPattern = new RegExp(String.raw`(?<![\p{L}\p{N}])(?=([A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){10,32}))`, 'gu');

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
  const compact = iban.replace(/ /g, '').toUpperCase();
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
const ibanShape = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/gu;

/** Blanks out parts of the text, keeping every other character where it is. */
const blank = (text: string, pattern: RegExp) => text.replace(pattern, (match) => ' '.repeat(match.length));

const looksLikeDate = (value: string) => /^\d{2}[-.]\d{2}[-.]\d{4}/.test(value);

export function findPersonalData(text: string): Finding[] {
  const findings: Finding[] = [];
  // Cheap tests first: most files have no @ and nothing shaped like an IBAN, and the full patterns are slow.
  for (const match of text.includes('@') ? text.matchAll(emailPattern) : []) {
    const address = match[0].replace(/\.+$/, '');
    const domain = address.slice(address.indexOf('@') + 1);
    if (!/\.\p{L}{2,}$/u.test(domain) || allowed.has(address.toLowerCase())) continue;
    findings.push({ kind: 'e-mail', offset: match.index, value: address });
  }

  const masked = blank(text, urlPattern);
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);
  const add = (kind: PersonalDataKind, offset: number, value: string) => {
    if (overlaps(offset, offset + value.length)) return;
    taken.push([offset, offset + value.length]);
    findings.push({ kind, offset, value });
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
      if (passesElevenTest(match[0].replace(/\./g, ''))) add('bsn', match.index, match[0]);
    }
  }
  return findings.sort((a, b) => a.offset - b.offset);
}

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
    if (candidate[i] === ' ') continue;
    if (++count === length) {
      const value = candidate.slice(0, i + 1);
      const next = candidate[i + 1];
      return (next === undefined || next === ' ') && passesIbanCheck(value) ? value : undefined;
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
  'e-mail': 'Zet geen e-mailadressen van personen in de kennisbank; verwijs naar de website van de organisatie. Een algemeen adres (zoals info@…) mag alleen als de beheerders het op de lijst van toegestane adressen hebben gezet.',
  telefoon: 'Telefoonnummers horen niet in de kennisbank; verwijs naar de website van de organisatie.',
  bsn: 'Haal het weg: een BSN hoort nooit in de kennisbank.',
  iban: 'Haal het weg: rekeningnummers horen niet in de kennisbank.',
};

export function describeFinding(finding: Finding): string {
  return `Dit lijkt ${what[finding.kind]} (${maskValue(finding.value)}). ${advice[finding.kind]}`;
}
