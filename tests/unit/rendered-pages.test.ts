/**
 * The search index and the file sets see every page through the build's one
 * prerenderer; a configuration that would render pages past it is refused
 * when Astro is configured, before anything is built without them.
 */
import { describe, expect, it } from 'vitest';
import { renderedPages } from '../../src/integrations/rendered-pages.ts';

type ConfigDone = (options: { config: unknown }) => void;
const configure = (config: Record<string, unknown>) => () =>
  (renderedPages().hooks['astro:config:done'] as unknown as ConfigDone)({ config: { experimental: {}, ...config } });

describe('the prerenderer taps', () => {
  it('refuse an adapter, naming it', () => {
    expect(configure({ adapter: { name: '@astrojs/node' } })).toThrow(/adapter @astrojs\/node .*search index and the file sets/);
  });

  it('refuse experimental.incrementalBuild', () => {
    expect(configure({ experimental: { incrementalBuild: true } })).toThrow(/incrementalBuild .*search index and the file sets/);
  });

  it('accept the static site as it is configured', () => {
    expect(configure({})).not.toThrow();
  });
});
