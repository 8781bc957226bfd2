/**
 * The development server (`npm run dev`) on a copy of the fixture corpus, as
 * a contributor previewing a change uses it: it serves an entry page, an edit
 * to the entry's file shows in the open page without a restart, an invalid
 * edit shows the problems in the browser instead of the last good page, and a
 * fix shows the page again. Each change reads the content once, prints its
 * problems once and reloads the browser once.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer } from '../support/dev-server.ts';
import { all, parseHtml, text } from '../support/html.ts';
import { useBrowser } from '../support/session.ts';
import { useTempCorpus } from '../support/temp-corpus.ts';

const file = 'interventies/voorbeeld-org/ouders-in-gesprek.mdx';
const entryUrl = '/interventies/ouders-in-gesprek/';
const before = 'Ouders in gesprek over school';
const after = 'Ouders in gesprek over de school van hun kind';
const lessonFile = 'lessen/voorbeeld-org/sleutelfiguren-openen-deuren.mdx';
const lessonUrl = '/lessen/sleutelfiguren-openen-deuren/';

const connection = useBrowser();
const corpus = useTempCorpus('dev-server');
let server: DevServer;
/** When the server asked the browser to reload, as Vite's client in a page hears it. */
const reloads: number[] = [];
let socket: WebSocket | undefined;

beforeAll(async () => {
  server = await startDevServer(corpus.root, `dev-server-${process.pid}`);
});
afterAll(async () => {
  socket?.close();
  await server?.close();
});

async function until<T>(what: string, attempt: () => Promise<T | undefined>, seconds = 60): Promise<T> {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    const result = await attempt().catch(() => undefined);
    if (result !== undefined) return result;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}. Server output:\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const fetchPage = async (url: string) => {
  const response = await fetch(server.url + url);
  return { status: response.status, text: await response.text() };
};

const headingsOf = async (url: string) => {
  const { status, text: html } = await fetchPage(url);
  expect(status, `${url}\n${server.output()}`).toBe(200);
  return all(parseHtml(html), 'h1').map((h1) => text(h1));
};

/** Listens as a page's Vite client does, to count the reloads the server asks for. */
async function listenForReloads() {
  const client = await (await fetch(`${server.url}/@vite/client`)).text();
  const token = /wsToken = "([^"]*)"/.exec(client)?.[1] ?? '';
  socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}/?token=${token}`, 'vite-hmr');
  socket.addEventListener('message', (message) => {
    if ((JSON.parse(String(message.data)) as { type: string }).type === 'full-reload') reloads.push(Date.now());
  });
  await new Promise((resolve, reject) => {
    socket!.addEventListener('open', resolve);
    socket!.addEventListener('error', reject);
  });
  // Vite may reload once more after the first pages, when it has bundled the dependencies they use, and the edit of the
  // test before may still be being read: wait until the server has neither reloaded nor printed for a while.
  let heard = '';
  await until('a quiet server', async () => {
    const state = () => `${reloads.length} ${server.output().length}`;
    const quiet = state() === heard;
    heard = state();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    return quiet && state() === heard ? true : undefined;
  });
  reloads.length = 0;
}

/** Lines of the server's output that contain a text. */
const printed = (part: string) => server.output().split('\n').filter((line) => line.includes(part)).length;

describe('the development server', () => {
  it('serves an entry page from the content root it is given', async () => {
    expect(await headingsOf(entryUrl)).toEqual([before]);
  });

  it('shows an edit to a content file in the open page, and serves it from then on', async () => {
    const context = await connection.browser.newContext();
    const page: Page = await context.newPage();
    await page.goto(server.url + entryUrl);
    expect(await page.locator('h1').textContent()).toBe(before);

    corpus.write(file, corpus.read(file).replace(`title: ${before}`, `title: ${after}`));
    // The server reloads the page once it has read the change; the heading shows it.
    await page.locator('h1', { hasText: after }).waitFor();
    expect(await headingsOf(entryUrl)).toEqual([after]);
    await context.close();
  });

  it('printed no error while the content was valid', () => {
    expect(server.output()).not.toMatch(/\berror\b/i);
  });

  it('shows content problems in the browser, and the page again once they are fixed, reading the content once per change', async () => {
    const good = corpus.read(lessonFile);
    expect((await fetchPage(lessonUrl)).text).toContain('Sleutelfiguren openen deuren');
    await listenForReloads();
    const problem = 'themes: "ouderbetrokenheid" is geen thema';
    // The fixture's concept has a warning, printed once for each read of the content (not once per collection).
    const reads = () => printed('nog-in-concept.mdx:17:1');
    const readsBefore = reads();

    corpus.write(lessonFile, good.replace('themes: [ouderbetrokkenheid]', 'themes: [ouderbetrokenheid]'));
    const broken = await until('the problems page', async () => {
      const shown = await fetchPage(lessonUrl);
      return shown.status === 500 ? shown.text : undefined;
    });
    expect(broken).toContain('De inhoud bevat fouten');
    expect(broken).toContain('lessen/voorbeeld-org/sleutelfiguren-openen-deuren.mdx\n  5:10  themes: &quot;ouderbetrokenheid&quot; is geen thema. Bedoelde u &quot;ouderbetrokkenheid&quot;?');
    // The page reloads by itself once the problem is fixed.
    expect(broken).toContain('<script type="module" src="/@vite/client"></script>');
    await until('one reload', async () => (reloads.length >= 1 ? true : undefined));
    // No second reload or read follows: what is counted is what has arrived in a quiet moment after the first.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(reloads, server.output()).toHaveLength(1);
    expect(printed(problem)).toBe(1);
    expect(reads()).toBe(readsBefore + 1);

    corpus.write(lessonFile, good.replace('title: Sleutelfiguren openen deuren', 'title: Sleutelfiguren openen veel deuren'));
    const fixed = await until('the page again', async () => {
      const shown = await fetchPage(lessonUrl);
      return shown.status === 200 && shown.text.includes('Sleutelfiguren openen veel deuren') ? shown.text : undefined;
    });
    expect(fixed).not.toContain('De inhoud bevat fouten');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // The fix changes a store, on which Astro reloads the browser itself; the problems page is no longer shown.
    expect(reloads.length, server.output()).toBeGreaterThanOrEqual(2);
    expect(printed(problem)).toBe(1);
    expect(reads()).toBe(readsBefore + 2);
  });
});
