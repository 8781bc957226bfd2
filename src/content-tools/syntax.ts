/**
 * A unified plugin, used after remark-parse and remark-mdx: MDX made to accept
 * what people write in ordinary Markdown, and the parts of GitHub Flavored
 * Markdown that entries use. Nothing here evaluates anything: it only decides
 * how text is split into nodes, which the policy then checks.
 *
 * Accepted beyond MDX, each as CommonMark reads it:
 * - HTML comments `<!-- … -->`, as `html` nodes that the renderer drops;
 * - autolinks `<https://…>` and `<naam@domein.nl>`;
 * - `<br>` as HTML writes it (MDX wants `<br />`);
 * - a `<` that cannot start a tag (`5 < 6`, `a <- b`) as the character itself.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { autolink, htmlFlow, htmlText } from 'micromark-core-commonmark';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import type { Processor } from 'unified';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    /** A character looked at by a look-ahead, which keeps nothing. */
    lomLookahead: 'lomLookahead';
  }
}

const lessThan = 60;
/** A space or tab; micromark splits a tab into a tab code (-2) and virtual spaces (-1). Line endings are below -2. */
const isSpace = (code: Code) => code === 32 || code === -2 || code === -1;

/** Whether the character after a `<` can start a JSX tag, a closing tag or a fragment (or `<!`, which MDX refuses). */
function canStartTag(code: Code): boolean {
  if (code === null) return false;
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  // `$`, `_`, `/`, `>` and `!`.
  if (code === 36 || code === 95 || code === 47 || code === 62 || code === 33) return true;
  return code > 127 && /\p{ID_Start}/u.test(String.fromCodePoint(code));
}

/** A look-ahead: succeeds when the `<` here is followed by what `accept` allows, and consumes nothing (it is used in a check). */
const lookAfterLessThan = (accept: (code: Code) => boolean): Construct => ({
  partial: true,
  tokenize(effects, ok, nok) {
    return (code) => {
      if (code !== lessThan) return nok(code);
      effects.enter('lomLookahead');
      effects.consume(code);
      effects.exit('lomLookahead');
      return (next: Code) => (accept(next) ? ok(next) : nok(next));
    };
  },
});

/** A look-ahead for a fixed text, such as `<!--`. */
const lookFor = (text: string): Construct => ({
  partial: true,
  tokenize(effects, ok, nok) {
    let index = 0;
    const step: State = (code) => {
      if (index === text.length) return ok(code);
      if (code !== text.charCodeAt(index)) return nok(code);
      index++;
      effects.enter('lomLookahead');
      effects.consume(code);
      effects.exit('lomLookahead');
      return step;
    };
    return step;
  },
});

/** A construct tried only where `probe` succeeds, under its own name (MDX disables CommonMark's by name). */
function onlyWhere(probe: Construct, construct: Construct, name: string, before = true): Construct {
  const tokenize = construct.tokenize;
  return {
    ...construct,
    name,
    ...(before ? { add: 'before' as const } : {}),
    tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State) {
      return effects.check(probe, tokenize.call(this, effects, ok, nok), nok);
    },
  };
}

/**
 * `<br>`, `<br/>` or `<br />`, any case, as an `html` node: in running text,
 * or (`flow`) alone on its line. JSX would read `<br>` as an element that is
 * never closed.
 */
function lineBreakTag(flow: boolean): Construct {
  const type = flow ? ('htmlFlow' as const) : ('htmlText' as const);
  const data = flow ? ('htmlFlowData' as const) : ('htmlTextData' as const);
  return {
    name: flow ? 'lomBreakFlow' : 'lomBreakText',
    add: 'before',
    tokenize(effects, ok, nok) {
      const letter = (lower: number, next: State): State => (code) => {
        if (code !== lower && code !== lower - 32) return nok(code);
        effects.consume(code);
        return next;
      };
      const end: State = (code) => {
        if (!flow) {
          effects.exit(data);
          effects.exit(type);
          return ok(code);
        }
        if (isSpace(code)) {
          effects.consume(code);
          return end;
        }
        // On a line of its own, a row of them (`<br><br>`), which JSX would read as elements never closed.
        if (code === lessThan) {
          effects.consume(code);
          return letter(98, letter(114, afterName));
        }
        if (code !== null && code >= -2) return nok(code);
        effects.exit(data);
        effects.exit(type);
        return ok(code);
      };
      const close: State = (code) => {
        if (code !== 62) return nok(code);
        effects.consume(code);
        return end;
      };
      const afterName: State = (code) => {
        if (isSpace(code)) {
          effects.consume(code);
          return afterName;
        }
        if (code === 47) {
          effects.consume(code);
          return close;
        }
        return close(code);
      };
      return (code) => {
        if (code !== lessThan) return nok(code);
        effects.enter(type);
        effects.enter(data);
        effects.consume(code);
        return letter(98, letter(114, afterName));
      };
    },
  };
}

/** A look-ahead that succeeds where `probe` does and `unless` does not. */
const butNot = (probe: Construct, unless: Construct): Construct => ({
  partial: true,
  tokenize(effects, ok, nok) {
    return effects.check(unless, nok, effects.check(probe, ok, nok));
  },
});

/**
 * Makes MDX's JSX constructs (as remark-mdx added them) be tried only where a
 * `<` can start a tag, and not where it starts an autolink (which JSX would
 * read as a tag `<https:` and refuse, at the start of a line or list item):
 * elsewhere a `<` is the character itself.
 */
function literalLessThan(extensions: Extension[]) {
  // Under a name of its own: MDX disables CommonMark's autolink by name.
  const probe = butNot(lookAfterLessThan(canStartTag), { ...autolink, name: 'lomAutolinkAhead' });
  let found = 0;
  for (const extension of extensions) {
    for (const field of ['flow', 'text'] as const) {
      const map = extension[field] as Record<number, Construct | Construct[]> | undefined;
      const listed = map?.[lessThan];
      if (!map || !listed) continue;
      map[lessThan] = [listed].flat().map((construct) => {
        if (!construct.name?.startsWith('mdxJsx')) return construct;
        found++;
        return onlyWhere(probe, construct, construct.name, false);
      });
    }
  }
  if (found !== 2) throw new Error('remark-mdx no longer defines its JSX constructs as this code expects (one for blocks, one for text).');
}

const commentOpening = lookFor('<!--');
const autolinkOpening = lookAfterLessThan((code) => code !== null && ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57)));

/** The HTML that entries may write beyond MDX; see the top of this file. */
const ordinaryHtml: Extension = {
  flow: { [lessThan]: [onlyWhere(commentOpening, htmlFlow, 'lomCommentFlow'), lineBreakTag(true)] },
  text: { [lessThan]: [onlyWhere(commentOpening, htmlText, 'lomCommentText'), lineBreakTag(false), onlyWhere(autolinkOpening, autolink, 'lomAutolink')] },
};

/**
 * Lines after which a table could start: those whose next line has a `|` or
 * a `:`. A table's delimiter row always has one of the two, so trying to start
 * a table anywhere else can only fail; GFM's table syntax tries at every
 * line, which took a third of the time to parse a body.
 */
export function tableStartsOf(text: string): Set<number> {
  const starts = new Set<number>();
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1), line++) {
    const end = text.indexOf('\n', at + 1);
    const next = text.slice(at + 1, end === -1 ? text.length : end);
    if (next.includes('|') || next.includes(':')) starts.add(line);
  }
  return starts;
}

const stockTable = (gfmTable().flow as Record<string, Construct>).null;
if (!stockTable?.tokenize) throw new Error('micromark-extension-gfm-table no longer defines its construct as this code expects.');

/** GFM tables, attempted only on the lines in `starts` (see tableStartsOf); rows of a table already begun are always read. */
export function gfmTableWhereItCanStart(starts: ReadonlySet<number>): Extension {
  const inner = stockTable!.tokenize;
  return {
    flow: {
      null: {
        ...stockTable!,
        tokenize(effects, ok, nok) {
          const attempt = inner.call(this, effects, ok, nok);
          return (code) => (continuesTable(this) || starts.has(this.now().line) ? attempt(code) : nok(code));
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

/**
 * The plugin. Its parser is remark-parse's (one call of fromMarkdown with the
 * extensions the plugins registered), plus the table construct made for the
 * text being parsed, so that nothing about one text outlives its parse.
 */
export function ordinaryMarkdown(this: Processor) {
  const data = this.data();
  const extensions = (data.micromarkExtensions ??= []);
  literalLessThan(extensions);
  extensions.push(ordinaryHtml, gfmStrikethrough(), gfmFootnote());
  const mdastExtensions = (data.fromMarkdownExtensions ??= []);
  mdastExtensions.push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmFootnoteFromMarkdown());
  this.parser = (text) => fromMarkdown(text, { extensions: [...extensions, gfmTableWhereItCanStart(tableStartsOf(text))], mdastExtensions: mdastExtensions.flat() });
}
