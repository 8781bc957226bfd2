/**
 * The two interface languages, and how an address says which one a page is
 * in. Dutch is the default and has no prefix; the English interface lives
 * under /en/. A leaf module: vocabularies, schemas, browser code and the
 * dictionaries all name a language without importing each other.
 *
 * Astro's own i18n routing is not used: its `currentLocale` takes the locale
 * from any path segment or route parameter that equals a locale code, so a
 * Dutch entry with the id `en` would get the English interface.
 */

export const langs = ['nl', 'en'] as const;
export type Lang = (typeof langs)[number];
export const defaultLang: Lang = 'nl';

export const otherLang = (lang: Lang): Lang => (lang === 'nl' ? 'en' : 'nl');

/** The language of the page at this address. */
export const langOf = (url: URL): Lang => (url.pathname === '/en' || url.pathname.startsWith('/en/') ? 'en' : 'nl');

/** A site path in a language: `/interventies/` becomes `/en/interventies/` in English. */
export const localise = (lang: Lang, path: string): string => (lang === defaultLang ? path : `/${lang}${path}`);

/** The value of the `[...lang]` route parameter for a language: none for Dutch, whose pages have no prefix. */
export const langParam = (lang: Lang): string | undefined => (lang === defaultLang ? undefined : lang);
