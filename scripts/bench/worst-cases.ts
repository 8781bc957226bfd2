/**
 * `node scripts/bench/worst-cases.ts [--only name,…]`: the parser's and the
 * checker's worst cases within the limits of src/content-tools/limits.ts
 * (and the file, front-matter and paragraph limits), each as one file in a
 * copy of the basic fixture corpus, checked with `npm run check <file>` as a
 * contributor would. Prints wall and CPU time, peak memory (maximum resident
 * set of the check, from GNU time) and whether the file was accepted, per
 * case. Figures, not pass or fail: on a shared machine the wall time
 * follows the load, the CPU time much less.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { limits } from '../../src/content-tools/limits.ts';
import { lesson } from '../../tests/support/temp-corpus.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { only: { type: 'string' } } });
const repeat = (unit: string, times: number) => unit.repeat(times);
const paragraphs = (count: number, make: (i: number) => string) => Array.from({ length: count }, (_, i) => make(i)).join('\n\n');
/** Fills a body up to about `bytes` with paragraphs made by `make`. */
const fill = (bytes: number, make: (i: number) => string) => {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = make(i);
    if (size + part.length + 2 > bytes) break;
    parts.push(part);
    size += part.length + 2;
  }
  return parts.join('\n\n');
};
const fileBudget = 250 * 1024;
const markersPerParagraph = limits.emphasisMarkersPerParagraph;

/** Each case: a body (after `## De les`) within the limits, at or next to them. */
const cases: Record<string, () => string> = {
  'plain text, 250 KB in 20,000-character paragraphs': () => fill(fileBudget, () => repeat('Ouders en scholen werken samen in de wijk. ', 460)),
  'emphasis: *a_ at the limit per paragraph and per file': () =>
    paragraphs(Math.floor(limits.emphasisMarkersPerFile / markersPerParagraph), () => repeat('*a_', markersPerParagraph / 2) + repeat(' woord', 2000)),
  'emphasis: nested **_~~ runs at the limit': () => paragraphs(Math.floor(limits.emphasisMarkersPerFile / markersPerParagraph), () => repeat('**_~~a', Math.floor(markersPerParagraph / 5))),
  'links: 5,000 brackets as [a](/x)': () => paragraphs(limits.bracketsPerFile / 50, () => repeat('[a](/themas/onderwijs/) ', 50)),
  'references: 2,500 [a][b] to a 40-character definition': () => `[b]: https://example.org/${'x'.repeat(16)}\n\n${paragraphs(50, () => repeat('[a][b] ', 49))}`,
  'images: 2,500 ![a][b] through a definition': () => `[b]: /favicon.svg\n\n${paragraphs(50, () => repeat('![a][b] ', 49))}`,
  'footnotes: 990 references to one note': () => `${paragraphs(20, () => repeat('tekst[^n] ', 49))}\n\n[^n]: De noot.`,
  'table: 50 columns × 99 rows (4,950 cells)': () => {
    const row = (cell: string) => `|${repeat(` ${cell} |`, limits.tableColumns)}`;
    return [row('k'), `|${repeat('-|', limits.tableColumns)}`, ...Array.from({ length: 97 }, () => row('c'))].join('\n');
  },
  'tables: 2 tables of 25 × 192 cells (the cells per file)': () =>
    paragraphs(2, () => [`|${repeat(' k |', 25)}`, `|${repeat('-|', 25)}`, ...Array.from({ length: 190 }, () => `|${repeat(' c |', 25)}`)].join('\n')),
  'nesting: 40 quotes and lists in each other, up to the markers per file': () =>
    paragraphs(Math.floor(limits.containerMarkersPerFile / 40), () => `${repeat('> - ', 20)}${repeat('tekst ', 300)}`),
  'lists: 3,000 list items (the markers per file)': () => paragraphs(limits.containerMarkersPerFile / 200, () => Array.from({ length: 200 }, (_, i) => `- punt ${i} met nadruk`).join('\n')),
  'numbers: 250 KB of digit groups (personal-data scan)': () => fill(fileBudget, (i) => repeat(`0${i % 10} ${i % 7}${i % 3} 1.23${i % 9} `, 200)),
  'brackets: [[[ nested, 5,000': () => paragraphs(100, () => repeat('[', 49) + 'a' + repeat(']', 49)),
  'inline HTML allowlist: 2,500 <sup>': () => paragraphs(50, () => repeat('<sup>1</sup> ', 49)),
  'syntax errors: a broken component in every paragraph': () => fill(fileBudget, (i) => `Alinea ${i} met <Callout type="x">open en ${repeat('woord ', 50)}`),
};

const corpus = path.join(root, '.tmp/bench/worst-cases');
fs.rmSync(corpus, { recursive: true, force: true });
fs.cpSync(path.join(root, 'tests/fixtures/corpus-basic'), corpus, { recursive: true });

const rows: string[][] = [];
for (const [name, make] of Object.entries(cases)) {
  if (values.only && !values.only.split(',').some((part) => name.includes(part))) continue;
  const file = path.join(corpus, 'lessen/voorbeeld-org/grens.mdx');
  const text = lesson({ body: `## De les\n\n${make()}\n` });
  fs.writeFileSync(file, text);
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, path.join(root, 'scripts/check.ts'), '--format', 'json', file], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LOM_CONTENT_DIR: corpus },
    maxBuffer: 256 * 1024 * 1024,
  });
  const wall = (performance.now() - started) / 1000;
  const [user, system, maxKb] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number, number];
  let verdict = `exit ${result.status}`;
  try {
    const report = JSON.parse(result.stdout) as { errors: number; problems: { rule: string }[] };
    const rules = [...new Set(report.problems.filter((p) => p.rule !== 'werkblad').map((p) => p.rule))];
    verdict = report.errors === 0 ? 'accepted' : `refused (${rules.join(', ')})`;
  } catch {
    // The figures still say something when the output is not JSON.
  }
  rows.push([name, `${Math.round(Buffer.byteLength(text) / 1024)} KB`, verdict, wall.toFixed(1), (user + system).toFixed(1), `${Math.round(maxKb / 1024)}`]);
  console.error(`${name}: ${wall.toFixed(1)} s`);
}
fs.rmSync(corpus, { recursive: true, force: true });

const header = ['case', 'file', 'result', 'wall s', 'CPU s', 'peak RSS MB'];
console.log(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
