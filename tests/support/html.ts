/**
 * Reads built HTML with an HTML parser (htmlparser2) and CSS selectors
 * (css-select), so that tests ask for elements and attributes as a browser
 * sees them, whatever the attribute order, quoting or entity encoding.
 */
import { is, selectAll, selectOne } from 'css-select';
import { DomUtils, ElementType, parseDocument } from 'htmlparser2';

export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlElement = ReturnType<typeof DomUtils.getElementsByTagName>[number];
type Scope = HtmlDocument | HtmlElement;

/** Parses a whole page or a fragment; `<path/>` and the like inside SVG close themselves, as in a browser. */
export const parseHtml = (html: string): HtmlDocument => parseDocument(html, { recognizeSelfClosing: true });

const scopeOf = (scope: Scope | string) => (typeof scope === 'string' ? parseHtml(scope) : scope);

/** Every element that matches `selector`, in document order. */
export const all = (scope: Scope | string, selector: string): HtmlElement[] => selectAll<Scope, HtmlElement>(selector, scopeOf(scope));

/** The first element that matches `selector`; throws, naming the selector, when there is none. */
export function one(scope: Scope | string, selector: string): HtmlElement {
  const found = selectOne<Scope, HtmlElement>(selector, scopeOf(scope));
  if (!found) throw new Error(`No element matches ${selector}`);
  return found;
}

/** Whether the scope holds an element that matches `selector`. */
export const has = (scope: Scope | string, selector: string): boolean => selectOne(selector, scopeOf(scope)) !== null;

/** Whether the element itself matches `selector`. */
export const matches = (element: HtmlElement, selector: string): boolean => is(element, selector);

/** An attribute's value, decoded; undefined when the element lacks it. */
export const attr = (element: HtmlElement, name: string): string | undefined => element.attribs[name];

/** Elements that run on in the line of text around them; the others (paragraphs, list items, cells…) stand apart. */
const inline = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);

/**
 * The text of an element (or page) as a reader sees it, near to a browser's
 * `innerText`: blocks apart, inline elements run on, whitespace runs made one
 * space, without scripts, styles and templates.
 */
export function text(scope: Scope | string): string {
  const root = scopeOf(scope);
  const parts: string[] = [];
  const walk = (nodes: HtmlDocument['children']) => {
    for (const node of nodes) {
      if (node.type === ElementType.Text) parts.push(node.data);
      else if ('name' in node && 'children' in node && !['script', 'style', 'template'].includes(node.name)) {
        const gap = inline.has(node.name) ? '' : ' ';
        parts.push(gap);
        walk(node.children);
        parts.push(gap);
      }
    }
  };
  walk(root.children);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The text inside an element exactly as written, such as the data of a `<script type="application/ld+json">`. */
export const rawText = (element: HtmlElement): string => DomUtils.textContent(element);

/** The data of every JSON block (`<script type="application/ld+json">` or `application/json`) of a page. */
export const jsonBlocks = (scope: Scope | string, type = 'application/ld+json'): unknown[] =>
  all(scope, `script[type="${type}"]`).map((script) => JSON.parse(rawText(script)));

