/**
 * The facts of an intervention, as its fact box shows them. The comparison
 * page puts these same facts side by side, so both take them from here.
 */
import type { CollectionEntry } from 'astro:content';
import * as vocab from '../vocabularies.ts';
import { formatDate } from './entries.ts';
import { fromVocabulary, organisationValues, period, texts, themeValues, type Fact } from './facts.ts';

type Intervention = CollectionEntry<'interventies'>['data'];

/** Every fact but the evidence level, which the fact box shows as a scale. */
export async function interventionFacts(d: Intervention): Promise<Fact[]> {
  return [
    { label: 'Organisatie', values: await organisationValues(d.organisations) },
    { label: 'Doelgroepen', values: fromVocabulary(vocab.targetGroups, d.target_groups) },
    { label: 'Gemeenschappen', values: fromVocabulary(vocab.communities, d.communities) },
    { label: 'Plaats van uitvoering', values: fromVocabulary(vocab.settings, d.settings), empty: 'Niet bekend' },
    { label: "Thema's", values: themeValues(d.themes) },
    { label: 'Soort kennis', values: fromVocabulary(vocab.knowledgeKinds, d.knowledge) },
    { label: 'Periode', values: period(d.period?.from, d.period?.to), empty: 'Niet bekend' },
    { label: 'Regio’s', values: texts(d.regions), empty: 'Niet bekend' },
    { label: 'Talen van het materiaal', values: texts(d.languages), empty: 'Niet bekend' },
    { label: 'Aanpassing voor de gemeenschap', values: texts([d.adaptation]), empty: 'Niet beschreven' },
    { label: 'Stand van zaken', values: fromVocabulary(vocab.activities, [d.activity]) },
  ];
}

/** Who assessed the evidence level, and when; or that no committee did. */
export const evidenceAssessment = (evidence: Intervention['evidence']) =>
  evidence.assessed_by
    ? `Beoordeeld door ${evidence.assessed_by}${evidence.assessed_on ? ` op ${formatDate(evidence.assessed_on)}` : ''}.`
    : 'Niet beoordeeld door een erkenningscommissie.';
