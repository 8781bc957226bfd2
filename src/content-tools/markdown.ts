/**
 * Parses an entry's body once, with unified + remark-parse and the MDX syntax
 * extension, and turns that same tree into HTML. The MDX syntax is parsed so
 * that imports, exports and expressions are seen (and refused by the policy),
 * never compiled or evaluated.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import GithubSlugger from 'github-slugger';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { components } from './components.ts';
import type { Position } from './problem.ts';

export interface HeadingInfo {
  depth: number;
  slug: string;
  text: string;
}

export class BodySyntaxError extends Error {
  readonly position: Position;
  constructor(message: string, position: Position, options?: ErrorOptions) {
    super(message, options);
    this.name = 'BodySyntaxError';
    this.position = position;
  }
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Parses a body; `firstLine` is the line of the file on which the body starts, so positions point into the file. */
export function parseBody(body: string, firstLine: number): Root {
  try {
    const tree = parser.parse(body);
    shiftPositions(tree, firstLine - 1);
    return tree;
  } catch (cause) {
    const place = (cause as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
    const start = place && 'start' in place && place.start ? place.start : (place as { line?: number; column?: number } | undefined);
    const reason = (cause as { reason?: string }).reason ?? String(cause);
    throw new BodySyntaxError(
      `De tekst kon niet worden gelezen: ${explainSyntaxError(reason)}`,
      { line: (start?.line ?? 1) + firstLine - 1, column: start?.column ?? 1 },
      { cause },
    );
  }
}

/** MDX syntax errors are written for programmers; say what a contributor should do. */
function explainSyntaxError(reason: string): string {
  if (/Unexpected character|Unexpected end of file in (?:name|attribute)|expected a closing tag|Expected a closing tag|Unexpected closing tag/i.test(reason)) {
    return `een < of een onderdeel is niet goed afgesloten. Schrijf een los kleiner-dan-teken als &lt;. (${reason})`;
  }
  if (/expression|acorn|Could not parse/i.test(reason)) {
    return `accolades { } zijn niet toegestaan in de tekst. Schrijf ze als \\{ en \\}. (${reason})`;
  }
  if (/<!--|comment/i.test(reason)) return `HTML-commentaar (<!-- -->) is niet toegestaan. (${reason})`;
  return reason;
}

function shiftPositions(tree: Root, lines: number) {
  if (lines === 0) return;
  visit(tree, (node) => {
    if (node.position) {
      node.position.start.line += lines;
      node.position.end.line += lines;
    }
  });
}

const jsxHandler = (state: { all: (node: never) => ElementContent[] }, node: MdxJsxFlowElement | MdxJsxTextElement): Element | undefined => {
  const definition = node.name ? components[node.name] : undefined;
  // The policy refuses unknown components before rendering; dropping one here is a second line of defence.
  if (!definition) return undefined;
  const attributes: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string' && attribute.name in definition.attributes) {
      attributes[attribute.name] = attribute.value;
    }
  }
  return definition.render(attributes, state.all(node as never));
};

const renderer = unified()
  .use(remarkRehype, { handlers: { mdxJsxFlowElement: jsxHandler as never, mdxJsxTextElement: jsxHandler as never } })
  .use(rehypeStringify);

export interface RenderedBody {
  html: string;
  headings: HeadingInfo[];
}

/** Renders a parsed (and policy-checked) body to HTML, with an id on every heading. */
export function renderBody(tree: Root): RenderedBody {
  const slugger = new GithubSlugger();
  const headings: HeadingInfo[] = [];
  visit(tree, 'heading', (heading: Heading) => {
    const text = toString(heading);
    const slug = slugger.slug(text);
    headings.push({ depth: heading.depth, slug, text });
    heading.data = { ...heading.data, hProperties: { ...(heading.data?.hProperties ?? {}), id: slug } };
  });
  const copy = structuredClone(tree);
  unwrapBlockComponents(copy);
  const hast = renderer.runSync(copy) as HastRoot;
  return { html: renderer.stringify(hast), headings };
}

/** A component written on one line parses as inline inside a paragraph; render it as the block it is. */
function unwrapBlockComponents(tree: Root) {
  visit(tree, 'paragraph', (paragraph, index, parent) => {
    const [only] = paragraph.children;
    if (paragraph.children.length !== 1 || only?.type !== 'mdxJsxTextElement' || !parent || index === undefined) return;
    parent.children[index] = { ...only, type: 'mdxJsxFlowElement', children: [{ type: 'paragraph', children: only.children }] } as never;
  });
}
