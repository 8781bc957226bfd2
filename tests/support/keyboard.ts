/**
 * Moving through a page with the Tab key, as a keyboard user does, and
 * reading what has focus and whether that focus can be seen.
 */
import type { Page } from 'playwright-core';

export interface FocusStop {
  /** Tag, text or name of the focused element, to read in a failed assertion. */
  label: string;
  /** Whether the element shows a focus indicator: an outline or a box shadow. */
  visible: boolean;
  /** Whether the element lies at least partly inside the viewport. */
  inViewport: boolean;
}

declare global {
  interface Window {
    lomFocusStops?: FocusStop[];
  }
}

/** Runs in the page: describes the focused element. Self-contained, as Playwright sends its source. */
function describeFocus(): FocusStop {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return { label: 'body', visible: false, inViewport: false };
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
  const box = el.getBoundingClientRect();
  return {
    label: `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('name') || el.id).trim().replace(/\s+/g, ' ').slice(0, 60)}"`,
    visible: outline || shadow,
    inViewport: box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
  };
}

/** The links, buttons and form fields a keyboard user should reach on the page, in document order. */
export async function focusableLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])')]
      .filter((el) => !el.closest('[hidden], [inert]') && getComputedStyle(el).visibility !== 'hidden' && el.getClientRects().length > 0)
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('name') || el.id).trim().replace(/\s+/g, ' ').slice(0, 60)}"`),
  );
}

/** What has focus now, and whether its focus indicator shows. */
export async function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(describeFocus);
}

/**
 * Presses Tab `presses` times and returns where focus went each time. The
 * page records each stop as focus arrives, so the presses need no round trip
 * to read the page in between.
 */
export async function tabThrough(page: Page, presses: number): Promise<FocusStop[]> {
  await page.evaluate(`(() => {
    const describe = ${describeFocus.toString()};
    window.lomFocusStops = [];
    document.addEventListener('focusin', () => window.lomFocusStops.push(describe()));
  })()`);
  for (let i = 0; i < presses; i++) await page.keyboard.press('Tab');
  return page.evaluate(() => window.lomFocusStops ?? []);
}

/** Presses Tab until the focused element matches `selector`; throws if it never does. */
export async function tabTo(page: Page, selector: string, limit = 300): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}
