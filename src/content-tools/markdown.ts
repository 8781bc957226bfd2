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
import type { Parent, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Construct, Extension, TokenizeContext } from 'micromark-util-types';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified, type Processor } from 'unified';
import { components } from './components.ts';
import type { Position } from './problem.ts';

export class BodySyntaxError extends Error {
  readonly position: Position;
  constructor(message: string, position: Position, options?: ErrorOptions) {
    super(message, options);
    this.name = 'BodySyntaxError';
    this.position = position;
  }
}

/**
 * Lines after which a table could start in the body being parsed: those whose
 * next line has a `|` or a `:`. A table's delimiter row always has one of the
 * two, so trying to start a table anywhere else can only fail; GFM's table
 * syntax tries at every line, which took a third of the time to parse a body.
 */
let tableStarts: ReadonlySet<number> = new Set();

function tableStartsOf(text: string): Set<number> {
  const starts = new Set<number>();
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1), line++) {
    const end = text.indexOf('\n', at + 1);
    const next = text.slice(at + 1, end === -1 ? text.length : end);
    if (next.includes('|') || next.includes(':')) starts.add(line);
  }
  return starts;
}

/** GFM tables, attempted only where a table can start (see tableStarts); rows of a table already begun are always read. */
function gfmTableWhereItCanStart(): Extension {
  const construct = (gfmTable().flow as Record<string, Construct>).null;
  if (!construct?.tokenize) throw new Error('micromark-extension-gfm-table no longer defines its construct as this code expects.');
  const inner = construct.tokenize;
  return {
    flow: {
      null: {
        ...construct,
        tokenize(effects, ok, nok) {
          const attempt = inner.call(this, effects, ok, nok);
          return (code) => (continuesTable(this) || tableStarts.has(this.now().line) ? attempt(code) : nok(code));
        },
      },
    },
  };
}

/** Whether the events so far end in a table head or row (skipping line ends), as the table syntax checks itself. */
function continuesTable(context: TokenizeContext): boolean {
  for (let index = context.events.length - 1; index > -1; index--) {
    const type = context.events[index]![1].type;
    if (type !== 'lineEnding' && type !== 'linePrefix') return type === 'tableHead' || type === 'tableRow';
  }
  return false;
}

/** Of GFM, the parts entries use, added to remark-parse the way remark-gfm adds all of it. */
function gfmSubset(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTableWhereItCanStart(), gfmStrikethrough(), gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmFootnoteFromMarkdown());
}

/** Built once: a processor per body would cost more than the parse of a short body. */
const parser = unified().use(remarkParse).use(remarkMdx).use(gfmSubset);

/**
 * Parses a body; `firstLine` is the line of the file on which the body starts.
 * The body is parsed behind as many empty lines as the front matter takes, so
 * that positions point into the file without a pass over the tree to shift them.
 */
export function parseBody(body: string, firstLine: number): Root {
  checkShape(body, firstLine);
  try {
    const text = '\n'.repeat(Math.max(0, firstLine - 1)) + body;
    tableStarts = tableStartsOf(text);
    return parser.parse(text);
  } catch (cause) {
    const place = (cause as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
    const start = place && 'start' in place && place.start ? place.start : (place as { line?: number; column?: number } | undefined);
    const reason = (cause as { reason?: string }).reason ?? String(cause);
    throw new BodySyntaxError(
      `De tekst kon niet worden gelezen: ${explainSyntaxError(reason)}`,
      { line: start?.line ?? firstLine, column: start?.column ?? 1 },
      { cause },
    );
  }
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

/** MDX syntax errors are written for programmers; say what a contributor should do, and keep the original for helpers. */
function explainSyntaxError(reason: string): string {
  const technical = ` (technische melding: ${reason})`;
  if (/<!--|comment/i.test(reason)) return `HTML-commentaar (<!-- -->) is niet toegestaan.${technical}`;
  if (/expression|acorn|Could not parse|brace/i.test(reason)) {
    return `accolades { } zijn niet toegestaan in de tekst. Bedoelt u de tekens zelf, schrijf dan \\{ en \\}.${technical}`;
  }
  if (/character|closing tag|end of file|tag/i.test(reason)) {
    return `een < of een onderdeel is niet goed afgesloten. Bedoelt u het teken zelf, schrijf dan &lt;.${technical}`;
  }
  return `de tekst bevat een teken dat hier niet kan, vaak een < of {. Schrijf een los < als &lt; en een { als \\{.${technical}`;
}

const jsxHandler = (state: { all: (node: never) => ElementContent[] }, node: MdxJsxFlowElement | MdxJsxTextElement): Element | undefined => {
  const definition = node.name && Object.hasOwn(components, node.name) ? components[node.name] : undefined;
  // The policy refuses unknown components before rendering; dropping one here is a second line of defence.
  if (!definition) return undefined;
  const attributes: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string' && Object.hasOwn(definition.attributes, attribute.name)) {
      attributes[attribute.name] = attribute.value;
    }
  }
  return definition.render(attributes, state.all(node as never));
};

const renderer = unified()
  .use(remarkRehype, {
    handlers: { mdxJsxFlowElement: jsxHandler as never, mdxJsxTextElement: jsxHandler as never },
    footnoteLabel: 'Voetnoten',
    footnoteBackLabel: 'Terug naar de tekst',
  })
  .use(rehypeStringify);

/**
 * Renders a parsed and policy-checked body to HTML. Headings carry the ids
 * that the inspection gave them. The tree is changed in place: it is not used
 * after rendering.
 */
export function renderBody(tree: Root): string {
  unwrapBlockComponents(tree);
  const hast = renderer.runSync(tree) as HastRoot;
  return renderer.stringify(hast);
}

/**
 * A component written on one line parses as inline inside a paragraph; render
 * it as the block it is. Paragraphs hold only inline content, so the walk
 * does not enter them (a generic tree walk into every word took a tenth of
 * the build's reading time).
 */
function unwrapBlockComponents(parent: Parent) {
  parent.children.forEach((node, index) => {
    if (node.type === 'paragraph') {
      const [only] = node.children;
      if (node.children.length === 1 && only?.type === 'mdxJsxTextElement') {
        parent.children[index] = { ...only, type: 'mdxJsxFlowElement', children: [{ type: 'paragraph', children: only.children }] } as never;
      }
    } else if ('children' in node) unwrapBlockComponents(node);
  });
}
