/**
 * Lets other integrations see every page of a build the moment Astro renders
 * it, before it is written: the search index takes in entry pages while the
 * rest of the site renders, and the file sets write out their files then
 * instead of after the last page.
 *
 * Astro 7 takes one prerenderer per build (`setPrerenderer`), so this
 * integration installs a single one around Astro's own and hands each page to
 * the taps registered with it. Two settings would let pages bypass it, and
 * with it the search index and the file sets: an adapter (whose own
 * prerenderer would render them) and `experimental.incrementalBuild` (which
 * leaves unchanged pages unrendered). Both are refused when Astro is
 * configured, with a message that says why.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';

export interface RenderedPage {
  /** The page's path on the site, as requested: `/interventies/buurtmoeders/`. */
  pathname: string;
  contentType: string;
  /** The response body, exactly as it will be written. */
  bytes: Buffer;
}

/**
 * Sees a rendered page; returns `'handled'` when the page must not be written
 * as it is (the tap has dealt with it, and removes the empty file written in
 * its place), or a promise when rendering must wait before the next page
 * (the search index, when too many pages wait for it).
 */
export type PageTap = (page: RenderedPage) => 'handled' | Promise<void> | void;

export interface RenderedPages extends AstroIntegration {
  /** Adds a tap for the builds to come; call it before the build starts. */
  tap: (tap: PageTap) => void;
}

export function renderedPages(): RenderedPages {
  const taps: PageTap[] = [];
  const around = (base: AstroPrerenderer): AstroPrerenderer => ({
    name: 'lom-rendered-pages',
    setup: () => base.setup?.() ?? Promise.resolve(),
    getStaticPaths: () => base.getStaticPaths(),
    collectStaticImages: base.collectStaticImages && (() => base.collectStaticImages!()),
    teardown: () => base.teardown?.() ?? Promise.resolve(),
    async render(request, options) {
      const result = await base.render(request, options);
      const response = result instanceof Response ? result : result.response;
      if (!response.body || response.status !== 200) return result;
      const page = { pathname: new URL(request.url).pathname, contentType: response.headers.get('content-type') ?? '', bytes: Buffer.from(await response.arrayBuffer()) };
      const seen = taps.map((tap) => tap(page));
      const handled = seen.includes('handled');
      await Promise.all(seen.filter((outcome) => outcome instanceof Promise));
      // A handled page is written as an empty file, which the tap that handled it removes. Without a body Astro would
      // write nothing but log "(file not created, response body was empty)", and with pages rendered in parallel that
      // note lands beside whichever route was logged last, naming the wrong page.
      const passed = new Response(handled ? '' : page.bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
      return result instanceof Response ? passed : { ...result, response: passed };
    },
  });
  return {
    name: 'lom-rendered-pages',
    tap: (tap) => taps.push(tap),
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.adapter) {
          throw new Error(`The adapter ${config.adapter.name} would render pages with its own prerenderer, past the one that feeds the search index and the file sets (src/integrations/rendered-pages.ts). This site is static: remove the adapter, or make those taps work with it first.`);
        }
        if ((config.experimental as { incrementalBuild?: boolean }).incrementalBuild) {
          throw new Error('experimental.incrementalBuild would skip rendering unchanged pages, so the search index and the file sets (src/integrations/rendered-pages.ts) would miss them. Turn it off in astro.config.mjs.');
        }
      },
      'astro:build:start': ({ setPrerenderer }) => setPrerenderer(around),
    },
  };
}
