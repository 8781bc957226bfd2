/**
 * `node scripts/check-links.ts <built-site-dir>` (`npm run check:links`, on
 * `dist/` by default): checks that every internal link, stylesheet, image and
 * form target in a built site points to a file that exists, and every
 * `#fragment` to an `id` on the target page. A broken link is reported with the
 * page it is on and, for entry pages, the content file the page is built from
 * (from its `lom:source` meta), so that it can be fixed where it was written.
 * External links are not fetched. Exit 1 when a link is broken.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { pathOfBuiltFile } from '../src/shared/addresses.ts';

export interface BrokenLink {
  /** URL path of the page with the link. */
  page: string;
  /** The content file the page is built from, where the page says so. */
  source?: string;
  /** The link as written. */
  href: string;
  /** Why it does not resolve, in Dutch, for the people who write the content. */
  reason: string;
}

export interface LinkReport {
  pages: number;
  /** Internal links checked, fragments included. */
  links: number;
  broken: BrokenLink[];
}

interface ParsedPage {
  ids: Set<string>;
  links: string[];
  source?: string;
  /** Origin of the page's canonical URL: absolute links to it are internal links too. */
  origin?: string;
}

/** Attributes that point to another resource, per element. */
const linkAttributes: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  script: ['src'],
  source: ['src'],
  iframe: ['src'],
  form: ['action'],
};

/**
 * Reads the ids, links and source of a page with an HTML parser, which
 * decodes entities in attributes and skips comments and the text of scripts
 * and styles as a browser does; links and ids inside a `<template>` are inert
 * until a script uses them, so they are skipped too.
 */
export function parsePage(html: string): ParsedPage {
  const page: ParsedPage = { ids: new Set(), links: [] };
  let inTemplate = 0;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'template') inTemplate += 1;
      if (inTemplate > 0) return;
      if (attributes.id) page.ids.add(attributes.id);
      if (name === 'a' && attributes.name) page.ids.add(attributes.name);
      if (name === 'meta' && attributes.name === 'lom:source') page.source = attributes.content;
      if (name === 'link' && attributes.rel?.split(/\s+/).includes('canonical')) {
        try {
          page.origin = new URL(attributes.href ?? '').origin;
        } catch {
          // A canonical link that is no absolute URL says nothing about the site's address.
        }
      }
      for (const attribute of linkAttributes[name] ?? []) {
        const value = attributes[attribute];
        if (value !== undefined) page.links.push(value.trim());
      }
    },
    onclosetag(name) {
      if (name === 'template' && inTemplate > 0) inTemplate -= 1;
    },
  });
  parser.write(html);
  parser.end();
  return page;
}

function listFiles(root: string): string[] {
  return (fs.readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[])
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => fs.statSync(path.join(root, file)).isFile());
}

export function checkLinks(root: string): LinkReport {
  const files = new Set(listFiles(root));
  const htmlFiles = [...files].filter((file) => file.endsWith('.html')).sort();
  const pages = new Map(htmlFiles.map((file) => [file, parsePage(fs.readFileSync(path.join(root, file), 'utf8'))]));
  const broken: BrokenLink[] = [];
  let links = 0;

  for (const [file, page] of pages) {
    const pageUrl = pathOfBuiltFile(file);
    const base = new URL(pageUrl, 'http://site.invalid');
    const report = (href: string, reason: string) => broken.push({ page: pageUrl, source: page.source, href, reason });
    for (const href of page.links) {
      if (href === '' || href === '#' || /^(mailto|tel|data):/i.test(href)) continue;
      let target: URL;
      try {
        target = new URL(href, base);
      } catch {
        report(href, 'geen geldig adres');
        continue;
      }
      const internal = target.origin === base.origin || (page.origin !== undefined && target.origin === page.origin);
      if (!internal) continue;
      links += 1;
      let pathname: string;
      try {
        pathname = decodeURIComponent(target.pathname);
      } catch {
        report(href, 'het adres is verkeerd gecodeerd');
        continue;
      }
      const relative = pathname.replace(/^\/+/, '');
      let targetFile: string | undefined;
      if (pathname.endsWith('/')) {
        if (files.has(`${relative}index.html`)) targetFile = `${relative}index.html`;
      } else if (files.has(relative)) {
        targetFile = relative;
      } else if (files.has(`${relative}/index.html`)) {
        // The site links with a slash at the end; without it, many hosts answer with a redirect or a 404.
        report(href, `de pagina staat op ${pathname}/ (met / aan het eind)`);
        continue;
      }
      if (!targetFile) {
        report(href, 'de pagina of het bestand bestaat niet');
        continue;
      }
      const fragment = target.hash.slice(1);
      if (!fragment || !targetFile.endsWith('.html')) continue;
      let id: string;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        id = fragment;
      }
      if (!pages.get(targetFile)!.ids.has(id)) report(href, `de pagina ${pathOfBuiltFile(targetFile)} heeft geen element met id "${id}"`);
    }
  }
  return { pages: pages.size, links, broken };
}

export function formatBrokenLink(link: BrokenLink): string {
  return `${link.source ? `${link.source} (pagina ${link.page})` : `pagina ${link.page}`}: link "${link.href}" werkt niet: ${link.reason}`;
}

if (import.meta.filename === process.argv[1]) {
  const root = path.resolve(process.argv[2] ?? 'dist');
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    console.error(`Geen gebouwde site in ${process.argv[2] ?? 'dist'}: bouw eerst met npm run build, of geef de map op: node scripts/check-links.ts <map>`);
    process.exit(2);
  }
  const report = checkLinks(root);
  for (const link of report.broken) console.log(formatBrokenLink(link));
  const summary = `${report.links} interne links op ${report.pages} pagina's gecontroleerd`;
  if (report.broken.length === 0) {
    console.log(`Alle links werken: ${summary}.`);
  } else {
    console.log(`\n${report.broken.length} ${report.broken.length === 1 ? 'link werkt' : 'links werken'} niet (${summary}).`);
  }
  process.exit(report.broken.length > 0 ? 1 : 0);
}
