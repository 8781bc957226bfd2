/**
 * `npm run audit`: Lighthouse's performance, accessibility, best-practices and
 * SEO scores of five kinds of page of the built site (home, search, a list, an
 * organisation and an intervention), as a table, with every audit that did not
 * pass. It audits `dist/` (or `LOM_OUT_DIR`) as it is, and builds it first
 * only when there is none; the site is served with gzip by the tests' static
 * server, and Lighthouse drives Debian's Chromium (`CHROMIUM_PATH`), never a
 * downloaded browser. Lighthouse's defaults apply: a mid-range phone on a
 * throttled connection, simulated. Each page is audited three times (`--runs N`)
 * and the run with the median performance score is reported. Full reports go
 * to `.tmp/reports/lighthouse/`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { CollectionName } from '../src/collections.ts';
import { entryPath, listPath } from '../src/shared/addresses.ts';
import { reservedIds } from '../src/schemas/roles.ts';
import { serveStatic } from '../tests/support/server.ts';

const root = path.resolve(import.meta.dirname, '..');
const siteDir = path.resolve(root, process.env.LOM_OUT_DIR ?? 'dist');
const reportDir = path.join(root, '.tmp/reports/lighthouse');
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runCount = Math.max(1, Number(values.runs));
type LighthouseResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

if (!fs.existsSync(path.join(siteDir, 'index.html'))) {
  console.log(`No built site in ${path.relative(root, siteDir) || '.'}: building it first.`);
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** The first entry page of a collection in the built site. */
function firstEntry(collection: CollectionName): string {
  const ids = fs
    .readdirSync(path.join(siteDir, collection), { withFileTypes: true })
    .filter((d) => d.isDirectory() && !reservedIds.includes(d.name))
    .map((d) => d.name)
    .sort();
  if (ids.length === 0) throw new Error(`The built site has no ${collection} entry to audit.`);
  return entryPath(collection, ids[0]!, 'nl');
}

const pages = [
  { name: 'home', url: '/' },
  { name: 'search', url: '/zoeken/' },
  { name: 'list', url: listPath('interventies', 'nl') },
  { name: 'organisation', url: firstEntry('organisaties') },
  { name: 'intervention', url: firstEntry('interventies') },
];

// Lighthouse scales the main thread's work it sees by its CPU throttling: on a busy machine performance scores drop.
const loadBefore = os.loadavg().map((l) => l.toFixed(1)).join(' / ');
const server = await serveStatic(siteDir, { gzip: true });
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
fs.mkdirSync(reportDir, { recursive: true });

const rows: string[][] = [];
let version = '';
const findings: string[] = [];
try {
  for (const page of pages) {
    // Performance varies from run to run, the more so on a busy machine: keep the run with the median performance score.
    const runs: LighthouseResult[] = [];
    for (let i = 0; i < runCount; i++) {
      const result = await lighthouse(server.url + page.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`);
      runs.push(result.lhr);
    }
    runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
    const lhr = runs[Math.floor(runs.length / 2)]!;
    version = lhr.lighthouseVersion;
    fs.writeFileSync(path.join(reportDir, `${page.name}.json`), JSON.stringify(lhr));
    if (lhr.runtimeError) findings.push(`${page.name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (c: (typeof categories)[number]) => (lhr.categories[c]?.score == null ? 'n/a' : String(Math.round(lhr.categories[c]!.score! * 100)));
    const spread = runs.length > 1 ? ` (${runs.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100)).join(', ')})` : '';
    rows.push([page.name, page.url, `${score('performance')}${spread}`, ...categories.slice(1).map(score)]);
    for (const category of categories) {
      for (const ref of lhr.categories[category]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
        findings.push(`${page.name} · ${category} · ${audit.id} (${Math.round(audit.score * 100)}): ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}`);
      }
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}

const header = ['page', 'url', 'performance', 'accessibility', 'best practices', 'SEO'];
const table = [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`);
console.log(
  `\nLighthouse ${version} scores of ${path.relative(root, siteDir) || '.'} (mobile, simulated throttling; median of ${runCount} runs, ` +
    `performance of each run in brackets; load average before ${loadBefore}):\n`,
);
console.log(table.join('\n'));
console.log(findings.length === 0 ? '\nEvery scored audit passed.' : `\nScored audits that did not pass:\n${findings.map((f) => `- ${f}`).join('\n')}`);
console.log(`\nFull reports: ${path.relative(root, reportDir)}/`);
