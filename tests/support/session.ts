/**
 * The browser for the tests of one file, and a built site served on
 * 127.0.0.1 beside it. Both start before the file's tests and close after
 * them (after the file's own hooks, which can use both): call these at the top
 * level of the file, before its own hooks. The browser is the e2e project's
 * one Chromium (`browser-server.ts`); closing it here closes this file's
 * connection and contexts.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { connectBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './server.ts';

export interface BrowserSession {
  server: StaticServer;
  browser: Browser;
}

/** The project's browser, connected before the file's tests and disconnected after them. */
export function useBrowser(): { browser: Browser } {
  const holder = {} as { browser: Browser };
  beforeAll(async () => {
    holder.browser = await connectBrowser(inject('browserEndpoint'));
  });
  afterAll(async () => {
    await holder.browser?.close();
  });
  return holder;
}

export function useBrowserSession(site: string, options: { gzip?: boolean } = {}): BrowserSession {
  const session = {} as BrowserSession;
  const connection = useBrowser();
  beforeAll(async () => {
    session.browser = connection.browser;
    session.server = await serveStatic(site, options);
  });
  afterAll(async () => {
    await session.server?.close();
  });
  return session;
}
