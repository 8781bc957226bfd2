/**
 * The Content Security Policy: every page carries a strict policy that allows
 * only the site's own scripts and the hashes of its own inline code; the
 * `_headers` file adds what a page policy cannot hold and agrees with the
 * page policy on the rest; and using the site in Chromium, as a host with
 * those headers serves it, breaks neither policy nor logs any error.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot, readPage } from '../support/build.ts';
import { connectBrowser } from '../support/browser.ts';
import { headersFor, readHeadersFile, serveWithHeaders } from '../support/headers.ts';
import { all, attr, has, matches, parseHtml, rawText, type HtmlDocument, type HtmlElement } from '../support/html.ts';
import { sitePages, templatePages } from '../support/pages.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { settle, watchContext, type Watched } from '../support/watch.ts';

const site = inject('basicSite');
const headerRules = readHeadersFile(path.join(projectRoot, 'public/_headers'));

/** The directives of a policy, by name, each with its sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

const policyMeta = 'meta[http-equiv="content-security-policy" i]';
const metaPolicyOf = (page: HtmlDocument | string) => {
  const policy = all(page, policyMeta).map((meta) => attr(meta, 'content'))[0];
  return policy === undefined ? undefined : parsePolicy(policy);
};
/** Data blocks such as JSON-LD are not run, and no policy applies to them. */
const isDataBlock = (script: HtmlElement) => /^application\/(ld\+)?json$/i.test(attr(script, 'type') ?? '');

describe('the policy in every page', () => {
  it.for(sitePages(site))('of $url allows only the site’s own scripts and styles', ({ file }) => {
    const page = parseHtml(fs.readFileSync(path.join(site, file), 'utf8'));
    const policy = metaPolicyOf(page);
    expect(policy, 'a content-security-policy meta element').toBeDefined();
    // A meta policy governs only what comes after it in the document.
    const elements = all(page, '*');
    const metaAt = elements.findIndex((element) => matches(element, policyMeta));
    const firstResource = elements.findIndex((element) =>
      (element.name === 'script' && !isDataBlock(element)) || element.name === 'style' ||
      (element.name === 'link' && /\b(stylesheet|modulepreload)\b/i.test(attr(element, 'rel') ?? '')));
    expect(firstResource === -1 || metaAt < firstResource, 'the policy comes before any script or style').toBe(true);

    expect(policy!.get('object-src')).toEqual(["'none'"]);
    expect(policy!.get('base-uri')).toEqual(["'self'"]);
    expect(policy!.get('default-src')).toEqual(["'self'"]);
    for (const directive of ['script-src', 'style-src']) {
      const allowed = policy!.get(directive) ?? [];
      const loose = allowed.filter((s) => !["'self'", "'wasm-unsafe-eval'"].includes(s) && !/^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(s));
      expect(loose, `${directive} allows only 'self', hashes and WebAssembly`).toEqual([]);
    }
    // WebAssembly is for the search page's Pagefind; a page that loads no script has no use for it.
    const scripts = all(page, 'script');
    if (!scripts.some((script) => attr(script, 'src') !== undefined)) expect(policy!.get('script-src')).not.toContain("'wasm-unsafe-eval'");
    // Every inline script the page has is one the policy names by its hash.
    const scriptSources = new Set(policy!.get('script-src'));
    for (const script of scripts) {
      const src = attr(script, 'src');
      if (src !== undefined) {
        expect(src).toMatch(/^\/(?!\/)/);
      } else if (!isDataBlock(script)) {
        const body = rawText(script);
        expect(scriptSources.has(`'sha256-${crypto.createHash('sha256').update(body).digest('base64')}'`), `hash of inline script ${body.slice(0, 60)}`).toBe(true);
      }
    }
  });
});

describe('the _headers file', () => {
  const headers = headersFor(headerRules, '/interventies/x/');
  const policy = parsePolicy(headers['content-security-policy'] ?? '');

  it('forbids framing the site, which a page policy cannot', () => {
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('repeats every directive of the page policy, except those that name the hashes of one build', () => {
    const pagePolicy = metaPolicyOf(readPage(site, '/interventies/ouders-in-gesprek/'))!;
    // default-src would stand in for script-src and style-src in the header policy and block the hashed inline code.
    const perBuild = ['default-src', 'script-src', 'style-src'];
    expect(perBuild.filter((d) => policy.has(d)), 'directives the header must leave to the page policy').toEqual([]);
    const expected = [...pagePolicy].filter(([name]) => !perBuild.includes(name));
    const inHeader = [...policy].filter(([name]) => name !== 'frame-ancestors');
    expect(Object.fromEntries(inHeader)).toEqual(Object.fromEntries(expected));
  });

  it('sets the other security headers for every path', () => {
    for (const pathname of ['/', '/interventies/x/', '/_astro/Base.css', '/pagefind/pagefind.js']) {
      const h = headersFor(headerRules, pathname);
      expect(Number(h['strict-transport-security']?.match(/max-age=(\d+)/)?.[1]), 'HSTS for at least a year').toBeGreaterThanOrEqual(31_536_000);
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(h['permissions-policy']).toMatch(/(^|, )camera=\(\)/);
      expect(h['permissions-policy']).toMatch(/(^|, )geolocation=\(\)/);
      expect(h['permissions-policy']).toMatch(/(^|, )microphone=\(\)/);
    }
  });
});

describe('using the site in Chromium with the _headers headers', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let watched: Watched;
  beforeAll(async () => {
    server = await serveStatic(site, { gzip: false });
    browser = await connectBrowser(inject('browserEndpoint'));
    context = await browser.newContext();
    watched = await watchContext(context);
    await serveWithHeaders(context, server.url, headerRules);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // One test a kind of page, each with its own time limit: together they take minutes on a busy machine.
  it.for(templatePages(site))('shows no policy violation and logs no error on %s, opening every details element', async (url) => {
    const page = await context.newPage();
    await page.goto(server.url + url);
    await settle(page, server);
    for (const summary of await page.locator('summary').all()) await summary.click();
    expect(watched.violations).toEqual([]);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('shows no policy violation when searching, from the header and on the search page', async () => {
    const page = await context.newPage();
    server.resetStats();
    await page.goto(`${server.url}/interventies/`);
    await page.locator('#header-search-q').fill('ouders');
    await page.locator('#header-search-q').press('Enter');
    await page.waitForURL(/\/zoeken\/\?q=ouders/);
    await settle(page, server);
    // Whatever the search page offers, a query typed into its own field must work too.
    const field = page.locator('main input[type="search"], main input[name="q"]').first();
    await field.fill('sleutelfiguren');
    await field.press('Enter');
    // The query ends up in the address, whether the form was sent or a script searched in place.
    await page.waitForURL(/q=sleutelfiguren/);
    await settle(page, server);
    expect(watched.violations).toEqual([]);
    expect(watched.errors).toEqual([]);
    // Where the search page has a script to search the index with, searching must have loaded the index,
    // or this test proved nothing about the policy and the search.
    if (has(readPage(site, '/zoeken/'), 'script:not([type="application/ld+json"])') && fs.existsSync(path.join(site, 'pagefind'))) {
      expect(server.stats.paths.filter((p) => p.startsWith('/pagefind/')).length).toBeGreaterThan(0);
    }
    await page.close();
  });

  it('cannot be shown in a frame of another site', async () => {
    const page = await context.newPage();
    // Waits for the frame's load event, which fires whether the frame is shown or refused.
    await page.setContent(`<iframe src="${server.url}/" title="ingesloten"></iframe>`, { waitUntil: 'load' });
    const frame = page.frames().find((f) => f.url().startsWith(server.url));
    const framed = frame ? await frame.evaluate(() => document.title).catch(() => '') : '';
    expect(framed).not.toContain('LOM-kennisbank');
    await page.close();
  });

  it('reports a violation when a page runs code the policy does not allow, so that the checks above can fail', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "gekaapt"';
      document.body.append(script);
    });
    // Waits for the report to arrive; without one the test times out and fails.
    await watched.violation((v) => v.includes('script-src'));
    expect(await page.title()).not.toBe('gekaapt');
    watched.violations.length = 0;
    await page.close();
  });
});
