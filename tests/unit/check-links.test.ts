/**
 * The link checker (`npm run check:links`) on pages written for the test: it
 * reads them with an HTML parser, so links and ids count as a browser sees
 * them, and reports each broken one with its page and content file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks, formatBrokenLink, parsePage } from '../../scripts/check-links.ts';
import { projectRoot } from '../support/build.ts';

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

describe('reading a page', () => {
  it('finds links and ids however the attributes are written, and decodes entities', () => {
    const page = parsePage(`<!doctype html><html><head>
      <meta content='content/lessen/org/x.mdx' name=lom:source>
      <link href="https://lom-kennisbank.nl/lessen/x/" rel="alternate canonical"></head><body>
      <h2 ID=aanpak>Aanpak</h2><a name="oud-anker">oud</a>
      <a class=x href=/themas/>zonder aanhalingstekens</a>
      <a href='/zoeken/?q=ouders&amp;type=les'>enkele aanhalingstekens, met entiteit</a>
      <A HREF="/lessen/&#x78;/">hoofdletters</A>
      <svg><a href="/netwerken/"><circle r="1"/></a></svg>
      </body></html>`);
    expect(page.links).toEqual(['https://lom-kennisbank.nl/lessen/x/', '/themas/', '/zoeken/?q=ouders&type=les', '/lessen/x/', '/netwerken/']);
    expect([...page.ids]).toEqual(['aanpak', 'oud-anker']);
    expect(page.source).toBe('content/lessen/org/x.mdx');
    expect(page.origin).toBe('https://lom-kennisbank.nl');
  });

  it('skips what a browser does not show as a link: comments, script and style text, templates', () => {
    const page = parsePage(`<body>
      <!-- <a href="/commentaar/" id="c">x</a> -->
      <script>document.body.innerHTML = '<a href="/in-script/" id="s">x</a>';</script>
      <style>a[href="/in-stijl/"] { color: red }</style>
      <template><a href="/in-template/" id="t">x</a></template>
      <textarea><a href="/in-tekstvak/">x</a></textarea>
      <a href="/echt/">echt</a>
      </body>`);
    expect(page.links).toEqual(['/echt/']);
    expect([...page.ids]).toEqual([]);
  });
});
