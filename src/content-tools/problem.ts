/**
 * A problem found in a content file: what the validator prints and what fails
 * the build. Messages are in Dutch, for contributors.
 */
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

/** Formats one problem as `path:line:column  message  (rule)`. */
export function formatProblem(problem: Problem): string {
  const label = problem.severity === 'warning' ? 'waarschuwing: ' : '';
  return `${problem.file}:${problem.line}:${problem.column}  ${label}${problem.message}  (${problem.rule})`;
}

/** An error that carries the problems that caused it, so callers can print them all. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[], options?: ErrorOptions) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(
      `De inhoud bevat ${errors.length} ${errors.length === 1 ? 'fout' : 'fouten'}:\n` +
        errors.map((p) => `  ${formatProblem(p)}`).join('\n'),
      options,
    );
    this.name = 'ContentError';
    this.problems = problems;
    // The contributor fixes the content, not the code: a stack trace would only hide the list.
    this.stack = this.message;
  }
}
