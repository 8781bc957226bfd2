/**
 * `npm run bench [-- --sizes 1000,10000] [--keep]`: generates valid corpora
 * outside `content/` (in `.tmp/bench/`), and for each, one after the other:
 * validates it with `npm run check`, builds it with `npm run build` (pages and
 * the search index, which Pagefind builds in its own process while the pages
 * render, and writes at the end), builds the search index again on its own
 * from the built pages to time it and measure its memory apart, measures the output, serves it with gzip to measure what a content
 * page transfers, and runs the search benchmark of `scripts/bench/search.ts`
 * where that exists. Prints one table; figures, not pass or fail. Peak memory
 * is the largest sum of the resident memory of a step's whole process tree
 * (npm, node, the Pagefind binary), sampled every 100 ms from /proc.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathOfBuiltFile } from '../../src/shared/addresses.ts';
import { serveStatic } from '../../tests/support/server.ts';
import { generateCorpus } from './generate-corpus.ts';

const root = path.resolve(import.meta.dirname, '../..');
const benchDir = path.join(root, '.tmp/bench');
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' }, keep: { type: 'boolean', default: false } } });
const sizes = values.sizes!.split(',').map(Number);

interface Measured {
  status: number | null;
  seconds: number;
  cpuSeconds: number;
  peakBytes: number;
  output: string;
}

/** The pids of a process and all its descendants, from /proc. */
function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while the tree was read.
    }
  }
  const tree: number[] = [];
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    tree.push(pid);
    pending.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Clock ticks a second, the unit of CPU time in /proc/<pid>/stat: 100 on Linux. */
const ticksPerSecond = 100;

/**
 * Runs a command, timing it and sampling its process tree every 100 ms from
 * /proc: the largest sum of resident memory, and each process's CPU time (user
 * + system) as last seen. On a busy machine wall time grows with the load, CPU
 * time much less; the Pagefind binary is counted, which rusage-based tools miss
 * because nobody waits for it.
 */
function measure(command: string, args: string[], env: Record<string, string> = {}): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peakBytes = 0;
    const cpuTicks = new Map<number, number>();
    const sample = () => {
      let rss = 0;
      for (const pid of processTree(child.pid!)) {
        try {
          rss += Number(fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? 0) * 1024;
          const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          // utime and stime, fields 14 and 15 of stat, 12 and 13 after the command name.
          cpuTicks.set(pid, Number(fields[11]) + Number(fields[12]));
        } catch {
          // Ended between listing and reading.
        }
      }
      peakBytes = Math.max(peakBytes, rss);
    };
    const timer = setInterval(sample, 100);
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(timer);
      const cpuSeconds = [...cpuTicks.values()].reduce((a, b) => a + b, 0) / ticksPerSecond;
      resolve({ status, seconds: (performance.now() - started) / 1000, cpuSeconds, peakBytes, output });
    });
  });
}

function filesUnder(dir: string): { file: string; bytes: number }[] {
  return (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .map((file) => ({ file: file.split(path.sep).join('/'), full: path.join(dir, file) }))
    .filter(({ full }) => fs.statSync(full).isFile())
    .map(({ file, full }) => ({ file, bytes: fs.statSync(full).size }));
}

const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => (bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GB` : `${(bytes / 1024 ** 2).toFixed(0)} MB`);
const s = (seconds: number) => `${seconds.toFixed(1)} s`;

/** Bytes on the wire, gzipped, of a page with its stylesheets and scripts, as the static server sends them. */
async function transfer(server: Awaited<ReturnType<typeof serveStatic>>, url: string) {
  server.resetStats();
  const html = await (await fetch(server.url + url, { headers: { 'accept-encoding': 'gzip' } })).text();
  const htmlBytes = server.stats.bytes;
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
  for (const href of styles) await (await fetch(new URL(href, server.url), { headers: { 'accept-encoding': 'gzip' } })).arrayBuffer();
  const cssBytes = server.stats.bytes - htmlBytes;
  // Module scripts load their imports too: follow them, once each.
  const loaded = new Set<string>();
  const load = async (src: string): Promise<void> => {
    const url = new URL(src, server.url).href;
    if (loaded.has(url)) return;
    loaded.add(url);
    const code = await (await fetch(url, { headers: { 'accept-encoding': 'gzip' } })).text();
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+|\/[^"']+)["']/g)) await load(new URL(m[1]!, url).href);
  };
  for (const src of scripts) await load(src);
  // JSON-LD and other JSON data blocks are not run: they are no JavaScript.
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(ld\+)?json")[^>]*>[\s\S]*?<\/script>/g)].length;
  return { htmlCss: htmlBytes + cssBytes, jsBytes: server.stats.bytes - htmlBytes - cssBytes, scripts: scripts.length + inlineScripts };
}

/** Astro prints durations as "850ms", "28.48s" or "1m 4s". */
function seconds(text: string | undefined): number | undefined {
  const match = text?.match(/^(?:(\d+)m\s*)?(?:([\d.]+)s)?(?:([\d.]+)ms)?$/);
  if (!text || !match) return undefined;
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0) + Number(match[3] ?? 0) / 1000;
}

/** The build's own account of its steps, from its log: how long the content, the bundling and the pages took, and what came after. */
function buildPhases(log: string): Record<'content' | 'bundling' | 'pages' | 'after', string> {
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  const content = seconds(plain.match(/\[content\] Synced content[\s\S]*?\[build\] ✓ Completed in ([^.\n]+(?:\.\d+)?m?s)\./)?.[1]);
  const bundling = [...plain.matchAll(/\[vite\] ✓ built in ([\d.]+m?s)/g)].reduce((sum, m) => sum + (seconds(m[1]) ?? 0), 0);
  const pages = seconds(plain.match(/generating static routes[\s\S]*?\n\S* ?✓ Completed in ([^\n]+?)\.\n/)?.[1]?.trim());
  const written = plain.match(/Indexed \d+ pages for search: added while rendering over [\d.]+ s, written in ([\d.]+) s/)?.[1];
  const fileSets = plain.match(/Wrote \d+ files of \d+ file sets, from ([\d.]+) s before the last page/)?.[1];
  const show = (value: number | undefined) => (value === undefined ? 'n/a' : s(value));
  return {
    content: show(content),
    bundling: show(bundling || undefined),
    pages: show(pages),
    after: written ? `${s(Number(written))} (file sets written from ${fileSets ? s(Number(fileSets)) : 'n/a'} before the last page)` : 'n/a',
  };
}

type Row = Record<string, string>;
const results: { size: number; row: Row; largest: string[] }[] = [];
const logDir = path.join(benchDir, 'logs');
fs.mkdirSync(logDir, { recursive: true });
/** Keeps a step's output for a look at where the time went; the folder survives the run. */
const keepLog = (size: number, step: string, measured: Measured) => fs.writeFileSync(path.join(logDir, `${size}-${step}.log`), measured.output);
const loadAverage = () => os.loadavg().map((l) => l.toFixed(1)).join(' / ');
const searchModule = path.join(root, 'scripts/bench/search.ts');
const indexer = path.join(root, 'src/integrations/search-index.ts');

for (const size of sizes) {
  const corpus = path.join(benchDir, `corpus-${size}`);
  const site = path.join(benchDir, `site-${size}`);
  const cache = path.join(benchDir, `cache-${size}`);
  const env = { LOM_CONTENT_DIR: corpus, LOM_OUT_DIR: site, LOM_CACHE_DIR: cache };
  const loadBefore = loadAverage();
  console.log(`\n${size.toLocaleString('en')} entries: generating the corpus (load average ${loadBefore})`);
  generateCorpus(corpus, size);
  for (const dir of [site, cache]) fs.rmSync(dir, { recursive: true, force: true });

  console.log('  npm run check');
  const check = await measure('npm', ['run', '--silent', 'check'], env);
  keepLog(size, 'check', check);
  if (check.status !== 0) throw new Error(`npm run check failed on the generated corpus:\n${check.output.slice(-3000)}`);

  console.log('  npm run build (pages and search index, cold cache)');
  const build = await measure('npm', ['run', '--silent', 'build'], env);
  keepLog(size, 'build', build);
  if (build.status !== 0) throw new Error(`The build failed:\n${build.output.slice(-3000)}`);
  const phases = buildPhases(build.output);

  let index: Measured | undefined;
  if (fs.existsSync(indexer)) {
    console.log('  search index on its own');
    index = await measure(process.execPath, [path.join(root, 'scripts/bench/index-site.ts'), site], env);
    keepLog(size, 'index', index);
    if (index.status !== 0) throw new Error(`Indexing failed:\n${index.output.slice(-3000)}`);
  }

  const files = filesUnder(site);
  const html = files.filter((f) => f.file.endsWith('.html'));
  const bySize = [...html].sort((a, b) => b.bytes - a.bytes);
  const largest = bySize[0]!;
  const searchBytes = files.filter((f) => f.file.startsWith('pagefind/')).reduce((sum, f) => sum + f.bytes, 0);
  const entryPages = html.filter((f) => /^interventies\/interventie-\d+\/index\.html$/.test(f.file)).sort((a, b) => a.bytes - b.bytes);
  const medianEntry = entryPages[Math.floor(entryPages.length / 2)]!;
  const largestEntry = entryPages.at(-1)!;

  const server = await serveStatic(site, { gzip: true });
  const medianTransfer = await transfer(server, pathOfBuiltFile(medianEntry.file));
  const largestTransfer = await transfer(server, pathOfBuiltFile(largestEntry.file));
  await server.close();

  let search: { firstQueryMs: number; nextQueryMs: number; firstQueryKB: number } | undefined;
  if (fs.existsSync(searchModule)) {
    console.log('  search benchmark');
    const { benchSearch } = (await import(searchModule)) as { benchSearch: (siteDir: string) => Promise<typeof search> };
    search = await benchSearch(site);
  }

  results.push({
    size,
    largest: bySize.slice(0, 3).map((f) => `\`${pathOfBuiltFile(f.file)}\` ${kb(f.bytes)}`),
    row: {
      'load average (1/5/15 min) before': loadBefore,
      'npm run check: wall (CPU), peak memory': `${s(check.seconds)} (${s(check.cpuSeconds)}), ${mb(check.peakBytes)}`,
      'build + index (npm run build): wall (CPU)': `${s(build.seconds)} (${s(build.cpuSeconds)})`,
      '  reading and rendering the content': phases.content,
      '  bundling': phases.bundling,
      '  rendering the pages (search index growing meanwhile)': phases.pages,
      '  after the last page: file sets, writing the search index': phases.after,
      'peak memory, build + index': mb(build.peakBytes),
      'search index on its own: wall (CPU), peak memory': index ? `${s(index.seconds)} (${s(index.cpuSeconds)}), ${mb(index.peakBytes)}` : 'n/a',
      'pages (HTML files)': html.length.toLocaleString('en'),
      'output size': `${mb(files.reduce((sum, f) => sum + f.bytes, 0))} (search index ${mb(searchBytes)})`,
      'median page (HTML)': kb(median(html.map((f) => f.bytes))),
      'largest page (HTML)': `${kb(largest.bytes)}`,
      'intervention page, median: HTML+CSS gzipped': `${kb(medianTransfer.htmlCss)}, ${medianTransfer.scripts} scripts (${kb(medianTransfer.jsBytes)} JS files)`,
      'intervention page, largest: HTML+CSS gzipped': `${kb(largestTransfer.htmlCss)}, ${largestTransfer.scripts} scripts (${kb(largestTransfer.jsBytes)} JS files)`,
      'search: first query': search ? `${search.firstQueryMs.toFixed(0)} ms, ${search.firstQueryKB.toFixed(0)} KB` : 'n/a',
      'search: next query': search ? `${search.nextQueryMs.toFixed(0)} ms` : 'n/a',
    },
  });

  if (!values.keep) for (const dir of [corpus, site, cache]) fs.rmSync(dir, { recursive: true, force: true });
}

const version = (pkg: string) => JSON.parse(fs.readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version as string;
console.log(
  `\nMachine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${mb(os.totalmem())} memory, Node ${process.versions.node}, ` +
    `Astro ${version('astro')}, Pagefind ${version('pagefind')}, ${new Date().toISOString().slice(0, 10)}\n`,
);
const metrics = Object.keys(results[0]!.row);
const lines = [
  ['', ...results.map((r) => `${r.size.toLocaleString('en')} entries`)],
  ['---', ...results.map(() => '---')],
  ...metrics.map((metric) => [metric, ...results.map((r) => r.row[metric]!)]),
  ['largest pages', ...results.map((r) => r.largest.join(', '))],
];
console.log(lines.map((line) => `| ${line.join(' | ')} |`).join('\n'));
