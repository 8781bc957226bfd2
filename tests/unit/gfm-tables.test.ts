/**
 * The patched GFM table syntax (src/content-tools/syntax.ts tries a table
 * only where one can start) against the stock extension: for every text,
 * tables and everything around them come out the same, position for position.
 */
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/content-tools/markdown.ts';

/** The stock parts of GFM, added as remark-gfm adds them. */
function stockGfm(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough(), gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmFootnoteFromMarkdown());
}
const stock = unified().use(remarkParse).use(remarkMdx).use(stockGfm).freeze();

const written = [
  '| a | b |\n| - | - |\n| 1 | 2 |\n',
  'a | b\n--|--\n1 | 2\n',
  '| links | midden | rechts |\n|:-----|:-----:|------:|\n| x | y | z |\n',
  'Tekst erboven\n| a | b |\n| - | - |\n',
  '| a |\n| - |\n| 1 |\nlazy regel\n\nna de tabel\n',
  '> | a | b |\n> | - | - |\n> | 1 | 2 |\n',
  '- | a | b |\n  | - | - |\n  | 1 | 2 |\n',
  '| a \\| b | c |\n| --- | --- |\n| `x | y` | z |\n',
  'Geen tabel: a | b\nen ook geen: c | d\n',
  'Tijd: 10:00\n--: niet\n',
  '| a | b |\n| - |\n',
  '## Kop\n\n| a | b |\n|---|---|\n| **vet** | ~~weg~~ |\n\n[^1]: voetnoot | met pipe\n',
];

/** Lines of the kind that make and break tables, for texts nobody wrote by hand. */
const fragments = ['| a | b |', '| - | - |', '|:--|--:|', 'a | b', '--|--', ':-:', '| x', 'x |', 'tekst', 'tijd: 10:00', '- punt', '> citaat', '> | a |', '  | b |', '', '', '1. een', '# kop', '***', '| `a|b` |', '\\| niet'];

/** A small deterministic generator, so that a failure can be repeated. */
function random(seed: number) {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/** A tree with every position in it, for comparing two parses. */
const serialised = (tree: unknown) => JSON.stringify(tree);

describe('GFM tables where they can start', () => {
  it('parses tables as written in entries exactly as the stock extension does', () => {
    for (const text of written) expect(serialised(parseMarkdown(text)), text).toBe(serialised(stock.parse(text)));
  });

  it('parses 200 generated texts exactly as the stock extension does, with the same positions', () => {
    const next = random(14);
    let tables = 0;
    for (let i = 0; i < 200; i++) {
      const lines = Array.from({ length: 3 + Math.floor(next() * 10) }, () => fragments[Math.floor(next() * fragments.length)]);
      const text = `${lines.join('\n')}\n`;
      const tree = serialised(stock.parse(text));
      expect(serialised(parseMarkdown(text)), text).toBe(tree);
      if (tree.includes('"type":"table"')) tables++;
    }
    // The texts must hold tables for the comparison to mean anything.
    expect(tables).toBeGreaterThan(20);
  });

  it('knows where tables start from the text it parses, not from the one before', () => {
    const table = '\n\n| a | b |\n| - | - |\n| 1 | 2 |\n';
    // The same table, one line lower: a start left over from the first text would miss it.
    for (const text of [table, `\n${table}`, `tekst\n${table}`, table]) {
      expect(parseMarkdown(text).children.map((node) => node.type)).toContain('table');
    }
  });
});
