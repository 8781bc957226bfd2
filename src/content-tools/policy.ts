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
import type { Position } from './problem.ts';

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

export function inspectBody(tree: Root): BodyInspection {
  const issues: PolicyIssue[] = [];
  const headings: HeadingInfo[] = [];
  const links: LinkInfo[] = [];
  const slugger = new GithubSlugger();
  const at = (node: Nodes): Position => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
  const add = (node: Nodes, message: string, rule: string) => issues.push({ position: at(node), message, rule });
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
      case 'mdxTextExpression':
        add(node, 'Accolades { } met code zijn niet toegestaan. Bedoelt u de tekens zelf, schrijf dan \\{ en \\}.', 'geen-code');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const definition = Object.hasOwn(components, name) ? components[name] : undefined;
        if (!definition) {
          const why = forbiddenElements.has(name.toLowerCase())
            ? `<${name}> is niet toegestaan: het kan code of opmaak van buiten laden.`
            : name === ''
              ? 'Een los <> (fragment) is niet toegestaan.'
              : `<${name}> is geen toegestaan onderdeel.`;
          add(node, `${why} Gebruik Markdown of een van deze onderdelen: ${allowedComponents}.`, 'onderdeel');
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
      case 'html':
        add(node, 'HTML is niet toegestaan in de tekst: gebruik Markdown.', 'onderdeel');
        break;
      case 'text': {
        if (parent?.type === 'link' || parent?.type === 'linkReference') break;
        const bare = /\b(?:https?:\/\/|www\.)[^\s)]+/i.exec(node.value);
        if (bare) {
          issues.push({
            position: at(node),
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
