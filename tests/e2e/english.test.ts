/**
 * The English interface at /en/, in Chromium on the built fixture site, which
 * has two entries written in English (the lesson "Listen before you advise",
 * and the English profile of the partner organisation, a translation):
 * the language switch, English words in the frame and the fact box, search
 * in the English index only, accessibility and the Content Security Policy.
 */
import axe from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { runAxe } from '../support/axe.ts';
import { settle, watchContext, type Watched } from '../support/watch.ts';
import { useBrowserSession } from '../support/session.ts';

const site = inject('basicSite');
const session = useBrowserSession(site);
const englishEntry = '/en/lessen/listen-before-you-advise/';

let context: BrowserContext;
let page: Page;
let watched: Watched;

beforeAll(async () => {
  context = await session.browser.newContext();
  watched = await watchContext(context);
  await context.addInitScript({ content: axe.source });
  page = await context.newPage();
});

async function open(url: string) {
  await page.goto(session.server.url + url);
  await settle(page, session.server);
}

const languageSwitch = () => page.locator('.language-switch a');

/** Waits until the search page shows the results and counts for its address (see search.test.ts). */
async function searched() {
  await page.waitForFunction(() => {
    const root = document.querySelector<HTMLElement>('[data-search]');
    const normal = (query = '') => new URLSearchParams(query).toString();
    return root && normal(root.dataset.results) === normal(location.search) && normal(root.dataset.counts) === normal(location.search) && !root.hasAttribute('aria-busy');
  });
}

describe('the language switch', () => {
  const partial = 'English (the same list; what is not translated yet is shown in Dutch)';
  it.each([
    ['/', '/en/', 'English'],
    // The English list of lessons shows the Dutch ones not yet translated, and the switch says so.
    ['/lessen/', '/en/lessen/', partial],
    ['/over/', '/en/about/', 'English'],
    ['/zoeken/', '/en/search/', 'English'],
    ['/lessen/organisatie/partner-org/', '/en/lessen/organisatie/partner-org/', partial],
    // An entry with a translation (translation_of) leads to it, and the translation back to the original.
    ['/organisaties/partner-org/', '/en/organisaties/partner-org-en/', 'English'],
  ])('goes from %s to its English page %s and back', async (dutch, english, label) => {
    await open(dutch);
    expect(await languageSwitch().textContent()).toBe(label);
    await languageSwitch().click();
    await page.waitForURL((url) => url.pathname === english);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await languageSwitch().textContent()).toBe('Nederlands');
    await languageSwitch().click();
    await page.waitForURL((url) => url.pathname === dutch);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
  });

  it('says so when a Dutch page has no English version, and goes to the English home page', async () => {
    await open('/interventies/ouders-in-gesprek/');
    expect(await languageSwitch().textContent()).toBe('English (home page; this page is only in Dutch)');
    await languageSwitch().click();
    await page.waitForURL((url) => url.pathname === '/en/');
  });

  it('says so when an English entry has no Dutch version, and goes to the Dutch home page', async () => {
    await open(englishEntry);
    expect(await languageSwitch().textContent()).toBe('Nederlands (startpagina; deze pagina is alleen in het Engels)');
    await languageSwitch().click();
    await page.waitForURL((url) => url.pathname === '/');
  });
});

describe('the English pages', () => {
  it('are in English: the page language, the navigation and the search field', async () => {
    await open('/en/');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const nav = page.getByRole('navigation', { name: 'Main menu' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Interventions', 'Lessons', 'Networks', 'Organisations', 'Themes', 'Guides', 'Timeline']);
    expect(await nav.getByRole('link', { name: 'Lessons' }).getAttribute('href')).toBe('/en/lessen/');
    expect(await page.getByRole('searchbox', { name: 'Search the knowledge base' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Skip to content' }).count()).toBe(1);
  });

  it('show an English entry with English labels in its fact box, and its related Dutch entry marked as Dutch', async () => {
    await open(englishEntry);
    expect(await page.locator('h1').textContent()).toBe('Listen before you advise');
    expect(await page.locator('.entry__type').textContent()).toBe('Lesson');
    const facts = page.locator('.facts');
    expect(await facts.getByRole('heading').textContent()).toBe('Facts');
    expect(await facts.locator('dt').allTextContents()).toEqual(['Kind of lesson', 'Learned by', 'Where and when it was learned', 'For', 'Themes']);
    expect(await facts.locator('dd').allTextContents()).toEqual(expect.arrayContaining(['Recommendation', 'Education', 'Dialogue and consultation']));
    expect(await page.locator('.entry-meta dt').allTextContents()).toEqual(['Last updated', 'Maintained by', 'Licence']);
    expect(await page.locator('.entry-meta time').first().textContent()).toBe('10 October 2026');
    const related = page.locator('.entry-list .card');
    expect(await related.getByRole('link').getAttribute('lang')).toBe('nl');
    expect(await related.locator('.card__lang').textContent()).toBe('(Nederlands)');
    expect(await related.locator('.card__lang').getAttribute('lang')).toBe('nl');
  });

  it('list the English entries of a collection first, then the Dutch ones not yet translated, marked as Dutch', async () => {
    await open('/en/lessen/');
    const cards = page.locator('.card');
    expect(await cards.locator('.card__title a').allTextContents()).toEqual([
      'Listen before you advise', 'Een titel met <img src=x onerror=alert(1)> erin', 'Sleutelfiguren openen deuren', 'Vertrouwen groeit langzaam',
    ]);
    expect(await cards.first().locator('.card__lang').count()).toBe(0);
    expect(await cards.nth(1).locator('.card__title a').getAttribute('lang')).toBe('nl');
    expect(await cards.nth(1).locator('.card__lang').textContent()).toBe('(Nederlands)');
    expect(await page.locator('.list-untranslated').textContent()).toBe('3 of these 4 lessons are not in English yet. They follow the English ones, with their Dutch titles, marked (Nederlands).');
    // Nothing of the Dutch list is left out, so there is no "In Dutch: …" line.
    expect(await page.locator('.list-elsewhere').count()).toBe(0);
    await open('/lessen/');
    expect(await page.locator('.card__title a').allTextContents()).not.toContain('Listen before you advise');
    expect(await page.locator('.list-elsewhere').textContent()).toBe('Ook in het Engels: 1 les.');
    expect(await languageSwitch().textContent()).toBe('English (the same list; what is not translated yet is shown in Dutch)');
  });

  it('have a list for every collection, which shows the Dutch entries where there is nothing in English yet', async () => {
    await open('/en/');
    for (const href of await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
      const response = await page.goto(session.server.url + href);
      expect(response?.status(), href).toBe(200);
    }
    await open('/en/interventies/');
    expect(await page.locator('.list-untranslated').textContent()).toBe('There are no interventions in English yet. These are the Dutch ones, with their Dutch titles, marked (Nederlands).');
    expect(await page.locator('.card__title a').allTextContents()).toEqual(['Buurtmoeders helpen gezinnen op weg', 'Ouders in gesprek over school']);
    expect(await page.locator('.card__title a[lang="nl"]').count()).toBe(2);
    expect(await page.locator('main').textContent()).not.toContain('0 interventions');
    // Browsing works the same: a Dutch intervention's community has its English list.
    await open('/en/interventies/gemeenschap/turkse/');
    expect(await page.locator('h1').textContent()).toBe('Interventions for Turkish Dutch');
    expect(await page.locator('.card__title a').allTextContents()).toEqual(['Ouders in gesprek over school']);
  });
});

describe('English search', () => {
  it('finds the English entry and none of the Dutch ones, in English', async () => {
    await open('/en/search/?q=school');
    await searched();
    expect(await page.locator('.search-result__title').allTextContents()).toEqual(['Listen before you advise']);
    expect(await page.locator('[data-search-status]').textContent()).toBe('1 result for ‘school’.');
    expect(await page.locator('.search-result__type').textContent()).toBe('Lesson');
    // In order of relevance, the date of the last update says nothing about a result.
    expect(await page.locator('.search-result__facts').textContent()).not.toContain('Updated');
    expect(await page.getByRole('group', { name: 'Kind' }).getByRole('checkbox', { name: /^Lesson \(1\)/ }).count()).toBe(1);
  });

  it('loads only the English index, which Pagefind picks by the page’s language', async () => {
    const before = watched.requests.length;
    await open('/en/search/?q=parents');
    await searched();
    const index = watched.requests.slice(before).filter((url) => /\/pagefind\/.*\.pf_meta$|\/wasm\./.test(url)).map((url) => new URL(url).pathname.replace(/_[0-9a-f]+\.pf_meta$/, '.pf_meta'));
    expect([...new Set(index)].sort()).toEqual(['/pagefind/pagefind.en.pf_meta', '/pagefind/wasm.en.pagefind']);
  });

  it('leaves the Dutch search with the Dutch entries only', async () => {
    await open('/zoeken/?q=school');
    await searched();
    const titles = await page.locator('.search-result__title').allTextContents();
    expect(titles).toContain('Ouders in gesprek over school');
    expect(titles).not.toContain('Listen before you advise');
  });
});

describe('accessibility and security', () => {
  it.each(['/en/', '/en/search/?q=school', englishEntry])('%s has no axe violations', async (url) => {
    await open(url);
    if (url.includes('search')) {
      await searched();
      expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    }
    expect(await runAxe(page, url, 'light')).toEqual([]);
  });

  it('breaks no Content Security Policy and logs no error, throughout this file', () => {
    expect(watched.violations).toEqual([]);
    expect(watched.errors).toEqual([]);
  });
});
