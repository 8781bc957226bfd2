/**
 * The content store's module, written piecewise so that V8 compiles it
 * fast, gives the very store Astro wrote.
 */
import { describe, expect, it } from 'vitest';
import { piecewiseStore } from '../../src/integrations/content-store-module.ts';

const moduleOf = (store: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(store))})`;
const run = async (code: string) => ((await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown }).default;

describe('the content store module', () => {
  it('gives the same store as Astro\'s one literal, characters beyond ASCII and surrogate pairs at the joins included', async () => {
    // 😀 is a surrogate pair; repeated with an odd-length run so that some pieces end between its halves.
    const html = `<p>Tabel bij ‘Aanpak’ — één 😀</p>`.repeat(70_000);
    const store = { entries: [['interventies', { id: 'een', rendered: { html } }]], quote: '"\\\n' };
    const code = moduleOf(store);
    const piecewise = piecewiseStore(code)!;
    expect(piecewise).not.toBe(code);
    expect(piecewise.split('\n').length).toBeGreaterThan(2);
    expect(await run(piecewise)).toEqual(store);
  });

  it('leaves a small store and any other module as they are', () => {
    expect(piecewiseStore(moduleOf({ entries: [] }))).toBeUndefined();
    expect(piecewiseStore('export default new Map()')).toBeUndefined();
  });
});
