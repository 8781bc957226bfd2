/**
 * How long a test may wait for a process of the project that it starts. On
 * an idle machine a check takes seconds and a fixture build well under a
 * minute; when other work shares the two cores, each takes many times that.
 * A test that starts one gets that process's limit as its own (Vitest's
 * default limit is for tests that run in the test's own process), and the
 * process is stopped at the same limit, so that a slow run fails with what
 * it printed rather than as a bare test timeout.
 */

/** One run of a script (`npm run check`, `npm run new`). */
export const scriptLimit = 180_000;

/** One real `astro build` of a corpus, and so a test or hook that runs one. */
export const buildLimit = 600_000;
