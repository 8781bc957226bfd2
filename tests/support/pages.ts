/**
 * The pages of a built site, for tests that visit every page: each HTML file
 * with the URL a static host serves it at.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface SitePage {
  /** Path of the HTML file inside the built site, with forward slashes. */
  file: string;
  /** URL path, for example `/interventies/x/` or `/404.html`. */
  url: string;
}

export function sitePages(siteDir: string): SitePage[] {
  return (fs.readdirSync(siteDir, { recursive: true, encoding: 'utf8' }) as string[])
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({ file, url: `/${file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file}` }));
}

/**
 * One page of each kind, for tests that operate pages rather than inspect them.
 * The entry and list pages are picked from what the site holds, so the lists
 * work on the fixture site and on generated corpora alike.
 */
export function templatePages(siteDir: string): string[] {
  const urls = sitePages(siteDir).map((p) => p.url);
  const first = (pattern: RegExp) => urls.find((url) => pattern.test(url));
  const collections = ['organisaties', 'interventies', 'lessen', 'netwerken', 'themas', 'handreikingen', 'tijdlijn', 'bronnen'];
  const picked = [
    '/', '/over/', '/toegankelijkheid/', '/privacy/', '/zoeken/', '/404.html',
    ...collections.flatMap((c) => [
      `/${c}/`,
      first(new RegExp(`^/${c}/(?!pagina/|thema/|organisatie/|bewijsniveau/|sector/)[^/]+/$`)),
      first(new RegExp(`^/${c}/(thema|organisatie|bewijsniveau|sector)/[^/]+/$`)),
    ]),
  ];
  return [...new Set(picked.filter((url): url is string => url !== undefined && urls.includes(url)))];
}

/** The URL path of an entry's page: under /en/ when it is written in English. */
export const entryPath = (entry: { collection: string; id: string; data: Record<string, unknown> }) =>
  `${entry.data.lang === 'en' ? '/en' : ''}/${entry.collection}/${entry.id}/`;
