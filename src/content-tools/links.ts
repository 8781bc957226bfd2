/**
 * Checks the links and images in entry bodies against the site as it will be
 * built: the routes come from the files in `src/pages/` (so a new page is
 * known as soon as it exists), entries and their headings from the corpus,
 * and images from `public/`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { collectionNames, type CollectionName } from '../collections.ts';
import { entryPath } from '../shared/addresses.ts';
import { facetsOf, facetValues } from '../schemas/roles.ts';
import { siteUrl } from '../site.config.ts';
import { parseBody } from './markdown.ts';
import { inspectBody, urlScheme, type HeadingInfo, type LinkInfo } from './policy.ts';
import type { Position } from './problem.ts';
import type { Facts } from './translation-facts.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const pagesDir = path.join(projectRoot, 'src/pages');
const publicDir = path.join(projectRoot, 'public');

/** What the link check needs to know of an entry that links or is linked to. */
export interface LinkTarget {
  collection: CollectionName;
  id: string;
  status: string;
  /** The language it is written in: the pages of English entries, and their lists, are under /en/. */
  lang: string;
  /** The entry's values for each facet its list pages are browsed by (see facetValuesOf). */
  facets: Record<string, string[]>;
  /** Its title, for suggesting it when a reference names it wrongly. */
  title?: string;
  /** The entry it translates, if it is a translation. */
  translationOf?: string;
  /** What its translations must say as it does (see translation-facts.ts); known for entries of the content tree. */
  facts?: Facts;
  /** Heading ids of the entry, read when a link first asks for them. */
  headings: () => readonly HeadingInfo[];
}

export interface LinkIssue {
  position: Position;
  message: string;
  rule: string;
}

/** An entry's values for each facet of its collection: all the link check needs of its fields. */
export function facetValuesOf(collection: CollectionName, id: string, data: Record<string, unknown>): Record<string, string[]> {
  return Object.fromEntries(facetsOf(collection).map((facet) => [facet, facetValues(collection, id, data, facet)]));
}

type Segment = { literal: string } | { param: string; rest: boolean; prefix: string; suffix: string };

interface Route {
  segments: Segment[];
  /** Pages end in a slash; endpoints (`robots.txt`, `x.json`) do not. */
  page: boolean;
  /** Ids on a static page that `#anchor` links may point to; undefined when they cannot be known. */
  anchors?: Set<string>;
}

let routesCache: Route[] | undefined;

/** The site's routes, from the files in src/pages. */
function routes(): Route[] {
  if (routesCache) return routesCache;
  const found: Route[] = [];
  const files = fs.existsSync(pagesDir) ? fs.readdirSync(pagesDir, { recursive: true, encoding: 'utf8' }) : [];
  for (const relative of files.map((f) => f.split(path.sep).join('/')).sort()) {
    const match = /^(.*?)(\.astro|\.mdx|\.md|\.ts|\.js)$/.exec(relative);
    if (!match || relative.split('/').some((part) => part.startsWith('_'))) continue;
    const [, route = '', extension] = match;
    const page = extension !== '.ts' && extension !== '.js';
    const parts = route.split('/').filter((part, i, all) => !(page && part === 'index' && i === all.length - 1));
    if (page && parts.at(-1) === '404') continue;
    const segments = parts.map((part): Segment => {
      const param = /^(.*?)\[(\.\.\.)?([a-z]+)\](.*)$/.exec(part);
      return param ? { param: param[3]!, rest: Boolean(param[2]), prefix: param[1]!, suffix: param[4]! } : { literal: part };
    });
    const isStatic = segments.every((s) => 'literal' in s);
    found.push({ segments, page, anchors: page && isStatic ? staticAnchors(path.join(pagesDir, relative)) : undefined });
  }
  routesCache = found;
  return found;
}

/** Heading ids of a static page written in MDX, or literal ids of an Astro page (unknown when it makes ids at build time). */
function staticAnchors(file: string): Set<string> | undefined {
  const source = fs.readFileSync(file, 'utf8');
  if (file.endsWith('.astro')) {
    if (/\bid=\{/.test(source)) return undefined;
    return new Set([...source.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!));
  }
  try {
    const body = source.replace(/^---\n[\s\S]*?\n---\n/, (fm) => '\n'.repeat(fm.split('\n').length - 1));
    return new Set(inspectBody(parseBody(body, 1).tree).headings.map((h) => h.slug));
  } catch {
    return undefined;
  }
}

/** Whether `file` (a URL path) is a file in public/, without leaving that folder. */
function isPublicFile(urlPath: string): boolean {
  const file = path.join(publicDir, urlPath);
  return file.startsWith(publicDir + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile();
}

/**
 * Where the link check finds other entries: a target, `undefined` when there
 * is no such file, or `null` when the file exists but has errors of its own
 * (those are reported on that file; links to it are not reported again).
 */
export interface TargetSource {
  lookup: (collection: CollectionName, id: string) => LinkTarget | null | undefined;
  /** Every valid entry of a collection, for the facet pages of its lists. */
  ofCollection: (collection: CollectionName) => Iterable<LinkTarget>;
}

export interface SiteIndex {
  entry: (collection: CollectionName, id: string) => LinkTarget | null | undefined;
  /** Every valid entry of a collection, for suggesting one when a reference names none. */
  entries: (collection: CollectionName) => Iterable<LinkTarget>;
  /** Whether a list page in a language exists for the value of a facet (it does when a published entry that the language's lists show has that value). */
  facetValue: (collection: CollectionName, facet: string, value: string, lang: string) => boolean;
}

export function createSiteIndex(source: TargetSource): SiteIndex {
  // Worked out per collection on first use: only a link to a facet page needs them.
  const valuesByFacet = new Map<CollectionName, Map<string, Set<string>>>();
  const valuesOf = (collection: CollectionName) => {
    let byFacet = valuesByFacet.get(collection);
    if (!byFacet) {
      byFacet = new Map();
      const published = [...source.ofCollection(collection)].filter((target) => target.status === 'gepubliceerd');
      // The English lists also show the Dutch entries not yet translated (see listFor in src/lib/entries.ts).
      const translated = new Set(published.flatMap((target) => (target.lang === 'en' && target.translationOf ? [target.translationOf] : [])));
      for (const target of published) {
        const langs = target.lang === 'nl' && !translated.has(target.id) ? ['nl', 'en'] : [target.lang];
        for (const [facet, values] of Object.entries(target.facets)) {
          for (const lang of langs) {
            const key = `${lang}/${facet}`;
            let set = byFacet.get(key);
            if (!set) byFacet.set(key, (set = new Set()));
            for (const value of values) set.add(value);
          }
        }
      }
      valuesByFacet.set(collection, byFacet);
    }
    return byFacet;
  };
  return {
    entry: source.lookup,
    entries: source.ofCollection,
    facetValue: (collection, facet, value, lang) => valuesOf(collection).get(`${lang}/${facet}`)?.has(value) ?? false,
  };
}

type Resolution = { ok: true; anchors?: () => ReadonlySet<string> | undefined } | { ok: false; message: string };

/** Resolves a site path (without query or anchor) to a page, for a link from an entry with the given status. */
function resolvePath(urlPath: string, site: SiteIndex, fromStatus: string): Resolution {
  if (urlPath !== '/' && isPublicFile(urlPath)) return { ok: true };
  const parts = urlPath.split('/').filter(Boolean);
  const trailingSlash = urlPath.endsWith('/');
  let concept: string | undefined;

  for (const route of routes()) {
    const bound: Record<string, string> = {};
    let matched = true;
    let i = 0;
    let lang = 'nl';
    for (const segment of route.segments) {
      if ('literal' in segment) {
        if (parts[i] !== segment.literal) matched = false;
        i++;
      } else if (segment.rest && segment.param === 'lang') {
        // The language of the pages under src/pages/[...lang]/: English with the prefix /en/, Dutch without.
        if (parts[i] === 'en') {
          lang = 'en';
          i++;
        }
      } else if (segment.rest) {
        // Matches no segment: only the first page of a list is linked to, later pages move as content is added.
      } else {
        const part = parts[i] ?? '';
        if (!part.startsWith(segment.prefix) || !part.endsWith(segment.suffix) || part.length <= segment.prefix.length + segment.suffix.length) matched = false;
        else bound[segment.param] = part.slice(segment.prefix.length, part.length - segment.suffix.length);
        i++;
      }
      if (!matched) break;
    }
    if (!matched || i !== parts.length) continue;

    const first = route.segments.find((segment) => !('rest' in segment && segment.param === 'lang'));
    const collection = (bound.collection ?? (first && 'literal' in first ? first.literal : undefined)) as CollectionName | undefined;
    if (bound.collection !== undefined && !collectionNames.includes(bound.collection as CollectionName)) continue;
    if (bound.facet !== undefined) {
      if (!collection || !facetsOf(collection).some((facet) => facet === bound.facet) || bound.value === undefined || !site.facetValue(collection, bound.facet, bound.value, lang)) continue;
    }
    let target: LinkTarget | undefined;
    if (bound.id !== undefined) {
      if (!collection || !collectionNames.includes(collection)) continue;
      const found = site.entry(collection, bound.id);
      if (found === null) return { ok: true };
      if (!found) continue;
      target = found;
      const address = entryPath(collection, bound.id, target.lang === 'en' ? 'en' : 'nl');
      if (fromStatus === 'gepubliceerd' && target.status !== 'gepubliceerd') {
        concept = address;
        continue;
      }
      if (target.lang !== lang) return { ok: false, message: `deze pagina is ${target.lang === 'en' ? 'Engels' : 'Nederlands'} en staat op ${address}` };
    }
    if (route.page && !trailingSlash) return { ok: false, message: `zet een / aan het eind: ${urlPath}/` };
    if (!route.page && trailingSlash) continue;
    const found = target;
    return {
      ok: true,
      anchors: found && route.page ? () => new Set(found.headings().map((h) => h.slug)) : route.anchors ? () => route.anchors : undefined,
    };
  }
  if (concept) return { ok: false, message: `${concept} is nog een concept en wordt niet gepubliceerd; link er pas naar als het gepubliceerd is` };
  return { ok: false, message: 'deze pagina bestaat niet op de site' };
}

const siteOrigin = new URL(siteUrl).origin;

/** Checks one entry's links and images; `self` gives the entry's own headings for `#anchor` links. */
export function checkLinks(links: readonly LinkInfo[], self: { status: string; headings: readonly HeadingInfo[] }, site: SiteIndex): LinkIssue[] {
  const issues: LinkIssue[] = [];
  for (const link of links) {
    const report = (message: string, rule = 'interne-link') => issues.push({ position: link.position, message, rule });
    const scheme = urlScheme(link.url);

    if (link.kind === 'image') {
      if (scheme !== undefined || link.url.startsWith('//')) {
        report(`Afbeeldingen van andere websites worden niet getoond (${link.url.slice(0, 60)}): zet het bestand in de map public/ en verwijs ernaar met /naam.jpg.`, 'afbeelding');
      } else if (!link.url.startsWith('/') || !isPublicFile(safeDecode(link.url.split(/[?#]/)[0]!))) {
        report(`De afbeelding ${link.url.slice(0, 60)} bestaat niet: zet het bestand in de map public/ en verwijs ernaar met /naam.jpg.`, 'afbeelding');
      }
      continue;
    }

    let url = link.url;
    if ((scheme === 'http' || scheme === 'https') && url.startsWith(siteOrigin + '/')) url = url.slice(siteOrigin.length);
    else if (scheme !== undefined || url.startsWith('//')) continue;

    const hashAt = url.indexOf('#');
    const anchor = hashAt === -1 ? undefined : safeDecode(url.slice(hashAt + 1));
    const withoutHash = hashAt === -1 ? url : url.slice(0, hashAt);
    const urlPath = safeDecode(withoutHash.split('?')[0]!);

    if (urlPath === '') {
      if (anchor !== undefined && anchor !== '' && !self.headings.some((h) => h.slug === anchor)) {
        report(`De link #${anchor} wijst naar een kop die niet in deze tekst staat. Koppen in deze tekst: ${self.headings.map((h) => `#${h.slug}`).join(', ') || 'geen'}.`);
      }
      continue;
    }
    if (!urlPath.startsWith('/')) {
      report(`De link ${link.url} begint niet met /: schrijf het volledige pad op deze site, bijvoorbeeld /interventies/naam/, of een volledig webadres (https://…).`);
      continue;
    }
    const resolved = resolvePath(urlPath, site, self.status);
    if (!resolved.ok) {
      report(`De link ${link.url} werkt niet: ${resolved.message}.`);
      continue;
    }
    if (anchor !== undefined && anchor !== '') {
      const anchors = resolved.anchors?.();
      if (anchors && !anchors.has(anchor)) {
        report(`De link ${link.url} wijst naar een kop die niet op die pagina staat. Koppen daar: ${[...anchors].map((a) => `#${a}`).join(', ') || 'geen'}.`);
      }
    }
  }
  return issues;
}

const safeDecode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};
