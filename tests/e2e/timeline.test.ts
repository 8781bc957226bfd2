/**
 * The timeline on /tijdlijn/ in Chromium, on a copy of the fixture corpus
 * with a few more events (the shared fixture keeps one, as other tests count
 * its entries): events in date order, each naming its kind in words and
 * linking to its page, set in the lane of its kind on a wide screen and in
 * one column on a narrow one, the empty years said, no accessibility
 * violations.
 */
import fs from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, fixturesDir, projectRoot, type BuildResult } from '../support/build.ts';
import { connectBrowser } from '../support/browser.ts';
import { runAxe } from '../support/axe.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';

/** The fixture's one event is a `besluit` of 5 March 2013; these are added, out of order. */
const added = [
  { date: '2015-01-01', kind: 'organisatie', title: 'De subsidie van de testorganisaties stopt' },
  { date: '1997-06-19', kind: 'wet', title: 'De testwet wordt aangenomen' },
  { date: '2013-07-23', kind: 'wet', title: 'De testwet vervalt' },
  { date: '2013-03-05', kind: 'overleg', title: 'Aan tafel over de testbrief' },
];
const expectedOrder = [
  ['1997-06-19', 'De testwet wordt aangenomen', 'Wet'],
  ['2013-03-05', 'Aan tafel over de testbrief', 'Overleg'],
  ['2013-03-05', 'De testbrief wordt verstuurd', 'Besluit'],
  ['2013-07-23', 'De testwet vervalt', 'Wet'],
  ['2015-01-01', 'De subsidie van de testorganisaties stopt', 'Organisatie'],
];

let build: BuildResult;
let server: StaticServer;
let browser: Browser;
let page: Page;
const corpus = path.join(projectRoot, '.tmp/corpora', `timeline-${process.pid}`);

beforeAll(async () => {
  fs.rmSync(corpus, { recursive: true, force: true });
  fs.cpSync(path.join(fixturesDir, 'corpus-basic'), corpus, { recursive: true });
  added.forEach(({ date, kind, title }, i) => {
    fs.writeFileSync(path.join(corpus, `tijdlijn/${date}-test-${i + 1}.mdx`), [
      '---', `title: ${title}`,
      'summary: Een verzonnen gebeurtenis voor de test van de tijdlijn, met genoeg woorden voor een samenvatting.',
      'organisations: [voorbeeld-org]', 'themes: [dialoog-en-inspraak]',
      'sources:', '  - title: De testbrief', '    reference: bronnen/testbrief',
      'updated: 2026-11-06', `date: ${date}`, `kind: ${kind}`, '---', '', 'Een gebeurtenis.', '',
    ].join('\n'));
  });
  build = buildSite(corpus, `timeline-${process.pid}`);
  if (!build.ok) throw new Error(build.output);
  server = await serveStatic(build.outDir);
  browser = await connectBrowser(inject('browserEndpoint'));
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ content: axe.source });
  page = await context.newPage();
  await page.goto(`${server.url}/tijdlijn/`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  build?.remove();
  fs.rmSync(corpus, { recursive: true, force: true });
});

const events = (p: Page) => p.locator('.timeline__event');

describe('the timeline', () => {
  it('lists every event in date order, each with its kind in words and a link to its page', async () => {
    const shown = await events(page).evaluateAll((items) =>
      items.map((li) => [li.querySelector('time')!.getAttribute('datetime'), li.querySelector('a')!.textContent, li.querySelector('.timeline__kind')!.textContent]));
    expect(shown).toEqual(expectedOrder);
    for (const href of await events(page).locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
      expect((await fetch(server.url + href)).status, href).toBe(200);
    }
    // The list is an ordered list per year, also for screen readers.
    expect(await page.locator('ol.timeline__years > li').count()).toBe(3);
  });

  it('says which years have no events', async () => {
    expect(await page.locator('.timeline__gap').allInnerTexts()).toEqual(['Geen gebeurtenissen van 1998 tot en met 2012', 'Geen gebeurtenissen in 2014']);
  });

  it('sets each event in the lane of its kind on a wide screen', async () => {
    const lanes = new Map(await page.locator('.timeline__lane').evaluateAll((heads) => heads.map((h) => [h.textContent!.trim(), Math.round(h.getBoundingClientRect().left)] as [string, number])));
    expect([...lanes.keys()]).toEqual(['Wet', 'Besluit', 'Overleg', 'Organisatie', 'Kennisinfrastructuur']);
    const placed = await events(page).evaluateAll((items) => items.map((li) => [li.querySelector('.timeline__kind')!.textContent!, Math.round(li.getBoundingClientRect().left)] as [string, number]));
    for (const [kind, left] of placed) expect(left, kind).toBe(lanes.get(kind));
    // Two events of one year share the row of that year: they stand side by side, not under each other.
    const [overleg, besluit] = await events(page).filter({ hasText: '5 maart 2013' }).evaluateAll((items) => items.map((li) => li.getBoundingClientRect().top));
    expect(overleg).toBe(besluit);
  });

  it('becomes one column on a narrow screen, the kind still written out', async () => {
    const narrow = await browser.newPage({ viewport: { width: 400, height: 800 } });
    await narrow.goto(`${server.url}/tijdlijn/`);
    expect(await narrow.locator('.timeline__head').isVisible()).toBe(false);
    const lefts = await events(narrow).evaluateAll((items) => items.map((li) => Math.round(li.getBoundingClientRect().left)));
    expect(new Set(lefts).size).toBe(1);
    expect(await events(narrow).first().locator('.timeline__kind').isVisible()).toBe(true);
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await narrow.close();
  });

  it('has no accessibility violations', async () => {
    expect(await runAxe(page, '/tijdlijn/', 'light')).toEqual([]);
  });
});
