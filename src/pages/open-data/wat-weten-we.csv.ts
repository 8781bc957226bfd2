/** `/open-data/wat-weten-we.csv`: the knowledge map, one row per theme × community, as the other CSV downloads are written. */
import type { APIRoute } from 'astro';
import { knowledgeRows } from '../../lib/knowledge-map.ts';
import { siteKnowledgeMap } from '../../lib/knowledge-data.ts';
import { toCsvDocument } from '../../shared/csv.ts';

export const GET: APIRoute = async () => {
  const rows = knowledgeRows(await siteKnowledgeMap());
  const columns = Object.keys(rows[0]!) as (keyof (typeof rows)[number])[];
  const csv = toCsvDocument([columns, ...rows.map((row) => columns.map((column) => String(row[column])))]);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
