/**
 * Runs axe-core in a page (its source injected with `addInitScript`, which the
 * page's Content Security Policy does not block) against WCAG 2.2 A and AA,
 * and collects what axe could not decide for a report a person reviews.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

export type Scheme = 'light' | 'dark';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface IncompleteResult {
  url: string;
  scheme: Scheme;
  rule: string;
  help: string;
  nodes: { target: string; why: string }[];
}

/** Results marked incomplete by every `runAxe` call in this test file, for `writeIncompleteReport`. */
export const axeIncomplete: IncompleteResult[] = [];

const describeNode = (node: Result['nodes'][number]) => ({
  target: node.target.join(' '),
  why: node.failureSummary ?? [...node.any, ...node.all, ...node.none].map((c) => c.message).join('; '),
});

/** Runs axe on the loaded page; returns its violations in a form that reads well in a failed assertion. */
export async function runAxe(page: Page, url: string, scheme: Scheme) {
  const results = await page.evaluate(
    (tags) => (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations', 'incomplete'],
    }),
    wcagTags,
  );
  for (const result of results.incomplete) {
    axeIncomplete.push({ url, scheme, rule: result.id, help: result.help, nodes: result.nodes.map(describeNode) });
  }
  return results.violations.map((v) => ({ rule: v.id, help: v.help, nodes: v.nodes.map(describeNode) }));
}

/** Writes incomplete results to `file` as JSON, also when there are none, so that a reviewer sees the run was made. */
export function writeIncompleteReport(file: string, results: IncompleteResult[]) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify({ created: new Date().toISOString(), count: results.length, results }, null, 2)}\n`);
  return { file, count: results.length };
}
