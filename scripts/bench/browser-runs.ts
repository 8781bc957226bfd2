/**
 * What the search benchmarks (search.ts, first-answer.ts) share: a built site
 * served with gzip from 127.0.0.1 to one Chromium, cold runs each in a fresh
 * browser context (nothing cached), and medians over the runs.
 */
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveStatic, type StaticServer } from '../../tests/support/server.ts';

/** Serves `siteDir` and opens Chromium for `measure`; both are closed after it, whatever happens. */
export async function withServedSite<T>(siteDir: string, measure: (browser: Browser, server: StaticServer) => Promise<T>): Promise<T> {
  const server = await serveStatic(path.resolve(siteDir), { gzip: true });
  try {
    const browser = await launchBrowser();
    try {
      return await measure(browser, server);
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

/** One cold run: a fresh browser context, closed afterwards. */
export async function coldRun<T>(browser: Browser, run: (context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  try {
    return await run(context);
  } finally {
    await context.close();
  }
}

/** The middle value (the upper one of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
