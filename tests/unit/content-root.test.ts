/**
 * The content root is a closed world: the check, the build and the open-data
 * ZIP read one list of files, and everything else under the root (symbolic
 * links to files of the machine or to folders outside the checkout, hidden
 * files and folders, files that are not entries) is refused with its path,
 * never read.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEntryFiles, readContentFile } from '../../src/content-tools/files.ts';
import { checkCorpus } from '../../src/content-tools/parallel.ts';
import { wordsOfContent } from '../../src/integrations/search-text.ts';
import { fixturesDir, lesson, runScript, shown, tempCorpus, type TempCorpus } from '../support/temp-corpus.ts';
import { scriptLimit } from '../support/limits.ts';

let corpus: TempCorpus;
let outside: string;
const at = (relative: string) => path.join(corpus.root, relative);

beforeAll(() => {
  corpus = tempCorpus('content-root');
  // A folder outside the checkout, with a valid-looking entry that must never be read.
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'lom-buiten-'));
  fs.writeFileSync(path.join(outside, 'van-buiten.mdx'), lesson());
  fs.symlinkSync('/etc/passwd', at('interventies/voorbeeld-org/notities.mdx'));
  fs.symlinkSync('/proc/self/environ', at('interventies/voorbeeld-org/omgeving.txt'));
  fs.symlinkSync(outside, at('lessen/extern'));
  fs.symlinkSync(outside, at('lessen/voorbeeld-org/ook-extern'));
  corpus.write('leesmij.txt', 'Mail jan@voorbeeld.nl, BSN 111222333\n');
  corpus.write('interventies/voorbeeld-org/.x.mdx', lesson());
  corpus.write('lessen/.verborgen/geheim.mdx', lesson());
  corpus.write('.github-kopie/iets.txt', 'verborgen map in de wortel\n');
  corpus.write('lessen/voorbeeld-org/foto.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
});
afterAll(() => {
  corpus.remove();
  fs.rmSync(outside, { recursive: true, force: true });
});

describe('the list of content files', () => {
  it('holds entries only, and never a file reached through a link or hidden', () => {
    const { files } = listEntryFiles(corpus.root);
    const listed = files.map((f) => `${f.collection}/${f.relPath}`);
    expect(listed).toContain('lessen/voorbeeld-org/sleutelfiguren-openen-deuren.mdx');
    for (const file of files) expect(fs.lstatSync(file.absolute).isFile(), file.absolute).toBe(true);
    expect(listed.filter((f) => /notities|omgeving|extern|van-buiten|\.x\.mdx|verborgen|geheim|foto|leesmij/.test(f))).toEqual([]);
  });

  it('refuses each link, hidden thing and stray file with its own path and rule', () => {
    const { problems } = listEntryFiles(corpus.root);
    const byFile = Object.fromEntries(problems.map((p) => [p.file, p.rule]));
    expect(byFile).toEqual({
      [shown(at('interventies/voorbeeld-org/notities.mdx'))]: 'symlink',
      [shown(at('interventies/voorbeeld-org/omgeving.txt'))]: 'symlink',
      [shown(at('lessen/extern'))]: 'symlink',
      [shown(at('lessen/voorbeeld-org/ook-extern'))]: 'symlink',
      [shown(at('leesmij.txt'))]: 'bestandsplek',
      [shown(at('interventies/voorbeeld-org/.x.mdx'))]: 'verborgen-bestand',
      [shown(at('lessen/.verborgen'))]: 'verborgen-bestand',
      [shown(at('.github-kopie'))]: 'verborgen-bestand',
      [shown(at('lessen/voorbeeld-org/foto.png'))]: 'bestandsnaam',
    });
    for (const problem of problems) {
      expect(problem).toMatchObject({ line: 1, column: 1, severity: 'error' });
      expect(problem.message).toMatch(/[a-z]/);
    }
    expect(problems.find((p) => p.rule === 'symlink')!.message).toContain('symbolische link');
  });

  it('reports a refused file also when only its folder is checked', () => {
    const { problems } = listEntryFiles(corpus.root, [at('interventies')]);
    expect(problems.map((p) => p.file).sort()).toEqual([shown(at('interventies/voorbeeld-org/.x.mdx')), shown(at('interventies/voorbeeld-org/notities.mdx')), shown(at('interventies/voorbeeld-org/omgeving.txt'))]);
  });

  it('is read without following a link put in a listed file’s place', () => {
    const swapped = corpus.write('bronnen/verwisseld.mdx', 'tekst');
    const { files } = listEntryFiles(corpus.root);
    expect(files.some((f) => f.absolute === swapped)).toBe(true);
    fs.rmSync(swapped);
    fs.symlinkSync('/etc/passwd', swapped);
    try {
      expect(() => readContentFile(swapped)).toThrow(/ELOOP|symbolic/i);
    } finally {
      fs.rmSync(swapped);
    }
  });
});

describe('the words the search index splits compounds against', () => {
  it('come from the listed files only, never from a hidden file or a linked folder', () => {
    const hidden = corpus.write('interventies/voorbeeld-org/.woorden.mdx', 'Verstopwoordje in een verborgen bestand.\n');
    fs.writeFileSync(path.join(outside, 'woorden.mdx'), 'Buitenwoordje in een map buiten de inhoud.\n');
    try {
      const { lexicon } = wordsOfContent(corpus.root);
      expect(lexicon.has('vertrouwen')).toBe(true);
      expect([...lexicon].filter((word) => /verstopwoordje|buitenwoordje|root/.test(word))).toEqual([]);
    } finally {
      fs.rmSync(hidden);
    }
  });
});

describe('a content root that is itself a link', () => {
  it('is refused as a whole, and nothing behind it is listed or read', () => {
    const link = path.join(path.dirname(corpus.root), `link-naar-buiten-${process.pid}`);
    fs.cpSync(path.join(fixturesDir, 'corpus-basic'), path.join(outside, 'inhoud'), { recursive: true });
    fs.symlinkSync(path.join(outside, 'inhoud'), link);
    try {
      const { files, problems } = listEntryFiles(link);
      expect(files).toEqual([]);
      expect(problems).toEqual([expect.objectContaining({ file: shown(link), line: 1, rule: 'symlink', message: expect.stringContaining('De map met inhoud is zelf een symbolische link') })]);
    } finally {
      fs.rmSync(link);
    }
  });
});

describe('a pipe put in a listed file’s place', () => {
  it('is refused at once, not waited on for a writer', () => {
    const file = corpus.write('bronnen/wordt-een-pijp.mdx', 'tekst');
    fs.rmSync(file);
    execFileSync('mkfifo', [file]);
    try {
      expect(() => readContentFile(file)).toThrow(/Not a regular file/);
    } finally {
      fs.rmSync(file);
    }
  });
});

describe('npm run check on a root with links and stray files', { timeout: scriptLimit }, () => {
  it('fails, naming every refused path, and prints nothing of what the links point to', () => {
    const result = runScript('check', [], corpus.root);
    expect(result.status).toBe(1);
    for (const relative of ['interventies/voorbeeld-org/notities.mdx', 'interventies/voorbeeld-org/omgeving.txt', 'lessen/extern', 'leesmij.txt', 'interventies/voorbeeld-org/.x.mdx', 'lessen/.verborgen']) {
      expect(result.stdout).toContain(`${shown(at(relative))}\n  1:1  `);
    }
    expect(result.output).not.toMatch(/root:|van-buiten|jan@voorbeeld/);
    expect(result.stdout).not.toContain('Alles in orde');
  });

  it('gives the same problems spread over worker threads', async () => {
    const single = await checkCorpus(corpus.root, { workers: 1 });
    const spread = await checkCorpus(corpus.root, { workers: 2 });
    const key = (p: { file: string; rule: string }) => `${p.file} ${p.rule}`;
    expect(spread.problems.map(key).sort()).toEqual(single.problems.map(key).sort());
    expect(single.problems.filter((p) => p.rule === 'symlink')).toHaveLength(4);
  });
});
