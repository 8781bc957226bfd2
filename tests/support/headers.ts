/**
 * Reads the site's `_headers` file (the format of Netlify and Cloudflare
 * Pages) and lets a browser context receive those headers from the test
 * server, so that browser tests see the site as such a host serves it.
 */
import fs from 'node:fs';
import type { BrowserContext } from 'playwright-core';

export interface HeaderRule {
  /** URL path pattern; `*` matches any run of characters. */
  pattern: string;
  headers: Record<string, string>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is neither a path nor a "Name: value" header under one`);
    rule.headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** The headers for a URL path: those of every matching rule, later rules adding to earlier ones. */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const matches = (pattern: string) =>
    new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(pathname);
  return Object.assign({}, ...rules.filter((rule) => matches(rule.pattern)).map((rule) => rule.headers));
}

export const readHeadersFile = (file: string) => parseHeadersFile(fs.readFileSync(file, 'utf8'));

/**
 * Adds the headers of `rules` to every response the context receives from
 * `origin`. The server must send uncompressed bodies: the fetched body is
 * passed on decoded.
 */
export async function serveWithHeaders(context: BrowserContext, origin: string, rules: HeaderRule[]) {
  await context.route(`${origin}/**`, async (route) => {
    try {
      const response = await route.fetch();
      const pathname = new URL(route.request().url()).pathname;
      await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(rules, pathname) } });
    } catch (error) {
      // A request still under way when its page, context or the test server closes has nobody left to
      // answer (the search page fetches results 6 to 10 after the first five are shown). A server that
      // fails while a test still looks shows in that test's own assertions.
      if (!/disposed|closed|socket hang up|ECONNRESET/i.test(String(error))) throw error;
    }
  });
}
