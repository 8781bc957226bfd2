/**
 * The content root as a closed world: the one list of files that the check,
 * the build and every other reader of the content (the open-data ZIP) use.
 * Only entries (`.mdx` files in the folder of a collection) are on the list;
 * everything else under the root is a problem with its path: symbolic links
 * (to files or folders, never followed), hidden files and folders, files of
 * any other kind, and anything that is not a regular file or folder. A file
 * that is not on the list is never read, so nothing outside the checkout can
 * reach the site through a link.
 *
 * Kept apart from the parsing pipeline so that the validator's main thread,
 * which only hands files to workers, need not load the parser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { collectionNames, collections, type CollectionName } from '../collections.ts';
import type { Problem } from './problem.ts';
import { didYouMean } from './suggest.ts';

/** A content file found on disk, not yet read. */
export interface FileRef {
  collection: CollectionName;
  /** Path relative to the collection's folder, with forward slashes. */
  relPath: string;
  displayPath: string;
  absolute: string;
}

const collectionList = collectionNames.join(', ');

/** Why something under the content root is not read, by the kind of thing it is. */
const refusals = {
  symlink: 'Dit is een symbolische link. Links worden niet gevolgd, gelezen of gepubliceerd: zet het bestand zelf hier neer, of haal de link weg.',
  hidden: 'Verborgen bestanden en mappen (met een naam die met een punt begint) horen niet bij de inhoud: ze worden niet gecontroleerd en niet gepubliceerd. Geef het een naam zonder punt vooraan, of haal het weg.',
  special: 'Dit is geen gewoon bestand of gewone map (maar bijvoorbeeld een apparaat of een pijp): haal het weg.',
  misplacedFile: `Dit bestand hoort niet in de map met inhoud: alleen bijdragen (.mdx-bestanden) in de mappen van de collecties (${collectionList}) worden gelezen en gepubliceerd. Zet het in een collectie of haal het weg.`,
  misplacedFolder: `Deze map is geen collectie en wordt dus niet gelezen of gepubliceerd. De mappen zijn: ${collectionList}.`,
  notAnEntry: 'Alleen bijdragen (.mdx-bestanden) horen in deze map; andere bestanden (tekst, afbeeldingen, pdf) worden niet gepubliceerd. Hernoem het bestand naar <naam>.mdx of haal het weg; verwijs naar een document met een link.',
} as const;

const ruleOf: Record<keyof typeof refusals, string> = {
  symlink: 'symlink',
  hidden: 'verborgen-bestand',
  special: 'bestandstype',
  misplacedFile: 'bestandsplek',
  misplacedFolder: 'bestandsplek',
  notAnEntry: 'bestandsnaam',
};

/**
 * Lists the entries under `root`, or only those under the given paths, and
 * every other thing under the root (or those paths) as a problem.
 */
export function listEntryFiles(contentRoot: string, only?: string[]): { files: FileRef[]; problems: Problem[] } {
  const root = path.resolve(contentRoot);
  const files: FileRef[] = [];
  const problems: Problem[] = [];
  const wanted = only?.map((p) => path.resolve(p));
  // A wanted path inside this folder, or this folder inside a wanted path: worth entering.
  const leadsToWanted = (absolute: string) => !wanted || wanted.some((w) => absolute === w || absolute.startsWith(w + path.sep) || w.startsWith(absolute + path.sep));
  const isWanted = (absolute: string) => !wanted || wanted.some((w) => absolute === w || absolute.startsWith(w + path.sep));
  // path.relative is slow enough to notice on 10,000 files: work out the shown root once.
  const shownRoot = displayPathOf(root);
  const shown = (relative: string) => (shownRoot ? `${shownRoot}/${relative}` : relative);
  const refuse = (relative: string, why: keyof typeof refusals, suggestion = '') =>
    problems.push({ file: shown(relative), line: 1, column: 1, severity: 'error', rule: ruleOf[why], message: refusals[why] + suggestion });

  const kindOf = (entry: fs.Dirent): 'file' | 'folder' | keyof typeof refusals => {
    if (entry.isSymbolicLink()) return 'symlink';
    if (entry.name.startsWith('.')) return 'hidden';
    if (entry.isDirectory()) return 'folder';
    if (entry.isFile()) return 'file';
    return 'special';
  };

  if (!fs.existsSync(root)) return { files, problems };
  // The root itself a link (content/ replaced by one in a pull request) would bring in a folder from anywhere.
  if (fs.lstatSync(path.resolve(contentRoot)).isSymbolicLink()) {
    problems.push({ file: shownRoot || '.', line: 1, column: 1, severity: 'error', rule: ruleOf.symlink, message: `De map met inhoud is zelf een symbolische link. ${refusals.symlink}` });
    return { files, problems };
  }
  for (const entry of readFolder(root)) {
    const kind = kindOf(entry);
    if (!isWanted(path.join(root, entry.name)) && !(kind === 'folder' && leadsToWanted(path.join(root, entry.name)))) continue;
    if (kind === 'folder' && (collectionNames as string[]).includes(entry.name)) continue;
    // A folder named almost like a collection (interventie, Lessen) is most likely meant to be one.
    const suggestion = kind === 'folder' ? didYouMean(entry.name, collectionNames.map((name) => ({ id: name, label: collections[name].plural })), (name) => `${name}/`) : '';
    refuse(entry.name, kind === 'folder' ? 'misplacedFolder' : kind === 'file' ? 'misplacedFile' : kind, suggestion);
  }

  for (const collection of collectionNames) {
    const folder = path.join(root, collection);
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(folder);
    } catch {
      continue;
    }
    // A link or a file in a collection's place was reported above.
    if (!stat.isDirectory()) continue;
    const walk = (absoluteFolder: string, relFolder: string) => {
      for (const entry of readFolder(absoluteFolder)) {
        const absolute = path.join(absoluteFolder, entry.name);
        const relPath = relFolder ? `${relFolder}/${entry.name}` : entry.name;
        const kind = kindOf(entry);
        if (kind === 'folder') {
          if (leadsToWanted(absolute)) walk(absolute, relPath);
          continue;
        }
        if (!isWanted(absolute)) continue;
        if (kind !== 'file') refuse(`${collection}/${relPath}`, kind);
        else if (!entry.name.toLowerCase().endsWith('.mdx')) refuse(`${collection}/${relPath}`, 'notAnEntry');
        else files.push({ collection, relPath, displayPath: shown(`${collection}/${relPath}`), absolute });
      }
    };
    walk(folder, '');
  }
  files.sort((a, b) => (a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : 0));
  return { files, problems };
}

/** The entries of a folder, sorted so that every run lists them in the same order. */
const readFolder = (folder: string) => fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

/**
 * Reads a file of the list, refusing to follow a link put in its place after
 * it was listed, and anything that is not a regular file (a pipe, a device).
 */
export function readContentFile(absolute: string): Buffer {
  // Non-blocking, so that a pipe put in its place cannot make the open wait forever for a writer.
  const fd = fs.openSync(absolute, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
  try {
    if (!fs.fstatSync(fd).isFile()) throw new Error(`Not a regular file: ${absolute}`);
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export const keyOf = (file: Pick<FileRef, 'collection' | 'relPath'>) => `${file.collection}/${path.posix.basename(file.relPath).replace(/\.mdx$/i, '')}`;

/** A path as shown in messages: relative to the working directory, with forward slashes. */
const displayPathOf = (absolute: string) => path.relative(process.cwd(), absolute).split(path.sep).join('/');
