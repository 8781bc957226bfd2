import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // Builds and browsers each want a core; two workers keep a 2-core machine busy without thrashing.
    maxWorkers: 2,
  },
});
