/**
 * The evidence level as a text-labelled scale of six steps. The level is
 * always written out; the filled steps only repeat it, for those who scan.
 * Pages (EvidenceScale.astro) and client code (search results, the
 * comparison page) take the markup from here, so that the scale looks and
 * reads the same wherever an intervention appears.
 */
import { evidenceLevels } from '../vocabularies.ts';

export interface EvidenceScaleOptions {
  /** Smaller rank text, for cards and result lists. */
  compact?: boolean;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** Position (1 to 6) of a level on the scale, or 0 for a level the vocabulary does not know. */
export const evidenceRank = (level: string) => evidenceLevels.ids.indexOf(level as (typeof evidenceLevels.ids)[number]) + 1;

/** The label and rank as one line of text, for exports and other places without the steps. */
export function evidenceText(level: string): string {
  const rank = evidenceRank(level);
  return rank === 0 ? level : `${evidenceLevels.label(level)} (niveau ${rank} van ${evidenceLevels.ids.length})`;
}

/** The scale as HTML. Labels come from the vocabulary and are escaped all the same, as client code parses this. */
export function evidenceScaleHtml(level: string, { compact = false }: EvidenceScaleOptions = {}): string {
  const rank = evidenceRank(level);
  const total = evidenceLevels.ids.length;
  const classes = `evidence${compact ? ' evidence--compact' : ''}`;
  // An unknown level (a stale search index, say) is shown as its text only, never as an empty scale.
  if (rank === 0) return `<span class="${classes}"><span class="evidence__label">${escapeHtml(level)}</span></span>`;
  const steps = evidenceLevels.ids.map((_, i) => `<span class="evidence__step${i < rank ? ' evidence__step--on' : ''}"></span>`).join('');
  return (
    `<span class="${classes}"><span class="evidence__steps" aria-hidden="true">${steps}</span>` +
    `<span class="evidence__label">${escapeHtml(evidenceLevels.label(level))} <span class="evidence__rank">· niveau ${rank} van ${total}</span></span></span>`
  );
}

/** The scale as a DOM element, for client code. */
export function evidenceScaleElement(level: string, options: EvidenceScaleOptions = {}): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = evidenceScaleHtml(level, options);
  return template.content.firstElementChild as HTMLElement;
}
