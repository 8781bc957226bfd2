/**
 * A worker's replies go to its requests in the order they were sent; a
 * failure in the worker rejects its request, and a worker that stops
 * rejects every request still waiting, saying which worker it was. A worker
 * let go with `unref` keeps a script alive while a request waits, not after.
 */
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkerRequests } from '../../src/content-tools/worker-requests.ts';

type Reply = { type: 'echo'; value: number };

const workerOf = (source: string) => new URL(`data:text/javascript,${encodeURIComponent(`import { parentPort } from 'node:worker_threads';\n${source}`)}`);
const started: WorkerRequests<unknown, Reply>[] = [];
const start = (source: string) => {
  const worker = new WorkerRequests<unknown, Reply>(workerOf(source), 'The test worker');
  started.push(worker);
  return worker;
};

afterEach(async () => {
  await Promise.all(started.splice(0).map((worker) => worker.terminate()));
});

describe('requests to a worker thread', () => {
  it('gives each request its own reply, in order, even when several wait at once', async () => {
    const worker = start(`parentPort.on('message', (n) => parentPort.postMessage({ type: 'echo', value: n * 2 }));`);
    expect(await Promise.all([1, 2, 3].map((n) => worker.request(n)))).toEqual([2, 4, 6].map((value) => ({ type: 'echo', value })));
  });

  it('rejects a request that failed in the worker with its message, and answers the next', async () => {
    const worker = start(`parentPort.on('message', (n) => parentPort.postMessage(n < 0 ? { type: 'failed', message: 'negatief: ' + n } : { type: 'echo', value: n }));`);
    const [failed, next] = await Promise.allSettled([worker.request(-1), worker.request(5)]);
    expect(failed).toMatchObject({ status: 'rejected', reason: { message: 'negatief: -1' } });
    expect(next).toEqual({ status: 'fulfilled', value: { type: 'echo', value: 5 } });
  });

  it('rejects every waiting request, naming the worker, when the worker stops with an error', async () => {
    const worker = start(`parentPort.on('message', () => { throw new Error('kapot'); });`);
    const results = await Promise.allSettled([worker.request(1), worker.request(2)]);
    for (const result of results) expect(result).toMatchObject({ status: 'rejected', reason: { message: 'The test worker stopped unexpectedly.', cause: { message: 'kapot' } } });
  });

  it('keeps a script that awaits an unref\'d worker alive until the reply comes, and lets it end when nothing waits', () => {
    const module = new URL('../../src/content-tools/worker-requests.ts', import.meta.url).href;
    const script = (request: boolean) => `
      import { WorkerRequests } from ${JSON.stringify(module)};
      const source = "import { parentPort } from 'node:worker_threads'; parentPort.on('message', (n) => setTimeout(() => parentPort.postMessage({ type: 'echo', value: n }), 300));";
      const worker = new WorkerRequests(new URL('data:text/javascript,' + encodeURIComponent(source)), 'The test worker');
      worker.unref();
      ${request ? "console.log(JSON.stringify(await worker.request(7)));" : "console.log('gestart');"}`;
    const run = (request: boolean) => spawnSync(process.execPath, ['--input-type=module', '-e', script(request)], { encoding: 'utf8', timeout: 20_000 });
    const awaited = run(true);
    expect(awaited.stderr).not.toContain('unsettled top-level await');
    expect(awaited.stdout.trim()).toBe('{"type":"echo","value":7}');
    const idle = run(false);
    expect(idle.status).toBe(0);
    expect(idle.stdout.trim()).toBe('gestart');
  });

  it('rejects a request sent after the worker stopped, instead of waiting for ever', async () => {
    const worker = start(`parentPort.on('message', () => { throw new Error('kapot'); });`);
    await expect(worker.request(1)).rejects.toThrow('The test worker stopped unexpectedly.');
    await expect(worker.request(2)).rejects.toThrow('The test worker stopped unexpectedly.');
  });

  it('moves a transferred buffer to the worker instead of copying it', async () => {
    const worker = start(`parentPort.on('message', (bytes) => parentPort.postMessage({ type: 'echo', value: bytes.reduce((a, b) => a + b, 0) }));`);
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await worker.request(bytes, [bytes.buffer])).toEqual({ type: 'echo', value: 6 });
    expect(bytes.byteLength).toBe(0);
  });
});
