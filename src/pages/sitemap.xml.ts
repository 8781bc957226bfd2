/**
 * `/sitemap.xml`: every entry page with the date it last changed, the list
 * pages with the newest date of their entries, and the site's own pages, in
 * Dutch and, where there is something in English, in English.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { APIRoute } from 'astro';
import { collectionNames } from '../collections.ts';
import { defaultLang, langs, ui } from '../i18n/index.ts';
import { facetListPath, listPath } from '../shared/addresses.ts';
import { facetsOf, groupBy } from '../lib/browse.ts';
import { entriesOf, listedIn, urlOf } from '../lib/entries.ts';
import { xml } from '../lib/escape.ts';
import { xmlResponse } from '../lib/feeds.ts';
import { newestUpdate } from '../lib/open-data.ts';
import { absoluteUrl } from '../lib/references.ts';

/** Pages without content of their own to index: the error page and the search page; and the English pages, listed below. */
const skip = new Set(['404', 'zoeken', 'en']);

/** The site's own Dutch pages, read from the routes so that a new page is listed without editing this file. */
function ownPages(): string[] {
  const pages = path.resolve('src/pages');
  return fs.readdirSync(pages, { withFileTypes: true }).flatMap((item) => {
    if (item.isDirectory()) return !skip.has(item.name) && fs.existsSync(path.join(pages, item.name, 'index.astro')) ? [`/${item.name}/`] : [];
    const name = item.name.replace(/\.(astro|mdx|md)$/, '');
    if (name === item.name || name.startsWith('[') || skip.has(name)) return [];
    return [name === 'index' ? '/' : `/${name}/`];
  });
}

export const GET: APIRoute = async () => {
  const english = Object.entries(ui('en').paths).flatMap(([page, p]) => (page === 'search' ? [] : [p]));
  const urls: { path: string; lastmod?: string }[] = [...ownPages(), ...english].map((p) => ({ path: p }));
  for (const lang of langs) {
    for (const collection of collectionNames) {
      const entries = (await entriesOf(collection)).filter(listedIn(lang));
      // An English list without entries only says that there are none yet.
      if (entries.length === 0 && lang !== defaultLang) continue;
      urls.push({ path: listPath(collection, lang), lastmod: newestUpdate(entries) });
      for (const facet of facetsOf(collection)) {
        for (const [value, group] of await groupBy(collection, facet, lang)) urls.push({ path: facetListPath(collection, facet, value, lang), lastmod: newestUpdate(group) });
      }
    }
  }
  for (const collection of collectionNames) {
    for (const entry of await entriesOf(collection)) urls.push({ path: urlOf(entry), lastmod: entry.data.updated });
  }
  return xmlResponse([
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map(({ path: p, lastmod }) => `<url><loc>${xml(absoluteUrl(p))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`),
    '</urlset>',
    '',
  ].join('\n'));
};
