/**
 * A first visit tells no one else and leaves nothing behind: the main pages,
 * searching included, request nothing from any other origin (pages and their
 * workers alike), and write no cookie, local or session storage, IndexedDB
 * database, cache or service worker.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { templatePages } from '../support/pages.ts';
import { settle, watchContext, type Watched } from '../support/watch.ts';
import { useBrowserSession } from '../support/session.ts';

const site = inject('basicSite');
const session = useBrowserSession(site);

let context: BrowserContext;
let watched: Watched;
let page: Page;
beforeAll(async () => {
  // A new context is a first visit: no cookies, no storage.
  context = await session.browser.newContext();
  watched = await watchContext(context);
  page = await context.newPage();
  for (const url of [...templatePages(site), '/zoeken/?q=ouders']) {
    await page.goto(session.server.url + url);
    await settle(page, session.server);
  }
  // Searching as a visitor does, in the field, in case the search page only searches on input.
  const field = page.locator('main input[type="search"], main input[name="q"]').first();
  await field.fill('sleutelfiguren');
  await field.press('Enter');
  await page.waitForURL(/q=sleutelfiguren/);
  await settle(page, session.server);
});

describe('a first visit of the main pages', () => {
  it('requests nothing from another origin', () => {
    expect(watched.requests.length).toBeGreaterThan(templatePages(site).length);
    expect(watched.requests.filter((url) => new URL(url).origin !== session.server.url)).toEqual([]);
  });

  it('sets no cookie', async () => {
    expect(await context.cookies()).toEqual([]);
  });

  it('writes no local storage, session storage, IndexedDB database or cache, and registers no service worker', async () => {
    const stored = await page.evaluate(async () => ({
      localStorage: Object.keys(localStorage),
      sessionStorage: Object.keys(sessionStorage),
      indexedDB: (await indexedDB.databases()).map((db) => db.name),
      caches: await caches.keys(),
      serviceWorkers: (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope),
    }));
    expect(stored).toEqual({ localStorage: [], sessionStorage: [], indexedDB: [], caches: [], serviceWorkers: [] });
  });
});
