/**
 * `npm run check` piped into another program, as CI and contributors do
 * (`npm run check -- --format json | jq …`): everything arrives, also when
 * the output is larger than a pipe holds (64 KB) and the reader is slow.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lesson, projectRoot, tempCorpus, type TempCorpus } from '../support/temp-corpus.ts';
import { scriptLimit } from '../support/limits.ts';

let corpus: TempCorpus;
const files = 120;
beforeAll(() => {
  corpus = tempCorpus('check-pipe');
  // Each file has one error and four warnings: well over 64 KB in every format.
  const bare = Array.from({ length: 4 }, (_, i) => `Zie https://example.org/pagina-${i} voor meer.`).join('\n\n');
  for (let i = 0; i < files; i++) {
    corpus.write(`lessen/voorbeeld-org/les-${i}.mdx`, lesson({ body: `## De les\n\n${bare}\n\nZie [de pagina](/bestaat-niet-${i}/).\n` }));
  }
});
afterAll(() => corpus.remove());

/** Runs the check with its output through a real pipe into a reader that starts a second late, and returns what the reader got. */
function throughPipe(format: string) {
  const check = [process.execPath, path.join(projectRoot, 'scripts/check.ts'), '--format', format].map((part) => `'${part}'`).join(' ');
  const result = spawnSync('sh', ['-c', `${check} | (sleep 1; cat)`], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, LOM_CONTENT_DIR: corpus.root },
    maxBuffer: 64 * 1024 * 1024,
    timeout: scriptLimit,
  });
  expect(result.stderr).toBe('');
  return result.stdout;
}

describe('npm run check through a pipe', { timeout: scriptLimit }, () => {
  it('delivers the whole JSON report', () => {
    const output = throughPipe('json');
    expect(Buffer.byteLength(output)).toBeGreaterThan(64 * 1024);
    const report = JSON.parse(output) as { errors: number; warnings: number; problems: unknown[] };
    expect(report.errors).toBe(files);
    expect(report.problems).toHaveLength(report.errors + report.warnings);
    expect(report.warnings).toBeGreaterThanOrEqual(4 * files);
  });

  it('delivers every line of the text report, down to the summary', () => {
    const output = throughPipe('text');
    expect(Buffer.byteLength(output)).toBeGreaterThan(64 * 1024);
    expect(output.match(/\(interne-link\)$/gm)).toHaveLength(files);
    expect(output.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^${files} fouten en \\d+ waarschuwingen in \\d+ bestanden`));
  });

  it('delivers every GitHub annotation, down to the summary', () => {
    const output = throughPipe('github');
    expect(Buffer.byteLength(output)).toBeGreaterThan(64 * 1024);
    expect(output.match(/^::error /gm)).toHaveLength(files);
    expect(output.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^${files} fouten en`));
  });
});
