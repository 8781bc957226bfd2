/**
 * Launches Debian's Chromium with playwright-core. Never a downloaded
 * browser: the path comes from CHROMIUM_PATH or the Debian package.
 */
import fs from 'node:fs';
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function launchOptions(): LaunchOptions {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  return {
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}

/** A browser for this process alone, as benchmarks use it. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

/** A browser that other processes reach at its `wsEndpoint()`: one for all browser test files. */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions());
}

/**
 * Connects to a browser of `launchBrowserServer`. Closing the connection
 * closes the contexts this process opened and leaves the browser running.
 */
export function connectBrowser(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}
