/**
 * The interface strings of the two languages, for pages and components. A
 * page's language follows from its address (`langOf(Astro.url)`), so every
 * template and component can find it without it being passed down. The
 * languages (src/shared/lang.ts) and their addresses (src/shared/addresses.ts)
 * are passed on from here, so that templates import one module for them.
 */
import type { Lang } from '../shared/lang.ts';
import { en } from './en.ts';
import { nl, type Dictionary } from './nl.ts';

export type { Dictionary };
export { defaultLang, langs, otherLang, type Lang } from '../shared/lang.ts';
export { langOf, langParam, localise } from '../shared/addresses.ts';

const dictionaries: Record<Lang, Dictionary> = { nl, en };

/** The interface strings of a language. */
export const ui = (lang: Lang): Dictionary => dictionaries[lang];

/** "interventie" as "Interventie", for headings and type labels. */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The name of a collection's list, as the main menu says it: "Tijdlijn", not
 * "Gebeurtenissen", so that the menu, the page's heading and its breadcrumb
 * use one name; collections outside the menu go by their plural.
 */
export function listTitle(lang: Lang, collection: keyof Dictionary['collections']): string {
  const nav: Record<string, string> = ui(lang).base.nav;
  return nav[collection] ?? capitalise(ui(lang).collections[collection].plural);
}
