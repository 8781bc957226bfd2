/**
 * `npm run build` replaces the output folder only when the whole build
 * succeeded: after a failed build (content refused) or a build stopped
 * halfway, the previous site is there byte for byte, and no half-built
 * folder is left beside it.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../support/build.ts';
import { tempCorpus, type TempCorpus } from '../support/temp-corpus.ts';
import { buildLimit } from '../support/limits.ts';

const name = `atomic-${process.pid}`;
const outDir = path.join(projectRoot, '.tmp/sites', name);
const cacheDir = path.join(projectRoot, '.tmp/cache', name);
let corpus: TempCorpus;

/** Every file of a folder with its bytes' length and first bytes: enough to see any change a build would make. */
const snapshot = (folder: string) =>
  Object.fromEntries(
    (fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((f) => fs.statSync(path.join(folder, f)).isFile())
      .sort()
      .map((f) => [f, fs.readFileSync(path.join(folder, f)).toString('base64').slice(0, 64)]),
  );
const leftovers = () => fs.readdirSync(path.dirname(outDir)).filter((f) => f.startsWith(`.${name}.`));
const env = (contentDir: string) => ({ ...process.env, LOM_CONTENT_DIR: contentDir, LOM_OUT_DIR: outDir, LOM_CACHE_DIR: cacheDir });

beforeAll(() => {
  // The previous site: the fixture site, as a complete earlier build left it.
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.cpSync(inject('basicSite'), outDir, { recursive: true });
  corpus = tempCorpus('atomic-build');
});
afterAll(() => {
  corpus.remove();
  for (const folder of [outDir, cacheDir]) fs.rmSync(folder, { recursive: true, force: true });
});

describe('npm run build', { timeout: buildLimit }, () => {
  it('leaves the previous site untouched when the content is refused, and says which file', () => {
    const before = snapshot(outDir);
    fs.symlinkSync('/etc/passwd', path.join(corpus.root, 'lessen/voorbeeld-org/notities.mdx'));
    try {
      const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: projectRoot, encoding: 'utf8', env: env(corpus.root), timeout: buildLimit });
      expect(result.status).not.toBe(0);
      expect(`${result.stdout}${result.stderr}`).toContain('lessen/voorbeeld-org/notities.mdx\n  1:1  ');
      expect(`${result.stdout}${result.stderr}`).toContain('De vorige versie');
    } finally {
      fs.rmSync(path.join(corpus.root, 'lessen/voorbeeld-org/notities.mdx'));
    }
    expect(snapshot(outDir)).toEqual(before);
    expect(leftovers()).toEqual([]);
  });

  it('leaves the previous site untouched when stopped halfway, and removes what it had built', async () => {
    const before = snapshot(outDir);
    const build = spawn(process.execPath, ['scripts/build.ts'], { cwd: projectRoot, env: env(corpus.root), stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => build.on('exit', (code) => resolve(code)));
    // Stop it once Astro has started writing the new site.
    const staging = path.join(path.dirname(outDir), `.${name}.bouw-${build.pid}`);
    for (let waited = 0; !fs.existsSync(staging) && waited < buildLimit; waited += 100) await new Promise((r) => setTimeout(r, 100));
    expect(fs.existsSync(staging)).toBe(true);
    build.kill('SIGTERM');
    expect(await exited).not.toBe(0);
    expect(snapshot(outDir)).toEqual(before);
    expect(leftovers()).toEqual([]);
  });

  it('replaces the site when the build succeeds', () => {
    corpus.write('themas/nieuw-thema.mdx', fs.readFileSync(path.join(corpus.root, 'themas/onderwijs.mdx'), 'utf8'));
    const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: projectRoot, encoding: 'utf8', env: env(corpus.root), timeout: buildLimit });
    expect(result.status, result.stderr).toBe(0);
    expect(fs.existsSync(path.join(outDir, 'themas/nieuw-thema/index.html'))).toBe(true);
    expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(true);
    expect(leftovers()).toEqual([]);
  });
});
