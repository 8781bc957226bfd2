/**
 * The content policy for entry bodies (docs/content-model.md, "What an entry
 * may contain"), checked on the tree that is also rendered: no code, no
 * expressions, no raw HTML, only the site's own components, safe URLs,
 * accessible images and links, headings in order.
 *
 * The same walk collects what the cross-file checks need: the headings (with
 * the ids they get on the page) and every link and image address.
 */
import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { components } from './components.ts';
import { droppedAttributes, htmlElementOf, htmlElements, isLineBreakTag } from './html-elements.ts';
import type { Position } from './problem.ts';
import { didYouMean } from './suggest.ts';

export interface PolicyIssue {
  position: Position;
  message: string;
  rule: string;
  /** Errors unless said otherwise. */
  severity?: 'warning';
}

export interface HeadingInfo {
  depth: number;
  /** The id the heading gets on the page, for `#anchor` links. */
  slug: string;
  text: string;
}

export interface LinkInfo {
  url: string;
  kind: 'link' | 'image';
  position: Position;
}

export interface BodyInspection {
  issues: PolicyIssue[];
  headings: HeadingInfo[];
  links: LinkInfo[];
}

const forbiddenElements = new Set(['script', 'iframe', 'style', 'object', 'embed', 'form', 'link', 'meta', 'base', 'frame', 'frameset', 'svg', 'math', 'input', 'button', 'textarea', 'select']);
const allowedComponents = Object.keys(components).join(', ');
/** Far deeper than any real text; a deeper tree is junk, and rendering it would exhaust the stack. */
const maxNesting = 100;
/** Schemes a link may use; anything else (file:, ftp:, blob:, …) is refused, not only the known dangerous ones. */
const allowedSchemes = new Set(['http', 'https', 'mailto']);

/**
 * A URL as a browser reads its scheme: character references decoded,
 * percent-escapes decoded, and whitespace, control and invisible characters
 * removed, lower-cased. Browsers are lenient about all of these.
 */
function normaliseForScheme(url: string): string {
  const decoded = url
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => safeCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => safeCodePoint(Number.parseInt(dec, 10)))
    .replace(/&(?:tab|newline);/gi, '')
    .replace(/&colon;/gi, ':');
  let plain = decoded;
  try {
    plain = decodeURIComponent(decoded);
  } catch {
    // A malformed escape is not decoded by browsers either.
  }
  // eslint-disable-next-line no-control-regex
  return plain.replace(/[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/g, '').toLowerCase();
}

const safeCodePoint = (code: number) => (Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '');

/** The scheme of a URL (`https`, `javascript`), or undefined for a path or anchor. */
export function urlScheme(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/.exec(normaliseForScheme(url))?.[1];
}

/**
 * Whether a URL would run code or carry a document: `javascript:`, `data:` or
 * `vbscript:`, however it is spelled (case, entities, whitespace or control
 * characters in between).
 */
export function isDangerousUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === 'javascript' || scheme === 'data' || scheme === 'vbscript';
}

/** Why a URL may not be used, or undefined when it may. */
function urlProblem(url: string): string | undefined {
  const scheme = urlScheme(url);
  if (scheme === undefined || allowedSchemes.has(scheme)) return undefined;
  if (isDangerousUrl(url)) return `een ${scheme}:-adres kan code uitvoeren of een verborgen document bevatten`;
  return `adressen die beginnen met ${scheme}: werken niet voor iedereen`;
}

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** The kinds of mkdocs and Docusaurus boxes, and the type of <Callout> each becomes. */
const calloutTypes: Record<string, string> = {
  note: 'info', info: 'info', abstract: 'info', summary: 'info', example: 'info', quote: 'info', question: 'info', todo: 'info', seealso: 'info',
  tip: 'tip', hint: 'tip', success: 'tip', check: 'tip', done: 'tip',
  warning: 'let-op', caution: 'let-op', attention: 'let-op', danger: 'let-op', error: 'let-op', important: 'let-op', bug: 'let-op', failure: 'let-op', fail: 'let-op', missing: 'let-op',
};
/** `!!! tip "Titel"`, `??? note` and `???+ note` (mkdocs, Python-Markdown); `:::note Titel` (Docusaurus, also `:::note[Titel]`). */
const mkdocsBox = /^(!!!|\?\?\?\+?)[ \t]*([A-Za-z-]+)?(?:[ \t]+"([^"\n]*)")?/;
const docusaurusBox = /^:::[ \t]*([A-Za-z-]+)(?:\[([^\]\n]*)\]|[ \t]+([^\n]+))?/;

/** What to write instead of a box in another dialect. */
function calloutFor(kind: string | undefined, title: string | undefined, collapsible: boolean): string {
  const type = calloutTypes[(kind ?? '').toLowerCase()] ?? 'info';
  if (collapsible) return `<Details summary="${title?.trim() || 'Meer lezen'}">…</Details>`;
  return `<Callout type="${type}"${title?.trim() ? ` title="${title.trim()}"` : ''}>…</Callout>`;
}

const componentNames = Object.keys(components).map((id) => ({ id }));

/** What to write instead of components and elements of other sites (Docusaurus, Starlight, plain HTML) that people bring along. */
const foreignComponents: Record<string, string> = {
  a: 'schrijf een link in Markdown, [tekst](adres)',
  link: 'schrijf een link in Markdown, [tekst](adres)',
  admonition: 'gebruik <Callout type="info">…</Callout>',
  alert: 'gebruik <Callout type="let-op">…</Callout>',
  aside: 'gebruik <Callout type="info">…</Callout>',
  note: 'gebruik <Callout type="info">…</Callout>',
  tip: 'gebruik <Callout type="tip">…</Callout>',
  warning: 'gebruik <Callout type="let-op">…</Callout>',
  blockquote: 'schrijf een citaat in Markdown, met > aan het begin van de regel',
  tabs: 'zet de inhoud van elk tabblad onder een eigen kopje (##)',
  tabitem: 'zet de inhoud van elk tabblad onder een eigen kopje (##)',
  img: 'schrijf een afbeelding in Markdown, ![wat er te zien is](/adres)',
  image: 'schrijf een afbeelding in Markdown, ![wat er te zien is](/adres)',
};

/** Whether an expression holds only comments (`{/* … *\/}`): parsed, never evaluated, and nothing to show. */
function isComment(node: Nodes & { data?: { estree?: { body: unknown[]; comments?: unknown[] } | null } }): boolean {
  const program = node.data?.estree;
  return !!program && program.body.length === 0 && (program.comments?.length ?? 0) > 0;
}

/**
 * Whether an expression is an attribute list of mkdocs or Python-Markdown
 * (`## Kop { #anker .klasse data-x }`, `[Knop](/x){ .md-button }`): classes,
 * ids and attributes, after a heading's text or right after a link or image.
 */
function isAttributeList(node: Nodes & { value?: string }, parent: Nodes | undefined): boolean {
  const value = (node.value ?? '').trim();
  if (!/^:?\s*(?:[.#][\w-]+|[\w-]+(?:=(?:"[^"]*"|'[^']*'|[^\s"'}]+))?)(?:\s+(?:[.#][\w-]+|[\w-]+(?:=(?:"[^"]*"|'[^']*'|[^\s"'}]+))?))*$/.test(value)) return false;
  if (/^[:.#]/.test(value)) return true;
  if (!parent || !('children' in parent)) return false;
  const siblings = parent.children as Nodes[];
  const index = siblings.indexOf(node as never);
  const before = siblings[index - 1];
  return (parent.type === 'heading' && index === siblings.length - 1) || before?.type === 'link' || before?.type === 'image';
}

/** Braces written as characters: the text between them with each brace escaped, for a message that says exactly what to write. */
const escaped = (source: string) => source.replace(/(?<!\\)([{}])/g, '\\$1');

/**
 * Checks a parsed body. `source` is the text it was parsed from (with the
 * front matter's lines in front, as positions count them), for messages that
 * quote it and positions inside a text node.
 */
export function inspectBody(tree: Root, source = ''): BodyInspection {
  const issues: PolicyIssue[] = [];
  const headings: HeadingInfo[] = [];
  const links: LinkInfo[] = [];
  const slugger = new GithubSlugger();
  const at = (node: Nodes): Position => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
  const add = (node: Nodes, message: string, rule: string) => issues.push({ position: at(node), message, rule });
  const warn = (position: Position, message: string, rule: string) => issues.push({ position, message, rule, severity: 'warning' });
  const sourceOf = (node: Nodes) => {
    const { start, end } = node.position ?? {};
    return start?.offset !== undefined && end?.offset !== undefined ? source.slice(start.offset, end.offset) : '';
  };
  /** The position of an offset in the source, counted from a node's start (whose line and column are known). */
  const positionAfter = (node: Nodes, offset: number): Position => {
    const start = node.position?.start;
    if (!start || start.offset === undefined || offset < start.offset) return at(node);
    const between = source.slice(start.offset, offset);
    const lastBreak = between.lastIndexOf('\n');
    return lastBreak === -1 ? { line: start.line, column: start.column + between.length } : { line: start.line + between.split('\n').length - 1, column: between.length - lastBreak };
  };
  const checkUrl = (node: Nodes, url: string, what: string) => {
    const problem = urlProblem(url);
    if (problem) add(node, `${what} is niet toegestaan (${shorten(url)}): ${problem}. Gebruik een gewoon webadres (https://…) of een adres op deze site (/…).`, 'onveilige-link');
  };

  let previousDepth: number | undefined;

  // A plain recursive walk: unist-util-visit's bookkeeping of ancestors cost more than the checks themselves.
  const walk = (node: Nodes, parent: Nodes | undefined, depth: number) => {
    if (depth > maxNesting) {
      add(node, `De tekst is te diep genest (meer dan ${maxNesting} lagen lijsten, citaten of onderdelen in elkaar).`, 'nesting');
      return;
    }
    switch (node.type) {
      case 'mdxjsEsm':
        add(node, 'import en export zijn niet toegestaan: een bijdrage bevat alleen tekst.', 'geen-code');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        if (isComment(node)) break;
        const written = sourceOf(node) || `{${node.value}}`;
        if (isAttributeList(node, parent)) {
          add(node, `${shorten(written)} is een attributenlijst (van mkdocs of Python-Markdown): die wordt hier niet gebruikt, en MDX leest accolades als code. Haal ${shorten(written)} weg.`, 'ander-dialect');
          break;
        }
        add(
          node,
          `MDX leest alles tussen accolades { } als code, en dat is niet toegestaan. Bedoelt u de accolades zelf, schrijf dan ${shorten(escaped(written))} in plaats van ${shorten(written)}. Een opmerking die niet getoond wordt, schrijft u als {/* opmerking */}.`,
          'geen-code',
        );
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const html = htmlElementOf(name);
        if (html) {
          checkHtmlAttributes(node.attributes, html, (message, rule) => add(node, message, rule));
          break;
        }
        const definition = Object.hasOwn(components, name) ? components[name] : undefined;
        if (!definition) {
          // HTML ignores case (<SCRIPT>); a capitalised name (<Link>, <Tabs>) is a component of another site.
          const isHtml = name === name.toLowerCase() || name === name.toUpperCase();
          const why = isHtml && forbiddenElements.has(name.toLowerCase())
            ? `<${name}> is niet toegestaan: het kan code of opmaak van buiten laden.`
            : name === ''
              ? 'Een los <> (fragment) is niet toegestaan.'
              : Object.hasOwn(foreignComponents, name.toLowerCase())
                ? `<${name}> is geen onderdeel van deze site: ${foreignComponents[name.toLowerCase()]}.`
                : `<${name}> is ${isHtml ? 'geen toegestane HTML' : 'geen onderdeel van deze site'}.${didYouMean(name, componentNames, (id) => `<${id}>`)}`;
          add(node, `${why} Gebruik Markdown, een van deze onderdelen: ${allowedComponents}, of deze HTML: ${Object.keys(htmlElements).map((tag) => `<${tag}>`).join(' ')}.`, 'onderdeel');
        }
        checkAttributes(node.attributes, name, definition?.attributes, (message, rule) => add(node, message, rule));
        for (const required of definition?.required ?? []) {
          if (!node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === required)) {
            add(node, `<${name}> heeft het attribuut ${required}="…" nodig.`, 'onderdeel');
          }
        }
        break;
      }
      case 'link':
        checkUrl(node, node.url, 'Deze link');
        links.push({ url: node.url, kind: 'link', position: at(node) });
        if (!toString(node).trim() && !node.children.some((child) => child.type === 'image' && child.alt?.trim())) {
          add(node, 'Deze link heeft geen tekst: schrijf tussen de [ ] waar de link heen gaat.', 'link-tekst');
        }
        break;
      case 'definition':
        checkUrl(node, node.url, 'Deze link');
        links.push({ url: node.url, kind: 'link', position: at(node) });
        break;
      case 'image':
        checkUrl(node, node.url, 'Dit beeld');
        links.push({ url: node.url, kind: 'image', position: at(node) });
        if (!node.alt?.trim()) add(node, 'Een afbeelding heeft een beschrijving nodig: ![wat er te zien is](adres).', 'alt-tekst');
        break;
      case 'imageReference':
        if (!node.alt?.trim()) add(node, 'Een afbeelding heeft een beschrijving nodig: ![wat er te zien is][naam].', 'alt-tekst');
        break;
      case 'html': {
        // The syntax lets through only comments and <br> as raw HTML (see syntax.ts); anything else is refused here too.
        if (isLineBreakTag(node.value)) break;
        // A comment that interrupts a paragraph keeps the indentation of its line.
        const indent = node.value.length - node.value.trimStart().length;
        const value = node.value.trimStart();
        if (!value.startsWith('<!--')) {
          add(node, 'HTML is niet toegestaan in de tekst: gebruik Markdown.', 'onderdeel');
          break;
        }
        const end = value.lastIndexOf('-->');
        if (end === -1 || (end < 4 && value !== '<!-->' && value !== '<!--->')) {
          add(node, 'Dit HTML-commentaar wordt niet afgesloten: zet --> aan het eind van de opmerking. Nu valt alles tot het eind van de tekst erin weg.', 'mdx-syntax');
        } else if (value.slice(end + 3).trim() !== '') {
          warn(
            positionAfter(node, (node.position?.start.offset ?? 0) + indent + end + 3),
            'De tekst achter --> op deze regel wordt niet getoond: een commentaar aan het begin van een regel loopt tot het eind van de regel. Zet de tekst op een nieuwe regel.',
            'commentaar',
          );
        }
        break;
      }
      case 'paragraph': {
        const first = node.children[0];
        if (first?.type !== 'text') break;
        const mkdocs = mkdocsBox.exec(first.value);
        const docusaurus = mkdocs ? null : docusaurusBox.exec(first.value);
        if (mkdocs) {
          warn(at(node), `Dit is een kader in de schrijfwijze van mkdocs (${mkdocs[0].trim()}): hier wordt het als gewone tekst getoond. Schrijf ${calloutFor(mkdocs[2], mkdocs[3], mkdocs[1] !== '!!!')}, met de tekst tussen de twee tags.`, 'ander-dialect');
        } else if (docusaurus) {
          warn(at(node), `Dit is een kader in de schrijfwijze van Docusaurus (:::${docusaurus[1]}): hier wordt het als gewone tekst getoond. Schrijf ${calloutFor(docusaurus[1], docusaurus[2] ?? docusaurus[3], false)}, met de tekst tussen de twee tags, en haal de regel ::: weg.`, 'ander-dialect');
        }
        break;
      }
      case 'text': {
        // Readers are civil servants, not programmers: GitHub's word for a proposed change means nothing to them.
        const jargon = /\bpull[ -]?requests?\b/i.exec(node.value);
        if (jargon) {
          warn(at(node), `Schrijf "een voorstel tot wijziging indienen" in plaats van "${jargon[0]}", en link naar [hoe dat gaat](/bijdragen/).`, 'vaktaal');
        }
        if (parent?.type === 'link' || parent?.type === 'linkReference') break;
        // Without the punctuation of the sentence it ends (a full stop, a comma), which is no part of the address.
        const bare = /\b(?:https?:\/\/|www\.)[^\s)]*[^\s).,;:!?'"]/i.exec(node.value);
        if (bare) {
          // The address may stand lines after the start of the text (a paragraph is one text across its lines).
          const offset = node.position?.start.offset;
          const found = offset === undefined ? -1 : source.indexOf(bare[0], offset);
          issues.push({
            position: found === -1 || found > (node.position?.end.offset ?? 0) ? at(node) : positionAfter(node, found),
            message: `Het webadres ${shorten(bare[0])} wordt geen link. Maak er een link van met een beschrijving: [waar de link heen gaat](${shorten(bare[0])}).`,
            rule: 'kale-link',
            severity: 'warning',
          });
        }
        break;
      }
      case 'heading': {
        const text = toString(node);
        const slug = slugger.slug(text);
        headings.push({ depth: node.depth, slug, text });
        node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id: slug } };
        if (node.depth === 1) {
          add(node, 'Gebruik geen kop met één #: de titel staat al bovenaan de pagina. Begin kopjes met ##.', 'koppen');
        } else if (previousDepth === undefined && node.depth > 2) {
          add(node, `De eerste kop moet ## zijn, niet ${'#'.repeat(node.depth)}: de titel van de pagina is al het hoogste niveau.`, 'koppen');
        } else if (previousDepth !== undefined && node.depth > previousDepth + 1) {
          add(node, `Deze kop slaat een niveau over (van ${'#'.repeat(previousDepth)} naar ${'#'.repeat(node.depth)}): gebruik ${'#'.repeat(previousDepth + 1)}.`, 'koppen');
        }
        previousDepth = node.depth;
        break;
      }
    }
    if ('children' in node) for (const child of node.children) walk(child, node, depth + 1);
  };
  walk(tree, undefined, 0);
  return { issues, headings, links };
}

function checkAttributes(
  attributes: (MdxJsxAttribute | MdxJsxExpressionAttribute)[],
  component: string,
  allowed: Record<string, readonly string[] | 'text'> | undefined,
  add: (message: string, rule: string) => void,
) {
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      add('Attributen met accolades { } zijn niet toegestaan.', 'geen-code');
      continue;
    }
    const { name, value } = attribute;
    if (/^on/i.test(name)) {
      add(`Het attribuut ${name} is niet toegestaan: het kan code uitvoeren.`, 'geen-code');
      continue;
    }
    if (value !== null && typeof value === 'object') {
      add(`Het attribuut ${name} gebruikt accolades { }: geef een gewone tekst tussen aanhalingstekens.`, 'geen-code');
      continue;
    }
    if (typeof value === 'string' && isDangerousUrl(value)) {
      add(`Het attribuut ${name} bevat een niet toegestaan adres.`, 'onveilige-link');
      continue;
    }
    if (!allowed) continue;
    const rule = Object.hasOwn(allowed, name) ? allowed[name] : undefined;
    if (!rule) {
      add(`<${component}> kent het attribuut ${name} niet. Toegestaan: ${Object.keys(allowed).join(', ') || 'geen'}.`, 'onderdeel');
    } else if (rule !== 'text' && (typeof value !== 'string' || !rule.includes(value))) {
      add(`${name} van <${component}> moet een van deze waarden zijn: ${rule.join(', ')}.`, 'onderdeel');
    }
  }
}

/** Attributes of an allowed HTML element: those of the allowlist, as the sanitiser keeps them. */
function checkHtmlAttributes(attributes: (MdxJsxAttribute | MdxJsxExpressionAttribute)[], tag: string, add: (message: string, rule: string) => void) {
  const allowed = htmlElements[tag] ?? [];
  const properties: Record<string, string | boolean> = {};
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute' || (attribute.value !== null && typeof attribute.value === 'object')) {
      add(`Attributen met accolades { } zijn niet toegestaan: geef een gewone tekst tussen aanhalingstekens.`, 'geen-code');
      continue;
    }
    if (/^on/i.test(attribute.name)) {
      add(`Het attribuut ${attribute.name} is niet toegestaan: het kan code uitvoeren.`, 'geen-code');
      continue;
    }
    if (!allowed.includes(attribute.name)) {
      add(`<${tag}> kan hier het attribuut ${attribute.name} niet hebben. Toegestaan: ${allowed.join(', ') || 'geen'}.`, 'onderdeel');
      continue;
    }
    properties[attribute.name] = attribute.value ?? true;
  }
  for (const name of droppedAttributes(tag, properties)) {
    add(`Het attribuut ${name} van <${tag}> heeft een waarde die niet is toegestaan${name === 'cite' ? ': gebruik een webadres dat begint met https://' : ''}.`, 'onveilige-link');
  }
}
