/**
 * In Chromium: the JSON-LD block is read as data under the site's Content
 * Security Policy without a violation, and the open-data page and the blocks
 * entry pages gained (citation, versions, feed link) pass axe.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from '../support/session.ts';

const session = useBrowserSession(inject('basicSite'));
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Opens a page, recording Content Security Policy violations and console errors from the start. */
async function open(urlPath: string): Promise<{ page: Page; problems: string[] }> {
  const page = await session.browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  // Init scripts come from the browser, not the page, so the page's policy does not block them.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.addInitScript({ content: axeSource });
  await page.goto(`${session.server.url}${urlPath}`);
  return { page, problems };
}

describe('structured data in the browser', () => {
  it('is read as data under the Content Security Policy, with no violation', async () => {
    const { page, problems } = await open('/organisaties/voorbeeld-org/');
    const data = await page.evaluate(() => JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!));
    expect(data['@type']).toBe('Organization');
    expect(await page.evaluate(() => document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content'))).toMatch(/script-src/);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('accessibility', () => {
  // The open-data page whole; on entry pages, the blocks this feature adds (the site-wide axe test covers the rest).
  const cases = [
    ['/open-data/', ['main']],
    ['/interventies/ouders-in-gesprek/', ['.versions', '.citation']],
    ['/organisaties/voorbeeld-org/', ['.versions', '.citation', '.feed-link']],
    ['/themas/onderwijs/', ['.versions', '.citation', '.feed-link']],
  ] as const;
  for (const [urlPath, include] of cases) {
    it(`${urlPath}: ${include.join(', ')} pass axe (WCAG 2.2 A and AA)`, async () => {
      const { page } = await open(urlPath);
      const results = await page.evaluate(
        (selectors) =>
          (window as unknown as { axe: { run: (context: object, options: object) => Promise<AxeResults> } }).axe.run({ include: selectors.map((s) => [s]) }, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
            resultTypes: ['violations'],
          }),
        [...include],
      );
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(results.passes.length, 'axe checked something').toBeGreaterThan(0);
      await page.close();
    });
  }

  it('keeps headings in order and ids unique on an entry page', async () => {
    const { page } = await open('/organisaties/voorbeeld-org/');
    const levels = await page.locator('main :is(h1, h2, h3, h4)').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1);
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length).toBe(new Set(ids).size);
    expect(await page.locator('h2').allInnerTexts()).toEqual(expect.arrayContaining(['Versies', 'Citeer deze pagina']));
    await page.close();
  });
});
