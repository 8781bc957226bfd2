import { defineConfig } from 'vitest/config';
import { buildLimit } from './tests/support/limits.ts';

/**
 * Three projects, by folder, each runnable alone (`npx vitest run --project unit`):
 * - unit: schemas, content tools and scripts, in seconds, without a site build;
 * - build: the real build of fixture corpora;
 * - e2e: the built site in Chromium, and the dev server; one Chromium for the whole project.
 * The build and e2e projects share one build of the basic fixture site per run.
 */
export default defineConfig({
  test: {
    // Tests that start a script or a build have those processes' limits (tests/support/limits.ts).
    testTimeout: 60_000,
    // Hooks build corpora and start servers and browsers.
    hookTimeout: buildLimit,
    // Builds and browsers each want a core; two workers keep a 2-core machine busy without thrashing.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/support/fixture-site.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/fixture-site.ts', 'tests/support/browser-server.ts'],
        },
      },
    ],
  },
});
