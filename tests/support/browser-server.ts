/**
 * Global setup of the `e2e` project: one Chromium for all its test files,
 * which connect to it with `useBrowser` (each file in its own contexts),
 * instead of a browser start per file.
 */
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './browser.ts';

export default async function setup(project: TestProject) {
  const server = await launchBrowserServer();
  project.provide('browserEndpoint', server.wsEndpoint());
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    browserEndpoint: string;
  }
}
