/**
 * What the search knows of Dutch beyond Pagefind's stemmer, defined once and
 * used both when the index is built (src/integrations/search-index.ts) and
 * when the search page turns a query into Pagefind searches
 * (src/client/search/engine.ts). Plain code: no Node, no DOM.
 *
 * - Word senses. The Dutch Snowball stemmer reduces ouders (parents) and
 *   ouderen (the elderly) to the same stem, "ouder", and weten (to know) to
 *   "wet" (law). Pagefind stores only stems, so no ranking option can tell
 *   them apart afterwards. Words of the other sense are therefore written
 *   into the index with a marker in front (`xqouderen`), which stems to a
 *   word of its own; a query for that sense gets the same marker, and the
 *   search page removes the marker from titles and excerpts.
 * - Synonyms. Community and organisation names, their older terms and
 *   common misspellings: a page that uses any term of a group also gets the
 *   group's first term as a hidden search word, and a query with any other
 *   term of the group is also searched with the first.
 * - Compounds. Dutch writes compounds as one word (datakwaliteit). A word is
 *   split into words that occur on their own in the corpus, joined directly
 *   or with a linking s, e or en (kwaliteit-s-verbetering); the parts become
 *   hidden search words of the page, so that "kwaliteit" finds datakwaliteit,
 *   and a query word that splits is also searched as its parts, so that
 *   "datakwaliteit" finds "kwaliteit van data".
 */

/** A word as the search compares words: lower case, without diacritics. */
export function normalWord(word: string): string {
  // Most words are plain ASCII, which decomposing leaves as it is: they are only lowered.
  return nonAscii.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() : word.toLowerCase();
}

const nonAscii = /[^\x00-\x7f]/;

/** Letters and digits, as Pagefind splits text into words (a hyphen joins the parts of one word). */
const wordPattern = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

export function wordsOf(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

// ---------------------------------------------------------------------------
// Word senses

/**
 * Words whose stem is also the stem of an unrelated, more searched word:
 * ouders (parents) against oudere, ouderen, ouderdom and their compounds,
 * also where ouderen is the last part (migrantenouderen: the elderly), wet and wetten (law) against weten and wetenschap (to know,
 * science), taal (stem "tal") against talent. Matched on the normal form.
 */
const otherSense = /^(?:oudere|\p{L}*ouderen\p{L}*|ouderdom\p{L}*|ouderwets\p{L}*|weten|wetend|wetens\p{L}*|wetenschap\p{L}*|talent\p{L}*)$/u;

/** Written in front of a word of the other sense; no Dutch or English word starts with it. */
const marker = 'xq';
const markedWord = /(?<![\p{L}\p{N}])(xq|Xq|XQ)(\p{L}+)/gu;

export function isOtherSense(word: string): boolean {
  return otherSense.test(normalWord(word));
}

/**
 * The word with the marker, as the index holds it. Pagefind splits a word
 * with a capital after its first letter (camelCase) into parts, so the case
 * of the word moves into the marker: ouderen → xqouderen, Ouderen →
 * Xqouderen, OUDEREN → XQOUDEREN.
 */
function marked(word: string): string {
  if (word.length > 1 && word === word.toUpperCase()) return `${marker.toUpperCase()}${word}`;
  if (word[0] !== word[0]!.toLowerCase()) return `X${marker.slice(1)}${word.toLowerCase()}`;
  return `${marker}${word}`;
}

/** The word as the index holds it: marked when it is of the other sense. */
export function markSense(word: string): string {
  return isOtherSense(word) ? marked(word) : word;
}

/**
 * "Ouder" is also the comparative of oud: "55 jaar en ouder", "ouder dan",
 * "ouder worden". There it is of the other sense too.
 */
const olderThan = /(?<=\b(?:\d+|jaar|jaren)\s+(?:en|of)\s+)ouder\b|\bouder(?=\s+(?:dan|worden|wordt|werden|geworden)\b)/giu;

/**
 * Marks every word of the other sense in a text; with a lexicon, in the same
 * pass, also joins the parts of its compounds (`withJoints`), except in a
 * hyphenated word, which Pagefind splits itself.
 */
export function markSenses(text: string, lexicon?: ReadonlySet<string>): string {
  return text.replace(olderThan, marked).replace(/[\p{L}\p{N}]+/gu, (word: string, at: number, whole: string) => {
    const sense = markSense(word);
    if (sense !== word || !lexicon || word.length < minCompoundLength || whole[at - 1] === '-' || whole[at + word.length] === '-') return sense;
    return withJoints(word, lexicon);
  });
}

/** The text as written, from the text as indexed: for titles and excerpts. */
export function unmarkSenses(text: string): string {
  return text.replace(markedWord, (whole, mark: string, word: string) => {
    const normal = normalWord(word);
    if (!otherSense.test(normal) && normal !== 'ouder') return whole;
    if (mark === 'Xq') return word[0]!.toUpperCase() + word.slice(1);
    return word;
  });
}

// ---------------------------------------------------------------------------
// Synonyms

/**
 * Groups of terms that mean the same thing to a searcher. The first term of
 * each group is the one the index adds to a page that uses any of them.
 * Single words match in any inflection listed; phrases match as written.
 * Keyed by the id in src/vocabularies.ts where there is one.
 */
export const synonymGroups: Record<string, readonly string[]> = {
  // Communities (vocabularies.ts: communities).
  molukse: ['molukse', 'moluks', 'molukkers', 'molukker', 'molukken', 'molukse nederlanders', 'ambonezen', 'molluks', 'mollukse', 'mollukkers', 'molukers'],
  chinese: ['chinese', 'chinezen', 'chinees', 'chinese nederlanders', 'chineese'],
  caribische: ['caribische', 'caribisch', 'caribische nederlanders', 'antillianen', 'antilliaanse', 'antilliaans', 'antilliaan', 'antilianen', 'antiliaanse', 'arubanen', 'arubaanse', 'curacaoenaars', 'curacaose', 'caraibische', 'carabische'],
  surinaamse: ['surinaamse', 'surinaams', 'surinamers', 'surinamer', 'surinaamse nederlanders', 'hindostaanse', 'hindostanen', 'hindoestaanse', 'creoolse', 'surinamse', 'surinaamsche'],
  vluchtelingen: ['vluchtelingen', 'vluchteling', 'statushouders', 'statushouder', 'vergunninghouders', 'vluchtelinge', 'vluchtelingenorganisaties'],
  turkse: ['turkse', 'turks', 'turken', 'turk', 'turkse nederlanders', 'turske'],
  marokkaanse: ['marokkaanse', 'marokkaans', 'marokkanen', 'marokkaan', 'marokkaanse nederlanders', 'marrokaanse', 'marokaanse', 'marrokkaanse', 'marrokanen', 'marokanen', 'marrokaans', 'marokaans'],
  'zuid-europese': ['zuid-europese', 'zuid-europeanen', 'zuideuropese', 'spaanse', 'portugese', 'italiaanse', 'griekse', 'kaapverdische', 'kaapverdianen'],
  'midden-en-oost-europese': ['oost-europeanen', 'oost-europese', 'midden- en oost-europeanen', 'poolse', 'polen', 'bulgaarse', 'roemeense', 'arbeidsmigranten', 'eu-arbeidsmigranten'],
  // Older and other terms for people with a migration background.
  migranten: ['migranten', 'migrant', 'allochtonen', 'allochtone', 'allochtoon', 'migratieachtergrond', 'etnische minderheden', 'minderheden', 'alochtone', 'allochtonen'],
  // The organisations of the LOM, by the ids of their entries: abbreviation and name.
  buat: ['buat', 'platform van molukkers'],
  ioc: ['ioc', 'inspraakorgaan chinezen'],
  ocan: ['ocan', 'overlegorgaan caribische nederlanders'],
  sio: ['sio', 'surinaams inspraak orgaan', 'surinaams inspraakorgaan'],
  von: ['von', 'vluchtelingen-organisaties nederland', 'vluchtelingenorganisaties nederland'],
  iot: ['iot', 'inspraakorgaan turken'],
  smn: ['smn', 'samenwerkingsverband marokkaanse nederlanders'],
  noom: ['noom', 'netwerk van organisaties van oudere migranten'],
  lom: ['lom', 'landelijk overleg minderheden', 'wom', 'wet overleg minderhedenbeleid'],
};

interface Synonyms {
  /** The first term of the group of each single word. */
  words: Map<string, string>;
  /** Phrases of several words, longest first, with the first term of their group. */
  phrases: { words: string[]; first: string }[];
}

function compileSynonyms(groups: Record<string, readonly string[]>): Synonyms {
  const words = new Map<string, string>();
  const phrases: Synonyms['phrases'] = [];
  for (const terms of Object.values(groups)) {
    const first = terms[0]!;
    for (const term of terms) {
      const parts = wordsOf(normalWord(term));
      if (parts.length === 1) words.set(parts[0]!, first);
      else phrases.push({ words: parts, first });
    }
  }
  phrases.sort((a, b) => b.words.length - a.words.length);
  return { words, phrases };
}

const synonyms = compileSynonyms(synonymGroups);

/** The first terms of the groups whose terms occur in a list of normal words. */
export function synonymsIn(words: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const [i, word] of words.entries()) {
    const first = synonyms.words.get(word);
    if (first) found.add(first);
    for (const phrase of synonyms.phrases) {
      if (phrase.words.every((part, j) => words[i + j] === part)) found.add(phrase.first);
    }
  }
  return found;
}

// ---------------------------------------------------------------------------
// Compounds

/** Short words that are not parts of a compound in the sense a searcher means (onderwijs is not "onder wijs"). */
const notParts = new Set(['onder', 'over', 'door', 'voor', 'tegen', 'naar', 'terug', 'samen', 'achter', 'boven', 'binnen', 'buiten', 'mede', 'weer', 'heel', 'half', 'zelf', 'alle', 'even', 'deze', 'door', 'zijn', 'hebben', 'worden', 'maken', 'ander', 'andere', 'eigen', 'veel', 'meer', 'niet', 'geen', 'ook', 'maar', 'want', 'dat', 'die', 'wat', 'wie', 'hoe', 'waar', 'toe', 'mee', 'uit', 'aan', 'bij', 'wel', 'vast', 'goed', 'groot', 'klein', 'lang', 'nieuw', 'heid', 'baar', 'lijk', 'lijke', 'ing', 'ende', 'isch', 'ische',
  // Three letters: function words, particles and prefixes (netwerken is not "net werken", commissie not "com missie").
  'van', 'met', 'een', 'het', 'den', 'der', 'des', 'ten', 'ter', 'dan', 'als', 'tot', 'per', 'nog', 'zij', 'wij', 'hun', 'ons', 'net', 'weg', 'pas', 'ver', 'her', 'ont', 'mis', 'com', 'con', 'pro', 'pre', 'non', 'dis']);

const minPart = 4;
/** A first part may be shorter (log|bestanden, web|pagina), when the corpus writes it as a word of its own (`lexiconOf`). */
const minHead = 3;
const links = ['', 's', 'e', 'en'];

/**
 * Compounds of the vocabularies and of what readers search for, with their
 * parts: split the same way in every corpus, also where a part never occurs
 * on its own. Other compounds are split against the corpus's own words.
 */
export const knownCompounds: readonly string[] = [
  'jeugd|werkloosheid', 'ouder|betrokkenheid', 'ouder|participatie', 'ouder|avond', 'ouder|platform', 'ouder|organisaties',
  'schuld|hulpverlening', 'hulp|verlening', 'schuld|hulp', 'data|kwaliteit', 'ouderen|zorg', 'ouderen|werk', 'ouderen|beleid', 'ouderen|bond',
  'migranten|ouders', 'migranten|organisaties', 'zelf|organisaties', 'taal|les', 'taal|lessen', 'taal|achterstand', 'opvoedings|ondersteuning',
  'opvoed|ondersteuning', 'gezins|begeleiding', 'leeftijds|groep', 'arbeids|markt', 'arbeids|migranten', 'werk|gelegenheid', 'armoede|bestrijding',
  'gezondheids|zorg', 'huiselijk|geweld', 'vrijwilligers|werk', 'sleutel|figuren', 'sleutel|figuur', 'buurt|moeders', 'wijk|teams',
];

const known = new Map(knownCompounds.map((entry) => [entry.replaceAll('|', ''), entry.split('|')]));

/** The parts of the known compounds, and the words they join into: words of every lexicon. */
export const baseLexicon: ReadonlySet<string> = new Set(knownCompounds.flatMap((entry) => {
  const parts = entry.split('|');
  return [...parts, ...parts.map((_, i) => parts.slice(i).join(''))];
}));

/**
 * Longer than any compound a text holds or a reader types (the longest in
 * Dutch dictionaries have about 50 letters). A longer run of letters is a
 * code or junk, and is not split: trying its splits costs time that grows
 * with a high power of its length (one word of 2,000 letters, against a
 * lexicon of its own first letters, took 15 s).
 */
const maxCompoundLength = 60;

/**
 * The words a compound is made of, largest first part first, or undefined
 * when the word does not split into words of the lexicon. The lexicon holds
 * normal words that occur on their own in the corpus.
 */
export function splitCompound(word: string, lexicon: ReadonlySet<string>): string[] | undefined {
  const listed = known.get(word);
  if (listed) return listed;
  if (word.length > maxCompoundLength) return undefined;
  const has = (w: string) => lexicon.has(w) || baseLexicon.has(w);
  // Every tail is the end of the word: its split at a depth is worked out once, however many heads lead to it.
  const tried = new Map<number, string[] | undefined>();
  const splitFrom = (start: number, depth: number): string[] | undefined => {
    const key = start * 8 + depth;
    if (tried.has(key)) return tried.get(key);
    const part = word.slice(start);
    let found = known.get(part);
    if (!found && depth <= 3 && part.length >= minHead + minPart) {
      search: for (let end = part.length - minPart; end >= (start === 0 ? minHead : minPart); end--) {
        const head = part.slice(0, end);
        if (!has(head) || notParts.has(head)) continue;
        for (const link of links) {
          if (!part.startsWith(link, end)) continue;
          const tail = part.slice(end + link.length);
          if (tail.length < minPart) continue;
          if (has(tail) && !notParts.has(tail)) {
            found = [head, tail];
            break search;
          }
          const rest = splitFrom(start + end + link.length, depth + 1);
          if (rest) {
            found = [head, ...rest];
            break search;
          }
        }
      }
    }
    tried.set(key, found);
    return found;
  };
  return splitFrom(0, 0);
}

/** Every part of a compound, also the parts of its parts' compounds (schuld, hulpverlening, hulp, verlening). */
export function compoundParts(word: string, lexicon: ReadonlySet<string>): string[] {
  const parts = splitCompound(word, lexicon);
  if (!parts) return [];
  const all = new Set<string>();
  for (const part of parts) {
    all.add(part);
    for (const inner of compoundParts(part, lexicon)) all.add(inner);
  }
  all.delete(word);
  return [...all];
}

/**
 * Written between the parts of a compound in the text the index reads
 * (log~bestanden). Pagefind indexes a word with punctuation inside it whole
 * and as each of its parts, at the word's place, each part with its share of
 * the word's weight, as it does for a hyphenated word (AI-geletterdheid: ai,
 * geletterdheid). Dutch writes its compounds closed, so without the joint a
 * part counts only as the start of a longer word, which `termSimilarity`
 * all but ignores ("logging" against a page that writes logbestanden and
 * loginformatie), and a last part not at all. `markSenses` writes the joints
 * and the search page removes them from excerpts (`asWritten`).
 */
const joint = '~';
const jointBetweenLetters = /(?<=\p{L})~(?=\p{L})/gu;

const jointsCache = new WeakMap<ReadonlySet<string>, Map<string, string>>();

/** A word with the joints between its compound's parts, or the word itself when it is no compound of the lexicon's words. */
function withJoints(word: string, lexicon: ReadonlySet<string>): string {
  let cache = jointsCache.get(lexicon);
  if (!cache) jointsCache.set(lexicon, (cache = new Map()));
  const known = cache.get(word);
  if (known !== undefined) return known;
  let out = word;
  const normal = normalWord(word);
  const parts = normal.length === word.length && !isOtherSense(normal) ? splitCompound(normal, lexicon) : undefined;
  if (parts && !parts.some(isOtherSense)) {
    // Each part from where it starts; a linking s, e or en stays with the part before it (kwaliteits~verbetering).
    const starts: number[] = [];
    let at = 0;
    for (const part of parts) {
      const start = normal.indexOf(part, at);
      if (start < 0 || start - at > 2) break;
      starts.push(start);
      at = start + part.length;
    }
    if (starts.length === parts.length && at === normal.length) out = starts.map((start, i) => word.slice(i === 0 ? 0 : start, starts[i + 1] ?? word.length)).join(joint);
  }
  cache.set(word, out);
  return out;
}

/** A text of the index as written: without the sense markers and the joints of compounds. */
export function asWritten(text: string): string {
  return unmarkSenses(text).replace(jointBetweenLetters, '');
}

// ---------------------------------------------------------------------------
// Verb forms

/** Prefixes that make a past participle without ge- (bewaard, verwerkt, ontworpen is irregular and left alone). */
const participlePrefix = /^(?:ge|be|ver|ont|her|er)/;

/**
 * The infinitive of a regular past participle, when the corpus has it: the
 * Dutch stemmer leaves gearchiveerd and archiveren apart. The participle is
 * ge- (or be-, ver-, ont-, her-, er-, which keep their prefix) with the verb's
 * stem and -d or -t, also inflected with -e (gearchiveerde); the stem's long
 * vowel is written single before -en (archiveer → archiveren, maak → maken),
 * and a final f or s may be v or z (geleefd → leven, gereisd → reizen).
 */
export function infinitiveOf(word: string, lexicon: ReadonlySet<string>): string | undefined {
  const participle = /^(\p{L}{5,})[dt]e?$/u.exec(word)?.[1];
  const prefix = participle && participlePrefix.exec(participle)?.[0];
  if (!participle || !prefix) return undefined;
  // A stem that ends in d or t takes no second one (getest, geantwoord).
  const whole = word.replace(/e$/, '');
  const stems = prefix === 'ge' ? [participle.slice(2), whole.slice(2), participle, whole] : [participle, whole];
  for (const stem of stems) {
    if (stem.length < 3) continue;
    const single = stem.replace(/([aeou])\1([^aeiou])$/, '$1$2');
    for (const base of new Set([stem, single, single.replace(/f$/, 'v').replace(/s$/, 'z')])) {
      const infinitive = `${base}en`;
      if (infinitive !== word && lexicon.has(infinitive)) return infinitive;
    }
  }
  return undefined;
}

/**
 * The nouns of a verb in -eren and the verb of such a noun, when the corpus
 * has them: the stemmer keeps discrimineren, discriminatie and
 * discriminering apart (registreren, registratie; archiveren, archivering).
 */
export function derivedForms(word: string, lexicon: ReadonlySet<string>): string[] {
  const base = /^(\p{L}{4,})(?:eren|atie|ering)$/u.exec(word)?.[1];
  if (!base) return [];
  return [`${base}eren`, `${base}atie`, `${base}ering`].filter((form) => form !== word && lexicon.has(form));
}

// ---------------------------------------------------------------------------
// Abbreviations the corpus defines

/** Words that an abbreviation's letters skip: "Impact Assessment Mensenrechten en Algoritmes (IAMA)". */
const skippedInAbbreviation = new Set(['en', 'van', 'de', 'het', 'der', 'voor', 'bij', 'in', 'op', 'inzake', 'met', 'of', 'the', 'and', 'for', 'on']);

/**
 * Abbreviations as the corpus writes them out: a name with its abbreviation
 * in brackets ("Algemene verordening gegevensbescherming (AVG)") or the other
 * way round ("AVG (Algemene verordening gegevensbescherming)"), where the
 * abbreviation is the first letters of the name's words. Keyed by the
 * abbreviation in normal form, with the name's normal words; a name written
 * most often wins. Only what the pages themselves define: no list of our own.
 */
export type Abbreviations = ReadonlyMap<string, readonly string[]>;

/** An abbreviation in brackets after its name, and an abbreviation followed by its name in brackets. */
const bracketed = /\(\s*(\p{Lu}{3,8})\s*\)/gu;
const abbreviated = /(?<![\p{L}\p{N}])(\p{Lu}{3,8})\s*\(([^()]{1,600})\)/gu;
const nameWord = /^\p{L}[\p{L}-]*$/u;

const space = /\s/;

/**
 * The words just before `end`: at most eight, back to the first that is not
 * a word of at most 60 letters. Read backwards from the bracket, so that each
 * bracket costs only the words it reads, whatever the text around it.
 */
function wordsBefore(text: string, end: number): string[] {
  const words: string[] = [];
  let at = end;
  while (words.length < 8) {
    while (at > 0 && space.test(text[at - 1]!)) at--;
    let start = at;
    while (start > 0 && at - start <= maxCompoundLength && !space.test(text[start - 1]!)) start--;
    if (start === at || (start > 0 && !space.test(text[start - 1]!))) break;
    // Markup or punctuation before a word ends the name there: "**User Centered Design (UCD)".
    const [, before, word] = /^([^\p{L}]*)(.*)$/su.exec(text.slice(start, at))!;
    if (!nameWord.test(word!)) break;
    words.unshift(word!);
    if (before) break;
    at = start;
  }
  return words;
}

/** The name's last words whose first letters spell the abbreviation, or undefined. */
function nameOf(words: string[], letters: string, fromEnd: boolean): string[] | undefined {
  const normal = words.map(normalWord);
  const count = (ws: string[]) => ws.filter((w) => !skippedInAbbreviation.has(w)).length;
  for (let n = 2; n <= normal.length; n++) {
    const name = fromEnd ? normal.slice(-n) : normal.slice(0, n);
    if (count(name) !== letters.length) continue;
    if (skippedInAbbreviation.has(name[0]!) || skippedInAbbreviation.has(name.at(-1)!)) continue;
    const initials = name.filter((w) => !skippedInAbbreviation.has(w)).map((w) => w[0]).join('');
    return initials === letters ? name : undefined;
  }
  return undefined;
}

/** Counts the abbreviations a text defines into `counts` (abbreviation → name → times). */
export function countAbbreviations(text: string, counts: Map<string, Map<string, number>>): void {
  const add = (abbreviation: string, name: string[] | undefined) => {
    if (!name) return;
    const key = normalWord(abbreviation);
    const names = counts.get(key) ?? new Map<string, number>();
    counts.set(key, names);
    names.set(name.join(' '), (names.get(name.join(' ')) ?? 0) + 1);
  };
  for (const match of text.matchAll(bracketed)) add(match[1]!, nameOf(wordsBefore(text, match.index), normalWord(match[1]!), true));
  for (const [, abbreviation, inside] of text.matchAll(abbreviated)) {
    const words = inside!.trim().split(/\s+/);
    if (words.length >= 2 && words.length <= 8 && words.every((word) => nameWord.test(word))) add(abbreviation!, nameOf(words, normalWord(abbreviation!), false));
  }
}

/** Each abbreviation with the name written most often (the first of equals in sort order). */
export function abbreviationsOf(counts: ReadonlyMap<string, ReadonlyMap<string, number>>): Abbreviations {
  const out = new Map<string, readonly string[]>();
  for (const [abbreviation, names] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [name] = [...names].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))[0]!;
    out.set(abbreviation, name.split(' '));
  }
  return out;
}

/** For each abbreviation in a list of normal words its name, and for each name its abbreviation. */
function abbreviationsIn(words: readonly string[], abbreviations: Abbreviations): Set<string> {
  const found = new Set<string>();
  if (abbreviations.size === 0) return found;
  const byFirst = namesByFirstWord(abbreviations);
  for (const [i, word] of words.entries()) {
    for (const part of abbreviations.get(word) ?? []) found.add(part);
    for (const { name, abbreviation } of byFirst.get(word) ?? []) {
      if (name.every((part, j) => words[i + j] === part)) found.add(abbreviation);
    }
  }
  return found;
}

/** The words with each name the corpus abbreviates replaced by its abbreviation: a title that is a name counts as one word. */
function withAbbreviations(words: readonly string[], abbreviations: Abbreviations): string[] {
  const byFirst = namesByFirstWord(abbreviations);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const found = (byFirst.get(words[i]!) ?? []).find(({ name }) => name.every((part, j) => words[i + j] === part));
    out.push(found?.abbreviation ?? words[i]!);
    if (found) i += found.name.length - 1;
  }
  return out;
}

const byFirstCache = new WeakMap<Abbreviations, Map<string, { name: readonly string[]; abbreviation: string }[]>>();

function namesByFirstWord(abbreviations: Abbreviations) {
  let byFirst = byFirstCache.get(abbreviations);
  if (byFirst) return byFirst;
  byFirst = new Map();
  for (const [abbreviation, name] of abbreviations) {
    const list = byFirst.get(name[0]!) ?? [];
    list.push({ name, abbreviation });
    byFirst.set(name[0]!, list);
  }
  byFirstCache.set(abbreviations, byFirst);
  return byFirst;
}

// ---------------------------------------------------------------------------
// What the index adds to a page

/** Words shorter than this are never split or suggested: too many short words are each other's neighbours. */
export const minCompoundLength = 2 * minPart;

/**
 * The hidden search words of a page's text: the parts of its compounds and
 * the first terms of its synonyms, each written as the index writes words
 * (with the sense marker), once.
 */
export function indexWords(text: string, lexicon: ReadonlySet<string>, abbreviations: Abbreviations = new Map()): string[] {
  const words = wordsOf(text).map(normalWord);
  const extra = otherForms(words, lexicon, abbreviations);
  for (const word of words) extra.delete(word);
  return [...extra].sort().map(written);
}

/** A normal word as the index writes it, with the sense marker. */
const written = (word: string) => wordsOf(word).map(markSense).join(' ');

/**
 * The other forms of a list of normal words: synonyms, the names of
 * abbreviations and the abbreviations of names, the infinitives of
 * participles, the nouns of verbs and the verbs of nouns, and the parts of
 * compounds. (Pagefind itself indexes a
 * hyphenated word whole and as its parts.)
 */
function otherForms(words: readonly string[], lexicon: ReadonlySet<string>, abbreviations: Abbreviations): Set<string> {
  return new Set([...wordForms(words, lexicon, abbreviations), ...[...new Set(words)].flatMap((word) => partsOf(word, lexicon))]);
}

/** Synonyms, abbreviations and names, infinitives and the nouns of verbs: other words for the same words. */
function wordForms(words: readonly string[], lexicon: ReadonlySet<string>, abbreviations: Abbreviations): Set<string> {
  const forms = new Set<string>([...synonymsIn(words), ...abbreviationsIn(words, abbreviations)]);
  for (const word of new Set(words)) {
    const infinitive = infinitiveOf(word, lexicon);
    if (infinitive) forms.add(infinitive);
    for (const form of derivedForms(infinitive ?? word, lexicon)) forms.add(form);
  }
  return forms;
}

function partsOf(word: string, lexicon: ReadonlySet<string>): string[] {
  return word.length < minCompoundLength || word.includes('-') ? [] : compoundParts(word, lexicon);
}

/** Words that say little of what a title is about, and do not count as its words. */
const titleFunctionWords = new Set([
  'de', 'het', 'een', 'en', 'of', 'van', 'voor', 'in', 'op', 'met', 'bij', 'aan', 'te', 'tot', 'over', 'naar', 'door', 'om', 'uit', 'als', 'binnen', 'tussen', 'zonder',
  'is', 'zijn', 'wordt', 'worden', 'kan', 'kunnen', 'moet', 'moeten', 'er', 'dat', 'die', 'dit', 'deze', 'wat', 'welke', 'hoe', 'wie', 'waar', 'niet', 'geen', 'ook', 'zo',
  'je', 'jouw', 'uw', 'u', 'we', 'wij', 'ons', 'onze', 'ze', 'zij', 'hun', 'hen', 'zich',
  'the', 'a', 'an', 'and', 'for', 'to', 'on', 'with',
]);

/** Titles of at most this many words (function words left out) get a field of their length. */
export const shortTitle = 5;

/** The hidden field of other words for the title's words (infinitives, abbreviations, names), weighted as the title (engine.ts). */
export const titleFormsField = 'kopvormen';

/** The hidden field of the parts of the title's compounds, weighted less than the title. */
export const titlePartsField = 'kopdelen';

/** The hidden field of a short title's words, one per length (`kop1` … `kop5`), weighted the more the shorter. */
export const shortTitleField = (length: number) => `kop${length}`;

/**
 * A short title's words are indexed exactly, between markers (`zqinkoopzq`)
 * that no word of a text or a query has. Pagefind matches a query word with
 * every indexed word that starts with its stem and boosts a metadata match
 * of a longer word as much as one of the word itself (its `termSimilarity`
 * counts only in the text), so "inkoop" got the boost of the title
 * "Inkoopvoorwaarden" and "privacy" that of "privacyrechten". A marked word
 * is matched only by the same word marked: the query as typed never matches
 * it, and its exact search (`exactQuery`) matches nothing else.
 */
const exactMark = 'zq';

/** A normal word as a short-title field holds it: without hyphens (as Pagefind joins a hyphenated word), between markers. */
export function exactWord(word: string): string {
  return `${exactMark}${normalWord(word).replaceAll('-', '')}${exactMark}`;
}

/** A title word exactly, and for a hyphenated word also each of its parts, as Pagefind indexes the parts too (AI-geletterdheid: ai, geletterdheid). */
const exactWords = (word: string): string[] => [word, ...(word.includes('-') ? word.split('-').filter(Boolean) : [])].map(exactWord);

/**
 * The search for the short-title fields of a query (or one of its
 * variants): its words as `exactWord` writes them, function words left out
 * as a title's length leaves them out; undefined when no word is left.
 * `spelling` gives the word a misspelt word stands for: an exact match has
 * no room for a typo, where Pagefind's own search finds the word by its
 * beginning.
 */
export function exactQuery(query: string, spelling: (word: string) => string = (word) => word): string | undefined {
  const words = wordsOf(unmarkSenses(query)).map((word) => spelling(normalWord(word))).filter((word) => !titleFunctionWords.has(word));
  return words.length > 0 ? [...new Set(words)].map(exactWord).join(' ') : undefined;
}

/** The hidden field of the words of a page's address that its title does not have. */
export const addressField = 'adreswoorden';

/**
 * The words of the last segment of a page's address (of its folder's, for an
 * index page) that its title does not have, as a word or as a part of its
 * compounds: the name its author gave the page (arc-01-archiefwet for
 * "Informatie over algoritmes wordt … bewaard"), written as the index writes
 * words. Numbers and function words are left out.
 */
export function addressWords(url: string, title: string, lexicon: ReadonlySet<string>): string[] {
  const segments = url.split(/[?#]/)[0]!.split('/').filter(Boolean);
  const last = segments.at(-1) === 'index' ? segments.at(-2) : segments.at(-1);
  if (!last) return [];
  const titleWords = new Set(wordsOf(title).flatMap((word) => [word, ...word.split('-')]).map((word) => normalWord(word).replaceAll('-', '')));
  const words = last.replace(/\.html$/, '').split(/[-_.]+/).map(normalWord);
  // A word in a title word may be a part of its compound; only then is that word split (most address words are the title's own).
  const partOfTitle = (word: string) => [...titleWords].some((titleWord) => titleWord.length > word.length && titleWord.includes(word) && partsOf(titleWord, lexicon).includes(word));
  return [...new Set(words.filter((word) => /^\p{L}{3,}$/u.test(word) && !titleFunctionWords.has(word) && !notParts.has(word) && !titleWords.has(word) && !partOfTitle(word)))].sort().map(exactWord);
}

/**
 * The noun in -heid of an adjective or participle in a title, when the
 * corpus has it (AI-geletterd → AI-geletterdheid, weerbaar → weerbaarheid),
 * for the short-title fields: Pagefind's Dutch stemmer gives both one stem,
 * so the title's own match already counts the noun, but the exact fields
 * hold the word as written and missed it. A hyphenated word gets the noun
 * of its last part.
 */
export function nounOfAdjective(word: string, lexicon: ReadonlySet<string>): string | undefined {
  const last = word.slice(word.lastIndexOf('-') + 1);
  return last.length >= 5 && !last.endsWith('heid') && lexicon.has(`${last}heid`) ? `${word}heid` : undefined;
}

export interface TitleWords {
  /** Other words for the title's words, for `titleFormsField`. */
  forms: string[];
  /** The parts of its compounds, for `titlePartsField`. */
  parts: string[];
  /** For a short title, its words (as `exactWord` writes them) by the length of the title they make: `{ 1: [zqalgoritmeregisterzq] }`. */
  short: Record<number, string[]>;
}

/**
 * What the index adds for a page's title (see search-text.ts). Pagefind
 * boosts a title match by how much of the query it covers, not by how much
 * of the title the query covers, so "Algoritmeregister" and "Publiceer
 * impactvolle algoritmes in het Algoritmeregister" get the same boost for
 * "algoritmeregister". A short title's words therefore also go into a field
 * of the title's length (function words not counted, a name the corpus
 * abbreviates counted as one word), weighted the more the shorter, so that
 * the page that is about just the query comes first; its other forms go into
 * the field of its own length. They go in exactly (`exactWord`), found only
 * by the query's exact search, whose score the search page adds to what the
 * query gives the page (engine.ts), so that only the word itself counts, not
 * a longer word it starts. The parts of its compounds go only into the parts
 * field: a short-title field is for the title's own words.
 */
export function titleWords(title: string, lexicon: ReadonlySet<string>, abbreviations: Abbreviations = new Map()): TitleWords {
  const words = wordsOf(title).map(normalWord);
  const own = new Set(words.filter((word) => !titleFunctionWords.has(word)));
  const forms = [...wordForms(words, lexicon, abbreviations)].filter((word) => !own.has(word));
  const split = [...own].map((word) => partsOf(word, lexicon));
  const parts = [...new Set(split.flat())].filter((word) => !own.has(word) && !forms.includes(word));
  const length = new Set(withAbbreviations(words, abbreviations).filter((word) => !titleFunctionWords.has(word))).size;
  const short: Record<number, string[]> = {};
  const put = (n: number, list: string[]) => {
    if (n <= shortTitle && list.length > 0) short[n] = [...new Set([...(short[n] ?? []), ...list.flatMap(exactWords)])];
  };
  // Another word of a synonym group is not the title's own word: it finds the page, but not as the page about just that word.
  const synonymous = synonymsIn(words);
  const nouns = [...own].flatMap((word) => nounOfAdjective(word, lexicon) ?? []);
  put(length, [...own, ...forms.filter((word) => !synonymous.has(word)), ...nouns]);
  return { forms: forms.sort().map(written), parts: parts.sort().map(written), short };
}

// ---------------------------------------------------------------------------
// What a query is searched as

/**
 * The Pagefind searches of a query, best first: the query itself with the
 * sense marker on words of the other sense, then the same with synonyms
 * replaced by the first term of their group, then with compounds split into
 * their parts (the known compounds, and with a lexicon the others), then
 * with words written apart joined into the compound the index has.
 * Duplicates are left out.
 *
 * Pagefind answers a word that is not in the index with the longest indexed
 * word it starts with (migrantenouders with "migrant"), so a compound that
 * `inIndex` says is not in the index is searched as its parts only. The
 * other way round, words written apart that `inIndex` has as one compound
 * are also searched as that compound (algoritme register →
 * algoritmeregister, kwaliteit van data → datakwaliteit): Pagefind matches
 * the parts of a compound only through the hidden fields of parts, which
 * weigh less than the page's own words.
 */
export function queryVariants(query: string, lexicon?: ReadonlySet<string>, inIndex?: (word: string) => boolean): string[] {
  const splitOf = (word: string) => (word.length >= minCompoundLength ? splitCompound(normalWord(word), lexicon ?? new Set()) : undefined);
  let typed = query.trim();
  if (inIndex) typed = typed.replace(/[\p{L}\p{N}]+/gu, (word) => (!inIndex(normalWord(word)) && splitOf(word)?.join(' ')) || word);
  // As typed, so that Pagefind reads it as it would: only words of the other sense change.
  const variants = [typed.replace(/[\p{L}\p{N}]+/gu, markSense)];
  const normal = wordsOf(typed).map(normalWord);
  const written = (words: string[]) => words.map((word) => wordsOf(word).map(markSense).join(' ')).join(' ');

  // Synonyms: phrases first, then single words, each replaced by its group's first term.
  const replaced: string[] = [];
  let changed = false;
  for (let i = 0; i < normal.length; i++) {
    const phrase = synonyms.phrases.find((p) => p.words.every((part, j) => normal[i + j] === part));
    const first = phrase?.first ?? synonyms.words.get(normal[i]!);
    if (first !== undefined && (phrase || first !== normal[i])) changed = true;
    if (phrase) i += phrase.words.length - 1;
    replaced.push(first ?? normal[i]!);
  }
  if (changed) variants.push(written(replaced));

  // Without the corpus's words, only the known compounds split.
  const split = normal.map(splitOf);
  if (split.some(Boolean)) variants.push(written(normal.flatMap((word, i) => split[i] ?? [word])));

  // Words written apart that the index has as one compound.
  if (inIndex) {
    const joined = joinCompounds(normal, inIndex);
    if (joined) variants.push(written(joined));
  }
  return [...new Set(variants.filter((variant) => variant !== ''))];
}

/** "X van Y", "X van de Y": Dutch writes the same as the compound YX (kwaliteit van data, datakwaliteit). */
const ofWords = new Set(['van']);
const articles = new Set(['de', 'het', 'een']);

/**
 * The compound the index has for two words written apart: the words joined
 * directly or with a linking s, e or en, as compounds are split
 * (algoritme register → algoritmeregister), or "X van Y" turned round
 * (kwaliteit van data → datakwaliteit). Parts are words of at least four
 * letters that are no function words (notParts), as in splitting.
 */
function joinedPair(head: string, tail: string, inIndex: (word: string) => boolean): string | undefined {
  if (head.length < minPart || tail.length < minPart || notParts.has(head) || notParts.has(tail)) return undefined;
  for (const link of links) {
    const word = `${head}${link}${tail}`;
    if (inIndex(word)) return word;
  }
  return undefined;
}

/** The query's words with each pair the index has as one compound joined, or undefined when none is. */
function joinCompounds(words: readonly string[], inIndex: (word: string) => boolean): string[] | undefined {
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    // X van (de) Y
    const of = next !== undefined && ofWords.has(next) ? i + (articles.has(words[i + 2] ?? '') ? 3 : 2) : -1;
    const turned = of > 0 && words[of] !== undefined ? joinedPair(words[of]!, word, inIndex) : undefined;
    if (turned) {
      out.push(turned);
      i = of;
      changed = true;
      continue;
    }
    const joined = next !== undefined ? joinedPair(word, next, inIndex) : undefined;
    if (joined) {
      out.push(joined);
      i++;
      changed = true;
      continue;
    }
    out.push(word);
  }
  return changed ? out : undefined;
}

/** Whether two adjacent words of a query could be one compound written apart: each a word of four letters or more. */
function mayJoin(words: readonly string[]): boolean {
  return words.some((word, i) => {
    const next = words[i + 1];
    return next !== undefined && word.length >= minPart && next.length >= minPart && !notParts.has(word) && !notParts.has(next);
  });
}

/**
 * Whether a query has a word that may be a compound, for which the word list
 * is worth loading first: two parts of four letters and a linking letter or
 * two (biasanalyse, datakwaliteit), a known compound, or two words of four
 * letters or more that the index may have as one (algoritme register).
 */
export function mayHaveCompound(query: string): boolean {
  const words = wordsOf(query).map(normalWord);
  return words.some((word) => word.length >= minCompoundLength + 2 || known.has(word)) || mayJoin(words.filter((word) => !ofWords.has(word) && !articles.has(word)));
}
