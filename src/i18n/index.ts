/**
 * The interface strings of the two languages, for pages and components. A
 * page's language follows from its address (`langOf(Astro.url)`), so every
 * template and component can find it without it being passed down; the
 * languages themselves and their addresses are in src/shared/lang.ts, which
 * this module passes on so that templates import one module.
 */
import type { Lang } from '../shared/lang.ts';
import { en } from './en.ts';
import { nl, type Dictionary } from './nl.ts';

export type { Dictionary };
export { defaultLang, langOf, langParam, langs, localise, otherLang, type Lang } from '../shared/lang.ts';

const dictionaries: Record<Lang, Dictionary> = { nl, en };

/** The interface strings of a language. */
export const ui = (lang: Lang): Dictionary => dictionaries[lang];

/** "interventie" as "Interventie", for headings and type labels. */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
