// Starts the web editor at /bewerken/. Sveltia CMS fetches the strings of an
// interface language other than English from a CDN; this page allows no such
// request, so the Dutch strings, shipped beside the editor, are put where the
// CMS keeps the strings it fetched, and Dutch is chosen as its language unless
// the person chose another one in the editor.
import { registerReferenceField } from './reference-field.js';
import { registerWordOrRecordField } from './word-or-record-field.js';

const version = document.documentElement.dataset.cmsVersion;
const localeKey = 'sveltia-cms.locale';
const prefsKey = 'sveltia-cms.prefs';

async function seedDutch() {
  try {
    const cached = JSON.parse(localStorage.getItem(localeKey) ?? 'null');
    if (cached?._locale !== 'nl' || cached?._version !== version) {
      const response = await fetch(new URL('nl.json', import.meta.url));
      if (!response.ok) throw new Error(`nl.json: ${response.status}`);
      localStorage.setItem(localeKey, JSON.stringify({ _locale: 'nl', _version: version, ...(await response.json()) }));
    }
    const prefs = JSON.parse(localStorage.getItem(prefsKey) ?? '{}');
    if (!prefs.locale) localStorage.setItem(prefsKey, JSON.stringify({ ...prefs, locale: 'nl' }));
  } catch (error) {
    // Without storage the editor still works, in English.
    console.warn('De Nederlandse teksten van de editor konden niet worden klaargezet.', error);
  }
}

/**
 * The entries the reference fields offer, by list name (keuzes.json, written
 * with config.json). Without them a reference field offers nothing and
 * refuses what it cannot find among them, which the check would refuse too.
 */
async function loadChoiceLists() {
  try {
    const response = await fetch(new URL('keuzes.json', import.meta.url));
    if (!response.ok) throw new Error(`keuzes.json: ${response.status}`);
    return await response.json();
  } catch (error) {
    console.error('De keuzelijsten van de verwijzingen konden niet worden geladen.', error);
    return {};
  }
}

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`${src} could not be loaded`));
    document.head.append(script);
  });
}

/**
 * The CMS's viewport setting forbids zooming in (maximum-scale=1), which
 * people with low vision need (WCAG 1.4.4): the limit is taken out whenever
 * the CMS writes it.
 */
function allowZoom() {
  const fix = () => {
    for (const meta of document.querySelectorAll('meta[name="viewport"]')) {
      const content = meta.getAttribute('content') ?? '';
      const allowed = content.split(',').map((part) => part.trim()).filter((part) => !/^(maximum-scale|user-scalable)\s*=/.test(part)).join(', ');
      if (allowed !== content) meta.setAttribute('content', allowed);
    }
  };
  new MutationObserver(fix).observe(document.head, { childList: true, subtree: true, attributes: true, attributeFilter: ['content'] });
  fix();
}

const [choiceLists] = await Promise.all([loadChoiceLists(), seedDutch()]);
allowZoom();
window.CMS_MANUAL_INIT = true;
await loadScript(new URL('sveltia-cms.js', import.meta.url).href);
// The icon font, shipped beside the editor, instead of the CDN's copy that the
// CMS names and the policy blocks: a face added last wins over the CMS's one.
const icons = new FontFace('Material Symbols Outlined', `url(${new URL('symbolen.woff2', import.meta.url).href}) format('woff2')`, { weight: '100 700', display: 'block' });
document.fonts.add(icons);
icons.load().catch((error) => console.warn('Het lettertype met de symbolen van de editor kon niet worden geladen.', error));
// The preview uses the site's own stylesheets; it is an approximation (see the note above the form).
for (const meta of document.querySelectorAll('meta[name="lom-preview-style"]')) window.CMS.registerPreviewStyle(new URL(meta.content, location.href).href);
// This site's own field types, for values the CMS's fields cannot write (see src/editor/config.ts).
registerReferenceField(window.CMS, { h: window.h, createClass: window.createClass }, choiceLists);
registerWordOrRecordField(window.CMS, { h: window.h, createClass: window.createClass });
window.CMS.init();
