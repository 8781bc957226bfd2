/**
 * What the build hands to Pagefind for each page: the language, the title and
 * the element marked for indexing, whole, and nothing of the navigation,
 * footer or scripts around it. A page that cannot be cut that way is sent as
 * it is, so nothing is lost from the index. The page's address goes with it
 * to the worker thread that prepares it, for the words of the address.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { createSearchIndex, indexedPart, indexSite } from '../../src/integrations/search-index.ts';
import { projectRoot } from '../support/build.ts';

const page = (article: string) =>
  `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Buurtmoeders | LOM-kennisbank</title><script type="module" src="/x.js"></script></head>` +
  `<body><header><nav><a href="/">Home</a></nav></header><main>${article}</main><footer>Voettekst</footer></body></html>`;

describe('the part of a page that is indexed', () => {
  it('keeps the language, the title and the marked article, and drops navigation, scripts and footer', () => {
    const article = '<article class="entry" data-pagefind-body><h1>Buurtmoeders</h1><p>Tekst</p><span data-pagefind-filter="thema:onderwijs"></span></article>';
    const part = indexedPart(page(article));
    expect(part).toBe(`<!DOCTYPE html><html lang="nl"><head><title>Buurtmoeders | LOM-kennisbank</title></head><body>${article}</body></html>`);
    expect(part).not.toContain('Voettekst');
    expect(part).not.toContain('<script');
  });

  it('ends the article at its own closing tag, past articles inside it', () => {
    const article = '<article class="entry" data-pagefind-body><p>Begin</p><article><h2>Verwant</h2></article><p>Einde</p></article>';
    expect(indexedPart(page(`${article}<article><p>Daarna</p></article>`))).toContain(`<body>${article}</body>`);
  });

  it('does not mistake a longer tag name for the same element', () => {
    const section = '<section class="entry" data-pagefind-body><p>Begin</p><sectionx></sectionx><p>Einde</p></section>';
    expect(indexedPart(page(section))).toContain(`<body>${section}</body>`);
  });

  it('sends a page whole when it has no marked element, or the element is not closed', () => {
    const unmarked = page('<article><p>Lijst</p></article>');
    expect(indexedPart(unmarked)).toBe(unmarked);
    const unclosed = page('<article class="entry" data-pagefind-body><p>Tekst</p>').replace('</main>', '');
    expect(indexedPart(unclosed)).toBe(unclosed);
  });

  it('finds the marked element, not a title or description that holds the words data-pagefind-body', () => {
    const article = '<article class="entry" data-pagefind-body><h1>Over data-pagefind-body</h1><p>Tekst</p></article>';
    const html = page(article)
      .replace('<title>Buurtmoeders', '<title>Over data-pagefind-body')
      .replace('<meta charset="utf-8">', '<meta charset="utf-8"><meta name="description" content="<b data-pagefind-body> en data-pagefind-body">');
    expect(indexedPart(html)).toContain(`<body>${article}</body>`);
  });
});

describe('pages waiting for the index', () => {
  const site = path.join(projectRoot, '.tmp', `search-index-${process.pid}`);
  afterAll(() => fs.rmSync(site, { recursive: true, force: true }));
  const lesson = (n: number) => `<!DOCTYPE html><html lang="nl"><head><title>Les ${n}</title></head><body><article data-pagefind-body><h1>Les ${n}</h1><p>Ouders komen als een bekende hen uitnodigt.</p></article></body></html>`;

  it('make the page that reaches the bound wait until Pagefind has taken one in, and every page is still indexed', async () => {
    const index = createSearchIndex({ inFlight: 2 });
    expect(index.add('/lessen/les-1/', lesson(1))).toBeUndefined();
    const wait = index.add('/lessen/les-2/', lesson(2));
    expect(wait).toBeInstanceOf(Promise);
    await wait;
    // A page that is not indexed never waits.
    expect(index.add('/lessen/', '<!DOCTYPE html><html lang="nl"><body><h1>Lessen</h1></body></html>')).toBeUndefined();
    await index.add('/lessen/les-3/', lesson(3));
    expect(await index.write(path.join(site, 'pagefind'))).toEqual({ indexed: 3, added: 3 });
  });
});

describe('the address of a page in the index', () => {
  const site = path.join(projectRoot, '.tmp', `search-index-address-${process.pid}`);
  afterAll(() => fs.rmSync(site, { recursive: true, force: true }));

  it('gives a page the words of its address that its title lacks, as a field of the index', async () => {
    const index = createSearchIndex();
    const html = (title: string) => `<!DOCTYPE html><html lang="nl"><head><title>${title}</title></head><body><article data-pagefind-body><h1>${title}</h1><p>Volgens de Archiefwet bewaren we het.</p></article></body></html>`;
    await index.add('/vereisten/arc-01-archiefwet/', html('Informatie wordt goed bewaard'));
    await index.add('/vereisten/informatie-bewaard/', html('Informatie wordt goed bewaard'));
    expect(await index.write(path.join(site, 'pagefind'))).toEqual({ indexed: 2, added: 2 });
    const fragments = fs.readdirSync(path.join(site, 'pagefind', 'fragment')).map((file) => {
      const text = zlib.gunzipSync(fs.readFileSync(path.join(site, 'pagefind', 'fragment', file))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; meta: Record<string, string> };
    });
    const fields = Object.fromEntries(fragments.map((fragment) => [fragment.url, fragment.meta.adreswoorden]));
    expect(fields).toEqual({ '/vereisten/arc-01-archiefwet/': 'zqarczq zqarchiefwetzq', '/vereisten/informatie-bewaard/': undefined });
  });
});

describe('indexing a built site again', () => {
  const site = path.join(projectRoot, '.tmp', `search-index-again-${process.pid}`);
  afterAll(() => fs.rmSync(site, { recursive: true, force: true }));

  it('replaces the earlier index, leaving none of its files behind', async () => {
    const write = (file: string, title: string) => {
      fs.mkdirSync(path.join(site, path.dirname(file)), { recursive: true });
      fs.writeFileSync(path.join(site, file), `<!DOCTYPE html><html lang="nl"><head><title>${title}</title></head><body><article data-pagefind-body><h1>${title}</h1><p>Ouders komen als een bekende hen uitnodigt.</p></article></body></html>`);
    };
    write('lessen/les-1/index.html', 'Les 1');
    write('lessen/les-2/index.html', 'Les 2');
    await indexSite(site);
    const fragments = () => fs.readdirSync(path.join(site, 'pagefind', 'fragment')).length;
    expect(fragments()).toBe(2);
    fs.rmSync(path.join(site, 'lessen', 'les-2'), { recursive: true });
    expect(await indexSite(site)).toEqual({ indexed: 1, added: 1 });
    expect(fragments()).toBe(1);
  });
});
