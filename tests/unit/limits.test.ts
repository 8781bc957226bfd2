/**
 * What the check accepts, the build can render: text that would make the
 * parser or the renderer take minutes or gigabytes (wide tables, references
 * repeated thousands of times, masses of emphasis markers, names too long
 * for a file system) is refused with its line, before it is parsed; and a
 * file that still cannot be read is a problem of that file, not a crash.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseFile, readCorpus } from '../../src/content-tools/corpus.ts';
import { limits } from '../../src/content-tools/limits.ts';
import { check, lesson, now, shown, useTempCorpus } from '../support/temp-corpus.ts';

/** The line of the file on which the body's first line after its heading (`## De les`, then a blank line) stands. */
const bodyLine = lesson().split('\n').indexOf('---', 1) + 2;
const limitProblems = (body: string) => check(lesson({ body: `## De les\n\n${body}\n` })).problems.filter((p) => p.rule === 'limiet');

describe('tables', () => {
  it('refuses 2,500 columns over short rows (which ran the build out of memory), at the table', () => {
    const table = `${'| a '.repeat(2500)}|\n${'|-'.repeat(2500)}|\n${'|\n'.repeat(3000)}`;
    const problems = limitProblems(table);
    expect(problems.map((p) => p.line)).toContain(bodyLine + 3);
    expect(problems.map((p) => p.message).join(' ')).toContain(`2.500 kolommen; de grens is ${limits.tableColumns}`);
  });

  it('refuses a narrow table with more cells than the limit', () => {
    const rows = Array.from({ length: 1100 }, (_, i) => `| ${i} | b | c | d | e |`).join('\n');
    const problems = limitProblems(`| A | B | C | D | E |\n|---|---|---|---|---|\n${rows}`);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/5\.510 cellen \(5 kolommen × 1\.102 rijen\); de grens is 5\.000/);
  });

  it('refuses more cells in all tables of a file together than the limit per file', () => {
    const table = [`|${' k |'.repeat(25)}`, `|${'-|'.repeat(25)}`, ...Array.from({ length: 150 }, () => `|${' c |'.repeat(25)}`)].join('\n');
    const problems = limitProblems([table, table, table].join('\n\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain(`de grens is ${limits.tableCellsPerFile.toLocaleString('nl-NL')} per bestand`);
  });

  it('accepts an ordinary table, also inside a list', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `| Gemeente ${i} | **${i * 10}** | _ja_ |`).join('\n');
    expect(limitProblems(`| Plaats | Aantal | Bereikt |\n|:--|--:|:-:|\n${rows}`)).toEqual([]);
    expect(limitProblems(`- Een lijst met een tabel:\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |`)).toEqual([]);
  });
});

describe('references', () => {
  it('refuses one long definition used so often that the page would grow by megabytes', () => {
    const body = `[b]: https://example.org/${'x'.repeat(2000)}\n\n${Array.from({ length: 20 }, () => '[a][b] '.repeat(50)).join('\n\n')}`;
    const problems = limitProblems(body);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('linkdefinities');
  });

  it('refuses 30,000 references before parsing them', () => {
    const problems = limitProblems(`[b]: https://example.org/x\n\n${Array.from({ length: 600 }, () => '[a][b] '.repeat(50)).join('\n\n')}`);
    expect(problems.map((p) => p.message).join(' ')).toContain(`60.001 haken [`);
  });

  it('accepts definitions used a few times, and escaped brackets', () => {
    expect(limitProblems(`Zie [de brief][brief] en [de brief][brief] en \\[${'\\['.repeat(6000)}.\n\n[brief]: https://example.org/brief`)).toEqual([]);
  });
});

describe('emphasis markers', () => {
  it('refuses twelve 20,000-character paragraphs of *a_ (44 s to check before)', () => {
    const body = Array.from({ length: 12 }, () => '*a_'.repeat(6600)).join('\n\n');
    const problems = limitProblems(body);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.line).toBe(bodyLine + 3);
  });

  it('accepts ordinary formatting: a long list of bullets, bold words, escaped stars', () => {
    const bullets = Array.from({ length: 400 }, (_, i) => `* punt ${i} met **nadruk** en _schuin_`).join('\n');
    expect(limitProblems(bullets)).toEqual([]);
    expect(limitProblems(`${'Een **vet** woord. '.repeat(40)}\n\n***\n\n${'\\*'.repeat(1000)}`)).toEqual([]);
  });
});

describe('nesting', () => {
  it('refuses deep nesting repeated on many lines (a minute and a gigabyte before), and accepts long ordinary lists', () => {
    const deep = Array.from({ length: 100 }, () => `${'> - '.repeat(20)}tekst`).join('\n\n');
    expect(limitProblems(deep).map((p) => p.message).join(' ')).toContain('citaten en lijsten');
    const list = Array.from({ length: 10 }, () => Array.from({ length: 100 }, (_, i) => `- punt ${i}\n  - onderdeel`).join('\n')).join('\n\n');
    expect(limitProblems(list)).toEqual([]);
  });
});

describe('file names', () => {
  it('refuses a 251-character name (ENAMETOOLONG in the build) and accepts one of the limit', () => {
    const long = `${'a'.repeat(251)}.mdx`;
    const refused = check(lesson(), { relPath: `voorbeeld-org/${long}` }).problems.filter((p) => p.rule === 'bestandsnaam');
    expect(refused.map((p) => p.message).join(' ')).toContain(`251 tekens lang; de grens is ${limits.nameLength}`);
    expect(check(lesson(), { relPath: `voorbeeld-org/${'a'.repeat(limits.nameLength)}.mdx` }).errors).toEqual([]);
  });
});

describe('images', () => {
  const corpus = useTempCorpus('limits-images');

  it('refuses an external image written through a reference definition, as the direct form is', () => {
    const file = corpus.write('lessen/voorbeeld-org/beeld-via-definitie.mdx', lesson({ body: '## De les\n\n![Een foto][b]\n\n[b]: https://tracker.example/p.png\n' }));
    const problems = readCorpus(corpus.root, { now }).problems.filter((p) => p.file === shown(file));
    expect(problems.map((p) => [p.line, p.rule])).toEqual([[bodyLine + 3, 'afbeelding']]);
    expect(problems[0]!.message).toContain('andere websites');
  });

  it('refuses braces in the description of an image, which MDX would drop, and accepts them escaped', () => {
    const refused = check(lesson({ body: '## De les\n\n![Ouders {en} kinderen](/beeld.png) en ![x {y}][d]\n\n[d]: /beeld.png\n' })).problems.filter((p) => p.rule === 'alt-tekst');
    expect(refused.map((p) => [p.line, p.column])).toEqual([
      [bodyLine + 3, 1],
      [bodyLine + 3, '![Ouders {en} kinderen](/beeld.png) en '.length + 1],
    ]);
    expect(check(lesson({ body: '## De les\n\n![Ouders \\{en\\} kinderen](/beeld.png)\n' })).problems.filter((p) => p.rule === 'alt-tekst')).toEqual([]);
  });
});

describe('a file that cannot be read', () => {
  it('is a problem of that file, named, not a crash', () => {
    const folder = path.join(path.dirname(import.meta.dirname), '..', '.tmp', `niet-leesbaar-${process.pid}.mdx`);
    fs.mkdirSync(folder, { recursive: true });
    try {
      const result = analyseFile({ collection: 'lessen', relPath: 'voorbeeld-org/x.mdx', displayPath: 'content/lessen/voorbeeld-org/x.mdx', absolute: folder }, { now, render: true });
      expect(result.problems).toEqual([expect.objectContaining({ file: 'content/lessen/voorbeeld-org/x.mdx', rule: 'interne-fout', severity: 'error' })]);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
