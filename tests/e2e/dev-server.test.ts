/**
 * The development server (`npm run dev`) on a copy of the fixture corpus:
 * it serves an entry page, and an edit to the entry's file shows in the open
 * page without a restart, as a contributor previewing a change expects.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer } from '../support/dev-server.ts';
import { all, parseHtml, text } from '../support/html.ts';
import { useBrowser } from '../support/session.ts';
import { tempCorpus, type TempCorpus } from '../support/temp-corpus.ts';

const file = 'interventies/voorbeeld-org/ouders-in-gesprek.mdx';
const entryUrl = '/interventies/ouders-in-gesprek/';
const before = 'Ouders in gesprek over school';
const after = 'Ouders in gesprek over de school van hun kind';

const connection = useBrowser();
let corpus: TempCorpus;
let server: DevServer;

beforeAll(async () => {
  corpus = tempCorpus('dev-server');
  server = await startDevServer(corpus.root, `dev-server-${process.pid}`);
});
afterAll(async () => {
  await server?.close();
  corpus?.remove();
});

const headingsOf = async (url: string) => {
  const response = await fetch(url);
  expect(response.status, `${url}\n${server.output()}`).toBe(200);
  return all(parseHtml(await response.text()), 'h1').map((h1) => text(h1));
};

describe('the development server', () => {
  it('serves an entry page from the content root it is given', async () => {
    expect(await headingsOf(server.url + entryUrl)).toEqual([before]);
  });

  it('shows an edit to a content file in the open page, and serves it from then on', async () => {
    const context = await connection.browser.newContext();
    const page: Page = await context.newPage();
    await page.goto(server.url + entryUrl);
    expect(await page.locator('h1').textContent()).toBe(before);

    corpus.write(file, corpus.read(file).replace(`title: ${before}`, `title: ${after}`));
    // The server reloads the page once it has read the change; the heading shows it.
    await page.locator('h1', { hasText: after }).waitFor();
    expect(await headingsOf(server.url + entryUrl)).toEqual([after]);
    await context.close();
  });

  it('printed no error while it ran', () => {
    expect(server.output()).not.toMatch(/\berror\b/i);
  });
});
