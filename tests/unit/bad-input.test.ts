/**
 * Bad input never crashes or hangs the check: each file in
 * tests/fixtures/bad-input (and the larger ones made here) gets one clear
 * Dutch message, or is accepted where it is valid, quickly and without a
 * stack trace. The time bound is a hang guard, not a benchmark: it counts the
 * processor time the check used, which other work on the machine does not
 * lengthen as it lengthens the time on the clock.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, fixturesDir, lesson, runScript, shown, tempCorpus, type TempCorpus } from '../support/temp-corpus.ts';
import { scriptLimit } from '../support/limits.ts';

/** Processor seconds one file may take; every case takes a small part of one. */
const hangGuardSeconds = 5;
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1e6;
};

interface Case {
  name: string;
  /** File name in the corpus; the fixture's own name unless the case is about names. */
  fileName?: string;
  bytes: () => Uint8Array;
  /** The one problem expected, or none for a file that is valid. */
  expected?: { rule: string; message: string; line?: number };
}

const fixture = (name: string) => () => fs.readFileSync(path.join(fixturesDir, 'bad-input', `${name}.mdx`));
const text = (content: string) => () => Buffer.from(content);

const cases: Case[] = [
  { name: 'bom', bytes: fixture('bom') },
  { name: 'blank-lines', bytes: fixture('blank-lines') },
  { name: 'crlf', bytes: fixture('crlf') },
  { name: 'alias-bomb', bytes: fixture('alias-bomb'), expected: { rule: 'yaml', message: 'YAML-verwijzingen (& en *) zijn niet toegestaan', line: 3 } },
  { name: 'deep-yaml', bytes: fixture('deep-yaml'), expected: { rule: 'yaml', message: 'dieper dan 12 niveaus genest', line: 3 } },
  { name: 'proto-key', bytes: fixture('proto-key'), expected: { rule: 'yaml', message: 'Het veld "__proto__" is niet toegestaan', line: 11 } },
  { name: 'merge-key', bytes: fixture('merge-key'), expected: { rule: 'yaml', message: 'Het veld "<<" is niet toegestaan', line: 11 } },
  { name: 'toml', bytes: fixture('toml'), expected: { rule: 'frontmatter-taal', message: 'TOML-front matter (+++) wordt niet gelezen', line: 1 } },
  { name: 'invalid-utf8', bytes: fixture('invalid-utf8'), expected: { rule: 'codering', message: 'niet als UTF-8 opgeslagen' } },
  { name: 'empty', bytes: fixture('empty'), expected: { rule: 'leeg-bestand', message: 'Het bestand is leeg' } },
  { name: 'binary', bytes: fixture('binary'), expected: { rule: 'codering', message: 'geen tekstbestand' } },
  {
    name: 'large-front-matter',
    bytes: text(lesson({ fields: { context: `"${'Geleerd in de wijk. '.repeat(4000)}"` } })),
    expected: { rule: 'frontmatter-te-groot', message: 'groter dan 64 KB', line: 1 },
  },
  { name: 'megabyte-line', bytes: text(lesson({ body: `${'woord '.repeat(175_000)}\n` })), expected: { rule: 'bestand-te-groot', message: 'groter dan 256 KB' } },
  { name: 'long-line', bytes: text(lesson({ body: `${'woord '.repeat(30_000)}\n` })), expected: { rule: 'mdx-syntax', message: 'langer dan 20.000 tekens', line: 15 } },
  { name: 'space-in-name', fileName: 'een les.mdx', bytes: text(lesson()), expected: { rule: 'bestandsnaam', message: 'bijvoorbeeld naar een-les.mdx' } },
  { name: 'accents-in-name', fileName: 'Ouders één.mdx', bytes: text(lesson()), expected: { rule: 'bestandsnaam', message: 'bijvoorbeeld naar ouders-een.mdx' } },
];

const fileNameOf = (c: Case) => c.fileName ?? `${c.name}.mdx`;

describe('one bad file', () => {
  it.each(cases)('$name gets one clear message, or none when it is valid, without hanging', (c) => {
    const started = process.cpuUsage();
    const result = check(c.bytes(), { relPath: `voorbeeld-org/${fileNameOf(c)}` });
    expect(cpuSeconds(started)).toBeLessThan(hangGuardSeconds);
    if (!c.expected) {
      expect(result.problems).toEqual([]);
      return;
    }
    expect(result.problems).toEqual([
      expect.objectContaining({ rule: c.expected.rule, severity: 'error', message: expect.stringContaining(c.expected.message), ...(c.expected.line ? { line: c.expected.line } : {}) }),
    ]);
  });
});

describe('a corpus full of bad files', () => {
  let corpus: TempCorpus;
  beforeAll(() => {
    corpus = tempCorpus('bad-input');
    for (const c of cases) corpus.write(`lessen/voorbeeld-org/${fileNameOf(c)}`, c.bytes());
  });
  afterAll(() => corpus.remove());

  it('is checked by npm run check with a message per file, no stack trace, and every file counted', { timeout: scriptLimit }, () => {
    // A check that hung would be stopped at the script's limit, without an exit status.
    const result = runScript('check', [], corpus.root);
    expect(result.status, result.output).toBe(1);
    expect(result.output).not.toMatch(/\n\s+at \S+ \(|Error:|TypeError|RangeError/);
    for (const c of cases) {
      const file = shown(path.join(corpus.root, 'lessen/voorbeeld-org', fileNameOf(c)));
      if (c.expected) expect(result.stdout).toContain(`${file}\n  ${c.expected.line ?? 1}:`);
      else expect(result.stdout).not.toContain(file);
    }
    const files = fs.readdirSync(corpus.root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
    const failing = cases.filter((c) => c.expected).length;
    expect(result.stdout).toMatch(new RegExp(`${failing} fouten en \\d+ waarschuwing(en)? in \\d+ bestanden \\(${files} bestanden gecontroleerd`));
  });
});
