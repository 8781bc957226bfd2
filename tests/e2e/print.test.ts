/**
 * An entry printed on A4 in Chromium: no navigation, the sources, the
 * addresses of external links, and a line with the permanent address and the
 * version; and a PDF of a sensible number of pages (this entry fills about
 * three).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from '../support/session.ts';

const session = useBrowserSession(inject('basicSite'));
const entryPath = '/interventies/ouders-in-gesprek/';
let page: Page;

beforeAll(async () => {
  page = await session.browser.newPage();
  await page.goto(`${session.server.url}${entryPath}`);
});

const shown = (selector: string) =>
  page.locator(selector).first().evaluate((element) => getComputedStyle(element).display !== 'none' && element.getBoundingClientRect().height > 0);

describe('printing an entry', () => {
  it('keeps the print line off the screen', async () => {
    await page.emulateMedia({ media: 'screen' });
    expect(await shown('.print-info')).toBe(false);
    expect(await shown('.site-header')).toBe(true);
  });

  it('leaves out the header, navigation, breadcrumbs and footer of the site', async () => {
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-nav', '.breadcrumbs', '.site-footer', '.entry-meta p:has(.edit-link)', '.citation__downloads']) {
      expect(await shown(selector), selector).toBe(false);
    }
  });

  it('prints the text, the sources, the citation and where the page lives, with its version', async () => {
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['h1', '.prose', '.sources', '.citation__reference', '.print-info']) expect(await shown(selector), selector).toBe(true);
    expect(await page.locator('.print-info').innerText()).toBe('Afgedrukt van https://lom-kennisbank.nl/interventies/ouders-in-gesprek/ · versie van 2 november 2026');
  });

  it('prints the address of an external link after it', async () => {
    await page.emulateMedia({ media: 'print' });
    const link = page.locator('.sources a[href^="http"]').first();
    const href = await link.getAttribute('href');
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${href})"`);
  });

  it('makes an A4 PDF of a few pages', async () => {
    await page.emulateMedia({ media: 'print' });
    const pdf = Buffer.from(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    const source = pdf.toString('latin1');
    expect(source.startsWith('%PDF-')).toBe(true);
    const pages = source.match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    // The fixture intervention has every fact, sources and a citation: a handful of pages, not one per screen.
    expect(pages.length).toBeLessThanOrEqual(6);
    // A4 is 210 by 297 mm: 595 by 842 points.
    const [width, height] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(source)!.slice(1).map(Number);
    expect(width).toBeCloseTo(595, 0);
    expect(height).toBeCloseTo(842, 0);
  });
});
