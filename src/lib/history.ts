/**
 * When each content file changed, from the repository's history: one
 * `git log` over the content root per build, read into a map, so that 10,000
 * entries cost one process rather than 10,000. Without git, outside a
 * repository, or for files without a commit, there is no history and pages
 * fall back to the entry's `updated` date.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { contentRoot, repositoryUrl } from '../site.config.ts';

export interface FileHistory {
  /** Date (YYYY-MM-DD) of the newest commit that changed the file. */
  changed: string;
  /** That commit's hash. */
  commit: string;
  /**
   * How many commits changed the file and when the first did; only known
   * when the clone holds the whole history (not in a shallow clone).
   */
  count?: number;
  first?: string;
}

const git = (cwd: string, args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1024 ** 3, stdio: ['ignore', 'pipe', 'ignore'] });

/**
 * The history of every committed file under `root`, keyed by its path
 * relative to `root` with forward slashes. Empty when there is no git or
 * `root` is not in a repository.
 */
export function readHistory(root: string): Map<string, FileHistory> {
  const history = new Map<string, FileHistory>();
  let repository: string[];
  let log: string;
  try {
    repository = git(root, ['rev-parse', '--show-toplevel', '--is-shallow-repository']).trim().split('\n');
    log = git(root, ['-c', 'core.quotePath=false', 'log', '--name-only', '--format=%x1e%H%x09%cs%x09%P', '--', '.']);
  } catch {
    return history;
  }
  const [top = '', shallowFlag] = repository;
  const shallow = shallowFlag === 'true';
  const realRoot = fs.realpathSync(root);
  // Newest commit first, so the first time a file is seen is its last change.
  for (const record of log.split('\x1e').slice(1)) {
    const [head = '', ...names] = record.split('\n');
    const [commit = '', date = '', parents = ''] = head.split('\t');
    // In a shallow clone the oldest commit present looks like a first commit that added every file; it says nothing about when they changed.
    if (shallow && parents === '') continue;
    for (const name of names) {
      if (name === '') continue;
      const key = path.relative(realRoot, path.join(top, name)).split(path.sep).join('/');
      const known = history.get(key);
      if (!known) history.set(key, shallow ? { changed: date, commit } : { changed: date, commit, count: 1, first: date });
      else if (!shallow) {
        known.count! += 1;
        known.first = date;
      }
    }
  }
  return history;
}

let cached: Map<string, FileHistory> | undefined;

/** The history of an entry's file, given its path relative to the project as in `entry.filePath`. */
export function historyOf(filePath: string): FileHistory | undefined {
  cached ??= readHistory(contentRoot);
  return cached.get(path.relative(contentRoot, path.resolve(filePath)).split(path.sep).join('/'));
}

/**
 * Where the repository shows every version of a file; none for a file outside
 * the project, which the repository does not hold.
 */
export const historyUrl = (filePath: string) =>
  filePath.startsWith('../') || path.isAbsolute(filePath) ? undefined : `${repositoryUrl}/commits/main/${filePath}`;
