/**
 * Every internal link and fragment in the built fixture site resolves; a
 * broken one is reported with the page and the content file it comes from.
 * The site built from `content/` is checked in content.test.ts, on its one build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkLinks, formatBrokenLink, parsePage } from '../../scripts/check-links.ts';
import { projectRoot, readPage } from '../support/build.ts';

const site = inject('basicSite');

describe('links in the built fixture site', () => {
  it('all resolve, fragments included', () => {
    const report = checkLinks(site);
    expect(report.broken.map(formatBrokenLink)).toEqual([]);
    // The skip link, the navigation and the fact boxes alone make hundreds of links: a count near zero means the scan broke.
    expect(report.links).toBeGreaterThan(report.pages * 10);
  });

  it('name on each entry page the content file it is built from', () => {
    const source = parsePage(readPage(site, '/interventies/ouders-in-gesprek/')).source;
    expect(source).toBe('tests/fixtures/corpus-basic/interventies/voorbeeld-org/ouders-in-gesprek.mdx');
    expect(fs.existsSync(path.join(projectRoot, source!))).toBe(true);
  });
});
