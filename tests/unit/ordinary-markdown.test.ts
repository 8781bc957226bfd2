/**
 * The Markdown people write elsewhere: accepted and rendered as what it
 * stands for (tests/fixtures/ordinary-markdown), while everything that was
 * refused before stays refused; and the problems in it reported with the
 * place, the words and the fix a contributor needs, all in one run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/content-tools/corpus.ts';
import type { Entry } from '../../src/content-tools/entry.ts';
import { all, attr, one, text } from '../support/html.ts';
import { check, lesson, now, tempCorpus, type TempCorpus } from '../support/temp-corpus.ts';

/** Problems of a lesson with this body; the body starts on line 15 of the file. */
const body = (text: string) => check(lesson({ body: text }));
const line = 15;
const at = (problems: { line: number; column: number; rule: string }[]) => problems.map((p) => [p.line, p.column, p.rule]);

const ids = ['opmerkingen-in-de-tekst', 'html-in-de-tekst', 'tekens-die-op-code-lijken', 'voetnoten-en-kaders', 'notes-and-callouts'];

describe('the ordinary Markdown corpus', () => {
  let corpus: TempCorpus;
  let entries: Map<string, Entry>;
  let problems: ReturnType<typeof readCorpus>['problems'];
  beforeAll(() => {
    corpus = tempCorpus('ordinary-markdown', 'ordinary-markdown');
    const result = readCorpus(corpus.root, { now, render: true });
    entries = new Map(result.entries.map((entry) => [entry.id, entry]));
    problems = result.problems.filter((p) => p.file.includes('/lessen/voorbeeld-org/') && ids.some((id) => p.file.endsWith(`${id}.mdx`)));
  });
  afterAll(() => corpus.remove());
  const html = (id: string) => entries.get(id)?.html ?? '';

  it('passes the check without a single problem', () => {
    expect(problems).toEqual([]);
    expect([...entries.keys()]).toEqual(expect.arrayContaining(ids));
  });

  it('labels footnotes and callouts in the language of the entry', () => {
    const labels = (id: string) => {
      const page = html(id);
      return {
        footnotes: text(one(page, 'section[data-footnotes] h2')),
        back: attr(one(page, '[data-footnote-backref]'), 'aria-label'),
        callouts: all(page, '.callout__title').map((title) => text(title)),
      };
    };
    expect(labels('voetnoten-en-kaders')).toEqual({ footnotes: 'Voetnoten', back: 'Terug naar de tekst', callouts: ['Tip', 'Let op', 'Goed om te weten'] });
    expect(labels('notes-and-callouts')).toEqual({ footnotes: 'Footnotes', back: 'Back to the text', callouts: ['Tip', 'Please note', 'Good to know'] });
  });

  it('shows nothing of HTML and MDX comments, and keeps the text around them', () => {
    const page = html('opmerkingen-in-de-tekst');
    expect(page).not.toMatch(/redactie|navragen|meer regels|schrijfwijze van MDX|klopt dit|ook hier|met een opmerking|<!--|\/\*/);
    expect(page).toContain('Ouders kwamen vaker als de uitnodiging van een bekende kwam.');
    expect(page).toContain('<li>en een tweede punt');
    expect(page).toContain('<h2 id="wat-we-daarvan-leren">');
  });

  it('renders the allowlisted HTML as itself, also <br> in table cells', () => {
    const page = html('html-in-de-tekst');
    for (const element of ['<sup>2</sup>', '<sub>2</sub>', '<abbr title="Wet overleg minderhedenbeleid">WOM</abbr>', '<kbd>Ctrl</kbd>', '<mark>belangrijk</mark>', '<b>vet</b>', '<i>schuin</i>', '<em>nadruk</em>', '<strong>sterk</strong>', '<small>Kleine lettertjes</small>', '<s>doorgehaald</s>', '<q>kom gewoon langs</q>', '<cite>Het ouderboek</cite>']) {
      expect(page).toContain(element);
    }
    expect(page).toContain('Een regel<br>\nen een volgende regel<br>\nen nog een<br>\nen de laatste.');
    expect(page).toContain('<td>Komen naar de avond<br>en nemen iemand mee</td>');
    expect(page).toContain('<td>Nodigt uit<br>en belt na</td>');
    expect(page).toContain('<details><summary>Hoe de avonden verliepen</summary><p>De eerste avond kwamen vijf ouders, <strong>de derde</strong> twaalf.</p></details>');
    expect(page).toContain('<details open><summary>Open uitgeklapt</summary>');
  });

  it('shows text that looks like syntax as the characters written, and makes autolinks links', () => {
    const page = html('tekens-die-op-code-lijken');
    expect(page).toContain('Kinderen &#x3C; 12 jaar mogen mee, want 5 &#x3C; 6 en 7 > 3.');
    expect(page).toContain('a &#x3C;- b, en b -> c.');
    expect(page).toContain('&#x3C;= 18 jaar en ouderen >= 65 jaar');
    expect(page).toContain('haakjes ({} en []) zo, of {naam}.');
    expect(page).toContain('<a href="https://www.kis.nl/">https://www.kis.nl/</a>');
    expect(page).toContain('<a href="mailto:info@example.org">info@example.org</a>');
    // At the start of a line or list item, where JSX would have read them as a tag.
    expect(page).toContain('<p><a href="https://www.nji.nl/">https://www.nji.nl/</a></p>');
    expect(page).toContain('<li><a href="https://www.loketgezondleven.nl/">https://www.loketgezondleven.nl/</a></li>');
    expect(page).toContain('<li><a href="mailto:secretariaat@example.org">secretariaat@example.org</a></li>');
  });
});

describe('what stays refused', () => {
  it('refuses HTML outside the allowlist, and attributes the sanitiser would drop', () => {
    expect(body('<div>x</div>\n').rules).toEqual(['onderdeel']);
    expect(body('Een <span style="color:red">rood</span> woord.\n').rules).toEqual(['onderdeel']);
    expect(body('<img src="https://example.org/x.png" alt="x" />\n').rules).toEqual(['onderdeel']);
    expect(body('Een <a href="https://example.org/">link</a>.\n').problems[0]?.message).toContain('schrijf een link in Markdown, [tekst](adres)');
    expect(body('Een <sup class="x">2</sup>.\n').problems[0]?.message).toContain('<sup> kan hier het attribuut class niet hebben. Toegestaan: dir, lang, title.');
    expect(body('Een <abbr style="x" title="y">z</abbr>.\n').rules).toEqual(['onderdeel']);
    expect(body('<details ontoggle="alert(1)">\n\nx\n\n</details>\n').rules).toEqual(['geen-code']);
    expect(body('Een <q cite="javascript:alert(1)">citaat</q>.\n').rules).toEqual(['onveilige-link']);
    expect(body('Een <q cite="ftp://example.org/">citaat</q>.\n').rules).toEqual(['onveilige-link']);
    expect(body('Een <mark title={x}>y</mark>.\n').rules).toEqual(['geen-code']);
    expect(body('<!DOCTYPE html>\n').rules).toEqual(['mdx-syntax']);
    expect(body('Een <br onclick="x"> hier.\n').errors).not.toEqual([]);
  });

  it('still refuses code in braces, but not a comment', () => {
    expect(body('Tekst {alert(1)} hier.\n').rules).toEqual(['geen-code']);
    expect(body('Tekst {/* a */ alert(1) /* b */} hier.\n').rules).toEqual(['geen-code']);
    expect(body('Tekst {/* alleen een opmerking */} hier.\n').problems).toEqual([]);
  });

  it('refuses a dangerous autolink as it refuses a dangerous link', () => {
    expect(body('Zie <javascript:alert(1)>.\n').rules).toEqual(['onveilige-link']);
    expect(body('<javascript:alert(1)>\n').rules).toEqual(['onveilige-link']);
    expect(body('- <data:text/html,x>\n').rules).toEqual(['onveilige-link']);
  });
});

describe('positions and words', () => {
  it('reports an unclosed element where it opens, not where its block ends', () => {
    const text = 'Eerste alinea.\n\nEen regel met een <sup>niet gesloten\nen een volgende regel\nen nog een.\n';
    expect(body(text).problems).toEqual([expect.objectContaining({ rule: 'mdx-syntax', line: line + 2, column: 19, message: expect.stringContaining('<sup> wordt niet afgesloten. Zet </sup>') })]);
  });

  it('reports an unclosed comment and unclosed braces at their start, with the exact fix', () => {
    expect(at(body('Tekst.\n\n<!-- nooit gesloten\n\nmeer\n').problems)).toEqual([[line + 2, 1, 'mdx-syntax']]);
    const braces = body('Een { zonder einde\n').problems;
    expect(at(braces)).toEqual([[line, 5, 'mdx-syntax']]);
    expect(braces[0]?.message).toContain('schrijf dan \\{ en \\}: Een \\{ zonder einde');
    const empty = body('haakjes ({} en [])\n').problems;
    expect(at(empty)).toEqual([[line, 10, 'geen-code']]);
    expect(empty[0]?.message).toContain('schrijf dan \\{\\} in plaats van {}');
  });

  it('calls a mkdocs attribute list by its name, not code', () => {
    for (const text of ['## Een kop {#anker}\n', '## Een kop { data-search-exclude }\n', 'Tekst {: .klasse }\n', '[Knop](https://example.org/){ .md-button }\n']) {
      const [problem, ...rest] = body(text).problems;
      expect(rest).toEqual([]);
      expect(problem).toMatchObject({ rule: 'ander-dialect', message: expect.stringContaining('is een attributenlijst (van mkdocs of Python-Markdown)') });
    }
    expect(body('## Een kop {#anker}\n').problems[0]).toMatchObject({ line, column: 12 });
  });

  it('gives a Docusaurus <Link> a component message, not the one for HTML <link>', () => {
    const [link] = body('Zie <Link to="/interventies/">de lijst</Link>.\n').problems;
    expect(link?.message).toContain('<Link> is geen onderdeel van deze site: schrijf een link in Markdown');
    expect(link?.message).not.toContain('kan code of opmaak van buiten laden');
    expect(body('<link rel="stylesheet" href="x" />\n').problems[0]?.message).toContain('<link> is niet toegestaan: het kan code of opmaak van buiten laden');
    expect(body('<Admonition type="tip">x</Admonition>\n').problems[0]?.message).toContain('<Admonition> is geen onderdeel van deze site: gebruik <Callout type="info">');
    expect(body('<Tabs>\n\nx\n\n</Tabs>\n').problems[0]?.message).toContain('zet de inhoud van elk tabblad onder een eigen kopje');
  });

  it('points a bare web address warning at the address, also lines into a paragraph or a quote', () => {
    const paragraph = body('Eerste regel van de alinea\nen op de tweede https://www.kis.nl/ staat een adres.\n').problems;
    expect(at(paragraph)).toEqual([[line + 1, 17, 'kale-link']]);
    const quote = body('> Een citaat\n> met www.movisie.nl erin.\n').problems;
    expect(at(quote)).toEqual([[line + 1, 7, 'kale-link']]);
  });

  it('quotes a bare web address without the full stop or comma of its sentence', () => {
    for (const text of ['Zie https://www.kis.nl/.\n', 'Zie https://www.kis.nl/, of bel.\n', 'Op (https://www.kis.nl/) staat het.\n', 'Vraag "https://www.kis.nl/"?\n']) {
      const [warning] = body(text).problems;
      expect(warning?.message, text).toContain('Het webadres https://www.kis.nl/ wordt geen link. Maak er een link van met een beschrijving: [waar de link heen gaat](https://www.kis.nl/).');
    }
  });

  it('tells what to write instead of an HTML element that is never closed, not a closing tag that does not exist', () => {
    const [hr] = body('Tekst.\n\n<hr>\n\nMeer tekst.\n').problems;
    expect(hr).toMatchObject({ line: line + 2, column: 1, rule: 'mdx-syntax', message: expect.stringContaining('<hr> wordt hier niet gebruikt: zet voor een scheidingslijn --- op een eigen regel') });
    expect(hr?.message).not.toContain('</hr>');
    const [img] = body('Een foto: <img src="/favicon.svg" alt="logo">\n').problems;
    expect(img).toMatchObject({ line, column: 11, message: expect.stringContaining('schrijf een afbeelding in Markdown, ![wat er te zien is](/adres)') });
  });

  it('warns about mkdocs and Docusaurus boxes, with the <Callout> to write instead', () => {
    const mkdocs = body('Tekst.\n\n!!! tip "Handig om te weten"\n    Bel eerst.\n').problems;
    expect(mkdocs).toEqual([expect.objectContaining({ line: line + 2, column: 1, rule: 'ander-dialect', severity: 'warning', message: expect.stringContaining('<Callout type="tip" title="Handig om te weten">…</Callout>') })]);
    const warning = body('!!! warning\n    Let op.\n').problems[0];
    expect(warning?.message).toContain('<Callout type="let-op">…</Callout>');
    const docusaurus = body('Tekst.\n\n:::note Goed om te weten\nTekst in het kader.\n:::\n').problems;
    expect(docusaurus).toEqual([expect.objectContaining({ line: line + 2, column: 1, rule: 'ander-dialect', severity: 'warning', message: expect.stringContaining('<Callout type="info" title="Goed om te weten">…</Callout>') })]);
    expect(body('??? note "Meer"\n    Verborgen.\n').problems[0]?.message).toContain('<Details summary="Meer">…</Details>');
  });

  it('never passes on the parser\'s English', () => {
    for (const text of ['Een <sup>open\n', 'Een { open\n', '<Callout title=x>y</Callout>\n', 'a <b><i>x</b></i>\n', 'x </b> y\n', '<!-- open\n', 'Een <!-- open\n', '{a b}\n', '<!DOCTYPE html>\n']) {
      for (const problem of body(text).problems) expect(problem.message).not.toMatch(/Unexpected|expected|acorn|MDX comment|\bnote\b|use `/);
    }
  });
});

describe('every problem in one run', () => {
  it('reports five different problems of one file together, each with its fix', () => {
    const text = lesson({
      fields: { themes: '[opvoeding, ouderbetrokenheid]', audiences: '[gemeentes]', related: '[lessen/sleutelfiguren-openen-deur]' },
      body: '## De les\n\nEen <sup>niet gesloten alinea.\n\nEn hier {code}.\n\n<Callot type="tip">Tekst</Callot>\n',
    });
    const corpus = tempCorpus('five-problems');
    try {
      corpus.write('lessen/voorbeeld-org/vijf-problemen.mdx', text);
      const problems = readCorpus(corpus.root, { now }).problems.filter((p) => p.file.endsWith('vijf-problemen.mdx'));
      const messages = problems.map((p) => `${p.line}:${p.column} ${p.message}`);
      expect(messages).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^5:\d+ themes: "ouderbetrokenheid" is geen thema\. Bedoelde u "ouderbetrokkenheid"\?/),
          expect.stringMatching(/^12:\d+ audiences: "gemeentes" is geen publiek\. Bedoelde u "gemeente" \(Gemeenten\)\?/),
          expect.stringMatching(/^13:\d+ related: "lessen\/sleutelfiguren-openen-deur" bestaat niet in lessen\. Bedoelde u "lessen\/sleutelfiguren-openen-deuren"\?$/),
          expect.stringMatching(/^18:5 <sup> wordt niet afgesloten/),
          expect.stringMatching(/^20:9 MDX leest alles tussen accolades .* schrijf dan \\\{code\\\} in plaats van \{code\}/),
          expect.stringMatching(/^22:1 <Callot> is geen onderdeel van deze site\. Bedoelde u <Callout>\?/),
        ]),
      );
      expect(messages.find((m) => m.includes('"opvoeding"'))).toMatch(/^5:\d+ themes: "opvoeding" is geen thema\./);
    } finally {
      corpus.remove();
    }
  });

  it('reads on after each syntax error, but not without end in a large file full of them', () => {
    const paragraph = 'Een gewone zin met wat woorden erin, om de alinea te vullen. '.repeat(12);
    const few = Array.from({ length: 6 }, (_, i) => `${paragraph}<sup>open ${i}`).join('\n\n');
    const read = body(few).errors;
    expect(read.map((p) => p.line)).toEqual([15, 17, 19, 21, 23, 25]);
    expect(read.at(-1)?.message).not.toContain('niet meer nagekeken');
    const many = Array.from({ length: 300 }, (_, i) => (i % 10 === 0 ? `${paragraph}<sup>open ${i}` : paragraph)).join('\n\n');
    const stopped = body(many).errors;
    expect(stopped.length).toBeGreaterThan(1);
    expect(stopped.length).toBeLessThan(30);
    expect(stopped.at(-1)?.message).toContain('Na deze fout is de rest van de tekst niet meer nagekeken');
  });

  it('still checks the body when the front matter cannot be read', () => {
    const text = '---\ntitle: "Niet afgesloten\n---\n\nEen <sup>open alinea.\n';
    const result = check(text);
    expect(result.rules).toEqual(['yaml', 'mdx-syntax']);
  });
});
