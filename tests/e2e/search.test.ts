/**
 * The search page in Chromium, on the built fixture site: what a query
 * finds and in which order, filters and sorting, the address as the state
 * (reload, Back, Forward), keyboard use, announcements, safety of what is
 * shown, accessibility, and the page without JavaScript.
 */
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../support/build.ts';
import { useBrowserSession } from '../support/session.ts';

const site = inject('basicSite');
const session = useBrowserSession(site, { gzip: true });

let context: BrowserContext;
let page: Page;
/** Policy violations and dialogs anywhere in the context, over the whole file. */
const violations: string[] = [];
const dialogs: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  context = await session.browser.newContext();
  await context.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  context.on('page', (p) => {
    p.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    p.on('pageerror', (error) => errors.push(error.message));
    p.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
  });
  page = await context.newPage();
});

const titles = (p: Page = page) => p.locator('.search-result__title').allTextContents();
const status = (p: Page = page) => p.locator('[data-search-status]');
const address = (p: Page = page) => new URL(p.url()).search;

/** Waits until the page shows the results and the filter counts for its current address. */
async function settled(p: Page = page) {
  await p.waitForFunction(() => {
    const root = document.querySelector<HTMLElement>('[data-search]');
    // The page writes its state in a normal form; an address typed by hand may differ in order and escaping.
    const normal = (query = '') => {
      const params = new URLSearchParams(query);
      params.sort();
      return params.toString();
    };
    const here = normal(location.search);
    return root && normal(root.dataset.results) === here && normal(root.dataset.counts) === here && !root.hasAttribute('aria-busy');
  });
}

async function open(query: string, p: Page = page) {
  await p.goto(`${session.server.url}/zoeken/${query}`);
  await settled(p);
}

/** The checkbox of a filter value, found by its label as a reader finds it. */
const filter = (legend: string, label: string, p: Page = page) =>
  p.getByRole('group', { name: legend }).getByRole('checkbox', { name: new RegExp(`^${label} \\(`) });

describe('what a query finds', () => {
  it.each([
    ['ouder', 'Ouders in gesprek over school', 'a word finds its other forms (ouder, ouders)'],
    ['buurtmoeder', 'Buurtmoeders helpen gezinnen op weg', 'singular finds plural in a title'],
    ['sleutelfiguren', 'Sleutelfiguren openen deuren', 'a title match comes before mentions in other summaries'],
    ['gezinnen', 'Nieuwe gezinnen in de wijk bereiken', 'a title match comes before a summary match'],
    ['ouderavond', 'Ouders in gesprek over school', 'a keyword that is nowhere in the text'],
    ['Hindostaans', 'Buurtmoeders helpen gezinnen op weg', 'another keyword'],
  ])('"%s" finds "%s" first: %s', async (query, first) => {
    await open(`?q=${encodeURIComponent(query)}`);
    expect((await titles())[0]).toBe(first);
  });

  it('finds the entries with all of several words in their title first', async () => {
    await open('?q=ouders%20school');
    expect((await titles()).slice(0, 2).sort()).toEqual(['Een school die ouders bereikt', 'Ouders in gesprek over school']);
  });

  it('ranks a match in the title above one in the summary, and that above one in the body', async () => {
    await open('?q=buurtmoeders');
    expect(await titles()).toEqual(['Buurtmoeders helpen gezinnen op weg', 'Vertrouwen groeit langzaam', 'Nieuwe gezinnen in de wijk bereiken']);
  });

  it('marks the matched words in the excerpt, also in another form', async () => {
    await open('?q=ouder');
    const first = page.locator('.search-result').first();
    expect(await first.locator('.search-result__excerpt mark').allTextContents()).toContain('Ouders');
  });

  it('searches the entries only: not menus, footers, sources or the lists of other entries on a page', async () => {
    for (const query of ['Licentie', 'Toegankelijkheid', 'Jaarverslag']) {
      await open(`?q=${query}`);
      expect(await titles(), query).toEqual([]);
    }
    // The theme page lists the network, but is not about platforms itself.
    await open('?q=platform');
    expect(await titles()).toEqual(['Platform van ouderorganisaties']);
  });

  it('shows each result’s type, title as a link, organisations, excerpt, evidence level and ratings elsewhere', async () => {
    await open('?q=ouderavond');
    const result = page.locator('.search-result').first();
    expect(await result.locator('.search-result__type').textContent()).toBe('Interventie');
    expect(await result.getByRole('link').getAttribute('href')).toBe('/interventies/ouders-in-gesprek/');
    const facts = await result.locator('.search-result__facts li').allTextContents();
    expect(facts).toContain('Organisaties: VBO, PO');
    expect(facts).toContain('Bewijsniveau: Goed onderbouwd · niveau 2 van 5');
    expect(facts).toContain('Erkenning elders: Goed onderbouwd bij Databank Testinterventies (zo vermeld op 30 oktober 2026; datum van het oordeel onbekend); Praktijkvoorbeeld bij Register van Testpraktijken (oordeel van juni 2014)');
    // In order of relevance the date of the last update says nothing.
    expect(facts.filter((fact) => fact.startsWith('Bijgewerkt'))).toEqual([]);
    expect(await result.locator('.search-result__excerpt').textContent()).toContain('kleine groepen');
  });

  it('says when a result was updated where the list is in date order', async () => {
    await open('?q=ouderavond&sort=bijgewerkt');
    const result = page.locator('.search-result', { has: page.locator('a[href="/interventies/ouders-in-gesprek/"]') });
    expect(await result.locator('.search-result__facts li').allTextContents()).toContain('Bijgewerkt: 2 november 2026');
  });

  it('hides the filters box when a search finds nothing, and shows it again when it does', async () => {
    await open('?q=zwxqv');
    expect(await page.locator('.search-filters').isVisible()).toBe(false);
    await open('?q=ouders');
    expect(await page.locator('.search-filters').isVisible()).toBe(true);
  });

  it('says so when nothing is found, and offers help', async () => {
    await open('?q=zwxqv&type=bron');
    expect(await status().textContent()).toBe('Geen resultaten voor ‘zwxqv’, met 1 filter.');
    const help = page.locator('[data-search-empty]');
    expect(await help.isVisible()).toBe(true);
    expect(await help.textContent()).toMatch(/gespeld/);
    expect(await help.getByRole('button', { name: 'wis alle filters' }).isVisible()).toBe(true);
    expect(await help.getByRole('link', { name: 'per thema' }).getAttribute('href')).toBe('/themas/');
  });
});

describe('filters, sorting and browsing', () => {
  it('lists every entry without a query, newest first, with a count per filter value', async () => {
    await open('');
    expect(await status().textContent()).toBe('15 resultaten.');
    expect(await page.locator('#search-sort').inputValue()).toBe('bijgewerkt');
    expect(await titles()).toHaveLength(10);
    expect((await titles())[0]).toBe('Testbrief over de dialoog');
    expect(await filter('Soort', 'Interventie').isVisible()).toBe(true);
    expect(await page.getByRole('group', { name: 'Soort' }).getByText('Interventie').locator('..').textContent()).toMatch(/Interventie\s*\(2\)/);
  });

  it('has every published entry of all eight collections in the index, in the same order as the page as built', async () => {
    await open('');
    const built = await titles();
    // Choosing the sort by hand puts it in the address, so the index answers instead of the page as built.
    await open('?sort=bijgewerkt');
    expect(await status().textContent()).toBe('15 resultaten.');
    expect(await titles()).toEqual(built);
    const types = await page.getByRole('group', { name: 'Soort' }).locator('li:not([hidden]) .facet__label').allTextContents();
    expect(types).toEqual(['Interventie', 'Les', 'Netwerk', 'Organisatie', 'Thema', 'Handreiking', 'Gebeurtenis', 'Bron']);
  });

  it('narrows the results with a filter and puts it in the address', async () => {
    await open('?q=ouders');
    const before = await titles();
    await filter('Soort', 'Les').check();
    await settled();
    expect(address()).toBe('?q=ouders&type=les');
    const after = await titles();
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before.length);
    expect(await page.locator('.search-result__type').allTextContents()).toEqual(after.map(() => 'Les'));
  });

  it('adds up values of one filter and narrows with each further filter', async () => {
    await open('?q=ouders&type=les');
    const lessons = await titles();
    // The other types keep their counts: choosing one adds its results.
    await filter('Soort', 'Interventie').check();
    await settled();
    expect(address()).toBe('?q=ouders&type=interventie&type=les');
    const either = await titles();
    expect(either.length).toBeGreaterThan(lessons.length);
    expect(either).toEqual(expect.arrayContaining(lessons));
    await filter('Organisatie', 'Partnerorganisatie \\(PO\\)').check();
    await settled();
    expect(address()).toBe('?q=ouders&type=interventie&type=les&organisatie=partner-org');
    expect(await titles()).toEqual(['Ouders in gesprek over school', 'Vertrouwen groeit langzaam']);
  });

  it('clears all filters at once, keeping the query, and leaves focus on the filters', async () => {
    await open('?q=ouders&type=les&thema=ouderbetrokkenheid');
    await page.getByRole('button', { name: 'Alle filters wissen' }).click();
    await settled();
    expect(address()).toBe('?q=ouders');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-filters-title');
    expect(await page.getByRole('button', { name: 'Alle filters wissen' }).isVisible()).toBe(false);
  });

  it('sorts by last update on request', async () => {
    await open('?q=ouders');
    await page.locator('#search-sort').selectOption('bijgewerkt');
    await settled();
    expect(address()).toBe('?q=ouders&sort=bijgewerkt');
    const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
    const dates = (await page.locator('.search-result__facts li', { hasText: 'Bijgewerkt' }).allTextContents()).map((text) => {
      const [day, month, year] = text.replace('Bijgewerkt: ', '').split(' ');
      return `${year}-${String(months.indexOf(month!) + 1).padStart(2, '0')}-${day!.padStart(2, '0')}`;
    });
    expect(dates.length).toBeGreaterThan(2);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('shows more results on request, moves focus to the first new one, and keeps them on reload', async () => {
    await open('');
    await page.getByRole('button', { name: 'Meer resultaten tonen' }).click();
    // The button is disabled while the next results load.
    await page.locator('[data-search-more]:not([aria-disabled])').waitFor({ state: 'attached' });
    expect(await titles()).toHaveLength(15);
    const eleventh = (await titles())[10];
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(eleventh);
    expect(await page.getByRole('button', { name: 'Meer resultaten tonen' }).isVisible()).toBe(false);
    await page.reload();
    await settled();
    expect(await titles()).toHaveLength(15);
  });
});

describe('the address as the state of the search', () => {
  it('restores query, filters and sort from the address, also after a reload', async () => {
    await open('?q=ouders&type=les&sort=bijgewerkt');
    const shown = await titles();
    await page.reload();
    await settled();
    expect(await page.locator('#search-q').inputValue()).toBe('ouders');
    expect(await filter('Soort', 'Les').isChecked()).toBe(true);
    expect(await page.locator('#search-sort').inputValue()).toBe('bijgewerkt');
    expect(await titles()).toEqual(shown);
  });

  it('goes Back and Forward through deliberate changes', async () => {
    await open('?q=ouders');
    const all = await titles();
    await filter('Soort', 'Les').check();
    await settled();
    const lessons = await titles();
    await page.goBack();
    await settled();
    expect(address()).toBe('?q=ouders');
    expect(await filter('Soort', 'Les').isChecked()).toBe(false);
    expect(await titles()).toEqual(all);
    await page.goForward();
    await settled();
    expect(address()).toBe('?q=ouders&type=les');
    expect(await filter('Soort', 'Les').isChecked()).toBe(true);
    expect(await titles()).toEqual(lessons);
  });

  it('updates the address while typing without adding a history entry for every pause', async () => {
    await open('?q=ouders');
    const entries = await page.evaluate(() => history.length);
    await page.locator('#search-q').fill('gezin');
    await page.waitForURL(/\?q=gezin$/);
    await settled();
    await page.locator('#search-q').fill('gezinnen');
    await page.waitForURL(/\?q=gezinnen$/);
    await settled();
    expect(await page.evaluate(() => history.length)).toBe(entries);
    expect((await titles())[0]).toBe('Nieuwe gezinnen in de wijk bereiken');
  });

  it('takes a query from the search field in the header of any page', async () => {
    await page.goto(`${session.server.url}/interventies/ouders-in-gesprek/`);
    await page.locator('#header-search-q').fill('buurtmoeders');
    await page.locator('#header-search-q').press('Enter');
    await page.waitForURL(/\/zoeken\/\?q=buurtmoeders$/);
    await settled();
    expect((await titles())[0]).toBe('Buurtmoeders helpen gezinnen op weg');
  });
});

describe('using the page with a keyboard and a screen reader', () => {
  it('works with the keyboard alone: search, filter and open a result, without losing focus', async () => {
    await open('');
    const focused = () => page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.value && el.type === 'checkbox' ? `[${el.name}=${el.value}]` : ''}` : '';
    });
    for (let i = 0; i < 30 && (await focused()) !== 'input#search-q'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('input#search-q');
    await page.keyboard.type('ouders');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?q=ouders$/);
    await settled();
    expect(await focused()).toBe('input#search-q');

    for (let i = 0; i < 30 && (await focused()) !== 'input[type=les]'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('input[type=les]');
    await page.keyboard.press('Space');
    await settled();
    expect(address()).toBe('?q=ouders&type=les');
    // The checkbox stays where it was, with focus, after the results and counts changed.
    expect(await focused()).toBe('input[type=les]');

    for (let i = 0; i < 80 && !(await page.evaluate(() => !!document.activeElement?.closest('.search-result'))); i++) await page.keyboard.press('Tab');
    const target = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(target).toMatch(/^\/lessen\//);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === target);
  });

  it('announces the result count in a polite live region once typing pauses, not at every key', async () => {
    // The page's clock stands still while the keys are typed, so that no pause can happen by accident on a busy machine.
    const timed = await session.browser.newContext();
    const p = await timed.newPage();
    await timed.clock.install();
    await open('', p);
    expect(await status(p).getAttribute('role')).toBe('status');
    await p.evaluate(() => {
      const node = document.querySelector('[data-search-status]')!;
      const announced: string[] = [];
      Object.assign(window, { announced });
      new MutationObserver(() => announced.push(node.textContent ?? '')).observe(node, { childList: true, characterData: true, subtree: true });
    });
    await timed.clock.pauseAt(Date.now() + 60_000);
    await p.locator('#search-q').focus();
    await p.keyboard.type('buurtmoeders');
    const announced = () => p.evaluate(() => (window as unknown as { announced: string[] }).announced);
    expect(await announced()).toEqual([]);
    await timed.clock.runFor(1_000);
    await timed.clock.resume();
    await p.waitForURL(/\?q=buurtmoeders$/);
    await settled(p);
    expect(await announced()).toEqual(['3 resultaten voor ‘buurtmoeders’.']);
    await timed.close();
  });

  it('has no accessibility violations with results, filters and an empty result showing', async () => {
    const checked = await context.newPage();
    await checked.addInitScript({ path: path.join(projectRoot, 'node_modules/axe-core/axe.min.js') });
    for (const query of ['?q=ouders&type=les', '?q=zwxqv', '']) {
      await open(query, checked);
      const found = await checked.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const results = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(found, query).toEqual([]);
    }
    await checked.close();
  });
});

describe('safety', () => {
  it('shows a title as text, whatever characters it holds', async () => {
    await open('?q=vreemde+titel');
    const result = page.locator('.search-result').first();
    expect(await result.getByRole('link').textContent()).toBe('Een titel met <img src=x onerror=alert(1)> erin');
    expect(await page.locator('[data-search] img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('shows the query as text in the count and the page title', async () => {
    await open('?q=%3Cb%3Evet%3C%2Fb%3E');
    expect(await status().textContent()).toBe('Geen resultaten voor ‘<b>vet</b>’.');
    expect(await status().locator('b').count()).toBe(0);
    expect(await page.title()).toMatch(/^Zoeken naar ‘<b>vet<\/b>’ \| /);
  });

  it('searches without any Content Security Policy violation or script error, throughout this file', () => {
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});

describe('when search cannot work', () => {
  it('says so when the index cannot be loaded, and offers the browse pages', async () => {
    const broken = await session.browser.newContext();
    await broken.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    const p = await broken.newPage();
    await p.goto(`${session.server.url}/zoeken/?q=ouders`);
    const message = p.locator('[data-search-fallback]');
    // Marked broken once loading the index has failed.
    await p.locator('[data-search-fallback][data-broken]').waitFor({ state: 'attached' });
    expect(await message.isVisible()).toBe(true);
    expect(await message.innerText()).toMatch(/^Zoeken lukt nu niet\. Probeer het later opnieuw\./);
    expect(await p.locator('[data-search]').isVisible()).toBe(false);
    expect(await message.locator('a[href="/themas/"]').isVisible()).toBe(true);
    await broken.close();
  });
});

describe('without JavaScript', () => {
  it('says that search needs JavaScript and offers the browse pages', async () => {
    const plain = await session.browser.newContext({ javaScriptEnabled: false });
    const p = await plain.newPage();
    await p.goto(`${session.server.url}/zoeken/?q=ouders`);
    const main = p.locator('main');
    expect(await main.textContent()).toMatch(/Zoeken werkt alleen als JavaScript aan staat/);
    expect(await p.locator('[data-search]').isVisible()).toBe(false);
    for (const href of ['/themas/', '/organisaties/', '/interventies/']) {
      expect(await main.locator(`a[href="${href}"]`).count(), href).toBeGreaterThan(0);
    }
    await plain.close();
  });
});
