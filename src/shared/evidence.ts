/**
 * The evidence level as a text-labelled scale of the five levels an
 * assessment can give (those of the Dutch recognition system). The level is
 * always written out; the filled steps only repeat it, for those who scan.
 * Practice-based knowledge is not a level but the absence of an assessment,
 * so it gets no scale at all: an empty or one-step meter would read as
 * "weak" rather than "not assessed".
 * Pages (EvidenceScale.astro) and client code (search results, the
 * comparison page) take the markup from here, so that the scale looks and
 * reads the same wherever an intervention appears.
 */
import { fill } from './format.ts';
import type { Lang } from './lang.ts';
import { evidenceLevels, evidenceRankLabels } from './vocabularies.ts';

export interface EvidenceScaleOptions {
  /** Smaller rank text, for cards and result lists. */
  compact?: boolean;
  /** The language of the page; Dutch unless said. */
  lang?: Lang;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** The level of an intervention nobody assessed. */
export const unassessedLevel = 'praktijk';

/** The levels an assessment gives, in rising order. */
export const assessedLevels: readonly string[] = evidenceLevels.ids.filter((id) => id !== unassessedLevel);

/** Whether a level is the result of an assessment. */
export const isAssessed = (level: string) => assessedLevels.includes(level);

/** Position (1 to 5) of an assessed level on the scale, or 0 for the unassessed level and for a level the vocabulary does not know. */
export const evidenceRank = (level: string) => assessedLevels.indexOf(level) + 1;

/** "niveau 2 van 5", "level 2 of 5". */
const rankText = (rank: number, lang: Lang) => fill(evidenceRankLabels[lang], { rank, total: assessedLevels.length });

/** The label and rank as one line of Dutch text, for the comparison page's downloads. */
export function evidenceText(level: string): string {
  const rank = evidenceRank(level);
  return rank === 0 ? evidenceLevels.label(level) : `${evidenceLevels.label(level)} (${rankText(rank, 'nl')})`;
}

/** The scale as HTML. Labels come from the vocabulary and are escaped all the same, as client code parses this. */
export function evidenceScaleHtml(level: string, { compact = false, lang = 'nl' }: EvidenceScaleOptions = {}): string {
  const rank = evidenceRank(level);
  const classes = `evidence${compact ? ' evidence--compact' : ''}`;
  // Not assessed, or a level this code does not know (a stale search index, say): the text only, never an empty scale.
  if (rank === 0) {
    const unassessed = level === unassessedLevel ? ' evidence--unassessed' : '';
    return `<span class="${classes}${unassessed}"><span class="evidence__label">${escapeHtml(evidenceLevels.label(level, lang))}</span></span>`;
  }
  const steps = assessedLevels.map((_, i) => `<span class="evidence__step${i < rank ? ' evidence__step--on' : ''}"></span>`).join('');
  return (
    `<span class="${classes}"><span class="evidence__steps" aria-hidden="true">${steps}</span>` +
    `<span class="evidence__label">${escapeHtml(evidenceLevels.label(level, lang))} <span class="evidence__rank">· ${rankText(rank, lang)}</span></span></span>`
  );
}

/** The scale as a DOM element, for client code. */
export function evidenceScaleElement(level: string, options: EvidenceScaleOptions = {}): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = evidenceScaleHtml(level, options);
  return template.content.firstElementChild as HTMLElement;
}
