/**
 * Moving through a page with the Tab key, as a keyboard user does, and
 * reading what has focus and whether that focus can be seen.
 */
import type { Page } from 'playwright-core';

export interface FocusStop {
  /** Tag, text or name of the focused element, to read in a failed assertion. */
  label: string;
  /** Index of the element among the page's focusable elements (see `markFocusable`), or -1. */
  index: number;
  /** Whether the element shows a focus indicator: an outline or a box shadow. */
  visible: boolean;
  /** Whether the indicator lies at least partly inside the viewport. */
  inViewport: boolean;
}

/**
 * Marks the elements a keyboard user should reach on the page: links,
 * buttons and form fields that are displayed; returns their labels in order.
 */
export async function markFocusable(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const elements = [...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])')]
      .filter((el) => !el.closest('[hidden], [inert]') && getComputedStyle(el).visibility !== 'hidden' && el.getClientRects().length > 0);
    return elements.map((el, i) => {
      el.dataset.focusIndex = String(i);
      return `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('name') || el.id).trim().replace(/\s+/g, ' ').slice(0, 60)}"`;
    });
  });
}

/** What has focus now, and whether its focus indicator shows. */
export async function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { label: 'body', index: -1, visible: false, inViewport: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const box = el.getBoundingClientRect();
    return {
      label: `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('name') || el.id).trim().replace(/\s+/g, ' ').slice(0, 60)}"`,
      index: el.dataset.focusIndex === undefined ? -1 : Number(el.dataset.focusIndex),
      visible: outline || shadow,
      inViewport: box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
    };
  });
}

/** Presses Tab until focus leaves the page or comes back to an element it had; returns every stop. */
export async function tabThrough(page: Page, limit = 500): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    if (stop.label === 'body' || (stop.index >= 0 && seen.has(stop.index))) break;
    if (stop.index >= 0) seen.add(stop.index);
    stops.push(stop);
  }
  return stops;
}

/** Presses Tab until the focused element matches `selector`; throws if it never does. */
export async function tabTo(page: Page, selector: string, limit = 300): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}
