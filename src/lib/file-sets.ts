/**
 * Sets of many small files that the site publishes beside its pages: a
 * BibTeX and a RIS record for every entry, and the facts of every
 * intervention for the comparison page. Tens of thousands of files on a large
 * corpus: as routes of their own, each would go through Astro's whole page
 * pipeline (about a millisecond apiece, a quarter of a 10,000-entry build).
 * So a build renders each set as one bundle, which the file-sets integration
 * (src/integrations/file-sets.ts) writes out as files; the dev server serves
 * them one by one from the same functions.
 */
import { collectionNames, type CollectionName } from '../collections.ts';
import { citationPath, comparisonDataPath, type FileSetName } from '../shared/addresses.ts';
import type { ComparedIntervention } from '../client/compare.ts';
import { citationOf, toBibTeX, toRIS } from './citation.ts';
import { entriesOf, urlOf } from './entries.ts';
import { evidenceAssessment, interventionFacts } from './intervention-facts.ts';

/** A file of a set: its path under the site's root (no leading slash) and its text. */
export interface SetFile {
  path: string;
  body: string;
}

export const fileSets: Record<FileSetName, () => Promise<SetFile[]>> = {
  /** `/citeer/<collection>/<id>.bib` and `.ris`: a record of every published entry for reference managers. */
  async citeer() {
    const files: SetFile[] = [];
    for (const collection of collectionNames as readonly CollectionName[]) {
      for (const entry of await entriesOf(collection)) {
        const citation = await citationOf(entry);
        files.push({ path: citationPath(collection, entry.id, 'bib').slice(1), body: toBibTeX(citation) });
        files.push({ path: citationPath(collection, entry.id, 'ris').slice(1), body: toRIS(citation) });
      }
    }
    return files;
  },

  /**
   * `/vergelijk/data/<id>.json`: the facts of one intervention, for the
   * comparison page. One small file per intervention, so that the page fetches
   * only what the visitor saved (all interventions at once would be megabytes
   * at 10,000 entries).
   */
  async vergelijk() {
    return Promise.all(
      (await entriesOf('interventies')).map(async (entry) => {
        const d = entry.data;
        const data: ComparedIntervention = {
          id: entry.id,
          title: d.title,
          url: urlOf(entry),
          summary: d.summary,
          // The comparison page is Dutch.
          evidence: { level: d.evidence.level, assessment: evidenceAssessment(d.evidence, 'nl', d.recognitions) },
          facts: await interventionFacts(d, 'nl', entry.id),
        };
        return { path: comparisonDataPath(entry.id).slice(1), body: JSON.stringify(data) };
      }),
    );
  },
};

/** Content types for the dev server; a static host sets them from the file names. */
export const contentTypes: Record<string, string> = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  json: 'application/json; charset=utf-8',
};
