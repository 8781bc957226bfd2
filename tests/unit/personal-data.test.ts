/**
 * Personal data: e-mail addresses, Dutch phone numbers, BSNs and IBANs are
 * found in front matter, comments and body, as a reader sees them (decoded,
 * whatever separators, entities, escapes or invisible characters they are
 * written with); the numbers that fill policy texts (years, Kamerstukken,
 * kenmerken, dates, amounts, postcodes) and organisations' functional
 * mailboxes are not.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { findPersonalData, isFunctionalMailbox, passesElevenTest, passesIbanCheck } from '../../src/content-tools/personal-data.ts';
import { check, fixturesDir, lesson } from '../support/temp-corpus.ts';

vi.mock('../../src/content-tools/allowed-mailboxes.ts', () => ({ allowedMailboxes: ['ledenadministratie@voorbeeld-org.nl'] }));

const kinds = (text: string) => findPersonalData(text).map((f) => [f.kind, f.value]);

describe('e-mail addresses', () => {
  it('finds addresses, also in mailto links', () => {
    expect(kinds('Mail jan.jansen@example.nl of [mail](mailto:fatima.el-amrani@gemeente.nl).')).toEqual([
      ['e-mail', 'jan.jansen@example.nl'],
      ['e-mail', 'fatima.el-amrani@gemeente.nl'],
    ]);
  });

  it('lets the addresses on the core team\'s list through, in any case', () => {
    expect(kinds('Vragen? Mail Ledenadministratie@Voorbeeld-Org.nl.')).toEqual([]);
    expect(kinds('Of ledenadministratie@andere-org.nl.')).toEqual([['e-mail', 'ledenadministratie@andere-org.nl']]);
  });

  it.each([
    'info@voorbeeld-org.nl',
    'Info@Minszw.NL',
    'contact@gemeente.example',
    'secretariaat@ioc-ching.nl',
    'redactie@smn.nl',
    'pers@rijksoverheid.nl',
    'secretariaat-lom@minszw.nl',
    'info.nl@organisatie.eu',
    'webredactie@kis.nl',
    'noreply@site.example',
  ])('accepts the functional mailbox %s of any domain', (address) => {
    expect(isFunctionalMailbox(address)).toBe(true);
    expect(kinds(`Mail naar ${address} of [mail ons](mailto:${address}).`)).toEqual([]);
  });

  it.each(['jan.jansen@voorbeeld-org.nl', 'j.jansen@gemeente.nl', 'fatima@smn.nl', 'infojan@voorbeeld.nl', 'info.jan.jansen@voorbeeld.nl', 'jansen.info@voorbeeld.nl', 'pers.fatima.el-amrani@smn.nl'])(
    'still refuses the personal-looking address %s',
    (address) => {
      expect(isFunctionalMailbox(address)).toBe(false);
      expect(kinds(`Mail ${address}.`)).toEqual([['e-mail', address]]);
    },
  );

  it('does not take handles or at-signs in text for addresses', () => {
    expect(kinds('Volg @smn_nl of kom @ het buurthuis.')).toEqual([]);
  });
});

describe('phone numbers', () => {
  it.each([
    '06-12345678',
    '06 12345678',
    '06 1234 5678',
    '0612345678',
    '06-12 34 56 78',
    '+31 6 12345678',
    '+31612345678',
    '+31 (0)20 123 4567',
    '0031 20 1234567',
    '020-1234567',
    '020 123 4567',
    '0111-123456',
    '(020) 123 4567',
    '070 333 44 44',
    '020/1234567',
    '06/12345678',
    '06 / 12 34 56 78',
  ])('finds %s', (number) => {
    expect(kinds(`Bel ${number} voor een afspraak.`)).toEqual([['telefoon', number]]);
  });

  it.each([
    'In 1997 kwam de WOM.',
    'Kamerstukken II 2011-2012, 33 000 VII, nr. 83',
    'Kamerstukken II 2012/13, 33 297, nr. 3',
    'kenmerk 2013-0000024260',
    'op 05-03-2013 15 jaar later',
    'op 05/03/2013 15 jaar later',
    'schooljaar 2012/2013, groep 06/07',
    'Postbus 90801, 2509 LV Den Haag',
    'van 09.00-17.00 uur',
    'een bedrag van € 1.234.567',
    'zie https://zoek.officielebekendmakingen.nl/kst-33297-0612345678.html',
  ])('does not take %j for a phone number', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('BSNs', () => {
  it('applies the eleven-test', () => {
    expect(passesElevenTest('111222333')).toBe(true);
    expect(passesElevenTest('123456782')).toBe(true);
    expect(passesElevenTest('123456789')).toBe(false);
    expect(passesElevenTest('000000000')).toBe(false);
  });

  it('finds nine-digit numbers that pass it, also written with dots', () => {
    expect(kinds('BSN 111222333.')).toEqual([['bsn', '111222333']]);
    expect(kinds('BSN 1112.22.333')).toEqual([['bsn', '1112.22.333']]);
    expect(kinds('Nummer 123456789.')).toEqual([]);
    expect(kinds('Nummer 1111222333 heeft tien cijfers.')).toEqual([]);
  });
});

describe('IBANs', () => {
  it('applies the mod-97 check for Dutch and other IBANs', () => {
    expect(passesIbanCheck('NL91ABNA0417164300')).toBe(true);
    expect(passesIbanCheck('NL91 ABNA 0417 1643 01')).toBe(false);
    expect(passesIbanCheck('DE89370400440532013000')).toBe(true);
    expect(passesIbanCheck('BE68539007547034')).toBe(true);
    expect(passesIbanCheck('XX91ABNA0417164300')).toBe(false);
  });

  it('finds IBANs with or without spaces, and not the digit groups as phone numbers', () => {
    expect(kinds('Maak over naar NL91 ABNA 0417 1643 00 ABCD.')).toEqual([['iban', 'NL91 ABNA 0417 1643 00']]);
    expect(kinds('Of NL91ABNA0417164300 of DE89 3704 0044 0532 0130 00.')).toEqual([
      ['iban', 'NL91ABNA0417164300'],
      ['iban', 'DE89 3704 0044 0532 0130 00'],
    ]);
    expect(kinds('NL91 ABNA 0417 1643 01 is geen echt nummer.')).toEqual([]);
  });
});

describe('in a content file', () => {
  it('reports personal data in front matter, YAML comments and body, at its place, without repeating it in full', () => {
    const text = lesson({
      fields: { summary: 'Bel 06-12345678 als u een sleutelfiguur uit de eigen gemeenschap wilt spreken.', kind: 'werkzaam-element # vraag jan@example.nl' },
      body: '## De les\n\nStort op NL91 ABNA 0417 1643 00.\n',
    });
    const problems = check(text).problems.filter((p) => p.rule === 'persoonsgegevens');
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [3, 14],
      [10, 32],
      [17, 10],
    ]);
    expect(problems[0]?.message).toContain('telefoonnummer (06-…78)');
    expect(problems.map((p) => p.message).join(' ')).not.toContain('12345678');
  });

  it('passes the kenmerk and references of the minister\'s letter of 5 March 2013', () => {
    const letter = [
      'Onze referentie 2013-0000024260, Datum 5 maart 2013.',
      'Motie Van Dam/Sterk (Kamerstukken II 2011-2012, 33 000 VII, nr. 83), subsidie tot 1 januari 2015.',
      'Werkplannen in de periode 2012 – 2014; LOM-overleg van 12 januari 2012.',
    ].join('\n\n');
    expect(check(lesson({ fields: { kind: 'werkzaam-element # kenmerk 2013-0000024260' }, body: `## De les\n\n${letter}\n` })).problems).toEqual([]);
  });
});

describe('what a reader sees, however it is written', () => {
  it.each([
    ['jan&#64;voorbeeld.nl', 'e-mail'],
    ['jan&#x40;voorbeeld.nl', 'e-mail'],
    ['jan&commat;voorbeeld&period;nl', 'e-mail'],
    ['jan\\@voorbeeld.nl', 'e-mail'],
    ['jan＠voorbeeld.nl', 'e-mail'],
    ['jan﹫voorbeeld.nl', 'e-mail'],
    ['jan\u200b@\u200bvoorbeeld.nl', 'e-mail'],
    ['naam [at] domein [dot] nl', 'e-mail'],
    ['naam (at) domein (dot) nl', 'e-mail'],
    ['naam {at} domein.nl', 'e-mail'],
    ['naam at domein dot nl', 'e-mail'],
    ['111&#50;22333', 'bsn'],
    ['111 222 333', 'bsn'],
    ['111.222.333', 'bsn'],
    ['111-222-333', 'bsn'],
    ['1112 22 333', 'bsn'],
    ['111\u200b222\u200c333', 'bsn'],
    ['１１１２２２３３３', 'bsn'],
    ['111\u00ad222333', 'bsn'],
    ['NL91.ABNA.0417.1643.00', 'iban'],
    ['NL91-ABNA-0417-1643-00', 'iban'],
    ['NL91&#32;ABNA 0417 1643 00', 'iban'],
    ['06 - 12 34 56 78', 'telefoon'],
    ['+31 6 - 1234 5678', 'telefoon'],
    ['0031 (0) 20 - 123 4567', 'telefoon'],
    ['06.12.34.56.78', 'telefoon'],
    ['06\u200b1234\u20605678', 'telefoon'],
    ['０６-１２３４５６７８', 'telefoon'],
    ['(020) - 123 4567', 'telefoon'],
  ])('finds %j', (written, kind) => {
    const text = `Voor vragen: ${written} (alleen op werkdagen).`;
    const found = findPersonalData(text);
    expect(found.map((f) => f.kind)).toEqual([kind]);
    // Reported where it starts in the file as written.
    expect(found[0]!.offset).toBe(text.indexOf(written));
  });

  it('finds values in the front matter as YAML decodes them, at the field', () => {
    const text = lesson({ fields: { title: '"Mail jan\\x40voorbeeld.nl"', context: '"Bel 06\\u002D12345678 of BSN 111\\x32\\x322333."' } });
    const problems = check(text).problems.filter((p) => p.rule === 'persoonsgegevens');
    expect(problems.map((p) => [p.line, p.message.slice(0, 30)])).toEqual([
      [2, 'Dit lijkt een e-mailadres (jan'],
      [11, 'Dit lijkt een telefoonnummer ('],
      [11, 'Dit lijkt een burgerservicenum'],
    ]);
  });

  it('reports a decoded value in the body at its place in the file, once', () => {
    const text = lesson({ body: '## De les\n\nMail jan&#64;voorbeeld.nl of bel 06&#45;12345678.\n' });
    const problems = check(text).problems.filter((p) => p.rule === 'persoonsgegevens');
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [17, 6],
      [17, 34],
    ]);
  });
});

describe('what the page shows, whatever markup is written between the characters', () => {
  const shown = (body: string) => check(lesson({ body: `## De les\n\n${body}\n` })).problems.filter((p) => p.rule === 'persoonsgegevens');

  it.each([
    ['Mail jan<!-- -->@voorbeeld.nl gerust.', 'e-mailadres', 6],
    ['Mail jan{/* */}@voorbeeld.nl gerust.', 'e-mailadres', 6],
    ['Mail jan<b>@</b>voorbeeld.nl gerust.', 'e-mailadres', 6],
    ['Mail <small>jan</small>@voorbeeld.<abbr title="Nederland">nl</abbr> gerust.', 'e-mailadres', 13],
    ['Bel 06*12345678* gerust.', 'telefoonnummer', 5],
    ['Bel 06<!-- x -->1234<mark>5678</mark> gerust.', 'telefoonnummer', 5],
    ['Het BSN is 1112<sup>22</sup>333.', 'burgerservicenummer', 12],
    ['Schrijf [ons](mailto:jan%40voorbeeld%2Enl) gerust.', 'e-mailadres', 9],
    ['Een <abbr title="jan&#64;voorbeeld.nl">adres</abbr> in een titel.', 'e-mailadres', 18],
  ])('finds %j, once, at its place', (body, what, column) => {
    expect(shown(body).map((p) => [p.line, p.column, p.message.slice(0, 14 + what.length)])).toEqual([[17, column, `Dit lijkt een ${what}`]]);
  });

  it('reports a value written plainly once, and passes text around markup that shows none', () => {
    expect(shown('Mail jan@voorbeeld.nl of <b>jan@voorbeeld.nl</b>.')).toHaveLength(2);
    expect(shown('Mail <b>info</b>@voorbeeld.nl, [ons](mailto:info%40voorbeeld.nl) of bel *op werkdagen* tussen 9 en 17 uur.')).toEqual([]);
    expect(shown('In 2013<!-- brief -->, 2014 en *2015* kwamen 120<sup>1</sup> ouders.')).toEqual([]);
  });
});

describe('ordinary Dutch text', () => {
  const corpus = fs.readFileSync(path.join(fixturesDir, 'personal-data/gewone-tekst.md'), 'utf8');

  it('has no personal data in it: dates, amounts, postcodes, years, Kamerstukken, kenmerken, times and organisations\' mailboxes', () => {
    expect(findPersonalData(corpus)).toEqual([]);
  });

  it('passes the check as the body of an entry, paragraph by paragraph', () => {
    for (const paragraph of corpus.split(/\n\n/).slice(1)) {
      const problems = check(lesson({ body: `## Tekst\n\n${paragraph}\n` })).problems.filter((p) => p.rule === 'persoonsgegevens');
      expect(problems, paragraph).toEqual([]);
    }
  });
});

