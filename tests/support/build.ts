/**
 * Builds a corpus with the real `astro build`, into its own output and cache
 * folders, so tests can build fixture corpora beside the real site.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildLimit } from './limits.ts';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const fixturesDir = path.join(projectRoot, 'tests/fixtures');

export interface BuildResult {
  ok: boolean;
  output: string;
  outDir: string;
  /** Removes the built site and its cache. */
  remove: () => void;
}

function buildCommand(contentDir: string, name: string, env: Record<string, string>) {
  const outDir = path.join(projectRoot, '.tmp/sites', name);
  const cacheDir = path.join(projectRoot, '.tmp/cache', name);
  fs.rmSync(outDir, { recursive: true, force: true });
  return {
    outDir,
    options: {
      cwd: projectRoot,
      env: {
        ...process.env,
        LOM_CONTENT_DIR: path.resolve(projectRoot, contentDir),
        LOM_OUT_DIR: outDir,
        LOM_CACHE_DIR: cacheDir,
        ...env,
      },
    },
    remove: () => {
      for (const folder of [outDir, cacheDir]) fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

const npmBuild = ['run', '--silent', 'build'];

/** Builds `contentDir` (absolute, or relative to the project) into `.tmp/sites/<name>`. */
export function buildSite(contentDir: string, name: string, env: Record<string, string> = {}): BuildResult {
  const { outDir, options, remove } = buildCommand(contentDir, name, env);
  const result = spawnSync('npm', npmBuild, { ...options, encoding: 'utf8', timeout: buildLimit });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}`, outDir, remove };
}

/**
 * `buildSite` without blocking the calling thread: for Vitest's main process,
 * which must keep answering the workers that run other tests meanwhile.
 */
export function buildSiteAsync(contentDir: string, name: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const { outDir, options, remove } = buildCommand(contentDir, name, env);
  return new Promise((resolve, reject) => {
    const child = spawn('npm', npmBuild, { ...options, stdio: ['ignore', 'pipe', 'pipe'], timeout: buildLimit });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ ok: status === 0, output, outDir, remove }));
  });
}

/** Reads a built page by its URL path, for example `/interventies/x/`. */
export function readPage(outDir: string, urlPath: string): string {
  const file = urlPath.endsWith('/') ? path.join(outDir, urlPath, 'index.html') : path.join(outDir, urlPath);
  return fs.readFileSync(file, 'utf8');
}
