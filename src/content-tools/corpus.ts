/**
 * Reads a whole content tree and checks what no single file can: unique ids,
 * folders that match organisations, references that resolve, and links in
 * bodies that lead to a page (and heading) that will exist.
 *
 * The work is split in two steps so that `npm run check` can spread the first
 * over worker threads (see parallel.ts): analysing files one by one, and the
 * cross-file checks, which need a summary of every file.
 */
import path from 'node:path';
import { collections, type CollectionName } from '../collections.ts';
import { referenceFields, targetOf, valuesAt } from '../schemas/roles.ts';
import { readEntry, today, type Entry, type EntryFile } from './entry.ts';
import { keyOf, listEntryFiles, readContentFile, type FileRef } from './files.ts';
import { readFrontmatter } from './frontmatter.ts';
import { checkLinks, createSiteIndex, facetValuesOf, type LinkTarget, type SiteIndex, type TargetSource } from './links.ts';
import { parseBody } from './markdown.ts';
import { inspectBody, type HeadingInfo } from './policy.ts';
import type { Position, Problem } from './problem.ts';
import { didYouMean } from './suggest.ts';
import { compareFacts, factsOf, type Facts } from './translation-facts.ts';

export interface Corpus {
  root: string;
  /** Every entry without errors, published or concept, of the files that were checked. */
  entries: Entry[];
  problems: Problem[];
  /** How many files were checked, valid or not. */
  files: number;
}

export interface CorpusOptions {
  /** Check only the files under these paths (absolute); the rest of the tree is read only as far as references need. */
  only?: string[];
  now?: string;
  /** Render bodies to HTML (the build does; the validator need not). */
  render?: boolean;
}

/** What the cross-file checks need to know of a valid file: enough to resolve references and links to it. */
export interface TargetSummary {
  collection: CollectionName;
  id: string;
  status: string;
  /** The language it is written in, which decides its address (English entries are under /en/). */
  lang: string;
  /** Its values for the facets of list pages; the rest of its fields are not needed, and not sent between threads. */
  facets: Record<string, string[]>;
  /** Its title, for suggesting it when a reference names it wrongly. */
  title: string;
  /** The entry it translates, if it is a translation. */
  translationOf?: string;
  /** What its translations must say as it does. */
  facts: Facts;
  absolute: string;
  /** Present when the file was fully read; otherwise read from disk when a link asks for an anchor. */
  headings?: HeadingInfo[];
}

export interface CrossContext {
  /** Every file of the tree, checked or not, as the cross-file checks see it. */
  targets: TargetSource;
  /** Every content file of the tree, as `<collection>/<id>` and path, to find duplicate ids. */
  claims: { key: string; displayPath: string }[];
}

export interface AnalyseOptions {
  now: string;
  render: boolean;
  /** Sees each file's text as it is read, so that other work on the text (the search index's corpus words) needs no second read. */
  read?: (text: string) => void;
}

const load = (file: FileRef): EntryFile & { bytes: Buffer } => ({ collection: file.collection, relPath: file.relPath, displayPath: file.displayPath, bytes: readContentFile(file.absolute) });

/**
 * Reads a file that is checked: every problem of its own, and its entry
 * wherever its fields are valid. Should reading it still fail (the limits in
 * limits.ts are meant to prevent that), the failure is a problem of this file,
 * named, not a crash of the check or the build.
 */
export function analyseFile(file: FileRef, options: AnalyseOptions): ReturnType<typeof readEntry> {
  try {
    const loaded = load(file);
    options.read?.(loaded.bytes.toString('utf8'));
    return readEntry(loaded, options);
  } catch (cause) {
    const reason = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    return {
      problems: [{ file: file.displayPath, line: 1, column: 1, severity: 'error', rule: 'interne-fout', message: `Dit bestand kon niet worden gelezen (${reason.slice(0, 200)}). Meld dit aan de beheerders van de kennisbank, met dit bestand.` }],
    };
  }
}

/** What analysing a set of files gives the cross-file checks: every file's problems and entry, and what references and links to it need. */
export interface Analysis {
  problems: Problem[];
  entries: Entry[];
  /** Summaries of the files whose fields are valid. */
  targets: TargetSummary[];
  /** `<collection>/<id>` of the files that are not: references to them are not reported again. */
  invalid: string[];
}

/**
 * Analyses the files that are checked, one by one: the one step that the
 * build (readCorpus, in one thread) and the validator's worker threads
 * (check-worker.ts) share.
 */
export function analyseFiles(files: readonly FileRef[], options: AnalyseOptions): Analysis {
  const analysis: Analysis = { problems: [], entries: [], targets: [], invalid: [] };
  for (const file of files) {
    const result = analyseFile(file, options);
    analysis.problems.push(...result.problems);
    if (result.entry) analysis.entries.push(result.entry);
    if (result.entry?.valid) analysis.targets.push(summaryOf(result.entry, file.absolute));
    else analysis.invalid.push(keyOf(file));
  }
  return analysis;
}

/** Whether an entry is free of errors, and so may be published. */
const isPublishable = (entry: Entry) => !entry.problems.some((p) => p.severity === 'error');

export const summaryOf = (entry: Entry, absolute: string): TargetSummary => ({
  collection: entry.collection,
  id: entry.id,
  status: entry.data.status,
  lang: entry.data.lang as string,
  facets: facetValuesOf(entry.collection, entry.id, entry.data),
  title: entry.data.title,
  ...translationOf(entry.data),
  facts: factsOf(entry.collection, entry.data),
  absolute,
  headings: entry.headings,
});

const translationOf = (data: Record<string, unknown>) => (typeof data.translation_of === 'string' ? { translationOf: data.translation_of } : {});

/** Reads a file outside the checked selection only as far as references to it need: its front matter. `read` sees its text, as in `analyseFile`. */
export function summariseFile(file: FileRef, read?: (text: string) => void): TargetSummary | undefined {
  try {
    const text = readContentFile(file.absolute).toString('utf8');
    read?.(text);
    const frontmatter = readFrontmatter(text);
    const parsed = collections[file.collection].schema.safeParse(frontmatter.data);
    if (!parsed.success) return undefined;
    const data = parsed.data as Record<string, unknown> & { status: string; title: string };
    const id = path.posix.basename(file.relPath, '.mdx');
    return {
      collection: file.collection,
      id,
      status: data.status,
      lang: data.lang as string,
      facets: facetValuesOf(file.collection, id, data),
      title: data.title,
      ...translationOf(data),
      facts: factsOf(file.collection, data),
      absolute: file.absolute,
    };
  } catch {
    // The file has problems of its own; they are reported when it is checked itself.
    return undefined;
  }
}

/** Headings of a file that was not fully read, for `#anchor` links to it. */
function headingsFromDisk(absolute: string): HeadingInfo[] {
  try {
    const frontmatter = readFrontmatter(readContentFile(absolute).toString('utf8'));
    return inspectBody(parseBody(frontmatter.body, frontmatter.bodyLine).tree).headings;
  } catch {
    return [];
  }
}

const asLinkTarget = (summary: TargetSummary): LinkTarget => {
  let headings = summary.headings;
  return { ...summary, headings: () => (headings ??= headingsFromDisk(summary.absolute)) };
};

/** Targets read beforehand: every valid file's summary, and the keys of files with errors. */
export function knownTargets(summaries: TargetSummary[], invalid: Iterable<string>): TargetSource {
  const byKey = new Map<string, LinkTarget | null>();
  for (const key of invalid) byKey.set(key, null);
  for (const summary of summaries) byKey.set(`${summary.collection}/${summary.id}`, asLinkTarget(summary));
  return {
    lookup: (collection, id) => byKey.get(`${collection}/${id}`),
    ofCollection: (collection) => [...byKey.values()].filter((t): t is LinkTarget => t !== null && t.collection === collection),
  };
}

/**
 * Targets read when first asked for: for checking a few files of a large tree,
 * where reading every other file's front matter would take most of the time.
 */
function targetsOnDemand(files: FileRef[], known: TargetSource): TargetSource {
  const fileByKey = new Map(files.map((file) => [keyOf(file), file]));
  const read = new Map<string, LinkTarget | null>();
  const lookup = (collection: CollectionName, id: string): LinkTarget | null | undefined => {
    const fromKnown = known.lookup(collection, id);
    if (fromKnown !== undefined) return fromKnown;
    const key = `${collection}/${id}`;
    if (!read.has(key)) {
      const file = fileByKey.get(key);
      if (!file) return undefined;
      const summary = summariseFile(file);
      read.set(key, summary ? asLinkTarget(summary) : null);
    }
    return read.get(key);
  };
  return {
    lookup,
    // The files read beforehand, and the others of the collection, read now.
    ofCollection: (collection) => [
      ...known.ofCollection(collection),
      ...files.filter((f) => f.collection === collection).flatMap((f) => {
        const target = lookup(collection, path.posix.basename(f.relPath, '.mdx'));
        return target ? [target] : [];
      }),
    ],
  };
}

/** Reads and checks a content tree in this thread. The build uses this; the validator spreads the same steps over threads. */
export function readCorpus(root: string, options: CorpusOptions = {}): Corpus {
  const now = options.now ?? today();
  const all = listEntryFiles(root);
  const selected = options.only ? listEntryFiles(root, options.only) : all;
  const analysis = analyseFiles(selected.files, { now, render: options.render ?? true });
  const problems = [...selected.problems, ...analysis.problems];
  const { entries } = analysis;
  const checked = new Set(selected.files.map((file) => file.absolute));
  const rest = all.files.filter((file) => !checked.has(file.absolute));
  const targets = targetsOnDemand(rest, knownTargets(analysis.targets, analysis.invalid));

  const claims = all.files.map((file) => ({ key: keyOf(file), displayPath: file.displayPath }));
  problems.push(...checkCrossReferences(entries, { targets, claims }));
  return { root, entries: entries.filter(isPublishable), problems, files: selected.files.length + selected.problems.length };
}

export function checkCrossReferences(entries: Entry[], context?: CrossContext): Problem[] {
  const problems: Problem[] = [];
  const site = createSiteIndex(
    context?.targets ??
      knownTargets(
        entries.filter((entry) => entry.valid).map((entry) => summaryOf(entry, entry.displayPath)),
        entries.filter((entry) => !entry.valid).map((entry) => `${entry.collection}/${entry.id}`),
      ),
  );

  const claims = new Map<string, string[]>();
  for (const { key, displayPath } of context?.claims ?? entries.map((e) => ({ key: `${e.collection}/${e.id}`, displayPath: e.displayPath }))) {
    const list = claims.get(key);
    if (list) list.push(displayPath);
    else claims.set(key, [displayPath]);
  }

  for (const entry of entries) {
    const report = (position: Position, message: string, rule: string, severity: Problem['severity'] = 'error') =>
      problems.push({ file: entry.displayPath, line: position.line, column: position.column, message, rule, severity });
    const key = `${entry.collection}/${entry.id}`;
    const sameId = [...(claims.get(key) ?? [])].sort();
    if (sameId.length > 1 && sameId[0] !== entry.displayPath) {
      report(
        { line: 1, column: 1 },
        `De naam "${entry.id}" bestaat al in ${collections[entry.collection].plural} (${sameId[0]}): kies een andere bestandsnaam. Een naam komt maar één keer voor in een collectie, ook als de bestanden in mappen van verschillende organisaties staan.`,
        'unieke-naam',
      );
      continue;
    }

    // An entry whose fields have errors is still checked here, for what its fields hold, so that one run reports both.
    const published = (entry.data.status ?? 'gepubliceerd') === 'gepubliceerd';
    const resolve = (collection: CollectionName, id: string, fieldPath: (string | number)[], label: string, written = `"${id}"`) => {
      const target = site.entry(collection, id);
      // A file with errors of its own is reported there; references to it are not reported again.
      if (target === null) return;
      // Positions are looked up only for a problem: finding one parses the front matter again.
      if (!target) {
        const candidates = [...site.entries(collection)].map((t) => ({ id: t.id, label: t.title }));
        const suggestion = didYouMean(id, candidates, (found) => (written === `"${id}"` ? `"${found}"` : `"${collection}/${found}"`));
        report(entry.positionOf(fieldPath), `${label}: ${written} bestaat niet in ${collections[collection].plural}.${suggestion}`, 'verwijzing');
      } else if (published && target.status !== 'gepubliceerd') {
        report(entry.positionOf(fieldPath), `${label}: "${id}" is nog een concept en wordt niet gepubliceerd; verwijs er pas naar als het gepubliceerd is.`, 'verwijzing');
      }
    };

    const data = entry.data as Record<string, unknown>;
    // Every reference field, as the schema marks it (see src/schemas/roles.ts).
    for (const role of referenceFields(entry.collection)) {
      const label = role.path[0]!;
      for (const { value, at } of valuesAt(data, role.path)) {
        // A vocabulary field with a wrong value is a schema problem of the entry itself, with a suggestion there.
        if (role.vocabulary && !(role.vocabulary.ids as readonly string[]).includes(value as string)) continue;
        const target = targetOf(role.ref, value);
        if (!target) continue;
        if (role.ref.notSelf && target.collection === entry.collection && target.id === entry.id) {
          const message = role.ref.written === 'path' ? 'een item verwijst naar zichzelf' : `een ${collections[entry.collection].singular} kan niet naar zichzelf verwijzen`;
          report(entry.positionOf(at), `${label}: ${message}.`, 'verwijzing');
          continue;
        }
        resolve(target.collection, target.id, at, label, role.ref.written === 'path' && !role.ref.orText ? `"${value as string}"` : undefined);
      }
    }
    if (typeof data.translation_of === 'string') checkTranslation(entry, data.translation_of, site, report);
    const organisations = texts(data.organisations);
    if (entry.folder !== undefined && (entry.valid || organisations[0] !== undefined) && organisations[0] !== entry.folder) {
      report(
        entry.positionOf(['organisations', 0]),
        `De eerste organisatie (${organisations[0] ?? 'geen'}) moet de organisatie van de map zijn (${entry.folder}): zet het bestand in ${entry.collection}/${organisations[0] ?? '<organisatie>'}/ of pas organisations aan.`,
        'map-organisatie',
      );
    }

    for (const issue of checkLinks(entry.links, { status: entry.data.status ?? 'gepubliceerd', headings: entry.headings }, site)) report(issue.position, issue.message, issue.rule);
  }
  return problems;
}

/**
 * A translation and the entry it translates point to each other (language
 * switch, hreflang), so each original has at most one translation per
 * language, in another language than its own, and is not a translation
 * itself; and the two tell the same facts (see translation-facts.ts).
 */
function checkTranslation(entry: Entry, original: string, site: SiteIndex, report: (position: Position, message: string, rule: string, severity?: Problem['severity']) => void) {
  const target = site.entry(entry.collection, original);
  if (!target) return;
  const at = entry.positionOf(['translation_of']);
  const lang = entry.data.lang as string;
  if (target.translationOf !== undefined) {
    report(at, `translation_of: "${original}" is zelf een vertaling (van "${target.translationOf}"); verwijs naar de oorspronkelijke tekst.`, 'vertaling');
  } else if (target.lang === lang) {
    report(at, `translation_of: "${original}" is in dezelfde taal geschreven (lang: ${lang}); een vertaling staat in een andere taal.`, 'vertaling');
  } else {
    const others = [...site.entries(entry.collection)].filter((t) => t.translationOf === original && t.lang === lang).map((t) => t.id).sort();
    if (others.length > 1 && others[0] !== entry.id) {
      report(at, `translation_of: "${original}" heeft al een vertaling in deze taal (${others[0]}); een tekst heeft per taal één vertaling.`, 'vertaling');
    }
    // Fields with errors of their own are reported there, not compared.
    if (entry.valid && target.facts) {
      for (const difference of compareFacts(factsOf(entry.collection, entry.data), target.facts, original)) {
        report(entry.positionOf(difference.path), difference.message, 'vertaling', difference.severity);
      }
    }
  }
}

/** The items of a list field as written: each text, or undefined where an item is not one (the schema reports those). */
const texts = (value: unknown): (string | undefined)[] => (Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item : undefined)) : []);

