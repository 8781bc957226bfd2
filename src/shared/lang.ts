/**
 * The two interface languages. Dutch is the default; how an address says
 * which one a page is in is in addresses.ts. A leaf module: vocabularies,
 * schemas, browser code and the dictionaries all name a language without
 * importing each other.
 */

export const langs = ['nl', 'en'] as const;
export type Lang = (typeof langs)[number];
export const defaultLang: Lang = 'nl';

export const otherLang = (lang: Lang): Lang => (lang === 'nl' ? 'en' : 'nl');
