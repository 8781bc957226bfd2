/**
 * A built site served on 127.0.0.1 and Debian's Chromium, for the browser
 * tests of one file: both start before the file's tests and close after them
 * (after the file's own hooks, which can use both). Call it at the top level
 * of the file, before its own hooks.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './server.ts';

export interface BrowserSession {
  server: StaticServer;
  browser: Browser;
}

export function useBrowserSession(site: string, options: { gzip?: boolean } = {}): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    session.server = await serveStatic(site, options);
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
