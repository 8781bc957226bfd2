/**
 * Parses an entry's body once, with unified + remark-parse and the MDX syntax
 * extension (remark-mdx), and turns that same tree into HTML. The MDX syntax is parsed so
 * that imports, exports and expressions are seen (and refused by the policy),
 * never compiled or evaluated.
 *
 * Of GitHub Flavored Markdown, tables, strikethrough and footnotes are read.
 * Bare web addresses are not turned into links (GFM's autolink literals):
 * link text should say where a link goes, and that extension alone doubled
 * the time to parse a body. Task lists have no place in an entry.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Html, Parent, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { components, type BodyLabels } from './components.ts';
import { htmlElementOf, isLineBreakTag, lineBreakCount, sanitizedElement } from './html-elements.ts';
import { wrapWideBlocks } from './scroll-boxes.ts';
import type { Position } from './problem.ts';
import { explainSyntaxError } from './syntax-errors.ts';
import { ordinaryMarkdown } from './syntax.ts';

export class BodySyntaxError extends Error {
  readonly position: Position;
  readonly rule: string;
  constructor(message: string, position: Position, options?: ErrorOptions & { rule?: string }) {
    super(message, options);
    this.name = 'BodySyntaxError';
    this.position = position;
    this.rule = options?.rule ?? 'mdx-syntax';
  }
}

export interface ParsedBody {
  /** The tree of the body; after a syntax error, of the body without the blocks that could not be read. */
  tree: Root;
  /** Every syntax error, in the order found; the tree is complete only when there are none. */
  errors: BodySyntaxError[];
  /** The text the tree was parsed from: the body behind the front matter's lines, as positions and offsets count it. */
  source: string;
}

/** Built once: a processor per body would cost more than the parse of a short body. */
const parser = unified().use(remarkParse).use(remarkMdx).use(ordinaryMarkdown).freeze();
/** After this many syntax errors in one body, the rest is not read: the contributor has enough to fix. */
const maxSyntaxErrors = 20;
/**
 * Reading on after an error parses the body again: at most this many
 * characters in all (and four times a long body), so that a large file full
 * of errors cannot stall the check.
 */
const recoveryBudget = 200_000;

/** Parses a text with the entries' syntax (see syntax.ts). */
export const parseMarkdown = (text: string): Root => parser.parse(text);

/**
 * Parses a body; `firstLine` is the line of the file on which the body starts.
 * The body is parsed behind as many empty lines as the front matter takes, so
 * that positions point into the file without a pass over the tree to shift them.
 *
 * A syntax error does not end the reading: the block it is in (up to the next
 * empty lines) is left out and the rest is parsed again, so that every error,
 * and every problem the policy finds in the rest, is reported in one run.
 */
export function parseBody(body: string, firstLine: number): ParsedBody {
  checkShape(body, firstLine);
  const lines = ('\n'.repeat(Math.max(0, firstLine - 1)) + body).split('\n');
  const errors: BodySyntaxError[] = [];
  let budget = Math.max(recoveryBudget, 4 * body.length);
  for (;;) {
    const text = lines.join('\n');
    try {
      return { tree: parseMarkdown(text), errors, source: text };
    } catch (cause) {
      budget -= text.length;
      const explained = explainSyntaxError(cause, text, firstLine);
      const last = errors.length + 1 >= maxSyntaxErrors || budget < text.length;
      const message = last ? `${explained.message} Na deze fout is de rest van de tekst niet meer nagekeken: los eerst deze fouten op.` : explained.message;
      errors.push(new BodySyntaxError(message, explained.position, { cause, rule: explained.rule }));
      if (last || !leaveOutBlock(lines, explained.blockLine, firstLine)) return { tree: { type: 'root', children: [] }, errors, source: text };
    }
  }
}

/** Empties the lines of the block around a line (between empty lines, within the body); false when there was nothing left to empty. */
function leaveOutBlock(lines: string[], line: number, firstLine: number): boolean {
  const isEmpty = (index: number) => lines[index]!.trim() === '';
  let index = Math.min(Math.max(line, firstLine), lines.length) - 1;
  // An error at the end of the text belongs to the last block before it.
  while (index >= firstLine - 1 && isEmpty(index)) index--;
  if (index < firstLine - 1) return false;
  let from = index;
  while (from > firstLine - 1 && !isEmpty(from - 1)) from--;
  let to = index;
  while (to < lines.length - 1 && !isEmpty(to + 1)) to++;
  for (let i = from; i <= to; i++) lines[i] = '';
  return true;
}

/**
 * Limits far beyond any real text. The parser slows down more than linearly
 * on deep nesting and on huge paragraphs, so text beyond them is refused
 * before it is parsed: a contributed file must never stall the check or build.
 */
const maxContainers = 40;
const maxIndent = 400;
const maxBlockChars = 20_000;
const containerPrefix = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))+/;

/** Refuses lines nested deeper in quotes and lists, or indented further, and paragraphs longer than any text needs. */
function checkShape(body: string, firstLine: number) {
  let line = firstLine;
  let blockChars = 0;
  let blockLine = firstLine;
  const refuse = (message: string, at: number): never => {
    throw new BodySyntaxError(`De tekst kon niet worden gelezen: ${message}`, { line: at, column: 1 });
  };
  for (let start = 0; start < body.length; line++) {
    const end = body.indexOf('\n', start);
    const length = (end === -1 ? body.length : end) - start;
    const text = body.slice(start, start + Math.min(length, maxIndent + 1));
    if (text.trim() === '' && length <= maxIndent) blockChars = 0;
    else {
      if (blockChars === 0) blockLine = line;
      blockChars += length;
      if (blockChars > maxBlockChars) {
        refuse(`deze alinea (of tabel) is langer dan ${maxBlockChars.toLocaleString('nl-NL')} tekens. Maak er kortere alinea's van, met een lege regel ertussen.`, blockLine);
      }
    }
    const indent = /^[ \t]*/.exec(text)![0].length;
    const prefix = containerPrefix.exec(text)?.[0] ?? '';
    const markers = prefix.replace(/[ \t]/g, '').replace(/\d+[.)]/g, '.').length;
    if (indent > maxIndent || markers > maxContainers) {
      refuse(`deze regel is te diep genest (meer dan ${maxContainers} citaten of lijsten in elkaar) of springt te ver in.`, line);
    }
    if (end === -1) break;
    start = end + 1;
  }
}

const jsxHandler = (labels: BodyLabels) => (state: { all: (node: never) => ElementContent[] }, node: MdxJsxFlowElement | MdxJsxTextElement): Element | undefined => {
  const name = node.name ?? '';
  const tagName = htmlElementOf(name);
  if (tagName) {
    // An allowed HTML element is rendered as itself, with what the sanitiser keeps of its attributes.
    const properties: Record<string, string | boolean> = {};
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute') continue;
      if (typeof attribute.value === 'string') properties[attribute.name] = attribute.value;
      else if (attribute.value === null || attribute.value === undefined) properties[attribute.name] = true;
    }
    return sanitizedElement(tagName, properties, state.all(node as never));
  }
  const definition = Object.hasOwn(components, name) ? components[name] : undefined;
  // The policy refuses unknown components before rendering; dropping one here is a second line of defence.
  if (!definition) return undefined;
  const attributes: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string' && Object.hasOwn(definition.attributes, attribute.name)) {
      attributes[attribute.name] = attribute.value;
    }
  }
  return definition.render(attributes, state.all(node as never), labels);
};

/** Of raw HTML, only `<br>` is rendered (as itself); comments, the only other HTML the policy lets through, are left out. */
const htmlHandler = (_state: unknown, node: Html): Element[] | undefined =>
  isLineBreakTag(node.value) ? Array.from({ length: lineBreakCount(node.value) }, () => ({ type: 'element', tagName: 'br', properties: {}, children: [] })) : undefined;

/** Expressions that reach the renderer are comments (`{/* … *\/}`), which the policy allows: nothing to show. */
const dropped = () => undefined;

const rendererFor = (labels: BodyLabels) =>
  unified()
    .use(remarkRehype, {
      handlers: { mdxJsxFlowElement: jsxHandler(labels) as never, mdxJsxTextElement: jsxHandler(labels) as never, html: htmlHandler as never, mdxFlowExpression: dropped, mdxTextExpression: dropped },
      footnoteLabel: labels.footnotes,
      footnoteBackLabel: labels.footnoteBack,
    })
    .use(rehypeStringify)
    .freeze();

/** One renderer per set of labels (one per language), built when first needed. */
const renderers = new WeakMap<BodyLabels, ReturnType<typeof rendererFor>>();

/**
 * Renders a parsed and policy-checked body to HTML, with the words the body
 * adds of its own (footnotes, callouts) in the entry's language. Headings
 * carry the ids that the inspection gave them. The tree is changed in place:
 * it is not used after rendering.
 */
export function renderBody(tree: Root, labels: BodyLabels): string {
  let renderer = renderers.get(labels);
  if (!renderer) renderers.set(labels, (renderer = rendererFor(labels)));
  unwrapBlockComponents(tree);
  const hast = renderer.runSync(tree) as HastRoot;
  wrapWideBlocks(hast);
  return renderer.stringify(hast);
}

/** HTML elements that are blocks of their own, not text inside a paragraph. */
const blockElements = new Set(['details', 'summary']);

/**
 * A component written on one line parses as inline inside a paragraph; render
 * it as the block it is (and so `<details>` and `<summary>`, which may not sit
 * in a paragraph). Paragraphs hold only inline content, so the walk does not
 * enter them (a generic tree walk into every word took a tenth of the build's
 * reading time).
 */
function unwrapBlockComponents(parent: Parent) {
  parent.children.forEach((node, index) => {
    if (node.type === 'paragraph') {
      const [only] = node.children;
      if (node.children.length !== 1 || only?.type !== 'mdxJsxTextElement') return;
      const html = htmlElementOf(only.name ?? '');
      if (html === undefined) parent.children[index] = { ...only, type: 'mdxJsxFlowElement', children: [{ type: 'paragraph', children: only.children }] } as never;
      else if (blockElements.has(html)) parent.children[index] = { ...only, type: 'mdxJsxFlowElement' } as never;
    } else if ('children' in node) unwrapBlockComponents(node);
  });
}
