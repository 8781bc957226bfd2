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

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return entities[name.toLowerCase()] ?? whole;
  });

/**
 * Reads the ids, links and source of a page. Astro writes well-formed HTML
 * with quoted attributes, so a tag scanner suffices; comments and the bodies
 * of scripts and styles are skipped, as a browser would.
 */
export function parsePage(html: string): ParsedPage {
  const markup = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi, '<$1$2></$1>');
  const page: ParsedPage = { ids: new Set(), links: [] };
  for (const tag of markup.matchAll(/<([a-zA-Z][\w-]*)(\s[^>]*)?>/g)) {
    const name = tag[1]!.toLowerCase();
    const attributes = new Map<string, string>();
    for (const attribute of (tag[2] ?? '').matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      attributes.set(attribute[1]!.toLowerCase(), decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? ''));
    }
    const id = attributes.get('id');
    if (id) page.ids.add(id);
    if (name === 'a' && attributes.get('name')) page.ids.add(attributes.get('name')!);
    if (name === 'meta' && attributes.get('name') === 'lom:source') page.source = attributes.get('content');
    if (name === 'link' && attributes.get('rel')?.split(/\s+/).includes('canonical')) {
      try {
        page.origin = new URL(attributes.get('href') ?? '').origin;
      } catch {
        // A canonical link that is no absolute URL says nothing about the site's address.
      }
    }
    for (const attribute of linkAttributes[name] ?? []) {
      const value = attributes.get(attribute);
      if (value !== undefined) page.links.push(value.trim());
    }
  }
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
