/**
 * Records what a browser context does that a visitor does not see: Content
 * Security Policy violations, console errors and warnings, uncaught script
 * errors, and every request, from pages and from their workers.
 */
import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';

/**
 * Waits until the page has loaded and, when it runs scripts, until the server
 * has had no request for half a second, so that what the scripts fetch after
 * loading or after a visitor's action (a search index, a worker) is seen too.
 * The server's count is used because `networkidle` fires only once a page.
 */
export async function settle(page: Page, server: { stats: { requests: number } }): Promise<void> {
  await page.waitForLoadState('load');
  if ((await page.locator('script').count()) === 0) return;
  const deadline = Date.now() + 15_000;
  let seen = -1;
  while (seen !== server.stats.requests && Date.now() < deadline) {
    seen = server.stats.requests;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export interface Watched {
  /** `securitypolicyviolation` events, and console messages about a policy. */
  violations: string[];
  /** Console errors and warnings, and uncaught errors, with the page they came from. */
  errors: string[];
  /** Every requested URL. */
  requests: string[];
  /** The first violation, seen or still to come, that `matches` accepts: a wait on the report itself, not on a time. */
  violation: (matches: (text: string) => boolean) => Promise<string>;
}

declare global {
  interface Window {
    lomReportViolation?: (text: string) => void;
  }
}

export async function watchContext(context: BrowserContext): Promise<Watched> {
  const waiting: { matches: (text: string) => boolean; resolve: (text: string) => void }[] = [];
  const violation = (text: string) => {
    watched.violations.push(text);
    for (const waiter of waiting.filter((w) => w.matches(text))) {
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.resolve(text);
    }
  };
  const watched: Watched = {
    violations: [],
    errors: [],
    requests: [],
    violation: (matches) =>
      new Promise((resolve) => {
        const seen = watched.violations.find(matches);
        if (seen !== undefined) resolve(seen);
        else waiting.push({ matches, resolve });
      }),
  };
  await context.exposeFunction('lomReportViolation', violation);
  // Runs before any page script, in every frame: a violation while the page loads is caught too.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.lomReportViolation?.(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} on ${location.pathname} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  const onConsole = (where: string) => (message: ConsoleMessage) => {
    const text = `${message.location().url || where}: ${message.text()}`;
    if (/content security policy|content-security-policy/i.test(message.text())) violation(text);
    else if (message.type() === 'error' || message.type() === 'warning') watched.errors.push(text);
  };
  const onPage = (page: Page) => {
    page.on('console', (message) => onConsole(page.url())(message));
    page.on('pageerror', (error) => watched.errors.push(`${page.url()}: ${error.message}`));
    page.on('worker', (worker) => worker.on('console', onConsole(`worker ${worker.url()}`)));
  };
  context.on('page', onPage);
  context.pages().forEach(onPage);
  context.on('request', (request) => watched.requests.push(request.url()));
  return watched;
}
