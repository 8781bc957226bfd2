/**
 * In development, content problems are shown in the browser instead of the
 * last good page: the loader (src/loaders/entries.ts) records the problems of
 * the latest read of the content here, a middleware answers every page with
 * them while there are any, and the browser is told to reload when they
 * appear. Nothing of this runs in a build, which fails on the same problems.
 *
 * The loader and the middleware are loaded by different module runners of
 * the same dev server, so the state lives on globalThis, under one key.
 */
import type { AstroIntegration } from 'astro';
import type { Problem } from '../content-tools/problem.ts';

interface DevState {
  /** Problems of the latest read, while it had errors. */
  problems?: Problem[];
  /** Tells the browser to load the page again. */
  reload?: () => void;
}

const key = Symbol.for('lom-kennisbank.content-problems');
const state = ((globalThis as Record<symbol, DevState | undefined>)[key] ??= {});

export const devContentState: DevState = state;

export default function contentProblems(): AstroIntegration {
  return {
    name: 'lom-content-problems',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'dev') addMiddleware({ entrypoint: new URL('./content-problems-page.ts', import.meta.url), order: 'pre' });
      },
      'astro:server:setup': ({ server }) => {
        state.reload = () => server.environments.client.hot.send({ type: 'full-reload', path: '*' });
      },
    },
  };
}
