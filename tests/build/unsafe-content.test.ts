/**
 * Nothing a contributor writes ever runs. The fixtures in tests/fixtures/unsafe
 * each write a marker file when their code runs: an MDX expression, an
 * immediately invoked function, an export with a side effect, an import of a
 * module that has one, and `---js` front matter. First each payload is shown
 * to write its marker when it is run on purpose; then `npm run check` and the
 * real build read a corpus holding all of them, both fail with a Dutch
 * file:line message for each, and no marker exists.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, fixturesDir, projectRoot } from '../support/build.ts';
import { runScript, shown, tempCorpus, type TempCorpus } from '../support/temp-corpus.ts';
import { buildLimit, scriptLimit } from '../support/limits.ts';

const unsafeDir = path.join(fixturesDir, 'unsafe/lessen/voorbeeld-org');
const source = (name: string) => fs.readFileSync(path.join(unsafeDir, `${name}.mdx`), 'utf8');
const markerNames = ['expressie', 'functie', 'export', 'import', 'front-matter'];
// The payloads write relative to the working directory, which is the project for the check, the build and this test.
const markers = markerNames.map((name) => path.join(projectRoot, '.tmp', `unsafe-marker-${name}`));
const removeMarkers = () => markers.forEach((marker) => fs.rmSync(marker, { force: true }));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const existingMarkers = () => markers.filter((marker) => fs.existsSync(marker)).map((marker) => path.basename(marker));

/** Where each file must be reported, and what the message says. */
const expected = [
  { file: 'code-in-accolades.mdx', line: 17, message: 'MDX leest alles tussen accolades { } als code, en dat is niet toegestaan' },
  { file: 'code-in-accolades.mdx', line: 19, message: 'MDX leest alles tussen accolades { } als code, en dat is niet toegestaan' },
  { file: 'code-in-export.mdx', line: 17, message: 'import en export zijn niet toegestaan' },
  { file: 'code-in-import.mdx', line: 17, message: 'import en export zijn niet toegestaan' },
  { file: 'code-in-front-matter.mdx', line: 1, message: 'Front matter in "js" wordt niet gelezen' },
];

describe('the unsafe fixtures', () => {
  beforeAll(() => fs.mkdirSync(path.join(projectRoot, '.tmp'), { recursive: true }));
  afterAll(removeMarkers);

  it('write their markers when their code is run on purpose', async () => {
    removeMarkers();
    const expressions = [...source('code-in-accolades').matchAll(/^(?:Tekst )?\{(.+)\}(?: hier\.)?$/gm)].map((m) => m[1]!);
    for (const expression of expressions) new Function(`return ${expression}`)();
    new Function(`return ${/^export const x = (.+)$/m.exec(source('code-in-export'))![1]}`)();
    await import(/^import '(.+)'$/m.exec(source('code-in-import'))![1]!);
    matter(source('code-in-front-matter'), { cache: false } as never);
    expect(existingMarkers()).toEqual(markers.map((marker) => path.basename(marker)));
    removeMarkers();
  });
});

describe('a corpus with the unsafe fixtures', () => {
  let corpus: TempCorpus;
  beforeAll(() => {
    removeMarkers();
    corpus = tempCorpus('unsafe', 'unsafe');
  });
  afterAll(() => {
    corpus.remove();
    removeMarkers();
  });

  /** Each problem as the check lists it: under its file's path, at its line. */
  const locations = () =>
    expected.map(({ file, line, message }) => new RegExp(`${escape(shown(path.join(corpus.root, 'lessen/voorbeeld-org', file)))}\n(?:  .*\n)*?  ${line}:\\d+  .*${escape(message)}`));

  it('fails npm run check, naming every file and line, and runs nothing', { timeout: scriptLimit }, () => {
    const result = runScript('check', [], corpus.root);
    expect(result.status).toBe(1);
    for (const location of locations()) expect(result.stdout).toMatch(location);
    expect(existingMarkers()).toEqual([]);
  });

  it('fails the build with the same messages, and runs nothing', { timeout: buildLimit }, () => {
    const result = buildSite(corpus.root, `unsafe-${process.pid}`);
    try {
      expect(result.ok).toBe(false);
      expect(result.output).toContain('De inhoud kan niet worden gepubliceerd.');
      for (const location of locations()) expect(result.output).toMatch(location);
      expect(existingMarkers()).toEqual([]);
      expect(fs.existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
    } finally {
      result.remove();
    }
  });
});
