/** `/robots.txt`: everything may be indexed; the sitemap lists every page. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/references.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
