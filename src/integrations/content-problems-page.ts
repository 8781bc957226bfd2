/**
 * The dev server's middleware of content-problems.ts: while the content has
 * errors, every page is a Dutch page that lists them, as `npm run check`
 * does, and that reloads when they are fixed (through Vite's client).
 */
import type { MiddlewareHandler } from 'astro';
import { formatProblems, summarise } from '../content-tools/problem.ts';
import { xml } from '../lib/escape.ts';
import { devContentState } from './content-problems.ts';

export const onRequest: MiddlewareHandler = (context, next) => {
  const problems = devContentState.problems;
  if (!problems || context.url.pathname.startsWith('/@') || context.url.pathname.startsWith('/_')) return next();
  const page = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>De inhoud bevat fouten</title>
<script type="module" src="/@vite/client"></script>
</head>
<body>
<main>
<h1>De inhoud bevat fouten</h1>
<p>Deze pagina verschijnt alleen tijdens het schrijven (npm run dev). Los de fouten op en sla het bestand op: de pagina laadt dan vanzelf opnieuw.</p>
<pre>${xml(`${formatProblems(problems).trimStart()}\n\n${summarise(problems)}`)}</pre>
</main>
</body>
</html>`;
  return new Response(page, { status: 500, headers: { 'content-type': 'text/html; charset=utf-8' } });
};
