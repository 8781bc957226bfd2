/**
 * The organisation filter of the search page when there are more
 * organisations than it names as built: a generated corpus of 850 entries
 * (17 organisations), built once for this file. The page holds checkboxes
 * for the ten with the most entries, so that it does not grow with their
 * number; the others come from the index when the reader asks for all, when
 * a search has counted its results, or when the address chooses one.
 * Its index has about a hundred parts, so it also shows which of them a
 * query fetches while it is typed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { connectBrowser } from '../support/browser.ts';
import { buildSite, projectRoot, type BuildResult } from '../support/build.ts';
import { all, attr } from '../support/html.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';

const name = `search-organisations-${process.pid}`;
const corpus = path.join(projectRoot, '.tmp/corpora', name);
let build: BuildResult;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
const errors: string[] = [];

beforeAll(async () => {
  generateCorpus(corpus, 850);
  build = buildSite(corpus, name);
  if (!build.ok) throw new Error(`The generated corpus did not build:\n${build.output}`);
  server = await serveStatic(build.outDir);
  browser = await connectBrowser(inject('browserEndpoint'));
  context = await browser.newContext();
  context.on('page', (p) => {
    p.on('pageerror', (error) => errors.push(error.message));
    p.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  build?.remove();
  fs.rmSync(corpus, { recursive: true, force: true });
});

const organisations = (p: Page) => p.getByRole('group', { name: 'Organisatie' });
const toggle = (p: Page) => organisations(p).locator('[data-facet-toggle]');
const visibleLabels = (p: Page) => organisations(p).locator('li:not([hidden]) .facet__label').allTextContents();
/**
 * Waits until the filter shows all organisations. The button is disabled
 * while the values the page was built without load from the index (which
 * takes seconds on a busy machine), and says it is expanded once they show.
 */
const showingAll = (p: Page) => toggle(p).and(p.locator('[aria-expanded="true"]:not([aria-disabled])')).waitFor();

async function settled(p: Page) {
  await p.waitForFunction(() => {
    const root = document.querySelector<HTMLElement>('[data-search]');
    // The page writes its state in a normal form, with the values of a filter sorted.
    const normal = (query = '') => {
      const params = new URLSearchParams(query);
      params.sort();
      return [...params].map(([key, value]) => `${key}=${value}`).sort().join('&');
    };
    return root && normal(root.dataset.counts) === normal(location.search) && !root.hasAttribute('aria-busy');
  });
}

/** Every organisation of the corpus, with its number of Dutch entries, the most first, from the search page as built. */
function organisationsInHtml(): string[] {
  const html = fs.readFileSync(path.join(build.outDir, 'zoeken/index.html'), 'utf8');
  return all(html, 'input[name="organisatie"]').map((box) => attr(box, 'value')!);
}

describe('the organisation filter with more organisations than the page names', () => {
  it('is built with the ten organisations with the most entries, and offers all seventeen', async () => {
    expect(organisationsInHtml()).toHaveLength(10);
    const p = await context.newPage();
    await p.goto(`${server.url}/zoeken/`);
    expect(await organisations(p).getByRole('button', { name: 'Toon alle 17' }).getAttribute('aria-expanded')).toBe('false');
    expect(await visibleLabels(p)).toHaveLength(10);
    await p.close();
  });

  it('shows all organisations with their counts on request, with the keyboard, and filters by one the page was built without', async () => {
    const p = await context.newPage();
    await p.goto(`${server.url}/zoeken/`);
    await organisations(p).getByRole('button', { name: 'Toon alle 17' }).focus();
    await p.keyboard.press('Enter');
    await showingAll(p);
    expect(await visibleLabels(p)).toHaveLength(17);
    expect(await toggle(p).getAttribute('aria-expanded')).toBe('true');
    expect(await toggle(p).textContent()).toBe('Toon minder');
    expect(await p.evaluate(() => document.activeElement?.hasAttribute('data-facet-toggle'))).toBe(true);

    const inHtml = new Set(organisationsInHtml());
    const boxes = organisations(p).getByRole('checkbox');
    const values = await boxes.evaluateAll((all) => all.map((box) => (box as HTMLInputElement).value));
    const added = values.find((value) => !inHtml.has(value))!;
    expect(added).toBeDefined();
    const box = organisations(p).locator(`input[value="${added}"]`);
    const label = (await box.locator('xpath=..').locator('.facet__label').textContent())!;
    expect(label).toMatch(/^Stichting .+ \(ORG\d+\)$/);
    const short = label.match(/\((ORG\d+)\)$/)![1]!;
    const count = Number((await box.locator('xpath=..').locator('.facet__count').textContent())!.replace(/\D/g, ''));
    expect(count).toBeGreaterThan(0);

    await box.focus();
    await p.keyboard.press('Space');
    await p.waitForURL((url) => url.search === `?organisatie=${added}`);
    await settled(p);
    // The count next to the value was the number of results it gives.
    expect(await p.locator('[data-search-status]').textContent()).toBe(`${count} resultaten, met 1 filter.`);
    const facts = await p.locator('.search-result__facts li', { hasText: /^Organisaties?:/ }).allTextContents();
    expect(facts.length).toBeGreaterThan(0);
    for (const fact of facts) expect(fact.split(': ')[1]!.split(', ')).toContain(short);
    await p.close();
  });

  it('restores an organisation the page was built without from the address, named and chosen', async () => {
    const p = await context.newPage();
    await p.goto(`${server.url}/zoeken/`);
    await organisations(p).getByRole('button', { name: 'Toon alle 17' }).click();
    await showingAll(p);
    expect(await visibleLabels(p)).toHaveLength(17);
    const inHtml = new Set(organisationsInHtml());
    const all = await organisations(p).getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
    const [first, second] = all.filter((value) => !inHtml.has(value));

    await p.goto(`${server.url}/zoeken/?q=ouders&organisatie=${first}&organisatie=${second}`);
    await settled(p);
    const chosen = organisations(p).getByRole('checkbox', { checked: true });
    expect(await chosen.evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value).sort())).toEqual([first, second].sort());
    for (const label of await organisations(p).locator('li:has(input:checked) .facet__label').allTextContents()) expect(label).toMatch(/^Stichting .+ \(ORG\d+\)$/);
    expect(await p.locator('.search-result').count()).toBeGreaterThan(0);

    await p.reload();
    await settled(p);
    expect(await organisations(p).getByRole('checkbox', { checked: true }).count()).toBe(2);
    await p.close();
  });

  it.for(['ORG12', 'gezondheid'])('fetches the index parts for "%s" while it is typed, so that after Enter only the results\' own files are fetched', async (query) => {
    const p = await context.newPage();
    await p.goto(`${server.url}/zoeken/`);
    await p.waitForFunction(() => document.querySelector<HTMLElement>('[data-search]')?.dataset.engine === 'ready');
    await p.evaluate(() => document.addEventListener('keydown', (event) => {
      Object.assign(window, event.key === 'Enter' ? { enterAt: performance.now() } : { firstKeyAt: (window as unknown as { firstKeyAt?: number }).firstKeyAt ?? performance.now() });
    }, true));
    // Typed at once and submitted: the page has no pause in which to search by itself (on a loaded
    // machine the keys may come slower than the pause, so the results may already be fetched before Enter).
    await p.locator('#search-q').pressSequentially(query);
    await p.locator('#search-q').press('Enter');
    await p.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search]')?.dataset.results === `?q=${q}`, query);
    const fetchedSince = (mark: 'firstKeyAt' | 'enterAt') => p.evaluate((at) => performance.getEntriesByType('resource')
      .filter((entry) => entry.startTime > (window as unknown as Record<string, number>)[at]!)
      .map((entry) => new URL(entry.name).pathname), mark);
    expect((await fetchedSince('enterAt')).filter((file) => file.endsWith('.pf_index'))).toEqual([]);
    // The results came from this query's own files, not from anything loaded before it was typed.
    expect((await fetchedSince('firstKeyAt')).some((file) => file.endsWith('.pf_fragment'))).toBe(true);
    expect(await p.locator('.search-result').count()).toBeGreaterThan(0);
    await p.close();
  });

  it('runs without a script error or warning', () => {
    expect(errors).toEqual([]);
  });
});
