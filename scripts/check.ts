/**
 * `npm run check [paths…] [--format text|github|json]`: validates the content
 * without building, with the same pipeline as the build. Exit 1 on any error.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readCorpus } from '../src/content-tools/corpus.ts';
import { formatProblem, type Problem } from '../src/content-tools/problem.ts';
import { contentRoot } from '../src/site.config.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { format: { type: 'string', default: 'text' } },
});
const format = values.format ?? 'text';
if (!['text', 'github', 'json'].includes(format)) {
  console.error(`Onbekend formaat "${format}": kies text, github of json.`);
  process.exit(2);
}

const started = performance.now();
const corpus = readCorpus(contentRoot, { only: positionals.length > 0 ? positionals.map((p) => path.resolve(p)) : undefined });
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const problems = corpus.problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;

if (format === 'json') {
  console.log(JSON.stringify({ files: corpus.entries.length, errors, warnings, problems }, null, 2));
} else if (format === 'github') {
  const escape = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  for (const p of problems) {
    const kind = p.severity === 'error' ? 'error' : 'warning';
    console.log(`::${kind} file=${p.file},line=${p.line},col=${p.column},title=${p.rule}::${escape(p.message)}`);
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
  const checked = `${corpus.entries.length} ${corpus.entries.length === 1 ? 'bestand' : 'bestanden'} gecontroleerd in ${seconds} s`;
  if (problems.length === 0) return `Alles in orde: ${checked}.`;
  return `${errors} ${errors === 1 ? 'fout' : 'fouten'}, ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'} (${checked}).`;
}
