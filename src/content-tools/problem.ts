/**
 * A problem found in a content file: what the validator prints and what fails
 * the build. Messages are in Dutch, for contributors.
 */
import { printableProblem } from './text.ts';

export interface Problem {
  /** Path of the file, relative to the content root's parent (as a contributor sees it in the repository). */
  file: string;
  /** 1-based line and column in the file. */
  line: number;
  column: number;
  message: string;
  /** Short id of the rule that was broken, for searching the documentation. */
  rule: string;
  severity: 'error' | 'warning';
}

export interface Position {
  line: number;
  column: number;
}

export const startOfFile: Position = { line: 1, column: 1 };

/** Formats one problem as `path:line:column  message  (rule)`, for a line of its own (a log, a test). */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}  ${problemText(problem)}`;
}

/** One problem under the heading of its file: `line:column  message  (rule)`. */
const problemText = (problem: Problem) => `${problem.severity === 'warning' ? 'waarschuwing: ' : ''}${problem.message}  (${problem.rule})`;

/** Problems in the order a contributor fixes them: by file, then by place in the file. */
export const sortProblems = (problems: readonly Problem[]): Problem[] =>
  [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));

/**
 * Problems as `npm run check` prints them, and the build when it fails: each
 * file's path once, then its problems, each with its line and column.
 */
export function formatProblems(problems: readonly Problem[]): string {
  const lines: string[] = [];
  for (const [file, list] of Map.groupBy(sortProblems(problems), (p: Problem) => p.file)) {
    lines.push('', file);
    for (const p of list) lines.push(`  ${p.line}:${p.column}  ${problemText(p)}`);
  }
  return lines.join('\n');
}

/** The verdict under the list: how many errors and warnings in how many files, and what to do. */
export function summarise(problems: readonly Problem[], checked?: string): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (problems.length === 0) return `Alles in orde${checked ? `: ${checked}` : ''}.`;
  const files = new Set(problems.map((p) => p.file)).size;
  const verdict = errors > 0 ? 'Los de fouten op; waarschuwingen mogen blijven staan.' : 'Geen fouten; kijk wel naar de waarschuwingen.';
  return `${count(errors, 'fout', 'fouten')} en ${count(warnings, 'waarschuwing', 'waarschuwingen')} in ${count(files, 'bestand', 'bestanden')}${checked ? ` (${checked})` : ''}. ${verdict}`;
}

/**
 * An error that carries the problems that caused it, so callers can print
 * them all. Its message is what `npm run check` prints, so that a failed
 * build says the same as the check.
 */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[], options?: ErrorOptions) {
    super(`De inhoud kan niet worden gepubliceerd.\n${formatProblems(problems.map(printableProblem))}\n\n${summarise(problems)}\nDezelfde lijst krijgt u met npm run check.`, options);
    this.name = 'ContentError';
    this.problems = problems;
    // The contributor fixes the content, not the code: a stack trace (which Astro prints under the list) would only hide it.
    this.stack = '';
  }

  /**
   * The name only. Astro adds a hint about browser APIs to any error whose
   * text contains "document" or "window", words a content problem may quote;
   * the hint would send a contributor looking in the wrong place.
   */
  override toString() {
    return this.name;
  }
}
