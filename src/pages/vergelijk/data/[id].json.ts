/**
 * `/vergelijk/data/<id>.json`: the facts of one intervention, for the
 * comparison page. One small file per intervention, so that the page fetches
 * only what the visitor saved (all interventions at once would be megabytes
 * at 10,000 entries).
 */
import type { APIRoute } from 'astro';
import { entriesOf, urlOf } from '../../../lib/entries.ts';
import { evidenceAssessment, interventionFacts } from '../../../lib/intervention-facts.ts';
import type { ComparedIntervention } from '../../../scripts/compare.ts';

export async function getStaticPaths() {
  return (await entriesOf('interventies')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: Awaited<ReturnType<typeof entriesOf<'interventies'>>>[number] };
  const d = entry.data;
  const data: ComparedIntervention = {
    id: entry.id,
    title: d.title,
    url: urlOf(entry),
    summary: d.summary,
    // The comparison page is Dutch.
    evidence: { level: d.evidence.level, assessment: evidenceAssessment(d.evidence, 'nl') },
    facts: await interventionFacts(d, 'nl'),
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
