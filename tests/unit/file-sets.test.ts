/**
 * The file sets (citation records, comparison data) are written from one
 * bundle per set in a build and served one by one on the dev server: both
 * must put every file at the address the pages link to, and nothing outside
 * the site. (That the bundles themselves are not published is checked on the
 * real build, in tests/build/site.test.ts.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeBundle } from '../../src/integrations/file-sets.ts';
import { fileSetPatterns, paramsOf } from '../../src/shared/addresses.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function emptySite(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lom-file-sets-'));
  dirs.push(dir);
  return dir;
}

describe('file sets', () => {
  it('writes every file of a bundle at its address', async () => {
    const site = emptySite();
    const files = { 'citeer/interventies/buurtmoeders.bib': '@misc{…}', 'citeer/interventies/buurtmoeders.ris': 'TY  - ELEC', 'vergelijk/data/buurtmoeders.json': '{"id":"buurtmoeders"}' };
    expect(await writeBundle(site, files)).toBe(3);
    expect(fs.readFileSync(path.join(site, 'citeer/interventies/buurtmoeders.ris'), 'utf8')).toBe('TY  - ELEC');
    expect(fs.readFileSync(path.join(site, 'vergelijk/data/buurtmoeders.json'), 'utf8')).toBe('{"id":"buurtmoeders"}');
  });

  it('refuses a file outside the site, and writes none of the bundle', async () => {
    const site = emptySite();
    await expect(writeBundle(site, { 'citeer/a.bib': 'x', '../buiten.bib': 'x' })).rejects.toThrow(/outside the output folder/);
    expect(fs.existsSync(path.join(site, '..', 'buiten.bib'))).toBe(false);
    expect(fs.existsSync(path.join(site, 'citeer/a.bib'))).toBe(false);
  });

  it('finds the dev server route of every file by its address', () => {
    expect(paramsOf(fileSetPatterns.citeer[0], 'citeer/interventies/buurtmoeders.bib')).toEqual({ collection: 'interventies', id: 'buurtmoeders' });
    expect(paramsOf(fileSetPatterns.citeer[0], 'citeer/interventies/buurtmoeders.ris')).toBeUndefined();
    expect(paramsOf(fileSetPatterns.vergelijk[0], 'vergelijk/data/ouders-in-gesprek.json')).toEqual({ id: 'ouders-in-gesprek' });
    expect(paramsOf(fileSetPatterns.vergelijk[0], 'vergelijk/dataXouders.json')).toBeUndefined();
  });
});
