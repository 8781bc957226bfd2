/**
 * A worker thread that answers each request with one reply, in the order
 * the requests were sent: the content check's workers (parallel.ts) and the
 * search index's page preparer (src/integrations/search-index.ts). A reply
 * `{ type: 'failed' }` rejects its request with the worker's message and
 * stack; a worker that stops rejects every request still waiting.
 */
import { Worker, type Transferable } from 'node:worker_threads';

/** What a worker sends back when a request failed in it. */
export interface FailedReply {
  type: 'failed';
  message: string;
  stack?: string;
}

export class WorkerRequests<Request, Reply extends { type: string }> {
  readonly #worker: Worker;
  readonly #waiting: { resolve: (reply: Reply) => void; reject: (error: Error) => void }[] = [];
  /** Set by `unref`: the worker keeps the process alive only while a request waits. */
  #onlyWhileWaiting = false;
  #stopped: Error | undefined;

  /** `name` says which worker stopped, in the error of the requests it leaves. */
  constructor(module: URL, name: string, workerData?: unknown) {
    this.#worker = new Worker(module, { workerData });
    this.#worker.on('message', (reply: Reply | FailedReply) => {
      const waiting = this.#waiting.shift();
      if (this.#onlyWhileWaiting && this.#waiting.length === 0) this.#worker.unref();
      if (reply.type === 'failed') {
        const failed = reply as FailedReply;
        waiting?.reject(Object.assign(new Error(failed.message), failed.stack ? { stack: failed.stack } : {}));
      } else waiting?.resolve(reply as Reply);
    });
    this.#worker.on('error', (error) => {
      this.#stopped = new Error(`${name} stopped unexpectedly.`, { cause: error });
      for (const waiting of this.#waiting.splice(0)) waiting.reject(this.#stopped);
    });
  }

  /** Sends a request; what `transfer` lists (an ArrayBuffer the message holds) moves to the worker instead of being copied. */
  request(message: Request, transfer?: readonly Transferable[]): Promise<Reply> {
    // A worker that stopped would never answer.
    if (this.#stopped) return Promise.reject(this.#stopped);
    return new Promise((resolve, reject) => {
      if (this.#onlyWhileWaiting && this.#waiting.length === 0) this.#worker.ref();
      this.#waiting.push({ resolve, reject });
      this.#worker.postMessage(message, transfer);
    });
  }

  /**
   * Lets the process exit while the worker has nothing to answer (a build
   * that failed before it was needed), but not while a request waits: a
   * script that only awaits the worker's replies would otherwise end before
   * they come.
   */
  unref(): void {
    this.#onlyWhileWaiting = true;
    if (this.#waiting.length === 0) this.#worker.unref();
  }

  terminate(): Promise<number> {
    return this.#worker.terminate();
  }
}
