/**
 * Builds the DOM of one search result. Titles and facts are inserted as
 * text; only Pagefind's excerpt is parsed as HTML, and only its `<mark>`
 * elements survive.
 */
import type { Dictionary } from '../../i18n/index.ts';
import { parseEntryPath } from '../../shared/addresses.ts';
import type { Lang } from '../../shared/lang.ts';
import { evidenceScaleElement } from '../../shared/evidence.ts';
import { shortlistControl } from '../shortlist.ts';
import type { ResultData } from './engine.ts';
import { namesFilter, parseName } from '../../shared/organisation-names.ts';

/**
 * The words of the search page's script, which the page passes as JSON in
 * `data-strings`: its dictionary's `search.client`, with `{name}`
 * placeholders, and the locale for dates and numbers.
 */
export type SearchStrings = Dictionary['search']['client'] & { locale: string };

/** Labels of filter values (by facet and id) in the page's language, and organisations' short names. */
export interface Labels {
  label(facet: string, id: string): string;
  shortName(organisation: string): string;
}

/**
 * `withDate`: whether the result says when it was last updated. That helps
 * only where results are in date order and their dates differ (see main.ts).
 */
export function renderResult(data: ResultData, labels: Labels, strings: SearchStrings, { withDate = false } = {}): HTMLLIElement {
  const lang = document.documentElement.lang as Lang;
  const item = element('li', 'search-result');
  const type = data.filters.type?.[0];
  if (type) item.append(element('p', 'search-result__type', labels.label('type', type)));

  const heading = element('h3', 'search-result__title');
  const link = document.createElement('a');
  link.href = sameSiteUrl(data.url);
  link.textContent = data.meta.title || data.url;
  heading.append(link);
  item.append(heading);

  const excerpt = element('p', 'search-result__excerpt');
  excerpt.append(excerptNodes(data.excerpt));
  item.append(excerpt);

  const facts: [string, string | Node][] = [];
  const organisations = data.filters.organisatie ?? [];
  if (organisations.length > 0 && type !== 'organisatie') {
    // The result carries its organisations' names, also of those the page has no checkbox for yet.
    const names = new Map((data.filters[namesFilter] ?? []).flatMap((value) => {
      const name = parseName(value);
      return name ? [[name.id, name.short] as const] : [];
    }));
    facts.push([organisations.length === 1 ? strings.organisation : strings.organisations, organisations.map((id) => names.get(id) ?? labels.shortName(id)).join(', ')]);
  }
  const evidence = data.filters.bewijsniveau?.[0];
  // The same labelled scale as on the intervention's page and in lists.
  if (evidence) facts.push([strings.evidence, evidenceScaleElement(evidence, { compact: true, lang })]);
  // Ratings elsewhere, beside the own level, as on the intervention's page and its card (SearchMeta).
  if (data.meta.erkenning) facts.push([strings.recognitions, data.meta.erkenning]);
  const updated = withDate ? dateOf(data.meta.bijgewerkt, strings.locale) : undefined;
  if (updated) facts.push([strings.updated, updated]);
  if (facts.length > 0) {
    const list = element('ul', 'search-result__facts');
    for (const [label, value] of facts) {
      const fact = element('li');
      fact.append(element('span', 'search-result__fact-label', `${label}: `), value);
      list.append(fact);
    }
    item.append(list);
  }
  // An intervention can go on the visitor's shortlist from here too: a Dutch one on the Dutch page, as the comparison page is Dutch.
  const page = type === 'interventie' && lang === 'nl' ? parseEntryPath(data.url) : undefined;
  const intervention = page?.collection === 'interventies' && page.lang === 'nl' ? page.id : undefined;
  if (intervention) item.append(shortlistControl(intervention, data.meta.title || intervention));
  return item;
}

/**
 * Pagefind escapes the page text and then wraps matched words in `<mark>`.
 * Parsing happens in an inert template; any other element would be a bug
 * upstream, and is turned back into its text rather than trusted.
 */
export function excerptNodes(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const node of [...template.content.querySelectorAll('*')]) {
    if (node.localName !== 'mark' || node.attributes.length > 0) node.replaceWith(node.textContent ?? '');
  }
  return template.content;
}

/** Result addresses are the site's own paths; anything else is not linked to. */
function sameSiteUrl(url: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? url : '#';
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** `20261102` (see SearchMeta) as "2 november 2026" or "2 November 2026". */
function dateOf(compact: string | undefined, locale: string): string | undefined {
  const match = compact?.match(/^(\d{4})(\d{2})(\d{2})$/);
  if (!match) return undefined;
  // Making a formatter takes longer than rendering a whole result: one per locale, kept.
  let format = dateFormats.get(locale);
  if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return format.format(new Date(`${match[1]}-${match[2]}-${match[3]}T00:00:00Z`));
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
