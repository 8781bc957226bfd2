/**
 * Helpers for the content-tool tests: valid entries as text, and temporary
 * corpora (a copy of the basic fixture corpus plus the files a test adds)
 * inside the project, so that paths in messages are short and relative.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll } from 'vitest';
import type { CollectionName } from '../../src/collections.ts';
import { readEntry } from '../../src/content-tools/entry.ts';
import { fixturesDir, projectRoot } from './build.ts';
import { scriptLimit } from './limits.ts';

export { fixturesDir, projectRoot };

/** The day the tests are run on, as far as date rules are concerned. */
export const now = '2026-11-28';

/** A valid lesson of the fixture organisation, with fields replaced or added and an optional body. */
export function lesson({ fields = {}, body = '## De les\n\nVertrouwen komt eerst.\n' }: { fields?: Record<string, string>; body?: string } = {}): string {
  const base: Record<string, string> = {
    title: 'Een les over ouders',
    summary: 'Een sleutelfiguur uit de eigen gemeenschap bereikt ouders die een school zelf niet bereikt.',
    organisations: '[voorbeeld-org]',
    themes: '[ouderbetrokkenheid]',
    sources: '\n  - title: Onderzoek naar het bereiken van ouders\n    url: https://example.org/onderzoek',
    updated: '2026-11-03',
    kind: 'werkzaam-element',
    context: 'Geleerd in projecten met scholen in grote steden.',
    audiences: '[onderwijs]',
  };
  const merged = { ...base, ...fields };
  const yaml = Object.entries(merged)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}:${value.startsWith('\n') ? '' : ' '}${value}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${body}`;
}

/** Reads one lesson file in memory through the whole pipeline. */
export function check(text: string | Uint8Array, { collection = 'lessen' as CollectionName, relPath = 'voorbeeld-org/een-les.mdx' } = {}) {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  const result = readEntry({ collection, relPath, displayPath: `${collection}/${relPath}`, bytes }, { now, render: true });
  return {
    problems: result.problems,
    rules: result.problems.map((p) => p.rule),
    errors: result.problems.filter((p) => p.severity === 'error'),
    /** The body as HTML; rendered only when the file has no errors. */
    html: result.entry?.html ?? '',
  };
}

export interface TempCorpus {
  root: string;
  /** Writes a file at a path relative to the corpus root, and returns its absolute path. */
  write: (relative: string, content: string | Uint8Array) => string;
  read: (relative: string) => string;
  remove: () => void;
}

/** A copy of the basic fixture corpus (and of more fixture folders) under .tmp/, unique to this process. */
export function tempCorpus(name: string, ...extraFixtures: string[]): TempCorpus {
  const root = path.join(projectRoot, '.tmp/corpora', `${name}-${process.pid}`);
  fs.rmSync(root, { recursive: true, force: true });
  for (const fixture of ['corpus-basic', ...extraFixtures]) fs.cpSync(path.join(fixturesDir, fixture), root, { recursive: true });
  return {
    root,
    write: (relative, content) => {
      const file = path.join(root, relative);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
      return file;
    },
    read: (relative) => fs.readFileSync(path.join(root, relative), 'utf8'),
    remove: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}

/**
 * A temporary corpus for the tests of a file or a `describe` block: copied
 * before its tests and removed after them. Use it from the first test or
 * hook on.
 */
export function useTempCorpus(name: string, ...extraFixtures: string[]): TempCorpus {
  let corpus: TempCorpus | undefined;
  const current = () => {
    if (!corpus) throw new Error(`The temporary corpus "${name}" is made before the tests; use it in a test or hook.`);
    return corpus;
  };
  beforeAll(() => {
    corpus = tempCorpus(name, ...extraFixtures);
  });
  afterAll(() => corpus?.remove());
  return {
    get root() {
      return current().root;
    },
    write: (relative, content) => current().write(relative, content),
    read: (relative) => current().read(relative),
    remove: () => current().remove(),
  };
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  output: string;
}

/** Runs one of the project's scripts (`scripts/<name>.ts`) with a content root, as `npm run <name>` would. */
export function runScript(script: string, args: string[], contentDir: string, timeout = scriptLimit): RunResult {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', `${script}.ts`), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, LOM_CONTENT_DIR: contentDir },
    timeout,
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    output: `${result.stdout}\n${result.stderr}${result.error ? `\n(${script}.ts stopped: ${result.error.message})` : ''}`,
  };
}

/** Path of a file as the tools print it: relative to the project. */
export const shown = (file: string) => path.relative(projectRoot, file).split(path.sep).join('/');
