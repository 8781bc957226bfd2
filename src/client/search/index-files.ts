/**
 * The files of the search index as the page fetches them: each fetched once,
 * decompressed by the browser, and kept in memory.
 *
 * Pagefind compresses its files with gzip under a signature of its own, and
 * inflates them with a decompressor written in JavaScript, unless a file
 * already starts with the signature. Inflating here, once per file, with the
 * browser's own `DecompressionStream` is several times faster, and every
 * Pagefind instance of the page (engine.ts makes one per search) gets the
 * inflated file from memory: the files change only with a new build.
 * Fragments, a few kilobytes for each result shown, go to Pagefind as they
 * come: through this detour they reached Pagefind later, which held up the
 * results (docs/benchmarks.md), and only the instance of one search reads a
 * result's fragment. Other requests pass through untouched too.
 */

const signature = 'pagefind_dcd';

export function keepIndexFiles(bundle: string): void {
  const base = new URL(bundle, location.href).href;
  const kept = new Map<string, Promise<ArrayBuffer>>();
  const passOn = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? new URL(input, location.href).href : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(base) || /\.(js|pf_fragment)(\?|$)/.test(url) || (init?.method && init.method !== 'GET')) return passOn(input, init);
    let file = kept.get(url);
    if (!file) {
      file = passOn(input, init).then(async (response) => {
        if (!response.ok) throw new Error(`${response.status} ${url}`);
        return inflated(await response.arrayBuffer());
      });
      kept.set(url, file);
      file.catch(() => kept.delete(url));
    }
    // A copy each time: Pagefind may take over the bytes it is given.
    return file.then((body) => new Response(body.slice(0), { status: 200 }));
  };
}

/** A gzipped Pagefind file, inflated, with its signature (which tells Pagefind it needs no inflating); anything else as it came. */
export async function inflated(body: ArrayBuffer): Promise<ArrayBuffer> {
  const bytes = new Uint8Array(body);
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return body;
  const inflated = await new Response(new Blob([body]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
  const start = new TextDecoder().decode(new Uint8Array(inflated, 0, Math.min(signature.length, inflated.byteLength)));
  return start === signature ? inflated : body;
}

/**
 * Fetches, into the files kept by `keepIndexFiles`, what a Pagefind instance
 * loads before it can search: the entry file, then the index metadata and
 * the WebAssembly of the page's language, named in it. Pagefind asks for
 * the entry only once its own script has loaded and run, and for the other
 * two only once it has the entry; fetched from the start, beside its script,
 * they are in memory or on the way when it asks. The addresses are those
 * Pagefind 1.6 builds (pagefind_web_js: loadEntry, findIndex, loadMeta,
 * loadWasm); should they ever differ, Pagefind fetches its own and these are
 * merely not used.
 */
export async function fetchEntryFiles(bundle: string, buildTag: string, lang: string): Promise<void> {
  const entry = (await (await window.fetch(`${bundle}pagefind-entry.json?ts=${buildTag}`)).json()) as { languages?: Record<string, { hash?: string; wasm?: string }> };
  const index = entry.languages?.[lang] ?? entry.languages?.[lang.split('-')[0]!];
  if (!index?.hash) return;
  await Promise.all([window.fetch(`${bundle}pagefind.${index.hash}.pf_meta`), window.fetch(`${bundle}wasm.${index.wasm ?? 'unknown'}.pagefind`)]);
}

