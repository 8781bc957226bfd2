/**
 * Reads an entry's front matter without ever running code: gray-matter splits
 * the file, but every engine that could evaluate (`---js`, CoffeeScript) or
 * that we do not support is replaced by one that refuses; YAML is read with
 * the `yaml` package's safe core schema, keeping positions so that problems
 * can be reported at their line and column.
 */
import matter from 'gray-matter';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Position } from './problem.ts';

/** Front matter larger than this is refused: no entry needs it, and it guards the parser. */
export const maxFrontmatterBytes = 64 * 1024;
const maxAliasCount = 50;

export interface FrontmatterResult {
  data: Record<string, unknown>;
  /** The Markdown body after the closing `---`. */
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
  /** Position in the file of the value at a path of keys, or of the nearest parent that exists. */
  positionOf: (path: readonly PropertyKey[]) => Position;
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

/** Engines gray-matter may call: YAML is read later by us; everything that could run code refuses. */
const engines = Object.fromEntries(
  ['javascript', 'js', 'coffee', 'coffeescript', 'cson', 'json', 'toml'].map((language) => [language, refuse(language)]),
);

export function readFrontmatter(text: string): FrontmatterResult {
  // A byte-order mark or blank lines before the opening fence are common editor artefacts, not errors.
  const leading = /^\uFEFF?(?:[ \t]*\r?\n)*/.exec(text)?.[0] ?? '';
  const skippedLines = leading.split('\n').length - 1;
  const source = text.slice(leading.length).replace(/\r\n?/g, '\n');

  if (source.startsWith('+++')) {
    throw new FrontmatterError('TOML-front matter (+++) wordt niet gelezen: gebruik YAML tussen twee regels met ---.', { line: skippedLines + 1, column: 1 }, 'frontmatter-taal');
  }
  if (!source.startsWith('---')) {
    throw new FrontmatterError('Het bestand begint niet met front matter: zet de velden bovenaan, tussen twee regels met alleen ---.', { line: skippedLines + 1, column: 1 }, 'frontmatter-ontbreekt');
  }

  let raw: string;
  let body: string;
  try {
    const file = matter(source, { engines: { ...engines, yaml: (input: string) => ({ input }) } });
    raw = file.matter;
    body = file.content;
  } catch (cause) {
    if (cause instanceof FrontmatterError) throw cause;
    throw new FrontmatterError('De front matter kon niet worden gelezen: controleer de regels met ---.', { line: skippedLines + 1, column: 1 }, 'frontmatter-ontbreekt', { cause });
  }

  if (Buffer.byteLength(raw) > maxFrontmatterBytes) {
    throw new FrontmatterError(`De front matter is groter dan ${maxFrontmatterBytes / 1024} KB: zet lange tekst in de inhoud, onder de front matter.`, { line: skippedLines + 1, column: 1 }, 'frontmatter-te-groot');
  }

  // gray-matter's `matter` starts with the newline that ends the opening fence, so its first line is the fence's.
  const yamlStartLine = skippedLines + 1;
  const closingFenceLine = yamlStartLine + raw.split('\n').length;
  const bodyLine = closingFenceLine + 1;

  const lineCounter = new LineCounter();
  const doc = parseDocument(raw, { lineCounter, schema: 'core', merge: false, uniqueKeys: true, prettyErrors: false, strict: true });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + yamlStartLine - 1, column: col };
  };

  const firstError = doc.errors[0];
  if (firstError) {
    const message = firstError.code === 'DUPLICATE_KEY' ? 'Een veld staat twee keer in de front matter.' : `De front matter is geen geldige YAML (${firstError.code}).`;
    throw new FrontmatterError(message, toPosition(firstError.pos[0]), 'yaml');
  }
  rejectUnsafeNodes(doc, toPosition);

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount });
  } catch (cause) {
    throw new FrontmatterError('De front matter gebruikt te veel YAML-verwijzingen (aliassen); schrijf de waarden uit.', { line: yamlStartLine, column: 1 }, 'yaml', { cause });
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new FrontmatterError('De front matter moet uit velden bestaan (naam: waarde).', { line: yamlStartLine, column: 1 }, 'yaml');
  }

  return {
    data: data as Record<string, unknown>,
    body,
    bodyLine,
    positionOf: (path) => toPosition(offsetOf(doc, path)),
  };
}

const maxDepth = 12;

/** Refuses what YAML allows but our content never needs and parsers trip over: deep nesting, prototype and merge keys, custom tags. */
function rejectUnsafeNodes(doc: Document, toPosition: (offset: number) => Position) {
  const visit = (node: unknown, depth: number) => {
    if (!node || typeof node !== 'object') return;
    const range = (node as { range?: [number, number, number] }).range;
    const at = () => toPosition(range?.[0] ?? 0);
    if (depth > maxDepth) throw new FrontmatterError(`De front matter is dieper dan ${maxDepth} niveaus genest.`, at(), 'yaml');
    if ((node as Node).tag && !String((node as Node).tag).startsWith('tag:yaml.org,2002:')) {
      throw new FrontmatterError(`De YAML-tag ${(node as Node).tag} is niet toegestaan.`, at(), 'yaml');
    }
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items) {
        if (isPair(item)) {
          const key = isScalar(item.key) ? String(item.key.value) : '';
          if (key === '__proto__' || key === 'constructor' || key === 'prototype' || key === '<<') {
            const keyRange = (item.key as { range?: [number, number, number] } | null)?.range;
            throw new FrontmatterError(`Het veld "${key}" is niet toegestaan.`, toPosition(keyRange?.[0] ?? 0), 'yaml');
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
