/**
 * Hard limits on what an entry may hold, so that what the check accepts the
 * build can always render, in seconds and in a few hundred MB at most. Each
 * limit is far beyond any real text, and guards a part of the pipeline that
 * grows faster than the text does:
 *
 * - emphasis markers (`*`, `_`, `~`) per paragraph and per file: the
 *   Markdown parser pairs them up in time that grows with the square of
 *   their number in a paragraph (twelve paragraphs of `*a_` took 44 s);
 * - table columns and cells: every row gets as many cells as the table has
 *   columns, so a table of short rows under a wide header is millions of
 *   cells (2,500 columns ran out of memory);
 * - opening brackets per file: links, images and references each cost the
 *   parser a good deal more than plain words;
 * - reference expansion: a link definition is copied into every link that
 *   uses it, so one long address used 30,000 times is a page of gigabytes;
 * - the length of a file or folder name, so that every path derived from it
 *   (`/vergelijk/data/<id>.json`, `/citeer/…/<id>.bib`) fits in 255 bytes;
 * - the size of the rendered HTML of one entry (a last guard in the build).
 *
 * - quote and list markers per file: deep nesting repeated on every line
 *   (40 levels, the most markdown.ts allows on one line) took a minute and a
 *   gigabyte for 250 KB.
 *
 * Nesting on one line and the depth of the tree, and the length of a
 * paragraph, are limited in markdown.ts and policy.ts; the file
 * and front-matter sizes in entry.ts and frontmatter.ts.
 *
 * The figures are documented in CONTRIBUTING.md; the worst cases within them
 * are measured by `node scripts/bench/worst-cases.ts`.
 */
import type { Nodes, Root } from 'mdast';
import { describeFinding, findPersonalDataAsShown } from './personal-data.ts';
import type { LinkInfo } from './policy.ts';
import type { Position } from './problem.ts';

export const limits = {
  /** Characters of a file name without `.mdx`, and of a folder name; derived names add at most 5 bytes. */
  nameLength: 100,
  /** `*`, `_` and `~` in one paragraph, heading, list item or table row. */
  emphasisMarkersPerParagraph: 250,
  /** `*`, `_` and `~` in the body of one file. */
  emphasisMarkersPerFile: 5_000,
  /** Quote and list markers (`>`, `-`, `1.`) at the start of lines, summed over the lines of one file: deep nesting on every line cost a minute and a gigabyte. */
  containerMarkersPerFile: 3_000,
  /** Columns of one table. */
  tableColumns: 50,
  /** Cells of one table (columns × rows, header included). */
  tableCells: 5_000,
  /** Cells of all tables of one file together: every cell is several objects in memory while the page is made. */
  tableCellsPerFile: 10_000,
  /** Opening brackets `[` in the body of one file: every link, image, reference and footnote has one, and each costs the parser time. */
  bracketsPerFile: 5_000,
  /** Characters that link and image references add by repeating their definitions (address and title), per file. */
  referenceExpansion: 100_000,
  /** Characters of an entry's rendered HTML; the other limits keep it far below this. */
  htmlLength: 4_000_000,
} as const;

export interface LimitIssue {
  position: Position;
  message: string;
  rule: string;
}

const nl = (n: number) => n.toLocaleString('nl-NL');
const containerPrefix = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))+/;
const thematicBreak = /^[ \t]*([*_-])(?:[ \t]*\1){2,}[ \t]*$/;
const delimiterRow = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const fence = /^[ \t]*(?:`{3,}|~{3,})/;

/**
 * Limits checked on the text of a body before it is parsed: exceeding them
 * could make the parse itself take minutes or gigabytes. `firstLine` is the
 * line of the file on which the body starts.
 */
export function checkBodyText(body: string, firstLine: number): LimitIssue[] {
  const issues: LimitIssue[] = [];
  const lines = body.split('\n');
  let fileMarkers = 0;
  let containerMarkers = 0;
  let unitMarkers = 0;
  let unitLine = firstLine;
  let reportedUnit = -1;
  let inFence = false;
  let table: { line: number; columns: number; rows: number } | undefined;
  let fileCells = 0;
  let cellsReported = false;

  const endTable = () => {
    if (table) fileCells += table.columns * table.rows;
    if (table && fileCells > limits.tableCellsPerFile && !cellsReported && table.columns * table.rows <= limits.tableCells) {
      cellsReported = true;
      issues.push({
        position: { line: table.line, column: 1 },
        message: `Met deze tabel hebben de tabellen van dit bestand samen ${nl(fileCells)} cellen; de grens is ${nl(limits.tableCellsPerFile)} per bestand. Splits de tekst over meer bijdragen, of zet de gegevens in een bron en verwijs ernaar.`,
        rule: 'limiet',
      });
    }
    if (table && table.columns * table.rows > limits.tableCells) {
      issues.push({
        position: { line: table.line, column: 1 },
        message: `Deze tabel heeft ${nl(table.columns * table.rows)} cellen (${nl(table.columns)} kolommen × ${nl(table.rows)} rijen); de grens is ${nl(limits.tableCells)}. Splits de tabel, of zet de gegevens in een bron en verwijs ernaar.`,
        rule: 'limiet',
      });
    }
    table = undefined;
  };

  lines.forEach((raw, index) => {
    const line = firstLine + index;
    if (fence.test(raw)) inFence = !inFence;
    const prefix = containerPrefix.exec(raw)?.[0] ?? '';
    const text = raw.slice(prefix.length);
    if (prefix !== '') containerMarkers += prefix.replace(/[ \t]/g, '').replace(/\d+[.)]/g, '.').length;
    const blank = text.trim() === '';

    // A new paragraph-like unit starts after a blank line, at a list item or quote, a heading, and at every table row.
    if (blank || prefix !== '' || /^[ \t]*#/.test(text) || text.includes('|')) {
      unitMarkers = 0;
      unitLine = blank ? line + 1 : line;
    }
    if (!inFence && !thematicBreak.test(text)) {
      let markers = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        // An escaped marker (\*) is a plain character to the parser.
        if ((c === 42 || c === 95 || c === 126) && text.charCodeAt(i - 1) !== 92) markers++;
      }
      unitMarkers += markers;
      fileMarkers += markers;
      if (unitMarkers > limits.emphasisMarkersPerParagraph && reportedUnit !== unitLine) {
        reportedUnit = unitLine;
        issues.push({
          position: { line: unitLine, column: 1 },
          message: `Deze alinea heeft meer dan ${nl(limits.emphasisMarkersPerParagraph)} tekens * _ of ~ (voor vet, schuin of doorhalen); zoveel kan de site niet verwerken. Gebruik minder opmaak, of schrijf \\* en \\_ als u de tekens zelf bedoelt.`,
          rule: 'limiet',
        });
      }
    }

    // Tables: a delimiter row under a header row starts one; its rows run to the end of the block.
    if (blank) endTable();
    else if (table) table.rows++;
    else if (index > 0 && text.includes('-') && delimiterRow.test(text) && (text.includes('|') || lines[index - 1]!.includes('|'))) {
      const columns = text.replace(/^[ \t]*\|/, '').replace(/\|[ \t]*$/, '').split('|').length;
      table = { line: line - 1, columns, rows: 2 };
      if (columns > limits.tableColumns) {
        issues.push({
          position: { line: line - 1, column: 1 },
          message: `Deze tabel heeft ${nl(columns)} kolommen; de grens is ${limits.tableColumns}. Splits de tabel, of zet de gegevens in een bron en verwijs ernaar.`,
          rule: 'limiet',
        });
      }
    }
  });
  endTable();

  if (containerMarkers > limits.containerMarkersPerFile) {
    issues.push({
      position: { line: firstLine, column: 1 },
      message: `De tekst heeft ${nl(containerMarkers)} tekens voor citaten en lijsten (>, -, 1.) aan het begin van regels; de grens is ${nl(limits.containerMarkersPerFile)} per bestand. Nest minder diep, of splits de tekst over meer bijdragen.`,
      rule: 'limiet',
    });
  }
  let brackets = 0;
  for (let at = body.indexOf('['); at !== -1; at = body.indexOf('[', at + 1)) if (body.charCodeAt(at - 1) !== 92) brackets++;
  if (brackets > limits.bracketsPerFile) {
    issues.push({
      position: { line: firstLine, column: 1 },
      message: `De tekst heeft ${nl(brackets)} haken [ (voor links, afbeeldingen en voetnoten); de grens is ${nl(limits.bracketsPerFile)} per bestand. Splits de tekst over meer bijdragen, of schrijf \\[ als u het teken zelf bedoelt.`,
      rule: 'limiet',
    });
  }
  if (fileMarkers > limits.emphasisMarkersPerFile) {
    issues.push({
      position: { line: firstLine, column: 1 },
      message: `De tekst heeft ${nl(fileMarkers)} tekens * _ of ~ (voor vet, schuin of doorhalen); de grens is ${nl(limits.emphasisMarkersPerFile)} per bestand. Gebruik minder opmaak, of splits de tekst over meer bijdragen.`,
      rule: 'limiet',
    });
  }
  return issues;
}

export interface TreeInspection {
  issues: LimitIssue[];
  /** Images written through a reference definition (`![x][b]`), as the address they show, for the link check. */
  links: LinkInfo[];
}

/**
 * Limits and rules checked on the parsed tree, before rendering: how much
 * references expand, images through reference definitions (which render as
 * the definition's address, so they get the same check as `![x](address)`),
 * braces in the description of an image, which MDX drops without a word,
 * and personal data that only the page shows as such (markup between its
 * characters, a percent-escaped `mailto:` address; see personal-data.ts).
 * `source` is the text the tree was parsed from (its offsets point into it).
 */
export function inspectTree(tree: Root, source: string): TreeInspection {
  const issues: LimitIssue[] = [];
  const links: LinkInfo[] = [];
  const definitions = new Map<string, { url: string; size: number }>();
  const references: { node: Nodes & { identifier: string }; kind: 'link' | 'image' | 'footnote' }[] = [];
  const at = (node: Nodes): Position => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });

  const walk = (node: Nodes) => {
    switch (node.type) {
      case 'definition':
        if (!definitions.has(node.identifier)) definitions.set(node.identifier, { url: node.url, size: node.url.length + (node.title?.length ?? 0) });
        break;
      case 'linkReference':
        references.push({ node, kind: 'link' });
        break;
      case 'imageReference':
        references.push({ node, kind: 'image' });
        checkAlt(node);
        break;
      case 'footnoteReference':
        references.push({ node, kind: 'footnote' });
        break;
      case 'image':
        checkAlt(node);
        break;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };

  /** The description of an image as written (between `![` and `]`): a brace there is an MDX expression, silently dropped. */
  const checkAlt = (node: Nodes) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const written = source.slice(start, end);
    const label = written.slice(2, written.search(/\](?:[([]|$)/) === -1 ? undefined : written.search(/\](?:[([]|$)/));
    if (/(?<!\\)[{}]/.test(label)) {
      issues.push({
        position: at(node),
        message: 'Accolades { } in de beschrijving van een afbeelding worden niet getoond. Laat ze weg, of schrijf \\{ en \\} als u de tekens zelf bedoelt.',
        rule: 'alt-tekst',
      });
    }
  };

  walk(tree);
  for (const { position, finding } of findPersonalDataAsShown(tree, source)) issues.push({ position, message: describeFinding(finding), rule: 'persoonsgegevens' });

  let expansion = 0;
  let reported = false;
  for (const { node, kind } of references) {
    // A footnote reference adds a back-link to its note.
    const definition = definitions.get(node.identifier);
    expansion += kind === 'footnote' ? 100 : (definition?.size ?? 0);
    if (kind === 'image' && definition) links.push({ url: definition.url, kind: 'image', position: at(node) });
    if (!reported && expansion > limits.referenceExpansion) {
      reported = true;
      issues.push({
        position: at(node),
        message: `De verwijzingen naar linkdefinities ([tekst][naam]) en voetnoten maken de pagina samen meer dan ${nl(limits.referenceExpansion)} tekens langer; vanaf hier kan de site dat niet meer verwerken. Gebruik een definitie minder vaak, of een korter adres.`,
        rule: 'limiet',
      });
    }
  }
  return { issues, links };
}

/** Why a file or folder name is too long, or undefined. */
export function nameTooLong(name: string): string | undefined {
  if (name.length <= limits.nameLength) return undefined;
  return `De naam "${name.slice(0, 40)}…" is ${name.length} tekens lang; de grens is ${limits.nameLength}. Kies een kortere naam: de adressen van de pagina's en downloads worden ervan gemaakt.`;
}
