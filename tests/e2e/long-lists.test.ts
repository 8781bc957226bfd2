/**
 * Lists long enough to have several pages, and more organisations than a
 * list's browse box names, which the fixture corpus is too small for: a
 * generated corpus of 650 entries (13 organisations), built once for this
 * file. Its pagination is accessible in both colour schemes, works with the
 * keyboard, breaks no policy, and all its links resolve.
 */
import fs from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { checkLinks, formatBrokenLink } from '../../scripts/check-links.ts';
import { axeIncomplete, runAxe, writeIncompleteReport, type Scheme } from '../support/axe.ts';
import { connectBrowser } from '../support/browser.ts';
import { buildSite, projectRoot, type BuildResult } from '../support/build.ts';
import { one, text } from '../support/html.ts';
import { focusStop, tabTo } from '../support/keyboard.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { watchContext } from '../support/watch.ts';

const name = `long-lists-${process.pid}`;
const corpus = path.join(projectRoot, '.tmp/corpora', name);
let build: BuildResult;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  generateCorpus(corpus, 650);
  build = buildSite(corpus, name);
  if (!build.ok) throw new Error(`The generated corpus did not build:\n${build.output}`);
  server = await serveStatic(build.outDir);
  browser = await connectBrowser(inject('browserEndpoint'));
});
afterAll(async () => {
  const report = writeIncompleteReport(path.join(projectRoot, '.tmp/reports/axe-incomplete-long-lists.json'), axeIncomplete);
  console.log(`axe: ${report.count} results marked incomplete, to review by hand, in ${path.relative(projectRoot, report.file)}`);
  await browser?.close();
  await server?.close();
  build?.remove();
  fs.rmSync(corpus, { recursive: true, force: true });
});

/** The pages of the longest list, a narrowed list with pages, and an entry with a table. */
const pagedUrls = () => {
  const pages = fs.readdirSync(path.join(build.outDir, 'interventies/pagina')).map(Number).sort((a, b) => a - b);
  return ['/interventies/', '/interventies/pagina/2/', `/interventies/pagina/${pages.at(-1)}/`, '/interventies/bewijsniveau/praktijk/pagina/2/', '/interventies/interventie-1/'];
};

describe('paged lists', () => {
  it('have at least four pages, so that the pagination shows a gap', () => {
    expect(fs.readdirSync(path.join(build.outDir, 'interventies/pagina')).length).toBeGreaterThanOrEqual(3);
  });

  for (const scheme of ['light', 'dark'] as Scheme[]) {
    it(`have no axe violations in the ${scheme} colour scheme`, async () => {
      const context = await browser.newContext({ colorScheme: scheme });
      await context.addInitScript({ content: axe.source });
      const page = await context.newPage();
      const violations: Record<string, unknown> = {};
      for (const url of pagedUrls()) {
        await page.goto(server.url + url);
        const found = await runAxe(page, url, scheme);
        if (found.length > 0) violations[url] = found;
      }
      await context.close();
      expect(violations).toEqual({});
    });
  }

  it('can be paged with the keyboard, and mark the current page', async () => {
    const context = await browser.newContext();
    const watched = await watchContext(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/interventies/`);
    await tabTo(page, '.pagination a[rel="next"]');
    expect((await focusStop(page)).visible).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/pagina\/2\/$/);
    expect(await page.locator('.pagination [aria-current="page"]').textContent()).toBe('Pagina 2');

    const last = pagedUrls()[2]!;
    await tabTo(page, `.pagination a[href="${last}"]`);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === last);
    expect(await page.locator('.pagination a[rel="next"]').count()).toBe(0);

    await tabTo(page, '.pagination a[rel="prev"]');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname !== last);
    expect(new URL(page.url()).pathname).toBe(`/interventies/pagina/${Number(last.match(/(\d+)\/$/)![1]) - 1}/`);
    expect(watched.violations).toEqual([]);
    expect(watched.errors).toEqual([]);
    await context.close();
  });

  it('name in their browse box the twelve organisations with the most entries, and link to all organisations', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/interventies/`);
    const box = page.getByRole('navigation', { name: 'Interventies per organisatie' });
    const named = await box.locator('a[href*="/organisatie/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/')[3]!));
    expect(named).toHaveLength(12);
    // Every organisation with interventions has a narrowed list; the one left out has no more interventions than any named.
    const countOf = (id: string) =>
      Number(/^\d+/.exec(text(one(fs.readFileSync(path.join(build.outDir, 'interventies/organisatie', id, 'index.html'), 'utf8'), '#aantal')))![0]);
    const all = fs.readdirSync(path.join(build.outDir, 'interventies/organisatie'));
    expect(all).toHaveLength(13);
    const left = all.filter((id) => !named.includes(id));
    expect(Math.max(...left.map(countOf))).toBeLessThanOrEqual(Math.min(...named.map(countOf)));
    await box.getByRole('link', { name: 'Alle organisaties' }).click();
    await page.waitForURL((url) => url.pathname === '/organisaties/');
    await context.close();
  });

  it('link only to pages that exist', () => {
    expect(checkLinks(build.outDir).broken.map(formatBrokenLink)).toEqual([]);
  });
});
