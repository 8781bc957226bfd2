/**
 * The URL scheme is the site's public contract: bookmarks, feeds, citations
 * and open data point at these addresses, so a change to one is a change
 * people notice.
 */
import { describe, expect, it } from 'vitest';
import {
  citationPath,
  comparisonDataPath,
  entryPath,
  facetListPath,
  fileSetPatterns,
  langOf,
  langParam,
  listPath,
  localise,
  pageParam,
  pagePath,
  paramsOf,
  parseEntryPath,
  pathOfBuiltFile,
  reservedSegments,
} from '../../src/shared/addresses.ts';
import { reservedIds } from '../../src/schemas/roles.ts';

describe('entry pages', () => {
  it('are at /<collection>/<id>/ in Dutch and under /en/ in English', () => {
    expect(entryPath('interventies', 'ouders-in-gesprek', 'nl')).toBe('/interventies/ouders-in-gesprek/');
    expect(entryPath('lessen', 'sleutelfiguren', 'en')).toBe('/en/lessen/sleutelfiguren/');
  });

  it('are read back from their path, with the language the prefix gives', () => {
    expect(parseEntryPath('/interventies/ouders-in-gesprek/')).toEqual({ collection: 'interventies', id: 'ouders-in-gesprek', lang: 'nl' });
    expect(parseEntryPath('/en/lessen/sleutelfiguren/')).toEqual({ collection: 'lessen', id: 'sleutelfiguren', lang: 'en' });
  });

  it('are not read from paths of another shape', () => {
    for (const path of ['/interventies/', '/interventies/thema/onderwijs/', '/interventies/x', '/nl/interventies/x/', '//evil.example/x/', '/interventies/X/', '/zoeken/']) {
      expect(parseEntryPath(path), path).toBeUndefined();
    }
  });
});

describe('lists', () => {
  it('of a collection, and of one value of a facet, in either language', () => {
    expect(listPath('netwerken', 'nl')).toBe('/netwerken/');
    expect(listPath('netwerken', 'en')).toBe('/en/netwerken/');
    expect(facetListPath('interventies', 'thema', 'onderwijs', 'nl')).toBe('/interventies/thema/onderwijs/');
    expect(facetListPath('lessen', 'sector', 'gemeente', 'en')).toBe('/en/lessen/sector/gemeente/');
  });

  it('number later pages under pagina/, and the first page has no number', () => {
    expect(pagePath('/lessen/', 1)).toBe('/lessen/');
    expect(pagePath('/lessen/', 3)).toBe('/lessen/pagina/3/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('pagina/2');
  });

  it('keep their segments from entries: no entry may be named pagina or after a browse facet', () => {
    expect(reservedSegments(['thema'])).toEqual(['pagina', 'thema']);
    // Every facet a list is browsed by, the sector too.
    expect([...reservedIds].sort()).toEqual(['bewijsniveau', 'doelgroep', 'gemeenschap', 'organisatie', 'pagina', 'sector', 'thema']);
  });
});

describe('languages in addresses', () => {
  it('Dutch has no prefix, English /en/', () => {
    expect(localise('nl', '/zoeken/')).toBe('/zoeken/');
    expect(localise('en', '/search/')).toBe('/en/search/');
    expect(langParam('nl')).toBeUndefined();
    expect(langParam('en')).toBe('en');
  });

  it('a page is English only under /en/, not when a later segment is en', () => {
    expect(langOf(new URL('https://x.nl/en/'))).toBe('en');
    expect(langOf(new URL('https://x.nl/en'))).toBe('en');
    expect(langOf(new URL('https://x.nl/interventies/en/'))).toBe('nl');
    expect(langOf(new URL('https://x.nl/english/'))).toBe('nl');
  });
});

describe('built files', () => {
  it('are served with the folder as the address of its index.html', () => {
    expect(pathOfBuiltFile('index.html')).toBe('/');
    expect(pathOfBuiltFile('en/lessen/x/index.html')).toBe('/en/lessen/x/');
    expect(pathOfBuiltFile('404.html')).toBe('/404.html');
  });
});

describe('file sets', () => {
  it('have their route patterns made from the same addresses as their files', () => {
    expect(citationPath('interventies', 'x', 'bib')).toBe('/citeer/interventies/x.bib');
    expect(comparisonDataPath('x')).toBe('/vergelijk/data/x.json');
    expect(paramsOf(fileSetPatterns.citeer[1], citationPath('lessen', 'y', 'ris').slice(1))).toEqual({ collection: 'lessen', id: 'y' });
    expect(paramsOf(fileSetPatterns.vergelijk[0], comparisonDataPath('z').slice(1))).toEqual({ id: 'z' });
  });
});
