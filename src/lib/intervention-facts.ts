/**
 * The facts of an intervention, as its fact box shows them. The comparison
 * page puts these same facts side by side, so both take them from here.
 */
import type { CollectionEntry } from 'astro:content';
import { ui, type Lang } from '../i18n/index.ts';
import * as vocab from '../shared/vocabularies.ts';
import { isSlug } from '../schemas/fields.ts';
import { entriesOf, entryById, formatDate, formatDateOrMonth, urlOf } from './entries.ts';
import { fromVocabulary, organisationValues, period, texts, themeValues, type Fact, type FactValue } from './facts.ts';

type Intervention = CollectionEntry<'interventies'>['data'];
type Recognition = Intervention['recognitions'][number];

/** A recognition in words, saying what its date means: the day of the rating, or the day the databank was read. */
export const recognitionText = (r: Recognition, lang: Lang) => {
  const t = ui(lang).facts.intervention;
  return r.assessed_on ? t.recognitionAssessed(r.rating, r.databank, formatDateOrMonth(r.assessed_on, lang), r.assessed_on.length === 7) : t.recognitionConsulted(r.rating, r.databank, formatDate(r.consulted!, lang));
};

/** The same in a few words, for cards and search results: the rating, the databank, and what the date is. */
export const recognitionShortText = (r: Recognition, lang: Lang) => {
  const t = ui(lang).facts.intervention;
  return r.assessed_on ? t.recognitionShort(r.rating, r.databank, formatDateOrMonth(r.assessed_on, lang), r.assessed_on.length === 7) : t.recognitionShortConsulted(r.rating, r.databank, formatDate(r.consulted!, lang));
};

/** An intervention's recognitions as one line for a card or search result, or undefined where it has none. */
export function recognitionsLine(d: Record<string, unknown>, lang: Lang): string | undefined {
  const recognitions = (d.recognitions ?? []) as Recognition[];
  return recognitions.length > 0 ? recognitions.map((r) => recognitionShortText(r, lang)).join('; ') : undefined;
}

/** Every recognition in full, with its note, linked to the rating where it has an address. */
export const recognitionValues = (d: Pick<Intervention, 'recognitions'>, lang: Lang): FactValue[] =>
  d.recognitions.map((r) => ({ text: recognitionText(r, lang), ...(r.note ? { after: ` (${r.note})` } : {}), ...(r.url ? { href: r.url } : {}) }));

function costValues(d: Intervention, lang: Lang): FactValue[] {
  const t = ui(lang).facts.intervention;
  if (d.costs === undefined) return [];
  if (d.costs === 'onbekend') return [{ text: ui(lang).facts.notKnown }];
  return [{ text: t.costsValue(d.costs.amount, d.costs.per, d.costs.year) }, ...(d.costs.includes ? [{ text: t.costsIncludes(d.costs.includes) }] : [])];
}

function materialValues(d: Intervention, lang: Lang): FactValue[] {
  const t = ui(lang).facts.intervention;
  return d.materials.map((m) => {
    const languages = m.languages.length > 0 ? `, ${t.materialLanguages(m.languages.join(', '))}` : '';
    const text = `${m.title} (${vocab.materialKinds.label(m.kind, lang).toLowerCase()}${languages})`;
    const href = m.url ?? m.archived;
    return { text, ...(m.note ? { after: `. ${m.note}` } : {}), ...(href ? { href } : {}) };
  });
}

/** The organisation (linked) or institution that holds the method now. */
async function keeperValues(d: Intervention, lang: Lang): Promise<FactValue[]> {
  if (!d.keeper) return [];
  return isSlug(d.keeper) ? organisationValues([d.keeper], lang) : [{ text: d.keeper }];
}

/** The intervention this one adapts: linked where it has an entry, named where it has none. */
async function adaptedFromValues(d: Intervention): Promise<FactValue[]> {
  if (!d.adapted_from) return [];
  if (!d.adapted_from.startsWith('interventies/')) return [{ text: d.adapted_from }];
  const original = await entryById('interventies', d.adapted_from.slice('interventies/'.length));
  return [{ text: original.data.title, href: urlOf(original) }];
}

let versionsByOriginal: Promise<Map<string, CollectionEntry<'interventies'>[]>> | undefined;

/**
 * The interventions that say they adapt this one, in `lang`, so an original
 * links to its versions as they link to it. Grouped once per build by
 * original and language (as entriesWith groups), not found by going through
 * every intervention for each page.
 */
export async function adaptationsOf(id: string, lang: Lang): Promise<FactValue[]> {
  versionsByOriginal ??= entriesOf('interventies').then((entries) => {
    const groups = new Map<string, CollectionEntry<'interventies'>[]>();
    for (const entry of entries) {
      if (!entry.data.adapted_from?.startsWith('interventies/')) continue;
      const key = `${entry.data.adapted_from.slice('interventies/'.length)} ${entry.data.lang}`;
      const list = groups.get(key);
      if (list) list.push(entry);
      else groups.set(key, [entry]);
    }
    return groups;
  });
  return ((await versionsByOriginal).get(`${id} ${lang}`) ?? []).map((e) => ({ text: e.data.title, href: urlOf(e) }));
}

/**
 * Every fact but the evidence level, which the fact box shows as a scale. `id`
 * finds the versions that adapt it. The intervention's page shows the
 * recognitions beside its own level (`recognitions: false` leaves them out
 * here); the comparison has them as a row of their own.
 */
export async function interventionFacts(d: Intervention, lang: Lang, id?: string, { recognitions = true } = {}): Promise<Fact[]> {
  const t = ui(lang).facts;
  const adaptations = id ? await adaptationsOf(id, lang) : [];
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
    // Where an intervention adapts another, and who holds a method now, matter for some only: said where known.
    ...(d.adapted_from ? [{ label: t.intervention.adaptedFrom, values: await adaptedFromValues(d) }] : []),
    ...(adaptations.length > 0 ? [{ label: t.intervention.adaptations, values: adaptations, otherEntries: true }] : []),
    ...(recognitions ? [{ label: t.intervention.recognitions, values: recognitionValues(d, lang), empty: t.intervention.noRecognition }] : []),
    { label: t.intervention.costs, values: costValues(d, lang), empty: t.notKnown },
    { label: t.intervention.materials, values: materialValues(d, lang), empty: t.intervention.notDescribed },
    { label: t.activity, values: fromVocabulary(vocab.activities, [d.activity], lang), empty: t.notKnown },
    ...(d.stopped ? [{ label: t.intervention.stopped, values: [{ text: t.intervention.stoppedValue(d.stopped.year, d.stopped.reason) }] }] : []),
    ...(d.keeper ? [{ label: t.intervention.keeper, values: await keeperValues(d, lang) }] : []),
  ];
}

/** Who assessed the evidence level, and when; or the databank whose rating it follows; or that no committee did. */
export const evidenceAssessment = (evidence: Intervention['evidence'], lang: Lang, recognitions: readonly Recognition[] = []) => {
  const t = ui(lang).facts.intervention;
  if (evidence.assessed_by) return t.assessedBy(evidence.assessed_by, evidence.assessed_on ? formatDate(evidence.assessed_on, lang) : undefined);
  const followed = evidence.level === 'praktijk' ? undefined : recognitions.find((r) => r.level === evidence.level);
  return followed ? t.followsRecognition(followed.databank) : t.notAssessed;
};
