/**
 * Global setup of the `build` and `e2e` projects: builds the basic fixture
 * corpus once for the whole run, however many projects ask for it, and
 * provides the folder as `basicSite`. The `unit` project does not use it, so
 * `vitest run --project unit` builds nothing.
 */
import type { TestProject } from 'vitest/node';
import { buildSiteAsync, type BuildResult } from './build.ts';

// Vitest loads a global setup file once per project, each with its own module
// state: the one build lives on globalThis, which the projects share.
interface SharedBuild {
  build: Promise<BuildResult>;
  users: number;
}
const key = Symbol.for('lom-kennisbank.fixture-site');
const shared = globalThis as { [key]?: SharedBuild };

export default async function setup(project: TestProject) {
  // One folder per run, so that two test runs on one machine do not build into each other's site.
  shared[key] ??= { build: buildSiteAsync('tests/fixtures/corpus-basic', `basic-${process.pid}`), users: 0 };
  const entry = shared[key];
  entry.users += 1;
  const result = await entry.build;
  if (!result.ok) throw new Error(`The fixture site did not build:\n${result.output}`);
  project.provide('basicSite', result.outDir);
  return () => {
    entry.users -= 1;
    if (entry.users > 0) return;
    result.remove();
    delete shared[key];
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    basicSite: string;
  }
}
