/**
 * Builds the fixture site once for the whole test run; browser and build
 * tests read it from the folder this provides.
 */
import type { TestProject } from 'vitest/node';
import { buildSite } from './build.ts';

// One folder per run, so that two test runs on one machine do not build into each other's site.
const name = `basic-${process.pid}`;

export default function setup(project: TestProject) {
  const result = buildSite('tests/fixtures/corpus-basic', name);
  if (!result.ok) throw new Error(`The fixture site did not build:\n${result.output}`);
  project.provide('basicSite', result.outDir);
  return result.remove;
}

declare module 'vitest' {
  export interface ProvidedContext {
    basicSite: string;
  }
}
