/** `/open-data/wat-weten-we.json`: the knowledge map, one record per theme × community. */
import type { APIRoute } from 'astro';
import { knowledgeRows } from '../../lib/knowledge-map.ts';
import { siteKnowledgeMap } from '../../lib/knowledge-data.ts';

export const GET: APIRoute = async () => {
  const map = await siteKnowledgeMap();
  const body = { description: 'Wat weten we? Per thema en gemeenschap: het aantal interventies, lessen en netwerken, en het hoogste bewijsniveau van de interventies.', lessen_zonder_gemeenschap: map.lessonsWithoutCommunity, cells: knowledgeRows(map) };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
