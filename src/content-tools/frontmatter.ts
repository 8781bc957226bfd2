/**
 * Reads an entry's front matter without ever running code: gray-matter splits
 * the file, but every engine that could evaluate (`---js`, CoffeeScript) or
 * that we do not support is replaced by one that refuses, and the opening
 * fence is checked before gray-matter sees it, so only our YAML engine is ever
 * chosen. YAML is read with the `yaml` package's core schema, keeping
 * positions so that problems can be reported at their line and column.
 *
 * Contributed files are untrusted: whatever YAML allows but an entry never
 * needs (tags, anchors and aliases, merge keys, prototype keys, deep nesting,
 * huge blocks) is refused with a message, before it can cost time or memory.
 */
import matter from 'gray-matter';
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, Schema, type Document, type Node, type YAMLError } from 'yaml';
import type { Position } from './problem.ts';

/** Front matter larger than this is refused: no entry needs it, and it guards the parser. */
export const maxFrontmatterBytes = 64 * 1024;
/** Deeper than any field of the content model (sources[i].title is 3 levels). */
const maxDepth = 12;
/** No field is indented this far; a line that is, is junk or an attempt to nest deeply. */
const maxIndent = 64;

export interface FrontmatterResult {
  data: Record<string, unknown>;
  /** The Markdown body after the closing `---`. */
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
  /** Position in the file of the value at a path of keys, or of the nearest parent that exists. */
  positionOf: (path: readonly PropertyKey[]) => Position;
  /**
   * The same, for keeping: it holds only the YAML text and parses it again on
   * first use. A parsed document is many times larger than its text, and an
   * entry asks for a position only when it has a problem.
   */
  lazyPositionOf: () => (path: readonly PropertyKey[]) => Position;
}

export class FrontmatterError extends Error {
  readonly position: Position;
  readonly rule: string;
  constructor(message: string, position: Position, rule: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'FrontmatterError';
    this.position = position;
    this.rule = rule;
  }
}

const refuse = (language: string) => () => {
  throw new FrontmatterError(
    `Front matter in "${language}" wordt niet gelezen: schrijf de velden in YAML, tussen twee regels met alleen ---.`,
    { line: 1, column: 1 },
    'frontmatter-taal',
  );
};

/**
 * Engines gray-matter may call. The fence check below means only `yaml` is
 * ever asked for; the others refuse in case that check is ever loosened.
 */
const engines = {
  ...Object.fromEntries(['javascript', 'js', 'coffee', 'coffeescript', 'cson', 'json', 'toml'].map((language) => [language, refuse(language)])),
  yaml: (input: string) => ({ input }),
};

const fence = /^---[ \t]*$/;
/** YAML 1.2's core schema without merge keys, built once: building it for every file took as long as parsing. */
const coreSchema = new Schema({ schema: 'core', merge: false, resolveKnownTags: true });

/**
 * Splits a file into its front matter and body: gray-matter finds the
 * closing fence, once, and its split is then checked line by line. Refuses
 * what is not a front matter block of YAML.
 */
function splitFrontmatter(text: string) {
  // A byte-order mark or blank lines before the opening fence are common editor artefacts, not errors.
  const leading = /^\uFEFF?(?:[ \t]*\r?\n)*/.exec(text)?.[0] ?? '';
  const skippedLines = leading.split('\n').length - 1;
  const source = text.slice(leading.length).replace(/\r\n?/g, '\n');
  const openingLine = skippedLines + 1;
  const at = (line: number, column = 1): Position => ({ line, column });

  const firstLineEnd = source.indexOf('\n');
  const firstLine = firstLineEnd === -1 ? source : source.slice(0, firstLineEnd);
  if (firstLine.startsWith('+++')) {
    throw new FrontmatterError('TOML-front matter (+++) wordt niet gelezen: gebruik YAML tussen twee regels met alleen ---.', at(openingLine), 'frontmatter-taal');
  }
  if (!firstLine.startsWith('---')) {
    throw new FrontmatterError('Het bestand begint niet met front matter: zet de velden bovenaan, tussen twee regels met alleen ---.', at(openingLine), 'frontmatter-ontbreekt');
  }
  if (!fence.test(firstLine)) {
    // `---js` and the like ask gray-matter for another engine; name what was asked for, never call it.
    const language = firstLine.slice(3).trim().slice(0, 20);
    throw new FrontmatterError(
      /^-*$/.test(language) || language === ''
        ? 'De eerste regel moet precies --- zijn: drie streepjes, verder niets.'
        : `De eerste regel moet alleen --- zijn. Front matter in "${language}" wordt niet gelezen: schrijf de velden in YAML.`,
      at(openingLine),
      'frontmatter-taal',
    );
  }

  let split: { matter: string; content: string };
  try {
    split = matter(source, { engines });
  } catch (cause) {
    if (cause instanceof FrontmatterError) throw cause;
    throw new FrontmatterError('De front matter kon niet worden gelezen: controleer de regels met ---.', at(openingLine), 'frontmatter-ontbreekt', { cause });
  }
  // gray-matter's block starts with the rest of the opening fence's line (spaces at most, checked above), and ends before the
  // first line that starts with ---, or at the end of the file when there is none.
  const blockText = split.matter.replace(/^[ \t]*/, '');
  const blockLines = blockText === '' ? [] : blockText.slice(1).split('\n');
  const closingAt = 3 + split.matter.length;
  const closed = source.startsWith('\n---', closingAt);

  let bytes = 0;
  for (const [index, line] of blockLines.entries()) {
    bytes += Buffer.byteLength(line) + 1;
    if (bytes > maxFrontmatterBytes) {
      throw new FrontmatterError(
        `De front matter is groter dan ${maxFrontmatterBytes / 1024} KB, of wordt niet afgesloten: zet lange tekst in de inhoud, onder de regel met alleen ---.`,
        at(openingLine),
        'frontmatter-te-groot',
      );
    }
    const indent = /^[ \t]*/.exec(line)![0].length;
    if (indent > maxIndent) {
      throw new FrontmatterError(`Deze regel springt te ver in (${indent} spaties): de velden van een item gaan nooit zo diep.`, at(openingLine + 1 + index), 'yaml');
    }
  }
  if (!closed) {
    throw new FrontmatterError('De front matter wordt niet afgesloten: zet onder de velden een regel met alleen ---.', at(openingLine), 'frontmatter-ontbreekt');
  }
  // gray-matter takes any line that starts with --- for the closing fence; only one with nothing else on it is one.
  const fenceLineEnd = source.indexOf('\n', closingAt + 1);
  const closingFence = source.slice(closingAt + 1, fenceLineEnd === -1 ? source.length : fenceLineEnd);
  if (!fence.test(closingFence)) {
    throw new FrontmatterError('Een regel in de front matter begint met ---: alleen de eerste en de laatste regel van de front matter zijn ---.', at(openingLine + 1 + blockLines.length), 'yaml');
  }
  // After a closing fence with spaces behind it, gray-matter's body still starts with them and their line break.
  const body = closingFence === '---' ? split.content : split.content.slice(closingFence.length - 3 + 1);
  return { openingLine, blockLines, body };
}

/**
 * The body of a file whose front matter could not be read, and the line it
 * starts on, when the fences themselves are in place: so that the body is
 * still checked. Undefined when the fences are not.
 */
export function bodyAfterFrontmatter(text: string): { body: string; bodyLine: number } | undefined {
  try {
    const { openingLine, blockLines, body } = splitFrontmatter(text);
    return { body, bodyLine: openingLine + blockLines.length + 2 };
  } catch {
    return undefined;
  }
}

/** The body of a content file that has been checked, as `readFrontmatter` gives it, without reading the YAML. */
export const bodyOf = (text: string): string => splitFrontmatter(text).body;

export function readFrontmatter(text: string): FrontmatterResult {
  const { openingLine, blockLines, body } = splitFrontmatter(text);
  const raw = blockLines.join('\n');
  checkFlowDepth(raw, openingLine + 1);

  // The YAML starts on the line after the opening fence; the body on the line after the closing one.
  const yamlStartLine = openingLine + 1;
  const bodyLine = yamlStartLine + blockLines.length + 1;

  const { doc, toPosition } = parseYaml(raw, yamlStartLine);

  const firstError = doc.errors[0] ?? doc.warnings[0];
  if (firstError) throw new FrontmatterError(explainYamlError(firstError, raw), toPosition(firstError.pos[0]), 'yaml');
  rejectUnsafeNodes(doc, toPosition);

  let data: unknown = doc.toJS({ maxAliasCount: 0 });
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new FrontmatterError('De front matter moet uit velden bestaan, elk op een eigen regel: naam: waarde.', { line: yamlStartLine, column: 1 }, 'yaml');
  }

  return {
    data: data as Record<string, unknown>,
    body,
    bodyLine,
    positionOf: (path) => toPosition(offsetOf(doc, path)),
    lazyPositionOf: () => {
      let parsed: ReturnType<typeof parseYaml> | undefined;
      return (path) => {
        parsed ??= parseYaml(raw, yamlStartLine);
        return parsed.toPosition(offsetOf(parsed.doc, path));
      };
    },
  };
}

function parseYaml(raw: string, firstLine: number) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(raw, { lineCounter, schema: coreSchema, uniqueKeys: true, prettyErrors: false, strict: true });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  return { doc, toPosition };
}

/** Flow collections (`[[[…]]]`) nest without indenting; count their depth before the parser recurses into them. */
function checkFlowDepth(yaml: string, firstLine: number) {
  let depth = 0;
  let line = firstLine;
  let quote = '';
  for (let i = 0; i < yaml.length; i++) {
    const char = yaml[i];
    if (char === '\n') line++;
    else if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '[' || char === '{') {
      if (++depth > maxDepth) throw new FrontmatterError(`De front matter is dieper dan ${maxDepth} niveaus genest.`, { line, column: 1 }, 'yaml');
    } else if (char === ']' || char === '}') depth = Math.max(0, depth - 1);
    else if (char === '#') {
      // A comment runs to the end of the line; brackets in it do not count.
      const end = yaml.indexOf('\n', i);
      i = (end === -1 ? yaml.length : end) - 1;
    }
  }
}

/** The `yaml` package's messages are for programmers; say what a contributor should change. */
function explainYamlError(error: YAMLError, raw: string): string {
  const code = error.code;
  const hint = ((): string => {
    switch (code) {
      case 'DUPLICATE_KEY': {
        const key = /^[ \t-]*([^:\n]+):/.exec(raw.slice(error.pos[0]))?.[1]?.trim();
        return `Het veld${key ? ` "${key}"` : ''} staat twee keer in de front matter: haal er één weg.`;
      }
      case 'BLOCK_AS_IMPLICIT_KEY':
      case 'MULTILINE_IMPLICIT_KEY':
        return 'Een waarde bevat een dubbele punt (:) of loopt door op de volgende regel. Zet de hele waarde tussen aanhalingstekens, bijvoorbeeld title: "Ouders: een aanpak".';
      case 'TAB_AS_INDENT':
        return 'Gebruik spaties om in te springen, geen tabs.';
      case 'BAD_INDENT':
        return 'De inspringing klopt niet: zet velden die bij elkaar horen precies onder elkaar, met spaties.';
      case 'BAD_SCALAR_START':
        return 'Een waarde mag niet beginnen met @, `, % of |. Zet de waarde tussen aanhalingstekens.';
      case 'MISSING_CHAR':
        return 'Er ontbreekt een teken: bijvoorbeeld een afsluitend aanhalingsteken, een spatie na - of :, of de inspringing van een lijst klopt niet.';
      case 'TAG_RESOLVE_FAILED':
        return 'YAML-tags (!!… of !…) zijn niet toegestaan: schrijf gewone waarden.';
      case 'RESOURCE_EXHAUSTION':
        return 'De front matter is te diep genest of te groot om te lezen.';
      case 'MULTIPLE_DOCS':
        return 'De front matter bevat meer dan één YAML-document: gebruik alleen de regels --- aan het begin en het eind.';
      default:
        return 'Deze regel is geen geldige YAML: controleer de aanhalingstekens, dubbele punten en inspringing.';
    }
  })();
  return `${hint} (YAML: ${code})`;
}

/** Refuses what YAML allows but our content never needs and parsers trip over. */
function rejectUnsafeNodes(doc: Document, toPosition: (offset: number) => Position) {
  const visit = (node: unknown, depth: number) => {
    if (!node || typeof node !== 'object') return;
    const at = () => toPosition((node as { range?: [number, number, number] }).range?.[0] ?? 0);
    if (depth > maxDepth) throw new FrontmatterError(`De front matter is dieper dan ${maxDepth} niveaus genest.`, at(), 'yaml');
    if (isAlias(node) || (node as Node).anchor) {
      throw new FrontmatterError('YAML-verwijzingen (& en *) zijn niet toegestaan: schrijf elke waarde uit.', at(), 'yaml');
    }
    // A tag is only set when the source writes one; content never needs one, and some would ask for code.
    if ((node as Node).tag) throw new FrontmatterError('YAML-tags (!!… of !…) zijn niet toegestaan: schrijf gewone waarden.', at(), 'yaml');
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items) {
        if (isPair(item)) {
          if (item.key !== null && !isScalar(item.key)) {
            throw new FrontmatterError('Een veldnaam moet gewone tekst zijn.', toPosition((item.key as { range?: [number, number, number] }).range?.[0] ?? 0), 'yaml');
          }
          const key = isScalar(item.key) ? String(item.key.value) : '';
          if (key === '__proto__' || key === 'constructor' || key === 'prototype' || key === '<<') {
            throw new FrontmatterError(`Het veld "${key}" is niet toegestaan.`, toPosition(item.key?.range?.[0] ?? 0), 'yaml');
          }
          visit(item.key, depth + 1);
          visit(item.value, depth + 1);
        } else {
          visit(item, depth + 1);
        }
      }
    }
  };
  visit(doc.contents, 0);
}

function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  for (let length = path.length; length > 0; length--) {
    const node = doc.getIn(path.slice(0, length), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return node.range[0];
  }
  return 0;
}
