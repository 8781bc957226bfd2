/**
 * Feeds, sitemap and robots.txt of the fixture site, read with a strict XML
 * parser: well-formed, in the right namespaces, and listing the right entries
 * with their `updated` dates.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readCorpus } from '../../src/content-tools/corpus.ts';
import { fixturesDir, readPage } from '../support/build.ts';
import { all, attr, one, parseHtml } from '../support/html.ts';
import { entryPath } from '../support/pages.ts';
import { child, childrenNamed, parseXml, type XmlElement } from '../support/xml.ts';

const site = inject('basicSite');
const published = readCorpus(path.join(fixturesDir, 'corpus-basic')).entries.filter((e) => e.data.status === 'gepubliceerd');
const read = (urlPath: string) => fs.readFileSync(path.join(site, urlPath), 'utf8');
const atom = 'http://www.w3.org/2005/Atom';
const pageUrl = (e: (typeof published)[number]) => `https://lom-kennisbank.nl${entryPath(e)}`;

/** Checks what RFC 4287 requires of a feed and its entries, and returns the entries' addresses and dates. */
function readFeed(urlPath: string) {
  const feed = parseXml(read(urlPath));
  expect(feed.name).toBe('feed');
  expect(feed.namespace).toBe(atom);
  expect(child(feed, 'id').text).toBe(`https://lom-kennisbank.nl${urlPath}`);
  expect(child(feed, 'title').text).not.toBe('');
  expect(child(feed, 'updated').text).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  expect(childrenNamed(feed, 'link').find((l) => l.attributes.rel === 'self')?.attributes.href).toBe(`https://lom-kennisbank.nl${urlPath}`);
  const entries = childrenNamed(feed, 'entry').map((entry: XmlElement) => {
    for (const required of ['id', 'title', 'updated', 'summary']) expect(child(entry, required).text, required).not.toBe('');
    const link = childrenNamed(entry, 'link').find((l) => l.attributes.rel === 'alternate')?.attributes.href ?? '';
    expect(child(entry, 'id').text).toBe(link);
    return { url: link, updated: child(entry, 'updated').text.slice(0, 10), title: child(entry, 'title').text };
  });
  // Newest first, and the feed is as new as its newest entry.
  expect(entries.map((e) => e.updated)).toEqual(entries.map((e) => e.updated).sort().reverse());
  if (entries.length > 0) expect(child(feed, 'updated').text.slice(0, 10)).toBe(entries[0]!.updated);
  return entries;
}

describe('the Atom feeds', () => {
  it('list every published entry of the site, newest first, with its date', () => {
    const entries = readFeed('/feeds/alles.xml');
    expect(entries.map((e) => e.url).sort()).toEqual(published.map(pageUrl).sort());
    const intervention = entries.find((e) => e.url.endsWith('/interventies/ouders-in-gesprek/'))!;
    expect(intervention).toEqual({ url: 'https://lom-kennisbank.nl/interventies/ouders-in-gesprek/', updated: '2026-11-02', title: 'Ouders in gesprek over school' });
  });

  it('list per organisation the entries that name it', () => {
    for (const organisation of published.filter((e) => e.collection === 'organisaties')) {
      const expected = published.filter((e) => (e.data.organisations as string[] | undefined)?.includes(organisation.id)).map(pageUrl);
      expect(readFeed(`/feeds/organisaties/${organisation.id}.xml`).map((e) => e.url).sort(), organisation.id).toEqual(expected.sort());
    }
    expect(readFeed('/feeds/organisaties/partner-org.xml').map((e) => e.url)).toContain('https://lom-kennisbank.nl/interventies/ouders-in-gesprek/');
  });

  it('list per theme the entries on it', () => {
    for (const theme of published.filter((e) => e.collection === 'themas')) {
      const expected = published.filter((e) => (e.data.themes as string[]).includes(theme.id)).map(pageUrl);
      expect(readFeed(`/feeds/themas/${theme.id}.xml`).map((e) => e.url).sort(), theme.id).toEqual(expected.sort());
    }
  });

  it('are announced in the head of every page, and linked visibly from organisation and theme pages', () => {
    const alternate = (html: string) => all(html, 'head link[rel="alternate"][type="application/atom+xml"]').map((link) => attr(link, 'href'));
    expect(alternate(readPage(site, '/'))).toEqual(['/feeds/alles.xml']);
    expect(alternate(readPage(site, '/interventies/ouders-in-gesprek/'))).toEqual(['/feeds/alles.xml']);
    for (const [page, feed] of [['/organisaties/voorbeeld-org/', '/feeds/organisaties/voorbeeld-org.xml'], ['/themas/onderwijs/', '/feeds/themas/onderwijs.xml']] as const) {
      const html = readPage(site, page);
      expect(alternate(html)).toEqual(['/feeds/alles.xml', feed]);
      expect(all(one(parseHtml(html), 'main'), 'a').map((a) => attr(a, 'href'))).toContain(feed);
    }
  });
});

describe('the sitemap', () => {
  const urlset = parseXml(read('/sitemap.xml'));
  const urls = childrenNamed(urlset, 'url').map((u) => ({ loc: child(u, 'loc').text, lastmod: childrenNamed(u, 'lastmod')[0]?.text }));

  it('lists every entry page with the date it was last updated', () => {
    expect(urlset.namespace).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    for (const entry of published) expect(urls, entry.id).toContainEqual({ loc: pageUrl(entry), lastmod: entry.data.updated });
  });

  it('lists list pages with the date of their newest entry, and only pages that exist', () => {
    const interventions = published.filter((e) => e.collection === 'interventies').map((e) => e.data.updated as string).sort();
    expect(urls).toContainEqual({ loc: 'https://lom-kennisbank.nl/interventies/', lastmod: interventions.at(-1) });
    expect(urls.map((u) => u.loc)).toContain('https://lom-kennisbank.nl/open-data/');
    for (const { loc } of urls) expect(fs.existsSync(path.join(site, new URL(loc).pathname, 'index.html')), loc).toBe(true);
    expect(urls.map((u) => u.loc)).not.toContain('https://lom-kennisbank.nl/interventies/nog-in-concept/');
  });

  it('is named in robots.txt', () => {
    expect(read('/robots.txt')).toMatch(/^Sitemap: https:\/\/lom-kennisbank\.nl\/sitemap\.xml$/m);
    expect(read('/robots.txt')).toMatch(/^User-agent: \*$/m);
  });
});
