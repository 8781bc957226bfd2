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
import { formatProblem, type Problem } from '../src/content-tools/problem.ts';
import { contentRoot } from '../src/site.config.ts';
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
const problems = result.problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;

if (format === 'json') {
  console.log(JSON.stringify({ files: result.files, errors, warnings, problems }, null, 2));
} else if (format === 'github') {
  // Workflow commands: properties and messages escape their own separators (see GitHub's docs on workflow commands).
  const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  for (const p of problems) {
    console.log(`::${p.severity} file=${escapeProperty(p.file)},line=${p.line},col=${p.column},title=${escapeProperty(p.rule)}::${escapeData(p.message)}`);
  }
  console.log(summary());
} else {
  const byFile = Map.groupBy(problems, (p: Problem) => p.file);
  for (const [file, list] of byFile) {
    console.log(`\n${file}`);
    for (const p of list) console.log(`  ${formatProblem(p)}`);
  }
  console.log(`\n${summary()}`);
}
process.exit(errors > 0 ? 1 : 0);

function summary() {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const checked = `${count(result.files, 'bestand', 'bestanden')} gecontroleerd in ${seconds} s`;
  if (problems.length === 0) return `Alles in orde: ${checked}.`;
  const files = new Set(problems.map((p) => p.file)).size;
  const verdict = errors > 0 ? 'Los de fouten op; waarschuwingen mogen blijven staan.' : 'Geen fouten; kijk wel naar de waarschuwingen.';
  return `${count(errors, 'fout', 'fouten')} en ${count(warnings, 'waarschuwing', 'waarschuwingen')} in ${count(files, 'bestand', 'bestanden')} (${checked}). ${verdict}`;
}
