/**
 * The facts of an intervention, as its fact box shows them. The comparison
 * page puts these same facts side by side, so both take them from here.
 */
import type { CollectionEntry } from 'astro:content';
import { ui, type Lang } from '../i18n/index.ts';
import * as vocab from '../shared/vocabularies.ts';
import { formatDate } from './entries.ts';
import { fromVocabulary, organisationValues, period, texts, themeValues, type Fact } from './facts.ts';

type Intervention = CollectionEntry<'interventies'>['data'];

/** Every fact but the evidence level, which the fact box shows as a scale. */
export async function interventionFacts(d: Intervention, lang: Lang): Promise<Fact[]> {
  const t = ui(lang).facts;
  return [
    { label: t.organisation, values: await organisationValues(d.organisations, lang) },
    { label: t.intervention.targetGroups, values: fromVocabulary(vocab.targetGroups, d.target_groups, lang) },
    { label: t.intervention.communities, values: fromVocabulary(vocab.communities, d.communities, lang) },
    { label: t.intervention.settings, values: fromVocabulary(vocab.settings, d.settings, lang), empty: t.notKnown },
    { label: t.themes, values: await themeValues(d.themes, lang) },
    { label: t.intervention.knowledge, values: fromVocabulary(vocab.knowledgeKinds, d.knowledge, lang) },
    { label: t.intervention.period, values: period(d.period?.from, d.period?.to, lang), empty: t.notKnown },
    { label: t.regions, values: texts(d.regions), empty: t.notKnown },
    { label: t.intervention.languages, values: texts(d.languages), empty: t.notKnown },
    { label: t.intervention.adaptation, values: texts([d.adaptation]), empty: t.intervention.notDescribed },
    { label: t.activity, values: fromVocabulary(vocab.activities, [d.activity], lang) },
  ];
}

/** Who assessed the evidence level, and when; or that no committee did. */
export const evidenceAssessment = (evidence: Intervention['evidence'], lang: Lang) => {
  const t = ui(lang).facts.intervention;
  return evidence.assessed_by ? t.assessedBy(evidence.assessed_by, evidence.assessed_on ? formatDate(evidence.assessed_on, lang) : undefined) : t.notAssessed;
};
