/**
 * Runs `astro dev` on a content root, on 127.0.0.1 and a free port, with its
 * own cache folder, for tests of the development server.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { projectRoot } from './build.ts';

export interface DevServer {
  /** Address the server prints once it listens, for example `http://127.0.0.1:43121`. */
  url: string;
  /** Everything the server has printed so far. */
  output: () => string;
  close: () => Promise<void>;
}

/** A port nobody listens on now; astro dev moves to the next one if it is taken by the time it starts. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The environment without what Vitest sets in its workers: Astro's dev server
 * serves no pages when it sees VITEST (it expects to be a test's Vite then), and
 * NODE_ENV is "test". The server should run as a contributor starts it.
 */
function contributorEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^VITEST/.test(key) && key !== 'TEST'));
  return { ...env, NODE_ENV: 'development' };
}

export async function startDevServer(contentDir: string, name: string): Promise<DevServer> {
  const cacheDir = path.join(projectRoot, '.tmp/cache', name);
  const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(await freePort())], {
    cwd: projectRoot,
    env: { ...contributorEnv(), LOM_CONTENT_DIR: contentDir, LOM_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    fs.rmSync(cacheDir, { recursive: true, force: true });
  };
  // Ready once it prints the address it listens on; a server that stops first fails with what it said.
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const address = /https?:\/\/127\.0\.0\.1:\d+/.exec(output.replace(/\x1b\[[0-9;]*m/g, ''));
      if (address) resolve(address[0]);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`astro dev stopped (exit ${code}) before it listened:\n${output}`)));
  });
  return { url, output: () => output, close };
}
