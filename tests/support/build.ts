/**
 * Builds a corpus with the real `astro build`, into its own output and cache
 * folders, so tests can build fixture corpora beside the real site.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const fixturesDir = path.join(projectRoot, 'tests/fixtures');

export interface BuildResult {
  ok: boolean;
  output: string;
  outDir: string;
  /** Removes the built site and its cache. */
  remove: () => void;
}

/** Builds `contentDir` (absolute, or relative to the project) into `.tmp/sites/<name>`. */
export function buildSite(contentDir: string, name: string, env: Record<string, string> = {}): BuildResult {
  const outDir = path.join(projectRoot, '.tmp/sites', name);
  const cacheDir = path.join(projectRoot, '.tmp/cache', name);
  fs.rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      LOM_CONTENT_DIR: path.resolve(projectRoot, contentDir),
      LOM_OUT_DIR: outDir,
      LOM_CACHE_DIR: cacheDir,
      ...env,
    },
    timeout: 600_000,
  });
  return {
    ok: result.status === 0,
    output: `${result.stdout}\n${result.stderr}`,
    outDir,
    remove: () => {
      for (const folder of [outDir, cacheDir]) fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Reads a built page by its URL path, for example `/interventies/x/`. */
export function readPage(outDir: string, urlPath: string): string {
  const file = urlPath.endsWith('/') ? path.join(outDir, urlPath, 'index.html') : path.join(outDir, urlPath);
  return fs.readFileSync(file, 'utf8');
}
