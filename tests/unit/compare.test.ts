/**
 * The comparison's downloads and the evidence scale that every list of
 * interventions shows: what a visitor gets in a spreadsheet or a Markdown
 * file is what the table on screen says.
 */
import { describe, expect, it } from 'vitest';
import { evidenceScaleHtml, evidenceText } from '../../src/shared/evidence.ts';
import { comparisonRows, toCsv, toMarkdown, type ComparedIntervention } from '../../src/client/compare.ts';
import { evidenceLevels } from '../../src/shared/vocabularies.ts';
import { all, attr, one, text } from '../support/html.ts';

const items: ComparedIntervention[] = [
  {
    id: 'a', title: 'Ouders, school | thuis', url: '/interventies/a/', summary: 'Een "korte" samenvatting.',
    evidence: { level: 'goed-onderbouwd', assessment: 'Beoordeeld door X.' },
    facts: [{ label: 'Organisatie', values: [{ text: 'VBO', href: '/organisaties/vbo/' }, { text: 'PO' }] }, { label: 'Periode', values: [], empty: 'Niet bekend' }],
  },
  {
    id: 'b', title: 'Buurtmoeders', url: '/interventies/b/', summary: 'Nog een samenvatting.',
    evidence: { level: 'praktijk', assessment: 'Niet beoordeeld.' },
    facts: [{ label: 'Organisatie', values: [{ text: 'VBO' }] }, { label: 'Periode', values: [{ text: '2008 tot en met 2014' }] }],
  },
];

describe('the comparison', () => {
  it('has a row per fact, after the summary and the evidence level, with a cell per intervention', () => {
    const rows = comparisonRows(items);
    expect(rows.map((r) => r.label)).toEqual(['Samenvatting', 'Bewijsniveau', 'Organisatie', 'Periode']);
    expect(rows.every((r) => r.cells.length === 2)).toBe(true);
  });

  it('downloads as CSV laid out as the table, quoted where a field needs it', () => {
    const csv = toCsv(items, 'https://lom-kennisbank.nl');
    expect(csv.startsWith('\uFEFFKenmerk,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Kenmerk,"Ouders, school | thuis",Buurtmoeders');
    expect(lines[1]).toBe('Adres,https://lom-kennisbank.nl/interventies/a/,https://lom-kennisbank.nl/interventies/b/');
    expect(lines[2]).toBe('Samenvatting,"Een ""korte"" samenvatting.",Nog een samenvatting.');
    expect(lines[3]).toBe('Bewijsniveau,Goed onderbouwd (niveau 2 van 5). Beoordeeld door X.,Praktijkkennis (niet beoordeeld). Niet beoordeeld.');
    expect(lines[4]).toBe('Organisatie,VBO; PO,VBO');
    expect(lines[5]).toBe('Periode,Niet bekend,2008 tot en met 2014');
  });

  it('downloads as a Markdown table whose cells cannot break the table', () => {
    const md = toMarkdown(items, 'https://lom-kennisbank.nl', '2026-11-28');
    expect(md).toContain('| Kenmerk | [Ouders, school \\| thuis](https://lom-kennisbank.nl/interventies/a/) | [Buurtmoeders](https://lom-kennisbank.nl/interventies/b/) |');
    expect(md).toContain('| --- | --- | --- |');
    expect(md).toContain('| Organisatie | VBO; PO | VBO |');
    for (const line of md.split('\n').filter((l) => l.startsWith('|'))) expect(line.replace(/\\\|/g, '').split('|')).toHaveLength(5);
  });
});

describe('the evidence scale', () => {
  it('writes every assessed level out with its rank among the five, the filled steps only repeating it', () => {
    const assessed = evidenceLevels.ids.filter((level) => level !== 'praktijk');
    expect(assessed).toHaveLength(5);
    assessed.forEach((level, i) => {
      const html = evidenceScaleHtml(level);
      expect(html).toContain(`${evidenceLevels.label(level)} <span class="evidence__rank">· niveau ${i + 1} van 5</span>`);
      expect(all(html, '.evidence__step--on')).toHaveLength(i + 1);
      expect(all(html, '.evidence__step')).toHaveLength(5);
      expect(attr(one(html, 'span.evidence__steps'), 'aria-hidden')).toBe('true');
      expect(text(one(html, '.evidence__rank'))).toBe(`· niveau ${i + 1} van 5`);
      expect(evidenceText(level)).toBe(`${evidenceLevels.label(level)} (niveau ${i + 1} van 5)`);
    });
  });

  it('shows an intervention nobody assessed as not assessed, without a meter that would read as the lowest level', () => {
    const html = evidenceScaleHtml('praktijk');
    expect(html).toContain('Praktijkkennis (niet beoordeeld)');
    expect(html).not.toContain('evidence__step');
    expect(html).not.toMatch(/niveau \d/);
    expect(evidenceText('praktijk')).toBe('Praktijkkennis (niet beoordeeld)');
  });

  it('shows a level it does not know as text, escaped, without steps', () => {
    expect(evidenceScaleHtml('<b>nieuw</b>')).toBe('<span class="evidence"><span class="evidence__label">&lt;b&gt;nieuw&lt;/b&gt;</span></span>');
  });
});
