/**
 * Serves a built site on 127.0.0.1 as a static host would: directory indexes,
 * the 404 page, gzip when the client accepts it (compressed once per file, as
 * hosts keep compressed copies), and the site's headers file.
 * Used by browser tests and benchmarks; every request is counted so that
 * benchmarks can report bytes on the wire.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.zip': 'application/zip',
};
const compressible = /^(text\/|application\/(json|javascript|xml|wasm)|image\/svg)/;

export interface StaticServer {
  url: string;
  /** Bytes sent (after compression) and requests served since the last reset. */
  stats: { bytes: number; requests: number; paths: string[] };
  resetStats: () => void;
  close: () => Promise<void>;
}

export async function serveStatic(root: string, options: { gzip?: boolean } = {}): Promise<StaticServer> {
  const gzip = options.gzip ?? true;
  const stats = { bytes: 0, requests: 0, paths: [] as string[] };
  const compressed = new Map<string, Buffer>();
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) file = path.join(root, '404.html');
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!fs.existsSync(file)) {
      status = 404;
      file = path.join(root, '404.html');
    }
    let body: Buffer = fs.existsSync(file) ? fs.readFileSync(file) : Buffer.from('Not found');
    const type = types[path.extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-store' };
    if (gzip && compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      const plain = body;
      body = compressed.get(file) ?? zlib.gzipSync(plain, { level: 6 });
      compressed.set(file, body);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    stats.bytes += body.length;
    stats.requests += 1;
    stats.paths.push(url.pathname);
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    resetStats: () => {
      stats.bytes = 0;
      stats.requests = 0;
      stats.paths = [];
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
