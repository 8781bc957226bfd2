/**
 * Every internal link and fragment in the built site resolves, in the fixture
 * site and in the site built from `content/`; a broken one is reported with
 * the page and the content file it comes from.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkLinks, formatBrokenLink, parsePage } from '../../scripts/check-links.ts';
import { buildSite, projectRoot, readPage } from '../support/build.ts';

const site = inject('basicSite');

describe('links in the built fixture site', () => {
  it('all resolve, fragments included', () => {
    const report = checkLinks(site);
    expect(report.broken.map(formatBrokenLink)).toEqual([]);
    // The skip link, the navigation and the fact boxes alone make hundreds of links: a count near zero means the scan broke.
    expect(report.links).toBeGreaterThan(report.pages * 10);
  });

  it('name on each entry page the content file it is built from', () => {
    const source = parsePage(readPage(site, '/interventies/ouders-in-gesprek/')).source;
    expect(source).toBe('tests/fixtures/corpus-basic/interventies/voorbeeld-org/ouders-in-gesprek.mdx');
    expect(fs.existsSync(path.join(projectRoot, source!))).toBe(true);
  });
});

describe('the link checker', () => {
  it('reports a missing page, a missing fragment and a missing trailing slash, with page and source file', () => {
    const dir = path.join(projectRoot, '.tmp/link-check', `broken-${process.pid}`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(path.join(dir, 'lessen/een-les'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'lessen/een-les/index.html'),
      `<!doctype html><html lang="nl"><head><meta name="lom:source" content="content/lessen/org/een-les.mdx">
      <link rel="canonical" href="https://lom-kennisbank.nl/lessen/een-les/"></head><body>
      <h2 id="aanpak">Aanpak</h2>
      <a href="#aanpak">goed</a> <a href="/lessen/een-les/#aanpak">goed</a> <a href="https://lom-kennisbank.nl/lessen/een-les/">goed</a>
      <a href="https://example.org/elders/">extern</a> <a href="mailto:info@example.org">mail</a>
      <a href="/lessen/bestaat-niet/">kapot</a> <a href="#resultaten">kapot</a> <a href="/lessen/een-les">zonder slash</a>
      <a href="https://lom-kennisbank.nl/themas/">kapot, absoluut</a>
      <!-- <a href="/in-commentaar/">telt niet</a> -->
      </body></html>`,
    );
    try {
      const report = checkLinks(dir);
      expect(report.broken.map((b) => b.href)).toEqual([
        '/lessen/bestaat-niet/', '#resultaten', '/lessen/een-les', 'https://lom-kennisbank.nl/themas/',
      ]);
      expect(report.broken.every((b) => b.page === '/lessen/een-les/' && b.source === 'content/lessen/org/een-les.mdx')).toBe(true);
      expect(formatBrokenLink(report.broken[1]!)).toBe(
        'content/lessen/org/een-les.mdx (pagina /lessen/een-les/): link "#resultaten" werkt niet: de pagina /lessen/een-les/ heeft geen element met id "resultaten"',
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('links in the site built from content/', () => {
  it('all resolve, fragments included', () => {
    const result = buildSite('content', `links-content-${process.pid}`);
    try {
      expect(result.ok, result.output).toBe(true);
      expect(checkLinks(result.outDir).broken.map(formatBrokenLink)).toEqual([]);
    } finally {
      result.remove();
    }
  });
});
