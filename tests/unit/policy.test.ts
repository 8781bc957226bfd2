/**
 * The content policy for bodies: what an entry may contain, and every way to
 * smuggle in code, foreign markup or unsafe addresses, each refused at its
 * line. Passing bodies are rendered to check that what is allowed still works.
 */
import { describe, expect, it } from 'vitest';
import { isDangerousUrl } from '../../src/content-tools/policy.ts';
import { all, attr, has, one, text } from '../support/html.ts';
import { check, lesson } from '../support/temp-corpus.ts';

/** Problems of a lesson with this body; the body starts on line 15 of the file. */
const body = (text: string) => check(lesson({ body: text }));
const firstBodyLine = 15;

describe('code in a body', () => {
  it('refuses import and export', () => {
    for (const line of ["import fs from 'node:fs'", 'export const x = 1', "export default function Page() { return 'x' }"]) {
      expect(body(`Tekst.\n\n${line}\n`).problems).toEqual([expect.objectContaining({ rule: 'geen-code', line: firstBodyLine + 2, column: 1 })]);
    }
  });

  it('refuses expressions in text, on their own line, and in attributes', () => {
    expect(body('Tekst {1 + 1} hier.\n').problems).toEqual([expect.objectContaining({ rule: 'geen-code', line: firstBodyLine, column: 7 })]);
    expect(body('{(() => { globalThis.x = 1 })()}\n').rules).toEqual(['geen-code']);
    expect(body('<Callout title={alert(1)}>x</Callout>\n').rules).toEqual(['geen-code']);
    expect(body('<Callout {...props}>x</Callout>\n').rules).toEqual(['geen-code']);
  });

  it('explains unbalanced braces and unclosed tags as a syntax problem at their line', () => {
    expect(body('Tekst.\n\nEen { zonder einde\n').problems).toEqual([expect.objectContaining({ rule: 'mdx-syntax', line: firstBodyLine + 2, message: expect.stringContaining('\\{') })]);
    expect(body('Tekst.\n\n<Callout>zonder einde\n').problems).toEqual([expect.objectContaining({ rule: 'mdx-syntax', line: firstBodyLine + 2, column: 1, message: expect.stringContaining('&lt;') })]);
    expect(body('Een <!-- opmerking zonder einde\n').problems).toEqual([expect.objectContaining({ rule: 'mdx-syntax', line: firstBodyLine, column: 5, message: expect.stringContaining('HTML-commentaar wordt niet afgesloten') })]);
  });

  it('accepts braces and angle brackets written as characters', () => {
    expect(body('Accolades \\{ zo \\} en 3 &lt; 4.\n').problems).toEqual([]);
  });
});

describe('elements and components', () => {
  it('refuses script, iframe, style, object, embed, form and other elements', () => {
    for (const name of ['script', 'iframe', 'style', 'object', 'embed', 'form', 'svg', 'SCRIPT']) {
      const result = body(`<${name}>x</${name}>\n`);
      expect(result.rules).toEqual(['onderdeel']);
      expect(result.problems[0]?.message).toContain(`<${name}> is niet toegestaan`);
    }
    expect(body('<div>x</div>\n').problems[0]?.message).toContain('<div> is geen toegestane HTML');
    expect(body('<>x</>\n').problems[0]?.message).toContain('fragment');
  });

  it('does not take names of built-in object properties for components', () => {
    expect(body('<constructor>x</constructor>\n').rules).toEqual(['onderdeel']);
    expect(body('<Callout constructor="x">x</Callout>\n').problems[0]?.message).toContain('kent het attribuut constructor niet');
  });

  it('refuses event handler attributes, unknown attributes and unknown values', () => {
    expect(body('<Callout onClick="alert(1)">x</Callout>\n').problems[0]).toMatchObject({ rule: 'geen-code', message: expect.stringContaining('onClick') });
    expect(body('<Callout ONLOAD="x">x</Callout>\n').rules).toEqual(['geen-code']);
    expect(body('<Callout kleur="rood">x</Callout>\n').problems[0]?.message).toContain('Toegestaan: type, title');
    expect(body('<Callout type="gevaar">x</Callout>\n').problems[0]?.message).toContain('info, let-op, tip');
    expect(body('<Details>x</Details>\n').problems[0]?.message).toContain('summary="…"');
  });

  it('accepts the allowlisted components and renders them', () => {
    const result = body('<Callout type="let-op" title="Let hierop">Tekst in een kader.</Callout>\n\n<Details summary="Meer">\n\nVerborgen tekst.\n\n</Details>\n');
    expect(result.problems).toEqual([]);
    expect(text(one(result.html, 'aside.callout.callout--let-op'))).toContain('Tekst in een kader.');
    expect(text(one(result.html, 'details > summary'))).toBe('Meer');
    expect(text(one(result.html, 'details'))).toContain('Verborgen tekst.');
  });
});

describe('addresses', () => {
  const spellings = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java&#x09;script:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    'javascript&colon;alert(1)',
    'jav&#x0A;ascript:alert(1)',
    'java%0ascript:alert(1)',
    '\u0001javascript:alert(1)',
    'java\u200bscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'DATA:text/html,x',
    'vbscript:msgbox(1)',
  ];

  it.each(spellings)('recognises %j as a dangerous address', (url) => {
    expect(isDangerousUrl(url)).toBe(true);
  });

  it('refuses dangerous addresses in links, link definitions and images', () => {
    expect(body('[klik](javascript:alert(1))\n').problems[0]).toMatchObject({ rule: 'onveilige-link', line: firstBodyLine });
    expect(body('[klik](jav&#x09;ascript:alert(1))\n').rules).toEqual(['onveilige-link']);
    expect(body('[klik][x]\n\n[x]: JAVASCRIPT:alert(1)\n').rules).toEqual(['onveilige-link']);
    expect(body('![plaatje](data:image/svg+xml,x)\n').rules).toEqual(['onveilige-link']);
    expect(body('<Callout title="javascript:alert(1)">x</Callout>\n').rules).toEqual(['onveilige-link']);
  });

  it('refuses other schemes than web addresses and mail', () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.org/x', 'blob:https://x']) {
      expect(body(`[x](${url})\n`).problems[0]?.message).toContain('werken niet voor iedereen');
    }
  });

  it('accepts web addresses, paths on the site and anchors', () => {
    for (const url of ['https://example.org/a?b=c#d', 'http://example.org', '/over/', '#de-les']) {
      expect(isDangerousUrl(url)).toBe(false);
      expect(body(`## De les\n\n[x](${url})\n`).errors).toEqual([]);
    }
  });
});

describe('accessible text', () => {
  it('needs a description for every image', () => {
    expect(body('![](/favicon.svg)\n').problems).toEqual([expect.objectContaining({ rule: 'alt-tekst', line: firstBodyLine })]);
    expect(body('![  ][logo]\n\n[logo]: /favicon.svg\n').rules).toEqual(['alt-tekst']);
    expect(body('![Het logo van de site](/favicon.svg)\n').problems).toEqual([]);
  });

  it('needs text in every link', () => {
    expect(body('[](https://example.org)\n').rules).toEqual(['link-tekst']);
    expect(body('[![Het logo](/favicon.svg)](https://example.org)\n').problems).toEqual([]);
  });

  it('has no second h1 and skips no heading level', () => {
    expect(body('# Nog een titel\n').problems).toEqual([expect.objectContaining({ rule: 'koppen', message: expect.stringContaining('één #') })]);
    expect(body('### Te diep\n').problems[0]?.message).toContain('De eerste kop moet ##');
    expect(body('## Een\n\n#### Vier\n').problems).toEqual([expect.objectContaining({ rule: 'koppen', line: firstBodyLine + 2, message: expect.stringContaining('van ## naar ####') })]);
    expect(body('## Een\n\n### Twee\n\n## Drie\n').problems).toEqual([]);
  });

  it('warns about a bare web address, which does not become a link', () => {
    const result = body('Zie https://example.org/rapport voor meer.\n');
    expect(result.problems).toEqual([expect.objectContaining({ rule: 'kale-link', severity: 'warning' })]);
    expect(has(result.html, 'a')).toBe(false);
    expect(body('Zie [het rapport](https://example.org/rapport).\n').problems).toEqual([]);
  });

  it('warns about "pull request", a word civil servants do not know, and says what to write instead', () => {
    const result = body('Vul dit aan met een correctie of een Pull Request.\n');
    expect(result.problems).toEqual([expect.objectContaining({ rule: 'vaktaal', severity: 'warning', message: expect.stringContaining('een voorstel tot wijziging indienen') })]);
    expect(body('Dien een voorstel tot wijziging in ([hoe dat gaat](/bijdragen/)).\n').problems).toEqual([]);
  });
});

describe('what Markdown may do', () => {
  it('renders tables, strikethrough and footnotes, with Dutch labels', () => {
    const result = body('| Wat | Waarom |\n| --- | --- |\n| Ruimte | Vertrouwen |\n\nDit is ~~oud~~ nieuw.[^1]\n\n[^1]: Een voetnoot.\n');
    expect(result.problems).toEqual([]);
    const { html } = result;
    expect(all(html, 'table th').map((th) => text(th))).toEqual(['Wat', 'Waarom']);
    expect(text(one(html, 'del'))).toBe('oud');
    expect(html).toContain('Voetnoten');
  });

  it('finds tables wherever GFM does, also without pipes in the head or the body rows', () => {
    const tables = (markdown: string) => all(body(markdown).html, 'table').length;
    expect(tables('| a | b |\n| - | - |\n| 1 | 2 |\n')).toBe(1);
    expect(tables('a | b\n--|--\n1 | 2\n')).toBe(1);
    expect(tables('Kop\n:-:\n')).toBe(1);
    expect(all(body('| a |\n| - |\neen rij zonder streep\n').html, 'td').map((td) => text(td))).toEqual(['een rij zonder streep']);
    expect(tables('> | a |\n> | - |\n')).toBe(1);
    expect(tables('- | a |\n  | - |\n')).toBe(1);
    expect(tables('Een alinea: met een dubbele punt\nen nog een regel.\n')).toBe(0);
    expect(tables('Geen tabel\n---\n')).toBe(0);
  });

  it('gives every heading an id for anchors', () => {
    const result = body('## Wat we leerden\n\n## Wat we leerden\n');
    expect(all(result.html, 'h2').map((h2) => attr(h2, 'id'))).toEqual(['wat-we-leerden', 'wat-we-leerden-1']);
  });

  it('refuses text nested deeper than any real text, before parsing it', () => {
    expect(body(`${'> '.repeat(60)}diep\n`).problems[0]).toMatchObject({ rule: 'mdx-syntax', message: expect.stringContaining('te diep genest') });
    expect(body(`${'- '.repeat(60)}diep\n`).problems[0]?.message).toContain('te diep genest');
    expect(body(`${'> '.repeat(30)}niet te diep\n`).errors).toEqual([]);
  });

  it('refuses a paragraph longer than 20,000 characters, but not a long text in paragraphs', () => {
    expect(body(`${'woord '.repeat(4000)}\n`).problems[0]).toMatchObject({ rule: 'mdx-syntax', line: firstBodyLine, message: expect.stringContaining('20.000 tekens') });
    expect(body(`${'woord '.repeat(1000)}\n\n`.repeat(5)).problems).toEqual([]);
  });
});
