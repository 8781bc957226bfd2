/**
 * The visitor's shortlist of interventions to compare ("Uw lijst").
 *
 * It lives only in this browser, in localStorage, and is sent nowhere. It is
 * written only when the visitor presses "Bewaar" or "Verwijder": a visit that
 * only reads it leaves nothing behind. Pages without JavaScript show none of
 * it: the buttons and the header link start hidden and are shown here.
 *
 * Search results call `shortlistControl(id, title)` for a "Bewaar" button;
 * pages mark a place for one with `data-shortlist-id` and `data-shortlist-title`
 * (ShortlistButton.astro), and `enhanceShortlist()` fills it.
 */

const storageKey = 'lom-kennisbank:uw-lijst';
/** The comparison page puts this many side by side; more would not fit a screen or a page. */
export const shortlistLimit = 4;
/** Ids are entry slugs; anything else in storage is ignored, and never put in an address. */
const isId = (value: unknown): value is string => typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);

export function readShortlist(): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '[]');
    return Array.isArray(stored) ? [...new Set(stored.filter(isId))].slice(0, shortlistLimit) : [];
  } catch {
    // Storage switched off, or not ours to read: an empty list.
    return [];
  }
}

export type ShortlistChange = 'added' | 'removed' | 'full' | 'unavailable';

function write(list: string[]): boolean {
  try {
    if (list.length === 0) localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, JSON.stringify(list));
    return true;
  } catch {
    return false;
  }
}

/** Adds or removes an intervention; says what happened, for the visitor to hear and see. */
export function toggleShortlist(id: string): ShortlistChange {
  const list = readShortlist();
  let change: ShortlistChange;
  if (list.includes(id)) change = write(list.filter((x) => x !== id)) ? 'removed' : 'unavailable';
  else if (list.length >= shortlistLimit) change = 'full';
  else change = write([...list, id]) ? 'added' : 'unavailable';
  if (change === 'added' || change === 'removed') refresh();
  announce(message(change));
  return change;
}

export function removeFromShortlist(id: string): void {
  if (readShortlist().includes(id)) toggleShortlist(id);
}

function message(change: ShortlistChange): string {
  const count = readShortlist().length;
  switch (change) {
    case 'added': return `Toegevoegd aan uw lijst (${count})`;
    case 'removed': return `Verwijderd uit uw lijst (${count})`;
    case 'full': return `Uw lijst is vol. U kunt ${shortlistLimit} interventies naast elkaar zetten. Verwijder er eerst een.`;
    case 'unavailable': return 'Bewaren lukt niet. Uw browser staat niet toe dat deze site iets opslaat.';
  }
}

/** One polite live region per page, made when the page loads so that screen readers watch it before it speaks. */
function liveRegion(): HTMLElement {
  let region = document.querySelector<HTMLElement>('[data-shortlist-status]');
  if (!region) {
    region = document.createElement('p');
    region.className = 'visually-hidden';
    region.setAttribute('role', 'status');
    region.dataset.shortlistStatus = '';
    document.body.append(region);
  }
  return region;
}

function announce(text: string) {
  const region = liveRegion();
  // Emptied first, so that the same message twice in a row is spoken twice.
  region.textContent = '';
  setTimeout(() => (region.textContent = text), 50);
}

/** Shows the button's state in its text; the title, hidden from sight, tells buttons in a list apart. */
function render(control: HTMLElement) {
  const id = control.dataset.shortlistId!;
  const saved = readShortlist().includes(id);
  const button = control.querySelector<HTMLButtonElement>('button')!;
  const label = document.createElement('span');
  label.className = 'visually-hidden';
  label.textContent = ` (${control.dataset.shortlistTitle ?? id})`;
  button.replaceChildren(saved ? 'Bewaard ' : 'Bewaar');
  if (saved) {
    const check = document.createElement('span');
    check.setAttribute('aria-hidden', 'true');
    check.textContent = '✓';
    button.append(check, ' – verwijder');
  }
  button.append(label);
  button.classList.toggle('shortlist__button--saved', saved);
}

/** Builds the button inside a placeholder (or a new element) and wires it up. */
function build(control: HTMLElement): HTMLElement {
  if (control.querySelector('button')) return control;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'shortlist__button';
  const note = document.createElement('span');
  note.className = 'shortlist__note';
  button.addEventListener('click', () => {
    const change = toggleShortlist(control.dataset.shortlistId!);
    // Only a refusal needs words beside the button; the button's own text shows the rest.
    note.textContent = change === 'full' || change === 'unavailable' ? message(change) : '';
  });
  control.classList.add('shortlist');
  control.replaceChildren(button, note);
  control.hidden = false;
  render(control);
  return control;
}

/** A "Bewaar" button for an intervention, for lists built in the browser such as search results. */
export function shortlistControl(id: string, title: string): HTMLElement {
  const control = document.createElement('span');
  control.dataset.shortlistId = id;
  control.dataset.shortlistTitle = title;
  return build(control);
}

/** Brings every button and count on the page up to date with the list. */
function refresh() {
  const count = readShortlist().length;
  for (const control of document.querySelectorAll<HTMLElement>('[data-shortlist-id]')) if (control.querySelector('button')) render(control);
  for (const link of document.querySelectorAll<HTMLElement>('[data-shortlist-link]')) {
    link.hidden = count === 0;
    const counter = link.querySelector('[data-shortlist-count]');
    if (counter) counter.textContent = String(count);
  }
  document.dispatchEvent(new CustomEvent('shortlist-change'));
}

let enhanced = false;

/** Turns on the shortlist for this page: the placeholders, the header link, and changes made in other tabs. */
export function enhanceShortlist() {
  if (enhanced) return;
  enhanced = true;
  liveRegion();
  for (const control of document.querySelectorAll<HTMLElement>('[data-shortlist-id]')) build(control);
  for (const row of document.querySelectorAll<HTMLElement>('[data-shortlist-row]')) row.hidden = false;
  refresh();
  addEventListener('storage', (event) => {
    if (event.key === storageKey || event.key === null) refresh();
  });
}
