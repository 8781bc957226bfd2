/**
 * The content policy for entry bodies (docs/content-model.md, "What an entry
 * may contain"), checked on the tree that is also rendered: no code, no
 * expressions, no raw HTML, only the site's own components, safe URLs.
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { components } from './components.ts';
import type { Position } from './problem.ts';

export interface PolicyIssue {
  position: Position;
  message: string;
  rule: string;
}

const forbiddenElements = new Set(['script', 'iframe', 'style', 'object', 'embed', 'form', 'link', 'meta', 'base', 'frame', 'frameset', 'svg', 'math']);
const allowedComponents = Object.keys(components).join(', ');

/**
 * Whether a URL would run code or carry a document: `javascript:`, `data:` or
 * `vbscript:`, however it is spelled (case, entities, whitespace or control
 * characters in between), as browsers are lenient about all of those.
 */
export function isDangerousUrl(url: string): boolean {
  const decoded = url
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number.parseInt(dec, 10)))
    .replace(/&(?:tab|newline);/gi, '')
    .replace(/&colon;/gi, ':');
  let plain = decoded;
  try {
    plain = decodeURIComponent(decoded);
  } catch {
    // A malformed escape is not decoded by browsers either.
  }
  // eslint-disable-next-line no-control-regex
  const squashed = plain.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\ufeff]/g, '').toLowerCase();
  return /^(?:javascript|data|vbscript):/.test(squashed);
}

export function checkPolicy(tree: Root): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const at = (node: { position?: { start: { line: number; column: number } } }): Position => ({
    line: node.position?.start.line ?? 1,
    column: node.position?.start.column ?? 1,
  });
  const add = (node: Parameters<typeof at>[0], message: string, rule: string) => issues.push({ position: at(node), message, rule });

  let previousDepth = 1;

  visit(tree, (node) => {
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
        const definition = components[name];
        if (!definition) {
          const lower = name.toLowerCase();
          const why = forbiddenElements.has(lower)
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
      case 'definition':
        if (isDangerousUrl(node.url)) add(node, `Deze link is niet toegestaan (${node.url.slice(0, 40)}): gebruik een gewoon webadres.`, 'onveilige-link');
        break;
      case 'image':
        if (isDangerousUrl(node.url)) add(node, 'Dit beeld gebruikt een niet toegestaan adres: gebruik een bestand of een gewoon webadres.', 'onveilige-link');
        if (!node.alt?.trim()) add(node, 'Een afbeelding heeft een beschrijving nodig: ![wat er te zien is](adres).', 'alt-tekst');
        break;
      case 'imageReference':
        if (!node.alt?.trim()) add(node, 'Een afbeelding heeft een beschrijving nodig: ![wat er te zien is][naam].', 'alt-tekst');
        break;
      case 'html':
        add(node, 'HTML is niet toegestaan in de tekst: gebruik Markdown.', 'onderdeel');
        break;
      case 'heading':
        if (node.depth === 1) {
          add(node, 'Gebruik geen kop met één # : de titel staat al bovenaan de pagina. Begin kopjes met ##.', 'koppen');
        } else if (node.depth > previousDepth + 1) {
          add(node, `Deze kop slaat een niveau over (van ${'#'.repeat(previousDepth)} naar ${'#'.repeat(node.depth)}).`, 'koppen');
        }
        previousDepth = node.depth;
        break;
    }
  });
  return issues;
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
    const rule = allowed[name];
    if (!rule) {
      add(`<${component}> kent het attribuut ${name} niet. Toegestaan: ${Object.keys(allowed).join(', ') || 'geen'}.`, 'onderdeel');
    } else if (rule !== 'text' && (typeof value !== 'string' || !rule.includes(value))) {
      add(`${name} van <${component}> moet een van deze waarden zijn: ${rule.join(', ')}.`, 'onderdeel');
    }
  }
}
