/**
 * What the search index is given beyond a page's HTML as rendered (see
 * src/search-language.ts for the why): words of the other sense of a
 * conflated stem marked, and a hidden metadata field with the parts of the
 * page's compounds and the first terms of its synonyms. It also counts the
 * words of each language's pages, for the word list the search page loads
 * to suggest a spelling ("Bedoelde u …?") and to split compounds in a query.
 */
import fs from 'node:fs';
import path from 'node:path';
import { listEntryFiles, readContentFile } from '../content-tools/files.ts';
import { addressField, addressWords, abbreviationsOf, indexWords, markSenses, minCompoundLength, shortTitleField, titleFormsField, titlePartsField, titleWords, type Abbreviations } from '../shared/search-language.ts';
import { countCorpusText, countWords, noCorpusCounts, type CorpusCounts } from '../shared/corpus-counts.ts';

/** The hidden metadata field of compound parts and synonyms; the search page never shows it. */
export const extraWordsField = 'zoekwoorden';

/** How a word list is written: `[word, count]` pairs, most frequent first, as the search page reads them. */
export type WordList = [word: string, count: number][];

/** The word list of a language in the index folder. */
export const wordListFile = (lang: string) => `words.${lang}.json`;

/** Words that occur at least this often in the corpus are part of the lexicon and the word list. */
const minCount = 2;

/** Languages whose pages get Dutch senses, synonyms and compounds. */
const dutch = (lang: string) => lang.split('-')[0] === 'nl';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text of some HTML: tags dropped, character references decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, name: string) => {
      if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
      return entities[name.toLowerCase()] ?? whole;
    });
}

/** What the index learns from a corpus before the first page: the words compounds are split against, and the abbreviations it defines. */
export interface CorpusWords {
  lexicon: ReadonlySet<string>;
  abbreviations: Abbreviations;
}

/** Nothing learned: no compound is split and no abbreviation is known. */
export const noCorpusWords: CorpusWords = { lexicon: new Set(), abbreviations: new Map() };

/**
 * The corpus's words: every word of four letters or more in the content
 * files (front matter and body), besides the parts of the known compounds
 * (search-language.ts), and the abbreviations the files write out. They are
 * read before the first page renders, because each page is indexed the
 * moment it is. Only the files on the content root's list are read
 * (files.ts), as the check and the build read them: never a link, a hidden
 * file or anything else under the root.
 */
export function wordsOfContent(root: string): CorpusWords {
  return corpusWords((function* () {
    for (const file of listEntryFiles(root).files) yield readContentFile(file.absolute).toString('utf8');
  })());
}

/** The same for a folder of Markdown files that is not a content root (public documentation, in the benchmarks). */
export function wordsOfFiles(root: string): CorpusWords {
  if (!fs.existsSync(root)) return noCorpusWords;
  return corpusWords((function* () {
    for (const file of fs.readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[]) {
      const full = path.join(root, file);
      if (/\.mdx?$/.test(file) && fs.lstatSync(full).isFile()) yield fs.readFileSync(full, 'utf8');
    }
  })());
}

/** One file at a time, so that a large corpus is never held in memory whole. */
export function corpusWords(texts: Iterable<string>): CorpusWords {
  const counts = noCorpusCounts();
  for (const text of texts) countCorpusText(text, counts);
  return corpusWordsOf(counts);
}

/** The lexicon and abbreviations of a corpus's counts (neither depends on the order the files were counted in). */
export function corpusWordsOf(counts: CorpusCounts): CorpusWords {
  return { lexicon: lexiconOf(counts.words), abbreviations: abbreviationsOf(counts.abbreviations) };
}

/** Words of four letters or more, and of three that occur at least twice: the first part of a compound may have three (logbestanden). */
export function lexiconOf(counts: ReadonlyMap<string, number>): Set<string> {
  return new Set([...counts].filter(([word, count]) => word.length >= 4 || (word.length === 3 && count >= minCount)).map(([word]) => word));
}

/**
 * The HTML without the elements Pagefind leaves out of the text
 * (`data-pagefind-ignore`), each to its own closing tag: their words are not
 * the page's (lists of other entries, the hidden metadata).
 */
export function withoutIgnored(html: string): string {
  let out = html;
  for (let at = out.search(/<[a-z][^>]*\bdata-pagefind-ignore\b/); at !== -1; at = out.search(/<[a-z][^>]*\bdata-pagefind-ignore\b/)) {
    const tag = /^<([a-z][a-z0-9]*)/.exec(out.slice(at))![1]!;
    const nested = new RegExp(`<(/?)${tag}[\\s>/]`, 'g');
    nested.lastIndex = at + 1;
    let depth = 1;
    let end = out.length;
    for (let match = nested.exec(out); match; match = nested.exec(out)) {
      depth += match[1] ? -1 : 1;
      if (depth === 0) {
        end = out.indexOf('>', match.index) + 1;
        break;
      }
    }
    out = `${out.slice(0, at)} ${out.slice(end)}`;
  }
  return out;
}

const htmlLang = (html: string) => /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? '';

/** The title Pagefind gives a page: its first h1, else its `<title>`. */
function titleOf(html: string): string {
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1] ?? /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? '';
  return textOf(h1);
}

const hiddenField = (name: string, words: readonly string[]) => (words.length > 0 ? `<span data-pagefind-meta="${name}:${words.join(' ')}" hidden></span>` : '');

/**
 * The HTML Pagefind indexes: text and metadata attributes with words of the
 * other sense marked, and the hidden fields added inside the indexed
 * element: the page's other word forms, and those of its title (see
 * `titleWords` in search-language.ts). Also counts the page's words into its
 * language's counts.
 */
export function prepareForIndex(html: string, corpus: CorpusWords, counts: Map<string, Map<string, number>>, url = ''): string {
  const lang = htmlLang(html);
  const text = textOf(withoutIgnored(html));
  let languageCounts = counts.get(lang);
  if (!languageCounts) counts.set(lang, (languageCounts = new Map()));
  countWords(text, languageCounts);
  // Metadata such as the keywords is searched too.
  for (const [, value] of html.matchAll(/data-pagefind-meta="[^":]+:([^"]*)"/g)) countWords(textOf(value!), languageCounts);
  if (!dutch(lang)) return html;
  const titleText = titleOf(html);
  const title = titleWords(titleText, corpus.lexicon, corpus.abbreviations);
  const fields =
    hiddenField(addressField, addressWords(url, titleText, corpus.lexicon)) +
    hiddenField(extraWordsField, indexWords(text, corpus.lexicon, corpus.abbreviations)) +
    hiddenField(titleFormsField, title.forms) +
    hiddenField(titlePartsField, title.parts) +
    Object.entries(title.short).map(([length, words]) => hiddenField(shortTitleField(Number(length)), words)).join('');
  // The title keeps its own words: the parts of its compounds have a field of their own (titleWords), weighted less.
  const titleEnd = html.search(/<\/h1>/i);
  const marked = html
    // Text between tags, and after the title the compounds' parts.
    .replace(/>([^<]+)</g, (_, content: string, at: number) => `>${markSenses(content, at > titleEnd ? corpus.lexicon : undefined)}<`)
    // Metadata given in attributes, such as the keywords.
    .replace(/(data-pagefind-meta="[^":]+:)([^"]*)"/g, (_, start: string, value: string) => `${start}${markSenses(value)}"`);
  if (!fields) return marked;
  // Inside the indexed element, just before it closes: the body's last closing tag before </body>.
  const end = marked.lastIndexOf('</body>');
  const close = end === -1 ? -1 : marked.lastIndexOf('</', end - 1);
  return close === -1 ? marked : `${marked.slice(0, close)}${fields}${marked.slice(close)}`;
}

/**
 * Writes the word list of each language next to the index, most frequent
 * first: words that occur at least twice, and every long word, so that the
 * search page can tell a compound in the index from one that is not.
 */
export function writeWordLists(outputPath: string, counts: ReadonlyMap<string, ReadonlyMap<string, number>>): void {
  for (const [lang, words] of counts) {
    if (!lang) continue;
    const list: WordList = [...words]
      .filter(([word, count]) => (count >= minCount && word.length >= minCompoundLength / 2) || word.length >= minCompoundLength)
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
    fs.writeFileSync(path.join(outputPath, wordListFile(lang)), JSON.stringify(list));
  }
}
