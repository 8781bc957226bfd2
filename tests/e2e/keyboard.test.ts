/**
 * The site with only a keyboard: the skip link moves focus to the content,
 * every link, field and button on every kind of page is reached with Tab in
 * document order and shows where focus is, and the search fields and browse
 * links work with Enter.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { focusStop, focusableLabels, tabThrough, tabTo } from '../support/keyboard.ts';
import { templatePages } from '../support/pages.ts';
import { settle } from '../support/watch.ts';
import { useBrowserSession } from '../support/session.ts';

const site = inject('basicSite');
const session = useBrowserSession(site);

let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  context = await session.browser.newContext();
});
beforeEach(async () => {
  await page?.close();
  page = await context.newPage();
});

describe('the skip link', () => {
  it('is the first thing Tab reaches, shows itself, and moves focus to the main content', async () => {
    await page.goto(`${session.server.url}/interventies/ouders-in-gesprek/`);
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    expect(stop.label).toBe('a "Naar de inhoud"');
    expect(stop.visible && stop.inViewport).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    // The next Tab continues inside the content, not at the top of the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
  });
});

describe('Tab', () => {
  it.for(templatePages(site))('reaches every link, field and button on %s in order, each with a visible focus indicator', async (url) => {
    await page.goto(session.server.url + url);
    // A page with a script (search) shows its controls only once the script has run.
    await settle(page, session.server);
    const focusable = await focusableLabels(page);
    const stops = await tabThrough(page, focusable.length);
    expect(stops.map((s) => s.label)).toEqual(focusable);
    expect(stops.filter((s) => !s.visible || !s.inViewport).map((s) => s.label)).toEqual([]);
  });

  it('reaches the main navigation right after the header search', async () => {
    await page.goto(`${session.server.url}/`);
    const labels = (await tabThrough(page, 20)).map((s) => s.label);
    const start = labels.indexOf('a "Interventies"');
    expect(labels.slice(start - 2, start + 7)).toEqual([
      'input "q"', 'button "Zoeken"',
      'a "Interventies"', 'a "Lessen"', 'a "Netwerken"', 'a "Organisaties"', `a "Thema's"`, 'a "Handreikingen"', 'a "Tijdlijn"',
    ]);
  });
});

describe('Enter', () => {
  it('in the header search field searches the site for what was typed', async () => {
    await page.goto(`${session.server.url}/organisaties/voorbeeld-org/`);
    await tabTo(page, '#header-search-q');
    await page.keyboard.type('ouders en school');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zoeken\//);
    expect(new URL(page.url()).pathname).toBe('/zoeken/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('ouders en school');
  });

  it('on the search button of the home page searches too', async () => {
    await page.goto(`${session.server.url}/`);
    await tabTo(page, '#home-search-q');
    await page.keyboard.type('sleutelfiguren');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zoeken\//);
    expect(new URL(page.url()).searchParams.get('q')).toBe('sleutelfiguren');
  });

  it('on a browse link opens the narrowed list', async () => {
    await page.goto(`${session.server.url}/interventies/`);
    await tabTo(page, '.browse a[href="/interventies/bewijsniveau/goed-onderbouwd/"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/bewijsniveau/);
    expect(new URL(page.url()).pathname).toBe('/interventies/bewijsniveau/goed-onderbouwd/');
    expect(await page.locator('h1').textContent()).toBe('Interventies met bewijsniveau Goed onderbouwd');
  });
});
