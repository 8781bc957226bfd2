// @ts-check
import path from 'node:path';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import contentProblems from './src/integrations/content-problems.ts';
import { contentStoreModule } from './src/integrations/content-store-module.ts';
import editor from './src/integrations/editor.ts';
import fileSets from './src/integrations/file-sets.ts';
import { renderedPages } from './src/integrations/rendered-pages.ts';
import searchIndex from './src/integrations/search-index.ts';
import { contentRoot } from './src/site.config.ts';

/** @param {string} folder @param {string} file */
const isInside = (folder, file) => {
  const relative = path.relative(folder, path.resolve(file));
  return !relative.startsWith('..') && !path.isAbsolute(relative);
};

// Tests and benchmarks build other corpora into other folders, side by side with the real site.
const outDir = process.env.LOM_OUT_DIR ?? './dist';
const pages = renderedPages();
const cacheDir = process.env.LOM_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  site: process.env.LOM_SITE_URL ?? 'https://lom-kennisbank.nl',
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // Several pages at a time: while one page's file is written, the next renders (one at a time, the build waited on the disk a fifth of the time).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // The search index and the file sets see each page as it is rendered.
  // In development, content problems are shown in the browser.
  // The web editor is written beside the built site (/bewerken/).
  integrations: [mdx(), pages, searchIndex(pages), fileSets(pages), contentProblems(), editor()],
  // Shiki's inline styles would break the Content Security Policy; entries have no code blocks to colour.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // The content store's module written so that it compiles fast (content-store-module.ts). Test and benchmark builds
  // write into .tmp/; the dev server need not watch them, only a content root that lies there.
  vite: { plugins: [contentStoreModule()], server: { watch: { ignored: (file) => /[\\/]\.tmp[\\/]/.test(file) && !isInside(contentRoot, file) } } },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
