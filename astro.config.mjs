// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import searchIndex from './src/integrations/search-index.ts';

// Tests and benchmarks build other corpora into other folders, side by side with the real site.
const outDir = process.env.LOM_OUT_DIR ?? './dist';
const cacheDir = process.env.LOM_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  site: process.env.LOM_SITE_URL ?? 'https://lom-kennisbank.nl',
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The search index is built last, from the finished pages.
  integrations: [mdx(), searchIndex()],
  // Shiki's inline styles would break the Content Security Policy; entries have no code blocks to colour.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // Test and benchmark builds write into .tmp/; the dev server need not watch them.
  vite: { server: { watch: { ignored: ['**/.tmp/**'] } } },
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
