/**
 * Accessibility of every page of the built fixture site, in the light and the
 * dark colour scheme: axe-core finds no WCAG 2.2 AA violation, and every page
 * has one h1 and no skipped heading level going down. What axe cannot decide
 * (results marked incomplete) is written to a report for a person to review.
 */
import fs from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../support/build.ts';
import { sitePages } from '../support/pages.ts';
import { all, text } from '../support/html.ts';
import { settle } from '../support/watch.ts';
import { axeIncomplete, runAxe, writeIncompleteReport, type Scheme } from '../support/axe.ts';
import { useBrowserSession } from '../support/session.ts';

const site = inject('basicSite');
const session = useBrowserSession(site);
const pages = sitePages(site);
const schemes: Scheme[] = ['light', 'dark'];

afterAll(async () => {
  const report = writeIncompleteReport(path.join(projectRoot, '.tmp/reports/axe-incomplete.json'), axeIncomplete);
  console.log(`axe: ${report.count} results marked incomplete, to review by hand, in ${path.relative(projectRoot, report.file)}`);
});

describe.each(schemes)('in the %s colour scheme', (scheme) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await session.browser.newContext({ colorScheme: scheme });
    await context.addInitScript({ content: axe.source });
    page = await context.newPage();
  });
  afterAll(async () => context?.close());

  it.for(pages)('$url has no axe violations', async ({ url }) => {
    await page.goto(session.server.url + url);
    await settle(page, session.server);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
    const violations = await runAxe(page, url, scheme);
    expect(violations).toEqual([]);
  });
});

describe('the heading outline', () => {
  it.for(pages)('of $url has one h1 and skips no level going down', ({ file }) => {
    const headings = all(fs.readFileSync(path.join(site, file), 'utf8'), 'h1, h2, h3, h4, h5, h6').map((h) => ({ level: Number(h.name[1]), text: text(h) }));
    expect(headings.filter((h) => h.level === 1), 'exactly one h1').toHaveLength(1);
    expect(headings[0]?.level, 'the h1 comes first').toBe(1);
    const skips = headings.flatMap((h, i) => (i > 0 && h.level > headings[i - 1]!.level + 1 ? [`h${headings[i - 1]!.level} → h${h.level} "${h.text}"`] : []));
    expect(skips).toEqual([]);
  });
});
