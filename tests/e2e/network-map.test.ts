/**
 * The network maps in Chromium: drawn without any script, every node a named
 * link to a page that exists, the table after the map holding the same
 * networks with links, a skip link that lets keyboard users pass the map,
 * focus that shows in the drawing, labels that stay readable at 200% zoom
 * and on paper, and no accessibility violations.
 */
import axe from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readPage } from '../support/build.ts';
import { attr, one } from '../support/html.ts';
import { runAxe } from '../support/axe.ts';
import { useBrowserSession } from '../support/session.ts';

const site = inject('basicSite');
const session = useBrowserSession(site);
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  context = await session.browser.newContext();
  await context.addInitScript({ content: axe.source });
  page = await context.newPage();
});

const svgLinks = () =>
  page.locator('.network-map__svg a').evaluateAll((links) => links.map((a) => ({ href: a.getAttribute('href')!, name: a.getAttribute('aria-label') ?? '', text: a.textContent ?? '' })));

describe('the overview map on /netwerken/', () => {
  beforeAll(async () => {
    await page.goto(`${session.server.url}/netwerken/`);
  });

  it('is drawn in the HTML, before any script runs, with organisations, networks and themes as links', async () => {
    const svg = one(readPage(site, '/netwerken/'), 'svg.network-map__svg');
    expect(attr(svg, 'viewbox')).toMatch(/^0 0 \d+ \d+$/);
    const links = await svgLinks();
    expect(links.map((l) => l.href).sort()).toEqual([
      '/netwerken/ouderplatform/', '/organisaties/partner-org/', '/organisaties/voorbeeld-org/', '/themas/dialoog-en-inspraak/', '/themas/ouderbetrokkenheid/',
    ]);
  });

  it('names every link in the drawing with its full title and its kind, and every link leads to a page', async () => {
    for (const link of await svgLinks()) {
      expect(link.name).toMatch(/ \((organisatie|netwerk|thema)\)$/);
      // The visible label, however it was wrapped, is part of the name.
      expect(link.name.replace(/\s/g, '')).toContain(link.text.replace(/[\s…-]/g, '').slice(0, 10));
      expect((await fetch(session.server.url + link.href)).status, link.href).toBe(200);
    }
    expect((await page.getByRole('link', { name: 'Platform van ouderorganisaties (netwerk)' }).count())).toBe(1);
  });

  it('has a table after it in which every network on the map links to its page', async () => {
    const mapNetworks = (await svgLinks()).filter((l) => l.href.startsWith('/netwerken/')).map((l) => l.href);
    const rows = page.locator('#kaart-tabel tbody tr');
    const tableNetworks = await rows.locator('th[scope="row"] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(tableNetworks.sort()).toEqual(mapNetworks.sort());
    const row = rows.filter({ hasText: 'Platform van ouderorganisaties' });
    // Members by their short name, with the full name as the abbreviation's title; a member without a page by its name.
    expect(await row.locator('td').nth(1).innerText()).toBe('VBO, PO, Stichting Zonder Pagina');
    expect(await row.locator('td').nth(1).locator('abbr').evaluateAll((abbrs) => abbrs.map((a) => a.getAttribute('title')))).toEqual(['Stichting Voorbeeldorganisatie', 'Partnerorganisatie']);
    expect(await page.locator('#kaart-tabel thead th').allInnerTexts()).toEqual(['Netwerk', 'Kennis bij', 'Leden', 'Thema’s']);
  });

  it('explains its shapes in words', async () => {
    expect(await page.locator('.map-legend li').allInnerTexts()).toEqual(expect.arrayContaining(['Rechthoek: organisatie', 'Ovaal: netwerk', 'Label: thema']));
  });

  it('lets keyboard users pass the map with a skip link that appears on focus', async () => {
    await page.goto(`${session.server.url}/netwerken/`);
    const skip = page.getByRole('link', { name: 'Sla de kaart over' });
    expect((await skip.boundingBox())!.width).toBeLessThanOrEqual(1);
    await skip.focus();
    expect((await skip.boundingBox())!.width).toBeGreaterThan(50);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('table')?.id)).toBe('kaart-tabel');
  });

  it('shows keyboard focus in the drawing', async () => {
    await page.goto(`${session.server.url}/netwerken/`);
    await page.getByRole('link', { name: 'Sla de kaart over' }).focus();
    await page.keyboard.press('Tab');
    const focused = page.locator('.network-map__svg a:focus');
    expect(await focused.count()).toBe(1);
    const fill = await focused.locator('.map-shape').evaluate((shape) => getComputedStyle(shape).fill);
    expect(fill).toBe('rgb(255, 221, 0)');
  });

  it('keeps its labels readable at 200% zoom, scrolling sideways inside its own box', async () => {
    // 200% zoom of a 1280-pixel window leaves 640 CSS pixels.
    const zoomed = await session.browser.newPage({ viewport: { width: 640, height: 800 }, deviceScaleFactor: 2 });
    await zoomed.goto(`${session.server.url}/netwerken/`);
    const heights = await zoomed.locator('.map-label tspan').evaluateAll((spans) => spans.map((s) => (s as SVGGraphicsElement).getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(12);
    expect(await zoomed.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    await zoomed.close();
  });

  it('prints whole, within the width of the paper', async () => {
    const printed = await session.browser.newPage();
    await printed.goto(`${session.server.url}/netwerken/`);
    await printed.emulateMedia({ media: 'print' });
    const { svg, main } = await printed.evaluate(() => ({
      svg: document.querySelector('.network-map__svg')!.getBoundingClientRect().width,
      main: document.querySelector('main')!.getBoundingClientRect().width,
    }));
    expect(svg).toBeGreaterThan(300);
    expect(svg).toBeLessThanOrEqual(main);
    expect(await printed.locator('.map-skip').isVisible()).toBe(false);
    await printed.close();
  });

  it('has no accessibility violations', async () => {
    await page.goto(`${session.server.url}/netwerken/`);
    expect(await runAxe(page, '/netwerken/', 'light')).toEqual([]);
  });
});

describe('an organisation’s map', () => {
  beforeAll(async () => {
    await page.goto(`${session.server.url}/organisaties/voorbeeld-org/`);
  });

  it('shows the organisation, its network, and the other members, a name without a page as text', async () => {
    expect(await page.locator('.network-map h2').innerText()).toBe('De netwerken van VBO op een kaart');
    expect((await svgLinks()).map((l) => l.name)).toEqual([
      'Stichting Voorbeeldorganisatie (organisatie)', 'Platform van ouderorganisaties (netwerk)', 'Partnerorganisatie (organisatie)',
    ]);
    const unlinked = page.locator('.network-map__svg g.map-node--naam');
    expect(await unlinked.getAttribute('aria-label')).toBe('Stichting Zonder Pagina (organisatie zonder eigen pagina)');
    expect(await page.locator('.map-legend').innerText()).toContain('Stippellijn: organisatie zonder eigen pagina');
  });

  it('has no accessibility violations, in the light and the dark scheme', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${session.server.url}/organisaties/voorbeeld-org/`);
      expect(await runAxe(page, '/organisaties/voorbeeld-org/', scheme)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

});
