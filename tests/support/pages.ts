/**
 * The pages of a built site, for tests that visit every page: each HTML file
 * with the URL a static host serves it at.
 */
import fs from 'node:fs';
import path from 'node:path';
import { collectionNames, type CollectionName } from '../../src/collections.ts';
import { entryPath as pathOfEntry, listPath, pageSegment, parseEntryPath, pathOfBuiltFile } from '../../src/shared/addresses.ts';
import { reservedIds } from '../../src/schemas/roles.ts';

export interface SitePage {
  /** Path of the HTML file inside the built site, with forward slashes. */
  file: string;
  /** URL path, for example `/interventies/x/` or `/404.html`. */
  url: string;
}

/**
 * The site's own pages. The web editor (/bewerken/) is left out: it is an
 * application of its own with its own policy, and tests/e2e/editor.test.ts
 * guards it.
 */
export function sitePages(siteDir: string): SitePage[] {
  return (fs.readdirSync(siteDir, { recursive: true, encoding: 'utf8' }) as string[])
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith('bewerken/'))
    .sort()
    .map((file) => ({ file, url: pathOfBuiltFile(file) }));
}

/**
 * One page of each kind, for tests that operate pages rather than inspect them.
 * The entry and list pages are picked from what the site holds, so the lists
 * work on the fixture site and on generated corpora alike.
 */
export function templatePages(siteDir: string): string[] {
  const urls = sitePages(siteDir).map((p) => p.url);
  const facets = reservedIds.filter((segment) => segment !== pageSegment);
  const isDutchEntry = (url: string, collection: string) => {
    const page = parseEntryPath(url);
    return page?.collection === collection && page.lang === 'nl';
  };
  // `/<collection>/<facet>/<value>/`
  const isFacetList = (url: string, collection: string) => {
    const parts = url.split('/');
    return parts.length === 5 && parts[1] === collection && facets.includes(parts[2]!) && parts[4] === '';
  };
  const picked = [
    '/', '/over/', '/toegankelijkheid/', '/privacy/', '/zoeken/', '/404.html',
    ...collectionNames.flatMap((c) => [
      listPath(c, 'nl'),
      urls.find((url) => isDutchEntry(url, c)),
      urls.find((url) => isFacetList(url, c)),
    ]),
  ];
  return [...new Set(picked.filter((url): url is string => url !== undefined && urls.includes(url)))];
}

/** The URL path of an entry's page: under /en/ when it is written in English. */
export const entryPath = (entry: { collection: string; id: string; data: Record<string, unknown> }) =>
  pathOfEntry(entry.collection as CollectionName, entry.id, entry.data.lang === 'en' ? 'en' : 'nl');
