/**
 * A first visit tells no one else and leaves nothing behind: the main pages,
 * searching included, request nothing from any other origin (pages and their
 * workers alike), and write no cookie, local or session storage, IndexedDB
 * database, cache or service worker.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { templatePages } from '../support/pages.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { settle, watchContext, type Watched } from '../support/watch.ts';

const site = inject('basicSite');

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let watched: Watched;
let page: Page;
beforeAll(async () => {
  server = await serveStatic(site);
  browser = await launchBrowser();
  // A new context is a first visit: no cookies, no storage.
  context = await browser.newContext();
  watched = await watchContext(context);
  page = await context.newPage();
  for (const url of [...templatePages(site), '/zoeken/?q=ouders']) {
    await page.goto(server.url + url);
    await settle(page, server);
  }
  // Searching as a visitor does, in the field, in case the search page only searches on input.
  const field = page.locator('main input[type="search"], main input[name="q"]').first();
  await field.fill('sleutelfiguren');
  await field.press('Enter');
  await page.waitForURL(/q=sleutelfiguren/);
  await settle(page, server);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a first visit of the main pages', () => {
  it('requests nothing from another origin', () => {
    expect(watched.requests.length).toBeGreaterThan(templatePages(site).length);
    expect(watched.requests.filter((url) => new URL(url).origin !== server.url)).toEqual([]);
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
