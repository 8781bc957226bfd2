/**
 * Links and images in bodies resolve against the site as it will be built:
 * entries, list and facet pages, the static pages in src/pages, headings on
 * the target page or in the entry itself, and files in public/.
 */
import fs from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/content-tools/corpus.ts';
import { lesson, now, projectRoot, useTempCorpus } from '../support/temp-corpus.ts';

const corpus = useTempCorpus('links');

/** Problems of the link rules in a lesson that links to `url` (published unless said otherwise). */
function linkProblems(url: string, { status = 'gepubliceerd', kind = 'link' }: { status?: string; kind?: 'link' | 'image' } = {}) {
  const markdown = kind === 'image' ? `![Een beschrijving](${url})` : `[de pagina](${url})`;
  const file = corpus.write('lessen/voorbeeld-org/een-les-met-links.mdx', lesson({ fields: { status }, body: `## De les\n\nZie ${markdown}.\n` }));
  try {
    const result = readCorpus(corpus.root, { now, render: false, only: [file] });
    return result.problems.filter((p) => p.rule === 'interne-link' || p.rule === 'afbeelding');
  } finally {
    fs.rmSync(file);
  }
}

/** The first `##` heading of a static page, as the id it gets: read from the page, so that the test follows its text. */
function firstAnchorOf(page: string): string {
  const heading = /^## (.+)$/m.exec(fs.readFileSync(path.join(projectRoot, 'src/pages', page), 'utf8'))?.[1];
  if (!heading) throw new Error(`${page} has no ## heading to link to`);
  return new GithubSlugger().slug(heading);
}

describe('internal links', () => {
  it.each([
    '/',
    '/interventies/ouders-in-gesprek/',
    '/interventies/',
    '/bronnen/testbrief/',
    '/interventies/thema/ouderbetrokkenheid/',
    '/interventies/bewijsniveau/goed-onderbouwd/',
    '/lessen/sector/onderwijs/',
    '/over/',
    '/toegankelijkheid/',
    '/privacy/',
    '/zoeken/',
    '/zoeken/?q=ouders',
    '/en/',
    '/en/search/',
    '/en/about/',
    '/en/lessen/',
    '/en/interventies/',
    '/en/lessen/listen-before-you-advise/',
    '/en/lessen/thema/onderwijs/',
    // The English lists show the Dutch entries not yet translated, so their browse pages exist too.
    '/en/interventies/thema/ouderbetrokkenheid/',
    '/en/interventies/gemeenschap/turkse/',
    '/schema/interventies.json',
    '/favicon.svg',
    '/interventies/ouders-in-gesprek/#aanpak',
    '#de-les',
    'https://lom-kennisbank.nl/over/',
    'https://example.org/elders',
  ])('accepts %s', (url) => {
    expect(linkProblems(url)).toEqual([]);
  });

  it('accepts a link to a heading on a static page', () => {
    expect(linkProblems(`/over/#${firstAnchorOf('over.mdx')}`)).toEqual([]);
    expect(linkProblems(`/toegankelijkheid/#${firstAnchorOf('toegankelijkheid.mdx')}`)).toEqual([]);
  });

  it.each([
    ['/interventies/bestaat-niet/', 'deze pagina bestaat niet'],
    ['/bestaat-niet/', 'deze pagina bestaat niet'],
    ['/over', 'zet een / aan het eind: /over/'],
    ['/interventies/ouders-in-gesprek', 'zet een / aan het eind'],
    ['/interventies/thema/taal/', 'deze pagina bestaat niet'],
    ['/interventies/pagina/2/', 'deze pagina bestaat niet'],
    ['/interventies/nog-in-concept/', 'nog een concept'],
    ['/lessen/listen-before-you-advise/', 'deze pagina is Engels en staat op /en/lessen/listen-before-you-advise/'],
    ['/en/lessen/sleutelfiguren-openen-deuren/', 'deze pagina is Nederlands en staat op /lessen/sleutelfiguren-openen-deuren/'],
    ['/en/interventies/thema/taal/', 'deze pagina bestaat niet'],
    ['/en/bestaat-niet/', 'deze pagina bestaat niet'],
    ['/interventies/ouders-in-gesprek/#bestaat-niet', 'Koppen daar: #doel, #doelgroep, #aanpak'],
    ['/over/#bestaat-niet', 'kop die niet op die pagina staat'],
    ['#bestaat-niet', 'Koppen in deze tekst: #de-les'],
    ['interventies/ouders-in-gesprek/', 'begint niet met /'],
    ['https://lom-kennisbank.nl/bestaat-niet/', 'deze pagina bestaat niet'],
  ])('reports %s', (url, message) => {
    expect(linkProblems(url)).toEqual([expect.objectContaining({ rule: 'interne-link', line: 18, column: 5, message: expect.stringContaining(message) })]);
  });

  it('lets a concept link to a concept', () => {
    expect(linkProblems('/interventies/nog-in-concept/', { status: 'concept' })).toEqual([]);
  });
});

describe('images', () => {
  it('accepts a file of the site', () => {
    expect(linkProblems('/favicon.svg', { kind: 'image' })).toEqual([]);
  });

  it('reports an image from another website, which the site would not show', () => {
    expect(linkProblems('https://example.org/foto.jpg', { kind: 'image' })).toEqual([expect.objectContaining({ rule: 'afbeelding', message: expect.stringContaining('andere websites') })]);
  });

  it('reports an image that is not in public/', () => {
    expect(linkProblems('/beelden/bestaat-niet.jpg', { kind: 'image' })).toEqual([expect.objectContaining({ rule: 'afbeelding', message: expect.stringContaining('bestaat niet') })]);
    expect(linkProblems('/../package.json', { kind: 'image' })).toEqual([expect.objectContaining({ rule: 'afbeelding' })]);
  });
});
