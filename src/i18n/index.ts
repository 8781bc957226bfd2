/**
 * The two interface languages. Dutch is the default and has no prefix; the
 * English interface lives under /en/. A page's language follows from its
 * address (`langOf(Astro.url)`), so every template and component can find it
 * without it being passed down.
 *
 * Astro's own i18n routing is not used: its `currentLocale` takes the locale
 * from any path segment or route parameter that equals a locale code, so a
 * Dutch entry with the id `en` would get the English interface.
 */
import { en } from './en.ts';
import { nl, type Dictionary } from './nl.ts';

export type { Dictionary };

export const langs = ['nl', 'en'] as const;
export type Lang = (typeof langs)[number];
export const defaultLang: Lang = 'nl';

const dictionaries: Record<Lang, Dictionary> = { nl, en };

/** The interface strings of a language. */
export const ui = (lang: Lang): Dictionary => dictionaries[lang];

export const otherLang = (lang: Lang): Lang => (lang === 'nl' ? 'en' : 'nl');

/** The language of the page at this address. */
export const langOf = (url: URL): Lang => (url.pathname === '/en' || url.pathname.startsWith('/en/') ? 'en' : 'nl');

/** A site path in a language: `/interventies/` becomes `/en/interventies/` in English. */
export const localise = (lang: Lang, path: string): string => (lang === defaultLang ? path : `/${lang}${path}`);

/** The value of the `[...lang]` route parameter for a language: none for Dutch, whose pages have no prefix. */
export const langParam = (lang: Lang): string | undefined => (lang === defaultLang ? undefined : lang);

/** "interventie" as "Interventie", for headings and type labels. */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
