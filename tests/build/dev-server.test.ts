/**
 * The dev server (`npm run dev`) as a contributor uses it: an invalid edit
 * shows the problems in the browser instead of the last good page, a fix
 * shows the page again, and each change reads the content once, prints its
 * problems once and reloads the browser once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, projectRoot } from '../support/temp-corpus.ts';

// Outside the project: the dev server does not watch .tmp/, where test corpora usually live.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lom-dev-'));
const lessonFile = path.join(root, 'lessen/voorbeeld-org/sleutelfiguren-openen-deuren.mdx');
let server: ChildProcess;
let output = '';
let base = '';
const reloads: number[] = [];
let socket: WebSocket;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });

async function until<T>(what: string, attempt: () => Promise<T | undefined>, seconds = 60): Promise<T> {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    const result = await attempt().catch(() => undefined);
    if (result !== undefined) return result;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}. Server output:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const page = async () => {
  const response = await fetch(`${base}/lessen/sleutelfiguren-openen-deuren/`);
  return { status: response.status, text: await response.text() };
};

beforeAll(async () => {
  fs.cpSync(path.join(fixturesDir, 'corpus-basic'), root, { recursive: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: projectRoot,
    // As a contributor starts it: without the test runner's variables (NODE_ENV=test changes how Vite serves pages).
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'))), LOM_CONTENT_DIR: root, LOM_CACHE_DIR: path.join(projectRoot, '.tmp', `dev-cache-${process.pid}`), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await until('the first page', async () => ((await page()).status === 200 ? true : undefined), 180);
  // Listen as the browser does, to count the reloads the server asks for.
  const client = await (await fetch(`${base}/@vite/client`)).text();
  const token = /wsToken = "([^"]*)"/.exec(client)?.[1] ?? '';
  socket = new WebSocket(`ws://127.0.0.1:${port}/?token=${token}`, 'vite-hmr');
  socket.addEventListener('message', (message) => {
    if ((JSON.parse(String(message.data)) as { type: string }).type === 'full-reload') reloads.push(Date.now());
  });
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve);
    socket.addEventListener('error', reject);
  });
  // Vite may reload once more after the first page, when it has bundled the dependencies that page found: wait until it is quiet.
  let heard = -1;
  await until('a quiet server', async () => {
    const quiet = reloads.length === heard;
    heard = reloads.length;
    await new Promise((resolve) => setTimeout(resolve, 3000));
    return quiet && reloads.length === heard ? true : undefined;
  }, 60);
  reloads.length = 0;
}, 240_000);

afterAll(() => {
  socket?.close();
  server?.kill();
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(path.join(projectRoot, '.tmp', `dev-cache-${process.pid}`), { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('shows content problems in the browser, and the page again once they are fixed, reading the content once per change', async () => {
    const good = fs.readFileSync(lessonFile, 'utf8');
    expect((await page()).text).toContain('Sleutelfiguren openen deuren');

    const printed = () => output.split('\n').filter((line) => line.includes('themes: "ouderbetrokenheid" is geen thema')).length;
    // The fixture's concept has a warning, printed once for each read of the content (not once per collection).
    const reads = () => output.split('\n').filter((line) => line.includes('nog-in-concept.mdx:17:1')).length;
    const readsBefore = reads();
    fs.writeFileSync(lessonFile, good.replace('themes: [ouderbetrokkenheid]', 'themes: [ouderbetrokenheid]'));
    const broken = await until('the problems page', async () => {
      const shown = await page();
      return shown.status === 500 ? shown.text : undefined;
    });
    expect(broken).toContain('De inhoud bevat fouten');
    expect(broken).toContain('lessen/voorbeeld-org/sleutelfiguren-openen-deuren.mdx\n  5:10  themes: &quot;ouderbetrokenheid&quot; is geen thema. Bedoelde u &quot;ouderbetrokkenheid&quot;?');
    // The page reloads by itself once the problem is fixed.
    expect(broken).toContain('<script type="module" src="/@vite/client"></script>');
    await until('one reload', async () => (reloads.length >= 1 ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(reloads, output).toHaveLength(1);
    expect(printed()).toBe(1);
    expect(reads()).toBe(readsBefore + 1);

    fs.writeFileSync(lessonFile, good.replace('title: Sleutelfiguren openen deuren', 'title: Sleutelfiguren openen veel deuren'));
    const fixed = await until('the page again', async () => {
      const shown = await page();
      return shown.status === 200 && shown.text.includes('Sleutelfiguren openen veel deuren') ? shown.text : undefined;
    });
    expect(fixed).not.toContain('De inhoud bevat fouten');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // The fix changes a store, on which Astro reloads the browser itself; the problems page is no longer shown.
    expect(reloads.length, output).toBeGreaterThanOrEqual(2);
    expect(printed()).toBe(1);
    expect(reads()).toBe(readsBefore + 2);
  });
});
