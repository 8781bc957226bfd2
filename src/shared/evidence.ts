/**
 * The evidence level as a text-labelled scale of six steps. The level is
 * always written out; the filled steps only repeat it, for those who scan.
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

/** Position (1 to 6) of a level on the scale, or 0 for a level the vocabulary does not know. */
export const evidenceRank = (level: string) => evidenceLevels.ids.indexOf(level as (typeof evidenceLevels.ids)[number]) + 1;

/** "niveau 3 van 6", "level 3 of 6". */
const rankText = (rank: number, lang: Lang) => fill(evidenceRankLabels[lang], { rank, total: evidenceLevels.ids.length });

/** The label and rank as one line of Dutch text, for the comparison page's downloads. */
export function evidenceText(level: string): string {
  const rank = evidenceRank(level);
  return rank === 0 ? level : `${evidenceLevels.label(level)} (${rankText(rank, 'nl')})`;
}

/** The scale as HTML. Labels come from the vocabulary and are escaped all the same, as client code parses this. */
export function evidenceScaleHtml(level: string, { compact = false, lang = 'nl' }: EvidenceScaleOptions = {}): string {
  const rank = evidenceRank(level);
  const classes = `evidence${compact ? ' evidence--compact' : ''}`;
  // An unknown level (a stale search index, say) is shown as its text only, never as an empty scale.
  if (rank === 0) return `<span class="${classes}"><span class="evidence__label">${escapeHtml(level)}</span></span>`;
  const steps = evidenceLevels.ids.map((_, i) => `<span class="evidence__step${i < rank ? ' evidence__step--on' : ''}"></span>`).join('');
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
