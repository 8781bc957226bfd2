/**
 * The search page in the browser: reads the state from the address, searches
 * as the reader types (after a pause) and on submit, shows results, counts and
 * filters, and keeps the address and history in step. Focus stays where the
 * reader is; the result count is announced politely once a search settles.
 *
 * The page is built showing all entries with their counts, which is the state
 * of an address without a query or filters; the script takes over from there.
 */
import { SearchEngine, type Counts, type SearchRun } from './engine.ts';
import { facetView } from '../../shared/facet-view.ts';
import { fill } from '../../shared/format.ts';
import { renderResult, type Labels, type SearchStrings } from './render.ts';
import { effectiveSort, filterCount, queryOf, readState, type SearchState, type SortKey } from './state.ts';
import type { OrganisationName } from '../../shared/organisation-names.ts';

const pageSize = 10;
/**
 * Results shown as soon as they are in; the rest of the page follows below
 * them. Each result's text is a file of its own in the index, fetched after
 * the search: five fill a phone's screen and most of a laptop's, and fetched
 * first, they do not wait for the files of the results below them.
 */
const shownFirst = 5;
/** Long enough not to search on every keystroke of a word, short enough to feel immediate. */
const typingPause = 250;
/**
 * While typing, a query of one or two letters is not searched yet: it matches
 * the start of too many words to be useful, and would fetch much of the index.
 * Enter searches any query.
 */
const minimumTyped = 3;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);

/** The results on screen: the state they answer, the search they came from (none for the page as built), and how many are shown. */
interface Shown {
  state: SearchState;
  query: string;
  run?: SearchRun;
  count: number;
  total: number;
}

function start(root: HTMLElement) {
  const one = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const form = one<HTMLFormElement>('[data-search-form]');
  const input = one<HTMLInputElement>('#search-q');
  const sortSelect = one<HTMLSelectElement>('#search-sort');
  const status = one<HTMLElement>('[data-search-status]');
  const list = one<HTMLOListElement>('[data-search-results]');
  const empty = one<HTMLElement>('[data-search-empty]');
  const emptyFilters = one<HTMLElement>('[data-search-empty-filters]');
  const suggestionLine = one<HTMLElement>('[data-search-suggestion]');
  const moreRow = one<HTMLElement>('[data-search-more-row]');
  const more = one<HTMLButtonElement>('[data-search-more]');
  const shownText = one<HTMLElement>('[data-search-shown]');
  const resultsHeading = one<HTMLElement>('#search-results-title');
  const filtersHeading = one<HTMLElement>('#search-filters-title');
  const filtersPanel = one<HTMLElement>('.search-filters');
  const filtersToggle = one<HTMLButtonElement>('[data-filters-toggle]');
  const clearButtons = [...root.querySelectorAll<HTMLButtonElement>('[data-search-clear]')];
  const fieldsets = [...root.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')];
  const facetKeys = fieldsets.map((fieldset) => fieldset.dataset.facet!);
  const checkboxes = (fieldset: ParentNode) => [...fieldset.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  /** Fieldsets built with only some of their values (the organisations, see organisations.ts): any id may be chosen in them. */
  const partial = new Set(fieldsets.filter((fieldset) => fieldset.dataset.useful !== undefined));
  const allowed = new Map(fieldsets.map((fieldset): [string, (value: string) => boolean] => {
    const values = new Set(checkboxes(fieldset).map((box) => box.value));
    return [fieldset.dataset.facet!, partial.has(fieldset) ? (value: string) => /^[a-z0-9][a-z0-9-]*$/.test(value) : (value: string) => values.has(value)];
  }));
  const organisationsFieldset = fieldsets.find((fieldset) => fieldset.dataset.facet === 'organisatie');
  const labels = labelsFrom(root);
  // The page's words, in its language (see SearchPage.astro).
  const strings = JSON.parse(root.dataset.strings!) as SearchStrings;
  const numbers = new Intl.NumberFormat(strings.locale);
  const format = (n: number) => numbers.format(n);
  const expanded = new Set<string>();
  const pageTitle = document.title;
  /** Results say when they were updated only in date order, and only where the index's dates differ at all (SearchPage.astro). */
  const withDates = (current: SearchState) => root.dataset.datesDiffer !== undefined && effectiveSort(current) === 'bijgewerkt';

  const engine = new SearchEngine(root.dataset.bundle!, root.dataset.build!);
  const fallback = document.querySelector<HTMLElement>('[data-search-fallback]')!;
  let warming = false;
  /** Loads Pagefind and the index metadata the first search needs, once: when the page is idle, or sooner when the reader goes to the field. */
  const warm = () => {
    if (warming) return;
    warming = true;
    engine.ready().then(() => {
      root.dataset.engine = 'ready';
    }, (error: unknown) => {
      console.error(error);
      root.hidden = true;
      fallback.dataset.broken = '';
      fallback.querySelector<HTMLElement>('[data-search-nojs]')!.hidden = true;
      fallback.querySelector<HTMLElement>('[data-search-broken]')!.hidden = false;
    });
  };
  for (const event of ['focusin', 'pointerdown', 'keydown']) form.addEventListener(event, warm, { once: true });
  if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 3000 });
  else setTimeout(warm, 200);

  let state = readState(location.search, allowed);
  let shown: Shown = { state: readState('', allowed), query: '', count: list.children.length, total: Number(list.dataset.total) };
  let lastCounts: Counts = countsOnPage();
  let latest = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** Writes the address and title of the last change; set until they are written (see change). */
  let pendingAddress: (() => void) | undefined;

  showControls(state);
  showTitle(state);
  const wanted = historyCount() ?? pageSize;
  // A search from the address needs Pagefind at once.
  if (queryOf(state, facetKeys) !== '' || wanted > shown.count) warm();
  if (queryOf(state, facetKeys) !== '') {
    // The page as built answers another address: its list and counts would mislead until the search is done.
    // Hidden rather than removed (search-page.css), so that nothing below moves up and back down.
    root.dataset.stale = '';
    for (const count of root.querySelectorAll('[data-count]')) count.textContent = '';
    void search(state, wanted);
  } else if (wanted > shown.count) {
    void search(state, wanted);
  } else {
    root.dataset.results = '';
    root.dataset.resultsComplete = '';
    root.dataset.counts = '';
  }

  input.addEventListener('input', () => {
    const q = input.value.trim();
    clearTimeout(typingTimer);
    if (q.length > 0 && q.length < minimumTyped) return;
    if (q) void engine.preload({ ...state, q });
    typingTimer = setTimeout(() => change({ ...state, q }, 'replace'), typingPause);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    change({ ...state, q: input.value.trim() }, 'push');
  });

  root.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    if (target === sortSelect) change({ ...state, sort: sortSelect.value as SortKey }, 'push');
    else if (target instanceof HTMLInputElement && target.type === 'checkbox') change({ ...state, filters: chosenFilters() }, 'push');
  });

  for (const button of clearButtons) {
    button.addEventListener('click', () => {
      // The button disappears once nothing is chosen; the filters' heading is the nearest place to continue from.
      filtersHeading.focus();
      change({ ...state, filters: {} }, 'push');
    });
  }

  filtersToggle.addEventListener('click', () => {
    const open = filtersPanel.toggleAttribute('data-collapsed') === false;
    filtersToggle.setAttribute('aria-expanded', String(open));
    showFiltersToggle(state);
  });

  for (const fieldset of fieldsets) {
    const toggle = fieldset.querySelector<HTMLButtonElement>('[data-facet-toggle]')!;
    toggle.addEventListener('click', async () => {
      const key = fieldset.dataset.facet!;
      if (partial.has(fieldset)) {
        if (toggle.getAttribute('aria-disabled') === 'true') return;
        toggle.setAttribute('aria-disabled', 'true');
        try {
          // The values the page was built without, and their counts for what is shown.
          const counts = await engine.counts(shown.state, facetKeys);
          await completeOrganisations();
          lastCounts = counts;
        } catch (error) {
          // Counting stops when another search is asked for; that search shows its own counts.
          if (!(error instanceof DOMException && error.name === 'AbortError')) console.error(error);
          return;
        } finally {
          toggle.removeAttribute('aria-disabled');
        }
      }
      if (!expanded.delete(key)) expanded.add(key);
      showCounts(lastCounts);
    });
  }

  more.addEventListener('click', async () => {
    const current = shown;
    if (more.getAttribute('aria-disabled') === 'true') return;
    more.setAttribute('aria-disabled', 'true');
    try {
      // The page as built has no search behind it yet; the index gives the same list in the same order.
      current.run ??= await engine.search(current.state);
      const data = await Promise.all(current.run.load(current.count, current.count + pageSize));
      if (current !== shown) return;
      const items = data.map((result) => renderResult(result, labels, strings, { withDate: withDates(current.state) }));
      list.append(...items);
      current.count += items.length;
      // Kept with this history entry, so that Back and reload show as many results as before.
      history.replaceState({ shown: current.count }, '', location.href);
      items[0]?.querySelector('a')?.focus();
      showMore(current);
    } finally {
      more.removeAttribute('aria-disabled');
    }
  });

  window.addEventListener('popstate', (event) => {
    clearTimeout(typingTimer);
    // The browser's entry is the state now; an address not yet written belongs to the entry left.
    pendingAddress = undefined;
    state = readState(location.search, allowed);
    showControls(state);
    showTitle(state);
    void search(state, (event.state as { shown?: number } | null)?.shown);
  });

  /**
   * A deliberate change (submit, filter, sort) adds a history entry; typing
   * updates the current one. The address and the title are written once the
   * change's first results are on screen (`writeAddress`): the results do
   * not need them, and recording a history entry takes the browser
   * milliseconds, which fell into the wait for the result files. An earlier
   * change's address is written first, so that every deliberate change keeps
   * its entry, in order. The title changes after the entry, so that the entry
   * before keeps its own.
   */
  function change(next: SearchState, mode: 'push' | 'replace') {
    const query = queryOf(next, facetKeys);
    const address = `${location.pathname}${query}`;
    state = next;
    showControls(state);
    writeAddress();
    pendingAddress = () => {
      pendingAddress = undefined;
      if (address !== `${location.pathname}${location.search}`) {
        if (mode === 'push') history.pushState(null, '', address);
        else history.replaceState(null, '', address);
      }
      showTitle(next);
    };
    if (shown.query !== query) void search(state);
    else setTimeout(writeAddress);
  }

  /** Writes the address and title of the last change, if they are not written yet. */
  function writeAddress() {
    pendingAddress?.();
  }

  async function search(target: SearchState, count = pageSize) {
    const run = ++latest;
    const query = queryOf(target, facetKeys);
    root.setAttribute('aria-busy', 'true');
    try {
      const results = await engine.search(target);
      const data = await Promise.all(results.load(0, shownFirst));
      if (run !== latest) return;
      const focusWasInResults = list.contains(document.activeElement);
      list.replaceChildren(...data.map((result) => renderResult(result, labels, strings, { withDate: withDates(target) })));
      const current: Shown = { state: target, query, run: results, count: data.length, total: results.total };
      shown = current;
      // The link that had focus is gone; the results heading is where the reader was.
      if (focusWasInResults) resultsHeading.focus();
      showStatus(target, results.total, results.corrected);
      showSuggestion(target, results.corrected, results.suggestion);
      delete root.dataset.stale;
      // Offered once the page is complete, so that "more" always continues after the last result shown.
      more.setAttribute('aria-disabled', 'true');
      root.dataset.results = query;
      // After the frame that shows them.
      requestAnimationFrame(() => setTimeout(writeAddress));
      // Asked for only now, so that the first results do not wait for these; each is added below the others as it comes in.
      for (const next of results.load(shownFirst, Math.max(count, pageSize))) {
        const result = await next;
        if (run !== latest) return;
        list.append(renderResult(result, labels, strings, { withDate: withDates(current.state) }));
        current.count += 1;
      }
      more.removeAttribute('aria-disabled');
      showMore(current);
      // At the latest once the page is complete (a hidden page draws no frames).
      writeAddress();
      root.dataset.resultsComplete = query;
      // Counts need every filter file; the first results should not wait for them.
      const counts = await engine.counts(target, facetKeys);
      await completeOrganisations();
      if (run !== latest) return;
      lastCounts = counts;
      showCounts(counts);
      root.dataset.counts = query;
    } catch (error) {
      if (run !== latest) return;
      writeAddress();
      status.textContent = strings.failed;
      delete root.dataset.stale;
      more.removeAttribute('aria-disabled');
      list.replaceChildren();
      suggestionLine.hidden = true;
      moreRow.hidden = true;
      empty.hidden = false;
      console.error(error);
    } finally {
      if (run === latest) root.removeAttribute('aria-busy');
    }
  }

  function showControls(current: SearchState) {
    if (document.activeElement !== input || input.value.trim() !== current.q) input.value = current.q;
    const relevance = sortSelect.querySelector<HTMLOptionElement>('option[value=""]')!;
    relevance.disabled = current.q === '';
    sortSelect.value = effectiveSort(current);
    for (const fieldset of fieldsets) {
      const chosen = new Set(current.filters[fieldset.dataset.facet!] ?? []);
      // A value from the address that the page was built without, named by its id until the names are in.
      if (partial.has(fieldset)) addValues(fieldset, [...chosen].map((id) => ({ id, label: id, short: id })));
      for (const box of checkboxes(fieldset)) box.checked = chosen.has(box.value);
    }
    const filtered = filterCount(current) > 0;
    for (const button of clearButtons) button.hidden = !filtered;
    showFiltersToggle(current);
    emptyFilters.hidden = !filtered;
  }

  function showTitle(current: SearchState) {
    document.title = current.q ? `${fill(strings.titleFor, { q: current.q })} | ${pageTitle.split(' | ').pop()}` : pageTitle;
  }

  function showFiltersToggle(current: SearchState) {
    const n = filterCount(current);
    const open = filtersToggle.getAttribute('aria-expanded') === 'true';
    filtersToggle.textContent = `${open ? strings.hideFilters : strings.showFilters}${n > 0 ? fill(strings.chosen, { n }) : ''}`;
  }

  function showStatus(current: SearchState, total: number, corrected?: string) {
    const n = filterCount(current);
    const found = total === 0 ? strings.none : fill(total === 1 ? strings.one : strings.many, { n: format(total) });
    const about = current.q ? fill(strings.about, { q: corrected ?? current.q }) : '';
    const narrowed = n > 0 ? fill(n === 1 ? strings.oneFilter : strings.manyFilters, { n }) : '';
    // Only a changed text is announced, so a search that changes nothing stays quiet.
    const text = `${found}${about}${narrowed}.`;
    if (status.textContent !== text) status.textContent = text;
    empty.hidden = total > 0;
  }

  /**
   * "Bedoelde u ‘…’?" below the count, as a link to that search; or, when the
   * query found nothing and the spelling shown was searched instead, which
   * query found nothing.
   */
  function showSuggestion(current: SearchState, corrected?: string, suggested?: string) {
    const spelling = corrected ?? suggested;
    if (!spelling) {
      suggestionLine.hidden = true;
      suggestionLine.replaceChildren();
      return;
    }
    const link = document.createElement('a');
    link.href = `${location.pathname}${queryOf({ ...current, q: spelling }, facetKeys)}`;
    link.textContent = `‘${spelling}’`;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      change({ ...current, q: spelling }, 'push');
    });
    suggestionLine.replaceChildren(corrected ? `${fill(strings.correctedBefore, { typed: current.q })} ` : `${strings.didYouMean} `, link, corrected ? '.' : '?');
    suggestionLine.hidden = false;
  }

  function showMore(current: Shown) {
    moreRow.hidden = current.count >= current.total;
    shownText.textContent = fill(strings.shown, { shown: format(current.count), total: format(current.total) });
  }

  function showCounts(counts: Counts) {
    for (const fieldset of fieldsets) {
      // Shown as built until its other values are in.
      if (partial.has(fieldset)) continue;
      const key = fieldset.dataset.facet!;
      const items = [...fieldset.querySelectorAll<HTMLLIElement>('li')];
      const values = items.map((item) => {
        const box = item.querySelector('input')!;
        const count = counts[key]?.[box.value] ?? 0;
        const counter = item.querySelector<HTMLElement>('[data-count]')!;
        counter.dataset.count = String(count);
        counter.textContent = `(${format(count)})`;
        // A chosen or focused value stays, even without results: nothing moves away under the reader.
        return { count, checked: box.checked, focused: item.contains(document.activeElement) };
      });
      const view = facetView(values, expanded.has(key));
      items.forEach((item, i) => {
        item.hidden = !view.shown[i];
      });
      const toggle = fieldset.querySelector<HTMLButtonElement>('[data-facet-toggle]')!;
      toggle.hidden = !view.collapsible;
      toggle.setAttribute('aria-expanded', String(expanded.has(key)));
      toggle.textContent = expanded.has(key) ? strings.showLess : fill(strings.showAll, { n: view.useful });
      fieldset.hidden = view.useful === 0;
    }
    // Without a filter to offer (a search that found nothing), the box would be an empty heading.
    filtersPanel.hidden = fieldsets.every((fieldset) => fieldset.hidden);
  }

  /** The counts the page was built with, for redrawing the filters before any search. */
  function countsOnPage(): Counts {
    return Object.fromEntries(fieldsets.map((fieldset) => [
      fieldset.dataset.facet!,
      Object.fromEntries(checkboxes(fieldset).map((box) => [box.value, Number(box.closest('li')!.querySelector<HTMLElement>('[data-count]')!.dataset.count ?? 0)])),
    ]));
  }

  function chosenFilters(): Record<string, string[]> {
    const filters: Record<string, string[]> = {};
    for (const fieldset of fieldsets) {
      const values = checkboxes(fieldset).filter((box) => box.checked).map((box) => box.value);
      if (values.length > 0) filters[fieldset.dataset.facet!] = values;
    }
    return filters;
  }

  /** Adds the organisations the page was built without, once, with their names from the index. */
  async function completeOrganisations() {
    if (!organisationsFieldset || !partial.has(organisationsFieldset)) return;
    const names = await engine.organisations();
    if (!partial.delete(organisationsFieldset)) return;
    addValues(organisationsFieldset, names);
    // Values added from the address before the names were known.
    const byId = new Map(names.map((name) => [name.id, name]));
    for (const box of checkboxes(organisationsFieldset)) {
      const name = byId.get(box.value);
      if (name && box.dataset.short !== name.short) {
        box.dataset.short = name.short;
        box.closest('label')!.querySelector('.facet__label')!.textContent = name.label;
      }
    }
  }

  /**
   * Adds checkboxes for values a fieldset does not have, each after the value
   * before it in `values`; those already there stay where they are, so that
   * none moves away under the reader.
   */
  function addValues(fieldset: HTMLFieldSetElement, values: OrganisationName[]) {
    const list = fieldset.querySelector('ul')!;
    const present = new Map(checkboxes(fieldset).map((box) => [box.value, box.closest('li')!]));
    let previous: HTMLLIElement | undefined;
    for (const value of values) {
      let item = present.get(value.id);
      if (!item) {
        item = valueItem(fieldset.dataset.facet!, value);
        if (previous) previous.after(item);
        else list.prepend(item);
        present.set(value.id, item);
      }
      previous = item;
    }
  }

  function historyCount(): number | undefined {
    return (history.state as { shown?: number } | null)?.shown;
  }
}

/** Labels of filter values as the page shows them next to the checkboxes, which the script may add to. */
function labelsFrom(root: HTMLElement): Labels {
  const box = (facet: string, id: string) => root.querySelector<HTMLInputElement>(`input[type=checkbox][name="${CSS.escape(facet)}"][value="${CSS.escape(id)}"]`);
  const label = (facet: string, id: string) => box(facet, id)?.closest('label')?.querySelector('.facet__label')?.textContent ?? id;
  return {
    label,
    shortName: (organisation) => box('organisatie', organisation)?.dataset.short ?? label('organisatie', organisation),
  };
}

/** A filter value's checkbox, as the page is built with them (SearchPage.astro); its count is filled in with the others. */
function valueItem(facet: string, value: OrganisationName): HTMLLIElement {
  const item = document.createElement('li');
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = facet;
  box.value = value.id;
  box.dataset.short = value.short;
  const name = document.createElement('span');
  name.className = 'facet__label';
  name.textContent = value.label;
  const count = document.createElement('span');
  count.className = 'facet__count';
  count.dataset.count = '0';
  label.append(box, name, ' ', count);
  item.append(label);
  return item;
}
