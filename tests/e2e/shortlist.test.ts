/**
 * The shortlist and the comparison in Chromium, served with the site's
 * security headers: nothing of it shows without JavaScript and nothing is
 * stored before the visitor saves; "Bewaar" saves and says so; /vergelijk/
 * puts the saved interventions side by side in a table; the downloads hold
 * the same facts; removing works; all of it works with the keyboard alone;
 * a full list is refused in words; no policy violation, no error, and no
 * accessibility violation along the way.
 */
import path from 'node:path';
import { text } from 'node:stream/consumers';
import axe from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../support/build.ts';
import { runAxe } from '../support/axe.ts';
import { readHeadersFile, serveWithHeaders } from '../support/headers.ts';
import { tabTo } from '../support/keyboard.ts';
import { watchContext, type Watched } from '../support/watch.ts';
import { useBrowserSession } from '../support/session.ts';

const site = inject('basicSite');
const session = useBrowserSession(site, { gzip: false });
const headerRules = readHeadersFile(path.join(projectRoot, 'public/_headers'));
const storageKey = 'lom-kennisbank:uw-lijst';

/** A new visitor: no storage yet, the site's headers, axe at hand, every violation and error recorded. */
async function visitor(options: { javaScriptEnabled?: boolean } = {}) {
  const context = await session.browser.newContext({ ...options, viewport: { width: 1280, height: 900 } });
  const watched = await watchContext(context);
  await serveWithHeaders(context, session.server.url, headerRules);
  await context.addInitScript({ content: axe.source });
  return { context, watched, page: await context.newPage() };
}

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), storageKey);
const status = (page: Page) => page.locator('[data-shortlist-status]');
const headerLink = (page: Page) => page.locator('.site-nav').getByRole('link', { name: /^Uw lijst/ });
const columnTitles = (page: Page) => page.locator('.compare-table thead th').allInnerTexts();
/**
 * What the status region says once it has spoken. Each change empties it and
 * fills it a moment later (so that a screen reader repeats a message), so
 * this waits for the words, not for a time.
 */
async function said(page: Page) {
  await status(page).filter({ hasText: /\S/ }).waitFor({ state: 'attached' });
  return status(page).textContent();
}
/** Waits until the comparison shows the list as it is now: it is busy while it loads. */
const compared = (page: Page) => page.locator('[data-compare]:not([aria-busy])').waitFor({ state: 'attached' });

describe('without JavaScript', () => {
  it('shows no button and no list link, and the comparison page says what it needs', async () => {
    const { context, page } = await visitor({ javaScriptEnabled: false });
    await page.goto(`${session.server.url}/interventies/ouders-in-gesprek/`);
    expect(await page.getByRole('button', { name: /Bewaar/ }).count()).toBe(0);
    expect(await page.locator('.facts dt', { hasText: 'Vergelijken' }).isVisible()).toBe(false);
    expect(await headerLink(page).isVisible()).toBe(false);
    await page.goto(`${session.server.url}/vergelijk/`);
    expect(await page.getByText('Vergelijken werkt alleen als JavaScript aan staat').isVisible()).toBe(true);
    expect(await page.locator('[data-compare]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('saving and comparing with the mouse', () => {
  let context: BrowserContext;
  let watched: Watched;
  let page: Page;
  beforeAll(async () => {
    ({ context, watched, page } = await visitor());
  });
  afterAll(async () => context?.close());

  it('stores nothing and shows no list link on a first visit', async () => {
    await page.goto(`${session.server.url}/interventies/buurtmoeders/`);
    expect(await page.getByRole('button', { name: 'Bewaar (Buurtmoeders helpen gezinnen op weg)', exact: true }).isVisible()).toBe(true);
    expect(await headerLink(page).isVisible()).toBe(false);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  });

  it('saves two interventions, says so, and counts them in the header', async () => {
    await page.getByRole('button', { name: /^Bewaar/ }).click();
    expect(await said(page)).toBe('Toegevoegd aan uw lijst (1)');
    expect(await page.locator('.shortlist__button').innerText()).toMatch(/^Bewaard ✓ – verwijder\s/);
    expect(await page.getByRole('button', { name: 'Bewaard – verwijder (Buurtmoeders helpen gezinnen op weg)', exact: true }).isVisible()).toBe(true);
    expect(await headerLink(page).innerText()).toBe('Uw lijst (1)');

    await page.goto(`${session.server.url}/interventies/ouders-in-gesprek/`);
    expect(await headerLink(page).innerText()).toBe('Uw lijst (1)');
    await page.getByRole('button', { name: 'Bewaar (Ouders in gesprek over school)', exact: true }).click();
    expect(await said(page)).toBe('Toegevoegd aan uw lijst (2)');
    expect(await headerLink(page).innerText()).toBe('Uw lijst (2)');
    expect(JSON.parse((await stored(page))!)).toEqual(['buurtmoeders', 'ouders-in-gesprek']);
  });

  it('puts them side by side on /vergelijk/, in a table with column and row headers', async () => {
    await headerLink(page).click();
    await page.waitForURL(/\/vergelijk\/$/);
    await compared(page);
    expect(await columnTitles(page)).toEqual(['Buurtmoeders helpen gezinnen op weg', 'Ouders in gesprek over school']);
    const rows = await page.locator('.compare-table tbody th[scope="row"]').allInnerTexts();
    expect(rows).toEqual(expect.arrayContaining(['Samenvatting', 'Bewijsniveau', 'Organisatie', 'Doelgroepen', 'Periode', 'Stand van zaken']));
    const evidence = page.locator('.compare-table tr', { has: page.locator('th', { hasText: 'Bewijsniveau' }) }).locator('td');
    expect(await evidence.nth(0).innerText()).toContain('Praktijkkennis (niet beoordeeld)');
    expect(await evidence.nth(0).innerText()).not.toContain('niveau');
    expect(await evidence.nth(1).innerText()).toContain('Goed onderbouwd · niveau 2 van 5');
    const period = page.locator('.compare-table tr', { has: page.locator('th', { hasText: 'Periode' }) }).locator('td');
    expect(await period.allInnerTexts()).toEqual(['Niet bekend', '2008 tot en met 2014']);
    expect(await page.getByText('Vergelijken werkt alleen als JavaScript aan staat').isVisible()).toBe(false);
  });

  it('fetches only the saved interventions’ facts', () => {
    const data = watched.requests.filter((url) => url.includes('/vergelijk/data/')).map((url) => new URL(url).pathname).sort();
    expect(data).toEqual(['/vergelijk/data/buurtmoeders.json', '/vergelijk/data/ouders-in-gesprek.json']);
  });

  it('downloads the comparison as CSV and as Markdown', async () => {
    const read = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
      // Read as a stream: the browser runs in another process, which keeps the file.
      return { name: download.suggestedFilename(), text: await text(await download.createReadStream()) };
    };
    const csv = await read('Download als CSV');
    expect(csv.name).toMatch(/^interventies-vergelijken-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Kenmerk,Buurtmoeders helpen gezinnen op weg,Ouders in gesprek over school');
    expect(lines[1]).toBe(`Adres,${session.server.url}/interventies/buurtmoeders/,${session.server.url}/interventies/ouders-in-gesprek/`);
    expect(lines).toContain('Periode,Niet bekend,2008 tot en met 2014');

    const md = await read('Download als Markdown');
    expect(md.name).toMatch(/\.md$/);
    expect(md.text).toContain(`| Kenmerk | [Buurtmoeders helpen gezinnen op weg](${session.server.url}/interventies/buurtmoeders/) | [Ouders in gesprek over school](${session.server.url}/interventies/ouders-in-gesprek/) |`);
    expect(md.text).toContain('| Bewijsniveau | Praktijkkennis (niet beoordeeld). Niet beoordeeld door een erkenningscommissie. | Goed onderbouwd (niveau 2 van 5). Beoordeeld door Erkenningscommissie Testinstituut op 15 april 2020. |');
  });

  it('has no accessibility violations with two interventions side by side, in the light and the dark scheme', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.reload();
      await compared(page);
    expect(await columnTitles(page)).toHaveLength(2);
      expect(await runAxe(page, '/vergelijk/', scheme)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('prints the table without the buttons', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.compare-table').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Download als CSV' }).isVisible()).toBe(false);
    expect(await page.locator('.compare-table__actions').isVisible()).toBe(false);
    expect(await headerLink(page).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });

  it('removes one, says so, and leaves focus on the next remove button', async () => {
    await page.getByRole('button', { name: 'Verwijder Buurtmoeders helpen gezinnen op weg uit uw lijst' }).click();
    await compared(page);
    expect(await columnTitles(page)).toEqual(['Ouders in gesprek over school']);
    expect(await said(page)).toBe('Verwijderd uit uw lijst (1)');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Verwijder Ouders in gesprek over school uit uw lijst');
    expect(await headerLink(page).innerText()).toBe('Uw lijst (1)');
    expect(await page.locator('[data-compare-message]').innerText()).toContain('Bewaar er nog een om te vergelijken');
    expect(JSON.parse((await stored(page))!)).toEqual(['ouders-in-gesprek']);
  });

  it('met no policy violation and logged no error on the way', () => {
    expect(watched.violations).toEqual([]);
    expect(watched.errors).toEqual([]);
  });
});

describe('with the keyboard alone', () => {
  it('saves, opens the comparison, and removes', async () => {
    const { context, watched, page } = await visitor();
    await page.goto(`${session.server.url}/interventies/ouders-in-gesprek/`);
    await tabTo(page, '.shortlist__button');
    await page.keyboard.press('Enter');
    expect(await said(page)).toBe('Toegevoegd aan uw lijst (1)');
    // The same button takes it off again, and stays where focus is.
    await page.keyboard.press('Space');
    expect(await said(page)).toBe('Verwijderd uit uw lijst (0)');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('shortlist__button'))).toBe(true);
    await page.keyboard.press('Enter');
    expect(await said(page)).toBe('Toegevoegd aan uw lijst (1)');
    expect(await headerLink(page).isVisible()).toBe(true);

    await page.goto(`${session.server.url}/`);
    await tabTo(page, '.site-nav__shortlist a');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/vergelijk\/$/);
    await compared(page);
    expect(await columnTitles(page)).toEqual(['Ouders in gesprek over school']);
    await tabTo(page, '[data-compare-remove]');
    await page.keyboard.press('Enter');
    await compared(page);
    expect(await page.locator('[data-compare-message]').innerText()).toContain('Uw lijst is leeg');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('uw-lijst');
    expect(await page.getByRole('button', { name: 'Download als CSV' }).isVisible()).toBe(false);
    expect(await stored(page)).toBeNull();
    expect(watched.violations).toEqual([]);
    await context.close();
  });
});

describe('a full list', () => {
  it('is refused in words, and interventions that no longer load can be taken off', async () => {
    const { context, page } = await visitor();
    await page.goto(`${session.server.url}/`);
    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify(['weg-een', 'weg-twee', 'weg-drie', 'ouders-in-gesprek'])), storageKey);
    await page.goto(`${session.server.url}/interventies/buurtmoeders/`);
    await page.getByRole('button', { name: /^Bewaar/ }).click();
    expect(await page.locator('.shortlist__note').innerText()).toBe('Uw lijst is vol. U kunt 4 interventies naast elkaar zetten. Verwijder er eerst een.');
    expect(JSON.parse((await stored(page))!)).toHaveLength(4);

    await page.goto(`${session.server.url}/vergelijk/`);
    await compared(page);
    expect(await page.locator('[data-compare-missing]').innerText()).toContain('De interventie "weg-een" is niet te laden.');
    expect(await columnTitles(page)).toEqual(['Ouders in gesprek over school']);
    await page.getByRole('button', { name: 'Haal weg uit uw lijst' }).first().click();
    await compared(page);
    expect(JSON.parse((await stored(page))!)).toEqual(['weg-twee', 'weg-drie', 'ouders-in-gesprek']);
    await context.close();
  });
});

describe('in search results', () => {
  it('offers Bewaar on interventions only, shows their evidence as the scale, and saves from there', async () => {
    const { context, watched, page } = await visitor();
    await page.goto(`${session.server.url}/zoeken/?q=ouders`);
    // The page is built listing every entry; wait until the search has replaced that list with all its results.
    await page.waitForFunction(
      () => new URLSearchParams(document.querySelector<HTMLElement>('[data-search]')?.dataset.resultsComplete ?? '').get('q') === 'ouders',
    );
    const result = page.locator('.search-result', { has: page.getByRole('link', { name: 'Ouders in gesprek over school' }) });
    expect(await result.count()).toBe(1);
    expect(await result.locator('.search-result__facts').innerText()).toContain('Goed onderbouwd · niveau 2 van 5');
    expect(await result.locator('.evidence__step--on').count()).toBe(2);
    const buttons = await page.locator('.search-result').evaluateAll((items) =>
      items.map((li) => [li.querySelector('.search-result__type')?.textContent, Boolean(li.querySelector('.shortlist__button'))]));
    expect(buttons.length).toBeGreaterThan(1);
    for (const [type, hasButton] of buttons) expect(hasButton, String(type)).toBe(type === 'Interventie');

    await result.getByRole('button', { name: 'Bewaar (Ouders in gesprek over school)', exact: true }).click();
    expect(await said(page)).toBe('Toegevoegd aan uw lijst (1)');
    expect(await headerLink(page).innerText()).toBe('Uw lijst (1)');
    expect(JSON.parse((await stored(page))!)).toEqual(['ouders-in-gesprek']);
    expect(watched.violations).toEqual([]);
    expect(watched.errors).toEqual([]);
    await context.close();
  });
});
