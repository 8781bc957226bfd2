/**
 * Reads a whole content tree and checks what no single file can: unique ids,
 * folders that match organisations, and references that resolve.
 */
import fs from 'node:fs';
import path from 'node:path';
import { collectionNames, collections, type CollectionName } from '../collections.ts';
import { isSlug } from '../schemas/fields.ts';
import { sourceEntryPrefix } from '../schemas/source.ts';
import { displayPathOf, readEntry, today, type Entry, type EntryFile } from './entry.ts';
import type { Position, Problem } from './problem.ts';

export interface Corpus {
  root: string;
  /** Every valid entry, published or concept. */
  entries: Entry[];
  problems: Problem[];
}

/** Lists the content files under `root`, or only those under the given paths. */
export function listEntryFiles(root: string, only?: string[]): { files: EntryFile[]; problems: Problem[] } {
  const files: EntryFile[] = [];
  const problems: Problem[] = [];
  const wanted = only?.map((p) => path.resolve(p));
  const isWanted = (absolute: string) => !wanted || wanted.some((w) => absolute === w || absolute.startsWith(w + path.sep));

  for (const collection of collectionNames) {
    const folder = path.join(root, collection);
    if (!fs.existsSync(folder)) continue;
    for (const relative of fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()) {
      const absolute = path.join(folder, relative);
      if (!isWanted(absolute) || !fs.statSync(absolute).isFile()) continue;
      const displayPath = displayPathOf(absolute);
      if (!relative.endsWith('.mdx')) {
        if (path.basename(relative).startsWith('.')) continue;
        problems.push({ file: displayPath, line: 1, column: 1, severity: 'error', rule: 'bestandsnaam', message: 'Alleen .mdx-bestanden horen in deze map: hernoem het bestand naar <naam>.mdx of haal het weg.' });
        continue;
      }
      files.push({ collection, relPath: relative.split(path.sep).join('/'), displayPath, bytes: fs.readFileSync(absolute) });
    }
  }
  return { files, problems };
}

export function readCorpus(root: string, options: { only?: string[]; now?: string } = {}): Corpus {
  const { files, problems } = listEntryFiles(root, options.only);
  const entries: Entry[] = [];
  for (const file of files) {
    const result = readEntry(file, options.now ?? today());
    problems.push(...result.problems);
    if ('id' in result) entries.push(result);
  }
  // References are checked against the whole tree, even when only some files were asked for.
  const all = options.only ? readReferenceTargets(root, options.now) : entries;
  problems.push(...checkCrossReferences(entries, all));
  return { root, entries, problems };
}

function readReferenceTargets(root: string, now?: string): Entry[] {
  const { files } = listEntryFiles(root);
  return files.flatMap((file) => {
    const result = readEntry(file, now ?? today());
    return 'id' in result ? [result] : [];
  });
}

export function checkCrossReferences(entries: Entry[], targets: Entry[] = entries): Problem[] {
  const problems: Problem[] = [];
  const byKey = new Map<string, Entry>();
  const firstFile = new Map<string, Entry>();
  for (const entry of targets) byKey.set(`${entry.collection}/${entry.id}`, entry);

  for (const entry of entries) {
    const report = (position: Position, message: string, rule: string) =>
      problems.push({ file: entry.displayPath, line: position.line, column: position.column, message, rule, severity: 'error' });
    const key = `${entry.collection}/${entry.id}`;
    const earlier = firstFile.get(key);
    if (earlier) {
      report({ line: 1, column: 1 }, `De naam "${entry.id}" bestaat al in ${collections[entry.collection].plural} (${earlier.displayPath}): kies een andere bestandsnaam.`, 'unieke-naam');
      continue;
    }
    firstFile.set(key, entry);

    const resolve = (collection: CollectionName, id: string, fieldPath: (string | number)[], label: string) => {
      const target = byKey.get(`${collection}/${id}`);
      const at = entry.positionOf(fieldPath);
      if (!target) report(at, `${label}: "${id}" bestaat niet in ${collections[collection].plural}.`, 'verwijzing');
      else if (entry.data.status === 'gepubliceerd' && target.data.status !== 'gepubliceerd') {
        report(at, `${label}: "${id}" is nog een concept en wordt niet gepubliceerd; verwijs er pas naar als het gepubliceerd is.`, 'verwijzing');
      }
    };

    const data = entry.data as Record<string, unknown>;
    const organisations = (data.organisations as string[] | undefined) ?? [];
    organisations.forEach((id, i) => resolve('organisaties', id, ['organisations', i], 'organisations'));
    if (entry.folder !== undefined && organisations[0] !== entry.folder) {
      report(entry.positionOf(['organisations', 0]), `De eerste organisatie (${organisations[0] ?? 'geen'}) moet de organisatie van de map zijn (${entry.folder}): zet het bestand in ${entry.collection}/${organisations[0] ?? '<organisatie>'}/ of pas organisations aan.`, 'map-organisatie');
    }
    ((data.themes as string[] | undefined) ?? []).forEach((id, i) => resolve('themas', id, ['themes', i], 'themes'));
    ((data.related_themes as string[] | undefined) ?? []).forEach((id, i) => resolve('themas', id, ['related_themes', i], 'related_themes'));
    ((data.related as string[] | undefined) ?? []).forEach((ref, i) => {
      const [collection, id] = ref.split('/') as [CollectionName, string];
      if (ref === key) report(entry.positionOf(['related', i]), 'related: een item verwijst naar zichzelf.', 'verwijzing');
      else resolve(collection, id, ['related', i], 'related');
    });
    if (typeof data.successor === 'string') resolve('organisaties', data.successor, ['successor'], 'successor');
    ((data.members as string[] | undefined) ?? []).forEach((member, i) => {
      if (isSlug(member)) resolve('organisaties', member, ['members', i], 'members');
    });
    ((data.sources as { reference?: string }[] | undefined) ?? []).forEach((source, i) => {
      if (source.reference?.startsWith(sourceEntryPrefix)) {
        resolve('bronnen', source.reference.slice(sourceEntryPrefix.length), ['sources', i, 'reference'], 'sources');
      }
    });
  }
  return problems;
}
