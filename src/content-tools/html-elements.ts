/**
 * The HTML elements an entry may write in its text, as Markdown users do
 * (`<sup>`, `<kbd>`, `<abbr title="…">`, `<details>`…), and their attributes:
 * one allowlist, narrowed from hast-util-sanitize's default schema (GitHub's
 * rules), so that what is allowed is decided by a maintained sanitiser and not
 * by a list of our own. Everything else stays refused by the policy.
 */
import type { Element, ElementContent, Properties } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';

/** Text-level elements without behaviour, and the disclosure widget; all in the default schema. */
const fromDefault = ['br', 'sup', 'sub', 'kbd', 'b', 'i', 'em', 'strong', 's', 'q', 'details', 'summary'];
/**
 * Phrasing elements that GitHub also renders but hast-util-sanitize's default
 * schema leaves out: they have no behaviour and load nothing, and their only
 * attribute here is `title`, as for the others.
 */
const added = ['abbr', 'cite', 'mark', 'small'];
/** Of the attributes the default schema allows on every element, the ones text needs. */
const textAttributes = ['title', 'lang', 'dir'];
/** Of the default schema's attributes for one element, the ones kept: a quotation's source and an open disclosure. */
const ownAttributes: Record<string, readonly string[]> = { q: ['cite'], details: ['open'] };

const defaultTags = new Set(defaultSchema.tagNames ?? []);
const missing = fromDefault.filter((tag) => !defaultTags.has(tag));
if (missing.length > 0) throw new Error(`hast-util-sanitize's default schema no longer allows ${missing.join(', ')}; review the allowlist in html-elements.ts.`);

const attributeName = (definition: string | [string, ...unknown[]]) => (typeof definition === 'string' ? definition : definition[0]);
const defaultAttributes = (tag: string) => [...(defaultSchema.attributes?.['*'] ?? []), ...(defaultSchema.attributes?.[tag] ?? [])].map(attributeName);

/** Tag name → the attributes it may have (as written in HTML, which here equals the property name). */
export const htmlElements: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  [...fromDefault, ...added].map((tag) => {
    const wanted = [...textAttributes, ...(ownAttributes[tag] ?? [])];
    const allowed = defaultTags.has(tag) ? defaultAttributes(tag).filter((name) => wanted.includes(name)) : textAttributes;
    return [tag, [...new Set(allowed)]];
  }),
);

/** The sanitiser schema of the allowlist, with the default schema's rules for addresses (`cite` only on http and https). */
export const htmlSchema: Schema = {
  ...defaultSchema,
  tagNames: Object.keys(htmlElements),
  attributes: Object.fromEntries(Object.entries(htmlElements).map(([tag, names]) => [tag, [...names]])),
  required: {},
  clobber: [],
  clobberPrefix: '',
  ancestors: {},
  strip: [],
};

/** The allowed element an HTML name stands for: `sup`, `SUP` (HTML ignores case), but not `Sup`, which is a component name. */
export function htmlElementOf(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (name !== lower && name !== name.toUpperCase()) return undefined;
  return Object.hasOwn(htmlElements, lower) ? lower : undefined;
}

/**
 * The element as the sanitiser lets it through: its tag and the attributes
 * it keeps (the children are the rendered Markdown inside, which is checked
 * on its own). Undefined when the sanitiser would not keep the element.
 */
export function sanitizedElement(tagName: string, properties: Properties, children: ElementContent[]): Element | undefined {
  const clean = sanitize({ type: 'element', tagName, properties, children: [] }, htmlSchema);
  if (clean.type !== 'element') return undefined;
  return { ...clean, children };
}

/** Names of the attributes the sanitiser drops from an element: those not allowed, or with an address it does not accept. */
export function droppedAttributes(tagName: string, properties: Properties): string[] {
  const kept = sanitizedElement(tagName, properties, [])?.properties ?? {};
  return Object.keys(properties).filter((name) => !Object.hasOwn(kept, name));
}

/** One or more `<br>`, `<br/>` or `<br />`, in any case, as the syntax reads them (see syntax.ts). */
export const isLineBreakTag = (html: string) => /^[ \t]*(?:<br[ \t]*\/?>[ \t]*)+$/i.test(html);

/** How many line breaks such a tag (or row of tags) stands for. */
export const lineBreakCount = (html: string) => html.match(/<br/gi)?.length ?? 0;
