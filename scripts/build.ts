/**
 * `npm run build [-- astro options]`: `astro build` into a new folder beside
 * the output folder (`LOM_OUT_DIR`, or dist/), which takes the output
 * folder's place only when the whole build succeeded. After any failure
 * (content errors, a crash, Ctrl-C) the previous site is left exactly as it
 * was and the new folder is removed: a half-built site is never there to be
 * served or uploaded.
 *
 * The new folder is a hidden sibling of the output folder, so that swapping
 * them is a rename on one file system, not a copy.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const outDir = path.resolve(process.env.LOM_OUT_DIR ?? 'dist');
const parent = path.dirname(outDir);
const prefix = `.${path.basename(outDir)}.bouw-`;
const staging = path.join(parent, `${prefix}${process.pid}`);
const astro = fileURLToPath(import.meta.resolve('astro/package.json')).replace(/package\.json$/, 'bin/astro.mjs');

const remove = (folder: string) => fs.rmSync(folder, { recursive: true, force: true });
const shown = (folder: string) => path.relative(process.cwd(), folder) || folder;

/** Folders left by a build that was killed outright (no chance to clean up): removed once their process is gone. */
function removeAbandoned() {
  if (!fs.existsSync(parent)) return;
  for (const name of fs.readdirSync(parent)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isRunning(pid)) remove(path.join(parent, name));
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function fail(message: string): never {
  remove(staging);
  console.error(`\n${message} De vorige versie in ${shown(outDir)}/ is niet veranderd.`);
  process.exit(1);
}

removeAbandoned();
fs.mkdirSync(parent, { recursive: true });
remove(staging);

const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  // A site that promises no third-party requests does not let its build report to Astro's telemetry either.
  env: { ...process.env, LOM_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
});
// Ctrl-C or a cancelled CI job: stop the build, then clean up when it has stopped.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));

const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => {
  child.on('exit', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
  child.on('error', (error) => {
    console.error(error);
    resolve([1, null]);
  });
});
if (signal) fail(`De bouw is gestopt (${signal}).`);
if (code !== 0) fail('De bouw is mislukt.');
// Astro exits 0 only when every page was written; a site without a home page is still not a site.
if (!fs.existsSync(path.join(staging, 'index.html'))) fail('De bouw heeft geen index.html gemaakt.');

const previous = path.join(parent, `${prefix}${process.pid}.oud`);
remove(previous);
if (fs.existsSync(outDir)) fs.renameSync(outDir, previous);
try {
  fs.renameSync(staging, outDir);
} catch (cause) {
  if (fs.existsSync(previous)) fs.renameSync(previous, outDir);
  fail(`De nieuwe site kon niet op de plaats van ${shown(outDir)}/ worden gezet (${(cause as Error).message}).`);
}
remove(previous);
console.log(`De site staat in ${shown(outDir)}/.`);
