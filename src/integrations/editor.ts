/**
 * The web editor at /bewerken/: Sveltia CMS as its package ships it (copied,
 * never bundled again), the configuration made from the schemas
 * (src/editor/config.ts), the Dutch interface strings and a page with a
 * Content Security Policy of its own, the only page that may talk to the Git
 * host's API. Nothing of it is loaded on any other page; it is not indexed
 * for search (it has no indexed part) and not listed in the sitemap (which
 * lists entries and pages of the site only).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Parser } from 'htmlparser2';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { entryChoices } from '../editor/choices.ts';
import { contentRead } from './content-read.ts';
import { choiceListsFile, editorChoiceLists, editorConfig } from '../editor/config.ts';
import { xml as escapeHtml } from '../lib/escape.ts';
import { contentRoot, repositoryUrl, siteUrl } from '../site.config.ts';

/** Where the editor is served. */
export const editorPath = '/bewerken/';

const require = createRequire(import.meta.url);
// The package exports only its module (npm/index.js); the files beside it are read from its folder.
const packageDir = path.resolve(path.dirname(require.resolve('@sveltia/cms')), '..');
/** The icon font the CMS would fetch from a CDN: its buttons show icon names as text without it. */
const iconFont = path.join(path.dirname(require.resolve('@fontsource-variable/material-symbols-outlined/index.css')), 'files/material-symbols-outlined-latin-wght-normal.woff2');
const cmsVersion = (JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
/** Immutable.js, which the CMS installs and needs for custom field types, but fetches from a CDN. */
const immutableModule = path.join(path.dirname(createRequire(path.join(packageDir, 'package.json')).resolve('immutable')), 'immutable.es.js');

/**
 * The address the CMS imports Immutable.js from (a CDN, with the version it
 * names in its bundle): the editor's import map points it at the copy served
 * beside the editor, since the policy allows no other host.
 */
function immutableCdnUrl(): string {
  const bundle = fs.readFileSync(path.join(packageDir, 'dist/sveltia-cms.js'), 'utf8');
  const version = /immutable:`\^?(\d+\.\d+\.\d+)`/.exec(bundle)?.[1];
  if (!version || !bundle.includes('dist/immutable.es.js')) {
    throw new Error('Sveltia CMS no longer names the Immutable.js it loads as before: the editor\'s own field types would not load. See "Updating the CMS" in docs/editor.md.');
  }
  return `https://unpkg.com/immutable@${version}/dist/immutable.es.js`;
}

/** The editor page's import map, inline (browsers read no other), allowed by its hash in the policy. */
export const editorImportMap = JSON.stringify({ imports: { [immutableCdnUrl()]: `${editorPath}immutable.es.js` } });
const importMapHash = `'sha256-${createHash('sha256').update(editorImportMap).digest('base64')}'`;

/**
 * The editor's policy: the site's own scripts only, as everywhere, and the
 * import map by its hash; styles the CMS sets inline; requests to GitHub's
 * API (and the avatars it links) only.
 */
export const editorPolicy = [
  "default-src 'self'",
  `script-src 'self' ${importMapHash}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com",
  "font-src 'self'",
  // data: and blob: are the CMS reading its own icons and files in memory.
  "connect-src 'self' data: blob: https://api.github.com",
  "worker-src 'self' blob:",
  // The preview is a document the CMS makes in memory.
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** `owner/name` of the repository, from its address. */
function repositoryName(url: string): string {
  const match = /github\.com\/([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url);
  if (!match) throw new Error(`The editor proposes changes on GitHub, but the repository address ${url} is not a GitHub repository.`);
  return match[1]!;
}

/** The stylesheets of the built home page, which the preview uses. */
function siteStylesheets(outDir: string): string[] {
  const home = path.join(outDir, 'index.html');
  if (!fs.existsSync(home)) return [];
  const found: string[] = [];
  // Read as HTML, as the link checker reads pages: attributes in any order and quoting.
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'link' && attributes.rel?.split(/\s+/).includes('stylesheet') && attributes.href) found.push(attributes.href);
    },
  });
  parser.end(fs.readFileSync(home, 'utf8'));
  return found;
}

function editorPage(stylesheets: string[]): string {
  return `<!doctype html>
<html lang="nl" data-cms-version="${escapeHtml(cmsVersion)}">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="${escapeHtml(editorPolicy)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Bewerken – LOM-kennisbank</title>
<script type="importmap">${editorImportMap}</script>
<link rel="cms-config-url" type="application/json" href="${editorPath}config.json">
${stylesheets.map((href) => `<meta name="lom-preview-style" content="${escapeHtml(href)}">`).join('\n')}
<script type="module" src="${editorPath}start.js"></script>
</head>
<body>
<noscript><p>De editor werkt alleen met JavaScript. U kunt een wijziging ook voorstellen zoals beschreven op <a href="/bijdragen/">Bijdragen</a>.</p></noscript>
</body>
</html>
`;
}

/** Writes the editor into the built site. */
export function writeEditor(outDir: string): void {
  const dir = path.join(outDir, editorPath);
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(packageDir, 'dist/sveltia-cms.js'), path.join(dir, 'sveltia-cms.js'));
  // React's DOM renderer, which the CMS loads beside itself (else from a CDN) for this site's own field types.
  fs.mkdirSync(path.join(dir, 'chunks'), { recursive: true });
  fs.copyFileSync(path.join(packageDir, 'dist/chunks/react-dom.js'), path.join(dir, 'chunks/react-dom.js'));
  fs.copyFileSync(immutableModule, path.join(dir, 'immutable.es.js'));
  fs.copyFileSync(path.join(packageDir, 'locales/nl.json'), path.join(dir, 'nl.json'));
  fs.copyFileSync(iconFont, path.join(dir, 'symbolen.woff2'));
  // The site's own scripts of the editor: start.js and the modules it imports.
  const scripts = fileURLToPath(new URL('../editor/browser/', import.meta.url));
  for (const script of fs.readdirSync(scripts).filter((name) => name.endsWith('.js'))) fs.copyFileSync(path.join(scripts, script), path.join(dir, script));
  const config = editorConfig({ repo: repositoryName(repositoryUrl), siteUrl });
  fs.writeFileSync(path.join(dir, 'config.json'), `${JSON.stringify(config, null, 2)}\n`);
  // The reference fields' choices, once per kind of reference, which start.js loads before the CMS starts.
  // Taken from the build's read of the content where there is one (content-read.ts).
  const choices = contentRead(contentRoot)?.choices ?? entryChoices(contentRoot);
  fs.writeFileSync(path.join(dir, choiceListsFile), JSON.stringify(editorChoiceLists(choices)));
  fs.writeFileSync(path.join(dir, 'index.html'), editorPage(siteStylesheets(outDir)));
}

export default function editor(): AstroIntegration {
  return {
    name: 'lom-editor',
    hooks: {
      'astro:build:done': ({ dir }) => writeEditor(fileURLToPath(dir)),
    },
  };
}
