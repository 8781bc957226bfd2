/**
 * The content store as the build's code holds it. Astro bundles the store
 * into the prerender code as one string literal, `JSON.parse("…")`, about
 * 90 MB at 10,000 entries. Once the store holds any character beyond ASCII
 * (the tables' labels give every entry ‘ and ’), V8 took 15 to 90 s to
 * compile that one literal, against about 2 s for the same text as literals
 * of a megabyte joined when the module runs. The text, and so the store,
 * is the same; only the way it is written in the module changes.
 */

/** Astro's module of the content store (astro/dist/content/consts.js). */
const storeModule = '\0astro:data-layer-content';
const prefix = 'export default JSON.parse(';
const suffix = ')';

/** Characters per literal. */
const pieceLength = 1 << 20;

/** The module's text as literals of `pieceLength` characters, joined when the module runs. */
export function piecewiseStore(code: string): string | undefined {
  if (!code.startsWith(prefix) || !code.endsWith(suffix)) return undefined;
  const text = JSON.parse(code.slice(prefix.length, -suffix.length)) as unknown;
  if (typeof text !== 'string' || text.length <= pieceLength) return undefined;
  const pieces: string[] = [];
  // A piece may end between the two halves of a surrogate pair: JSON.stringify writes a lone half as an escape, and the join puts the pair together again.
  for (let at = 0; at < text.length; at += pieceLength) pieces.push(JSON.stringify(text.slice(at, at + pieceLength)));
  return `${prefix}[${pieces.join(',\n')}].join('')${suffix}`;
}

/** A Vite plugin that writes the content store's module piecewise. */
export function contentStoreModule() {
  return {
    name: 'lom-content-store-module',
    enforce: 'post' as const,
    transform(code: string, id: string) {
      if (id !== storeModule) return undefined;
      const piecewise = piecewiseStore(code);
      return piecewise === undefined ? undefined : { code: piecewise, map: null };
    },
  };
}
