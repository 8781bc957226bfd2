/**
 * Text fields are text: control characters (raw or as YAML escapes) and
 * titles without a visible character are refused at their line; and
 * everything `npm run check` prints is escaped, so that a file name with an
 * escape sequence or a line break can neither drive a terminal nor forge an
 * "Alles in orde" line in a CI log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printable } from '../../src/content-tools/text.ts';
import { check, lesson, runScript, tempCorpus, type TempCorpus } from '../support/temp-corpus.ts';
import { scriptLimit } from '../support/limits.ts';

const titleLine = 2;
const refusedAt = (fields: Record<string, string>, body?: string) =>
  check(lesson({ fields, body })).problems.filter((p) => p.rule === 'stuurteken').map((p) => [p.line, p.message.slice(0, 40)]);
/** Refused, and only at the title's line. */
function expectRefusedAtTitle(title: string) {
  const refused = refusedAt({ title });
  expect(refused.length).toBeGreaterThan(0);
  expect(refused.every(([line]) => line === titleLine)).toBe(true);
}

describe('control characters', () => {
  it.each([
    ['ESC, raw', 'Een \u001b[31mrode\u001b[0m titel'],
    ['BS, raw', 'Een titel\u0008\u0008'],
    ['BEL, raw', 'Een titel \u0007'],
    ['NEL, raw', 'Een\u0085titel'],
    ['ESC as a YAML escape', '"Een \\e[31m titel"'],
    ['ESC in hex', '"Een \\x1b titel"'],
    ['BEL as a YAML escape', '"Een \\a titel"'],
    ['BS as a YAML escape', '"Een \\b titel"'],
    ['NUL as a YAML escape', '"Een \\0 titel"'],
    ['NEL as a YAML escape', '"Een \\N titel"'],
    ['a line break in a title', '"Een\\ntitel"'],
  ])('refuses %s in a title, at the title', (_, title) => {
    expectRefusedAtTitle(title);
  });

  it('refuses control characters in other fields and in the body, at their line', () => {
    expect(refusedAt({ context: '"Geleerd \\x1b in projecten."' })).toEqual([[11, 'context: bevat een onzichtbaar stuurteke']]);
    const body = '## De les\n\nTekst met \u001b[2J een wisopdracht.\n';
    const problems = check(lesson({ body })).problems.filter((p) => p.rule === 'stuurteken');
    expect(problems.map((p) => [p.line, p.column])).toEqual([[17, 11]]);
  });

  it.each([
    ['RIGHT-TO-LEFT OVERRIDE, raw', 'Een titel \u202egnipmak'],
    ['RIGHT-TO-LEFT OVERRIDE as a YAML escape', '"Een titel \\u202e gnipmak"'],
    ['LEFT-TO-RIGHT EMBEDDING, raw', 'Een \u202atitel\u202c'],
    ['FIRST STRONG ISOLATE, raw', 'Een \u2068titel\u2069'],
  ])('refuses a direction character (%s), which shows text in another order than it is stored', (_, title) => {
    expectRefusedAtTitle(title);
    expect(check(lesson({ fields: { title } })).problems.map((p) => p.message).join(' ')).toMatch(/leesrichting/);
  });

  it('refuses a direction override in the body, at its line and column', () => {
    const body = '## De les\n\nZie [de bron](https://example.org/\u202egpj.exe) voor meer.\n';
    const problems = check(lesson({ body })).problems.filter((p) => p.rule === 'stuurteken');
    expect(problems.map((p) => [p.line, p.column])).toEqual([[17, 35]]);
    expect(problems[0]!.message).toMatch(/leesrichting verandert \(U\+202E\)/);
  });

  it('accepts Arabic and Hebrew words in Dutch text, which need no direction characters', () => {
    expect(refusedAt({ context: '"Het woord مدرسة (school) en שלום staan in de tekst."' })).toEqual([]);
  });

  it('accepts tabs and line breaks where a field is more than one line, and ordinary Unicode', () => {
    expect(refusedAt({ context: '|\n  Geleerd in projecten.\n  Met scholen\tin steden.', title: 'Ouders en school: “samen” — één aanpak ✓' })).toEqual([]);
  });
});

describe('titles without visible characters', () => {
  it.each([
    ['spaces', '"   "'],
    ['no-break spaces', '"\\_\\_"'],
    ['zero-width characters', '"\u200b\u200c\u200d\u2060"'],
    ['format characters', '"\ufeff\u00ad"'],
    ['ideographic space', '"\u3000"'],
  ])('refuses a title of only %s', (_, title) => {
    const problems = check(lesson({ fields: { title } })).problems.filter((p) => p.line === titleLine && p.severity === 'error');
    expect(problems.map((p) => p.message).join(' ')).toMatch(/geen zichtbare tekens|stuurteken/);
  });
});

describe('what the check prints', { timeout: scriptLimit }, () => {
  it('escapes control characters, line breaks and direction overrides', () => {
    expect(printable('a\u001b[31mb\nAlles in orde\r\u202etxt.mdx')).toBe('a\\u{1b}[31mb\\u{a}Alles in orde\\u{d}\\u{202e}txt.mdx');
  });

  let corpus: TempCorpus;
  beforeAll(() => {
    corpus = tempCorpus('printed-names');
    corpus.write('lessen/voorbeeld-org/x\u001b[32m\nAlles in orde: 1 bestand gecontroleerd.mdx', lesson());
    corpus.write('lessen/voorbeeld-org/verwijzing.mdx', lesson({ fields: { themes: '["a\\e[2Jb"]' } }));
  });
  afterAll(() => corpus.remove());

  it.each(['text', 'github', 'json'])('keeps a forged file name and value on one escaped line, in --format %s', (format) => {
    const result = runScript('check', ['--format', format], corpus.root);
    expect(result.status).toBe(1);
    expect(result.output).not.toContain('\u001b');
    expect(result.stdout.split('\n').filter((line) => line.startsWith('Alles in orde'))).toEqual([]);
    expect(result.stdout).toMatch(/x\\+u\{1b\}\[32m\\+u\{a\}Alles in orde/);
  });
});
