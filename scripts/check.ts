/**
 * `npm run check [-- paths…] [--format text|github|json]`: validates the
 * content without building, with the same pipeline as the build. Without
 * paths it checks everything; with paths, only the files under them (against
 * the whole tree, so references and links still resolve).
 *
 * Exit 0 when there are no errors (warnings allowed), 1 when there are, 2 when
 * the command itself was used wrongly.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkCorpus } from '../src/content-tools/parallel.ts';
import { formatProblems, sortProblems, summarise } from '../src/content-tools/problem.ts';
import { contentRoot } from '../src/site.config.ts';
import { printableProblem } from '../src/content-tools/text.ts';
import { readCommandLine } from './cli.ts';

const usage = `Gebruik: npm run check -- [bestanden of mappen …] [--format text|github|json]

  zonder bestanden   controleert alle inhoud in ${path.relative(process.cwd(), contentRoot) || '.'}/
  --format text      leesbare lijst per bestand (standaard)
  --format github    meldingen voor GitHub Actions
  --format json      alle meldingen als JSON
  --help             deze uitleg`;

const cli = readCommandLine<{ format?: string }>(usage, { format: { type: 'string', default: 'text' } });
const { values, positionals } = cli;
// Annotated, so that TypeScript narrows values after a call that stops.
const stop: (message: string) => never = cli.stop;
const format = values.format ?? 'text';
if (!['text', 'github', 'json'].includes(format)) stop(`Onbekend formaat "${format}": kies text, github of json.`);

const only = positionals.map((given) => {
  const absolute = path.resolve(given);
  if (!fs.existsSync(absolute)) stop(`Het bestand of de map "${given}" bestaat niet.`);
  if (absolute !== contentRoot && !absolute.startsWith(contentRoot + path.sep)) {
    stop(`"${given}" ligt niet in de map met inhoud (${path.relative(process.cwd(), contentRoot) || contentRoot}).`);
  }
  return absolute;
});

const started = performance.now();
const result = await checkCorpus(contentRoot, { only: only.length > 0 ? only : undefined });
if (only.length > 0 && result.files === 0) {
  stop(`In ${positionals.join(', ')} staan geen bijdragen: bijdragen zijn .mdx-bestanden in een map van een collectie, zoals content/interventies/<organisatie>/.`);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
// File names and messages may hold what a contributor wrote: printed, nothing in them can forge a line or drive a terminal.
const problems = sortProblems(result.problems.map(printableProblem));
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const summary = summarise(problems, `${count(result.files, 'bestand', 'bestanden')} gecontroleerd in ${seconds} s`);

let output: string;
if (format === 'json') {
  output = JSON.stringify({ files: result.files, errors, warnings, problems }, null, 2);
} else if (format === 'github') {
  // Workflow commands: properties and messages escape their own separators (see GitHub's docs on workflow commands).
  const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  output = [...problems.map((p) => `::${p.severity} file=${escapeProperty(p.file)},line=${p.line},col=${p.column},title=${escapeProperty(p.rule)}::${escapeData(p.message)}`), summary].join('\n');
} else {
  output = `${formatProblems(problems)}\n\n${summary}`;
}
// Written at once, and the process left to end by itself: process.exit() would cut off what a pipe has not yet taken (64 KB).
process.stdout.write(`${output}\n`);
process.exitCode = errors > 0 ? 1 : 0;
