/**
 * Which values of a filter the page shows, given their counts. Shared by the
 * page as it is built (the list of all entries) and the script (every later
 * search), so that both show a filter the same way.
 */

/** Filters with more useful values than this show the first `collapsedSize` until the reader asks for all. */
export const collapseAbove = 15;
export const collapsedSize = 10;

export interface FacetValueState {
  count: number;
  checked: boolean;
  /** Has keyboard focus: it must not disappear under the reader. */
  focused?: boolean;
}

export interface FacetView {
  /** Per value, in the given order: shown or not. */
  shown: boolean[];
  /** Values worth offering: with results, chosen, or in use. */
  useful: number;
  collapsible: boolean;
}

export function facetView(values: readonly FacetValueState[], expanded: boolean): FacetView {
  const keep = (v: FacetValueState) => v.checked || v.focused === true;
  const useful = values.map((v) => v.count > 0 || keep(v));
  const usefulCount = useful.filter(Boolean).length;
  const collapsible = usefulCount > collapseAbove;
  let shownSoFar = 0;
  const shown = values.map((v, i) => {
    const show = useful[i]! && (!collapsible || expanded || shownSoFar < collapsedSize || keep(v));
    if (show) shownSoFar += 1;
    return show;
  });
  return { shown, useful: usefulCount, collapsible };
}
