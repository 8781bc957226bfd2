/**
 * Reflow (WCAG 1.4.10): every page of the built fixture site fits a window
 * 320 CSS pixels wide, the width of a small phone and of a 1280 px screen
 * zoomed to 400 %. Nothing makes the document scroll sideways: long words
 * wrap, and a wide table or line of code scrolls inside its own box, which a
 * keyboard user can reach and a screen reader names.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sitePages } from '../support/pages.ts';
import { useBrowserSession } from '../support/session.ts';

const site = inject('basicSite');
const session = useBrowserSession(site);
const pages = sitePages(site);

let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  context = await session.browser.newContext({ viewport: { width: 320, height: 640 } });
  page = await context.newPage();
});
afterAll(async () => context?.close());

/** How far the document is wider than the window, and the innermost elements that stick out, to say what to fix. */
const overflow = () =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const sticksOut = (element: Element) => element.getBoundingClientRect().right > width + 0.5;
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((element) => sticksOut(element) && ![...element.children].some(sticksOut))
      .slice(0, 3)
      .map((element) => `<${element.tagName.toLowerCase()} class="${element.className}"> ${(element.textContent ?? '').trim().slice(0, 40)}`);
    return { by: document.documentElement.scrollWidth - width, culprits };
  });

describe('at 320 px wide', () => {
  it.for(pages)('$url does not scroll sideways', async ({ url }) => {
    await page.goto(session.server.url + url);
    const { by, culprits } = await overflow();
    expect(by, `wider than the window by ${by} px; sticking out: ${culprits.join(' | ')}`).toBe(0);
  });

  it('wraps a long word in a heading instead of cutting it off', async () => {
    await page.goto(`${session.server.url}/lessen/sleutelfiguren-openen-deuren/`);
    const heading = page.locator('h2', { hasText: 'Samenwerkingsverbands' });
    const box = (await heading.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(await heading.evaluate((h) => h.scrollWidth <= h.clientWidth)).toBe(true);
  });

  it('scrolls a wide table in a named box that takes keyboard focus', async () => {
    await page.goto(`${session.server.url}/lessen/sleutelfiguren-openen-deuren/`);
    const box = page.getByRole('region', { name: 'Tabel bij ‘Samenwerkingsverbandsovereenkomstenregistratiesysteem’' });
    expect(await box.getAttribute('tabindex')).toBe('0');
    expect(await box.evaluate((b) => b.scrollWidth > b.clientWidth)).toBe(true);
    await box.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((b) => b.scrollLeft), { timeout: 10_000 }).toBeGreaterThan(0);
  });

  it('sets code apart and scrolls a long line inside its block', async () => {
    await page.goto(`${session.server.url}/lessen/sleutelfiguren-openen-deuren/`);
    const block = page.locator('pre').first();
    const style = await block.evaluate((pre) => {
      const s = getComputedStyle(pre);
      return { overflowX: s.overflowX, border: s.borderTopStyle, background: s.backgroundColor, body: getComputedStyle(document.body).backgroundColor };
    });
    expect(style.overflowX).toBe('auto');
    expect(style.border).not.toBe('none');
    expect(style.background).not.toBe(style.body);
    expect(await block.evaluate((pre) => pre.scrollWidth > pre.clientWidth)).toBe(true);
    expect(await block.getAttribute('tabindex')).toBe('0');
  });
});
