/**
 * Builds the fixture site once for the whole test run; browser and build
 * tests read it from the folder this provides.
 */
import type { TestProject } from 'vitest/node';
import { buildSite } from './build.ts';

export default function setup(project: TestProject) {
  const result = buildSite('tests/fixtures/corpus-basic', 'basic');
  if (!result.ok) throw new Error(`The fixture site did not build:\n${result.output}`);
  project.provide('basicSite', result.outDir);
}

declare module 'vitest' {
  export interface ProvidedContext {
    basicSite: string;
  }
}
