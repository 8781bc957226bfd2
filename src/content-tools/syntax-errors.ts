/**
 * Turns the MDX parser's syntax errors, written in English for programmers,
 * into what a contributor can act on: a Dutch sentence, the place where the
 * problem starts (not where the parser noticed it), and, where the fix is
 * mechanical, the exact text to write instead. The parser's own wording never
 * reaches the contributor; it stays in the error's cause.
 */
import type { Position } from './problem.ts';

export interface ExplainedError {
  message: string;
  position: Position;
  /** The line whose block is left out before the rest of the body is read again. */
  blockLine: number;
  /** The rule broken, when it is not plain `mdx-syntax`. */
  rule?: string;
}

interface ParserMessage {
  reason?: string;
  ruleId?: string;
  source?: string;
  place?: { line?: number; column?: number; offset?: number; start?: { line: number; column: number; offset?: number } };
}

const longest = 70;

/** A stretch of one line around a column, short enough to read in a message. */
function excerpt(line: string, column: number): string {
  if (line.length <= longest) return line.trim();
  const from = Math.max(0, Math.min(column - 1 - longest / 2, line.length - longest));
  return `${from > 0 ? '…' : ''}${line.slice(from, from + longest).trim()}${from + longest < line.length ? '…' : ''}`;
}

/** The line with every brace that is not yet escaped written as `\{` or `\}`. */
const escapeBraces = (line: string) => line.replace(/(?<!\\)([{}])/g, '\\$1');

/** The offset of the `{` that opens the expression around an offset: the nearest unescaped one before it that is not closed. */
function openingBrace(text: string, offset: number): number | undefined {
  let depth = 0;
  for (let i = Math.min(offset, text.length - 1); i >= 0; i--) {
    const char = text[i];
    if ((char !== '{' && char !== '}') || text[i - 1] === '\\') continue;
    if (char === '}') depth++;
    else if (depth === 0) return i;
    else depth--;
  }
  return undefined;
}

export function explainSyntaxError(cause: unknown, text: string, firstLine: number): ExplainedError {
  const error = (cause ?? {}) as ParserMessage;
  const reason = error.reason ?? String(cause);
  const place = error.place && 'start' in error.place && error.place.start ? error.place.start : (error.place as { line?: number; column?: number; offset?: number } | undefined);
  const lines = text.split('\n');
  const lineStarts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += lines[i]!.length + 1, i++) lineStarts.push(at);
  const positionOf = (offset: number): Position => {
    let line = lineStarts.length - 1;
    while (line > 0 && lineStarts[line]! > offset) line--;
    return { line: line + 1, column: offset - lineStarts[line]! + 1 };
  };
  const reported: Position = { line: place?.line ?? firstLine, column: place?.column ?? 1 };
  const lineText = (line: number) => lines[line - 1] ?? '';
  const at = (position: Position, message: string): ExplainedError => ({ message, position, blockLine: position.line });

  // An element opened and never closed: the parser notices at the end of its block, and names where it was opened.
  const voidElements: Record<string, string> = {
    hr: 'zet voor een scheidingslijn --- op een eigen regel, met een lege regel erboven',
    img: 'schrijf een afbeelding in Markdown, ![wat er te zien is](/adres)',
    wbr: 'laat het weg; lange woorden worden vanzelf afgebroken',
    input: 'een bijdrage bevat alleen tekst, geen formulieren; haal het weg',
    link: 'schrijf een link in Markdown, [tekst](adres)',
    meta: 'haal het weg; gegevens over de bijdrage staan in de front matter',
    source: 'haal het weg; een bijdrage bevat geen video of geluid',
    embed: 'haal het weg; een bijdrage bevat alleen tekst',
    area: 'haal het weg',
    col: 'schrijf een tabel in Markdown, met | tussen de kolommen',
  };
  const unclosed = /^Expected a closing tag for `<([^>`]*)>` \((\d+):(\d+)-/.exec(reason);
  if (unclosed) {
    const [, name = '', line, column] = unclosed;
    const opened = { line: Number(line), column: Number(column) };
    // An HTML element that is never closed (<hr>, <img>): a closing tag would be wrong advice; say what to write instead.
    const instead = Object.hasOwn(voidElements, name.toLowerCase()) ? voidElements[name.toLowerCase()] : undefined;
    if (instead) return at(opened, `<${name}> wordt hier niet gebruikt: ${instead}. Bedoelt u de tekens zelf, schrijf dan &lt;${name}>.`);
    return at(
      opened,
      `<${name}> wordt niet afgesloten. Zet </${name}> achter de tekst die erbij hoort (in dezelfde alinea, of voor een onderdeel over meer alinea's op een eigen regel). Bedoelt u de tekens zelf, schrijf dan &lt;${name}>.`,
    );
  }
  const mismatch = /^Unexpected closing tag `<\/([^>`]*)>`, expected corresponding closing tag for `<([^>`]*)>` \((\d+):(\d+)-/.exec(reason);
  if (mismatch) {
    const [, closing = '', open = '', line] = mismatch;
    return at(reported, `</${closing}> sluit niet wat hier open staat: eerst moet <${open}> (regel ${line}) worden afgesloten met </${open}>. Sluit onderdelen in omgekeerde volgorde af, bijvoorbeeld <b><i>tekst</i></b>.`);
  }
  if (/^Unexpected closing slash `\/` in tag, expected an open tag first/.test(reason)) {
    const tag = /^<\/[^>\s]*>?/.exec(lineText(reported.line).slice(Math.max(0, reported.column - 2)))?.[0] ?? '</…>';
    return at({ line: reported.line, column: Math.max(1, reported.column - 1) }, `${tag} sluit een onderdeel dat hier niet geopend is. Haal het weg, of schrijf &lt; als u het teken zelf bedoelt.`);
  }
  if (/^Unexpected lazy line/.test(reason)) {
    return at(reported, 'Een onderdeel in een citaat of lijst loopt door op een regel zonder > of inspringing ervoor. Zet > (in een citaat) of spaties (in een lijst) ook voor die regel, of laat er een lege regel tussen.');
  }

  // Braces: an expression that is not closed, or that is not JavaScript (MDX reads everything between braces as code).
  if (error.source === 'micromark-extension-mdx-expression' || /expression|acorn|brace/i.test(reason)) {
    const offset = place?.offset ?? lineStarts[reported.line - 1] ?? 0;
    const brace = openingBrace(text, Math.max(0, offset - (/end of file/.test(reason) ? 1 : 0)));
    const position = brace === undefined ? reported : positionOf(brace);
    const line = lineText(position.line);
    const rest = line.slice(position.column - 1);
    if (/^\{:?[ \t]*[.#][\w-]/.test(rest) || /^\{:[^}]*\}/.test(rest)) {
      const list = /^\{[^}]*\}?/.exec(rest)?.[0] ?? '{…}';
      return { ...at(position, `${list} is een attributenlijst (van mkdocs of Python-Markdown): die wordt hier niet gebruikt, en MDX leest accolades als code. Haal ${list} weg.`), rule: 'ander-dialect' };
    }
    return at(
      position,
      `MDX leest alles tussen accolades { } als code, en dat is niet toegestaan. Bedoelt u de accolades zelf, schrijf dan \\{ en \\}: ${excerpt(escapeBraces(line), position.column)}`,
    );
  }
  if (/^Could not parse import\/exports/.test(reason) || error.source === 'micromark-extension-mdxjs-esm') {
    return at(reported, 'Een regel die begint met import of export wordt gelezen als code, en dat is niet toegestaan: een bijdrage bevat alleen tekst. Begin de zin anders.');
  }

  // A `<` that starts a tag the parser cannot read.
  const lessThan = text.lastIndexOf('<', (place?.offset ?? 0));
  const tagStart = lessThan === -1 ? reported : positionOf(lessThan);
  const fromTag = lineText(tagStart.line).slice(tagStart.column - 1);
  if (/before name/.test(reason) && fromTag.startsWith('<!--')) {
    return at(tagStart, 'Dit HTML-commentaar wordt niet afgesloten: zet --> aan het eind van de opmerking.');
  }
  if (/before name/.test(reason) && fromTag.startsWith('<!')) {
    return at(tagStart, `${excerpt(fromTag, 1).slice(0, 20)} is niet toegestaan in de tekst: alleen commentaar (<!-- … -->) mag. Bedoelt u de tekens zelf, schrijf dan &lt;!.`);
  }
  if (/before attribute value/.test(reason)) {
    return at(reported, 'De waarde van een attribuut staat tussen aanhalingstekens, zoals title="Kop".');
  }
  if (/in attribute value/.test(reason)) {
    return at(reported, 'Een waarde tussen aanhalingstekens wordt niet afgesloten: zet er ook een " achter.');
  }
  const tag = /^<[^\s>]*/.exec(fromTag)?.[0] ?? '<';
  return at(
    tagStart,
    `${tag}${fromTag.startsWith(`${tag}>`) ? '>' : ''} kan niet worden gelezen als onderdeel. Bedoelt u de tekens zelf, schrijf dan &lt; in plaats van <: ${excerpt(lineText(tagStart.line).replace(/</g, '&lt;'), tagStart.column)}`,
  );
}
