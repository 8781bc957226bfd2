// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// Tests and benchmarks build other corpora into other folders, side by side with the real site.
const outDir = process.env.LOM_OUT_DIR ?? './dist';
const cacheDir = process.env.LOM_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  site: process.env.LOM_SITE_URL ?? 'https://lom-kennisbank.nl',
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  // Shiki's inline styles would break the Content Security Policy; entries have no code blocks to colour.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
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
