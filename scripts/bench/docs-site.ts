/**
 * `node scripts/bench/docs-site.ts <markdownDir> <outDir> <searchSite>`:
 * turns a folder of Dutch Markdown documentation that nobody here wrote into
 * plain HTML pages (one per file, at `/<path>/`, the text marked for
 * Pagefind), indexes them as the build indexes entries (search-index.ts,
 * with compounds split against the Markdown's own words and its abbreviations), and copies the
 * search page and its scripts from a built site, so that
 * scripts/bench/relevance.ts can search the pages the way the site does.
 * Keep both folders in `.tmp/`: the text is not ours to commit.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { xml as escapeHtml } from '../../src/lib/escape.ts';
import { indexSite } from '../../src/integrations/search-index.ts';
import { wordsOfFiles } from '../../src/integrations/search-text.ts';

const render = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);

/** Front matter and body; a file whose front matter does not parse (a template) is taken as all body. */
function frontMatter(text: string): { data: Record<string, unknown>; content: string } {
  try {
    return matter(text);
  } catch {
    return { data: {}, content: text };
  }
}

export async function buildDocsSite(markdownDir: string, outDir: string, searchSite: string): Promise<number> {
  fs.rmSync(outDir, { recursive: true, force: true });
  // Files only: a link to a file outside the folder is left out.
  const files = (fs.readdirSync(markdownDir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.md') && fs.lstatSync(path.join(markdownDir, file)).isFile())
    .sort();
  let pages = 0;
  for (const file of files) {
    const { data, content } = frontMatter(fs.readFileSync(path.join(markdownDir, file), 'utf8'));
    const title = typeof data.title === 'string' ? data.title : (/^#\s+(.+)$/m.exec(content)?.[1] ?? path.basename(file, '.md'));
    const body = String(await render.process(content.replace(/^#\s+.+$/m, '')));
    const page = `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
      `<body><main data-pagefind-body><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
    const target = path.join(outDir, file.replace(/\.md$/, ''), 'index.html');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, page);
    pages++;
  }
  // The site's own search page and scripts, which load the index from /pagefind/.
  fs.cpSync(path.join(searchSite, 'zoeken'), path.join(outDir, 'zoeken'), { recursive: true });
  fs.cpSync(path.join(searchSite, '_astro'), path.join(outDir, '_astro'), { recursive: true });
  await indexSite(outDir, { corpus: wordsOfFiles(markdownDir) });
  return pages;
}

if (import.meta.filename === process.argv[1]) {
  const [markdownDir, outDir, searchSite] = process.argv.slice(2);
  if (!markdownDir || !outDir || !searchSite) {
    console.error('Usage: node scripts/bench/docs-site.ts <markdownDir> <outDir> <builtSiteWithSearchPage>');
    process.exit(2);
  }
  const pages = await buildDocsSite(path.resolve(markdownDir), path.resolve(outDir), path.resolve(searchSite));
  console.log(`${pages} pages in ${outDir}, indexed.`);
}
