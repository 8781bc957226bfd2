/**
 * The search page inflates Pagefind's files itself (src/client/search/index-files.ts):
 * what it hands Pagefind must be the file Pagefind would have inflated, with
 * the signature that tells Pagefind not to inflate it again.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflated } from '../../src/client/search/index-files.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (buffer: ArrayBuffer) => new TextDecoder().decode(buffer);
const gzipped = (data: Uint8Array) => {
  const zipped = gzipSync(data);
  return zipped.buffer.slice(zipped.byteOffset, zipped.byteOffset + zipped.byteLength);
};

describe('inflating index files', () => {
  it('inflates a gzipped Pagefind file and keeps its signature', async () => {
    expect(text(await inflated(gzipped(bytes('pagefind_dcd\u0001\u0002words'))))).toBe('pagefind_dcd\u0001\u0002words');
  });

  it('leaves a gzipped file without the signature as it came, for Pagefind to judge', async () => {
    const zipped = gzipped(bytes('something else'));
    expect(new Uint8Array(await inflated(zipped))).toEqual(new Uint8Array(zipped));
  });

  it('leaves a file that is not gzipped, such as the entry file, as it came', async () => {
    expect(text(await inflated(bytes('{"version":"1.6.0"}').buffer as ArrayBuffer))).toBe('{"version":"1.6.0"}');
  });
});
