/**
 * Controlled vocabularies of the knowledge base: each value has a stable id
 * (used in front matter, URLs and search filters), a Dutch label and an
 * English one (shown to people, in the language of the page). Every schema,
 * filter and template takes its values from here.
 */
import type { Lang } from './lang.ts';

/**
 * Builds a vocabulary from id → Dutch label pairs and the English label of
 * every id, keeping the ids as a tuple for Zod enums. `labels` stays the
 * Dutch ones, which the JSON Schemas describe the values with. `name` is the
 * vocabulary's export name, by which a schema field names the vocabulary its
 * values come from (see `oneOf` in src/schemas/fields.ts). `noun` is what one
 * value is called in Dutch, for the check's messages ("… is geen thema").
 */
function vocabulary<const T extends Record<string, string>>(name: string, noun: string, labels: T, english: { [K in keyof T]: string }) {
  const ids = Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
  const byLang: Record<Lang, Record<string, string>> = { nl: labels, en: english };
  return {
    name,
    noun,
    ids,
    labels,
    label: (id: string, lang: Lang = 'nl'): string => byLang[lang][id] ?? id,
  };
}

export type Vocabulary = ReturnType<typeof vocabulary>;

export const themes = vocabulary('themes', 'thema',
  {
    onderwijs: 'Onderwijs',
    'werk-en-inkomen': 'Werk en inkomen',
    jeugdwerkloosheid: 'Jeugdwerkloosheid',
    ouderbetrokkenheid: 'Ouderbetrokkenheid',
    'ouderen-en-zorg': 'Ouderen en zorg',
    gezondheid: 'Gezondheid',
    'sociale-stabiliteit': 'Sociale stabiliteit',
    'participatie-en-burgerschap': 'Participatie en burgerschap',
    taal: 'Taal',
    emancipatie: 'Emancipatie',
    veiligheid: 'Veiligheid',
    'armoede-en-schulden': 'Armoede en schulden',
    discriminatie: 'Discriminatie',
    'nieuwe-migratie': 'Nieuwe migratie',
    'dialoog-en-inspraak': 'Dialoog en inspraak',
  },
  {
    onderwijs: 'Education',
    'werk-en-inkomen': 'Work and income',
    jeugdwerkloosheid: 'Youth unemployment',
    ouderbetrokkenheid: 'Parental involvement',
    'ouderen-en-zorg': 'Older people and care',
    gezondheid: 'Health',
    'sociale-stabiliteit': 'Social stability',
    'participatie-en-burgerschap': 'Participation and citizenship',
    taal: 'Language',
    emancipatie: 'Emancipation',
    veiligheid: 'Safety',
    'armoede-en-schulden': 'Poverty and debt',
    discriminatie: 'Discrimination',
    'nieuwe-migratie': 'New migration',
    'dialoog-en-inspraak': 'Dialogue and consultation',
  },
);

export const communities = vocabulary('communities', 'gemeenschap',
  {
    molukse: 'Molukse Nederlanders',
    chinese: 'Chinese Nederlanders',
    caribische: 'Caribische Nederlanders',
    surinaamse: 'Surinaamse Nederlanders',
    vluchtelingen: 'Vluchtelingen',
    turkse: 'Turkse Nederlanders',
    marokkaanse: 'Marokkaanse Nederlanders',
    'zuid-europese': 'Zuid-Europese Nederlanders',
    'midden-en-oost-europese': 'Midden- en Oost-Europeanen',
    algemeen: 'Alle gemeenschappen',
  },
  {
    molukse: 'Moluccan Dutch',
    chinese: 'Chinese Dutch',
    caribische: 'Caribbean Dutch',
    surinaamse: 'Surinamese Dutch',
    vluchtelingen: 'Refugees',
    turkse: 'Turkish Dutch',
    marokkaanse: 'Moroccan Dutch',
    'zuid-europese': 'Southern European Dutch',
    'midden-en-oost-europese': 'Central and Eastern Europeans',
    algemeen: 'All communities',
  },
);

export const targetGroups = vocabulary('targetGroups', 'doelgroep',
  {
    kinderen: 'Kinderen',
    jongeren: 'Jongeren',
    ouders: 'Ouders',
    vaders: 'Vaders',
    moeders: 'Moeders',
    vrouwen: 'Vrouwen',
    ouderen: 'Ouderen',
    nieuwkomers: 'Nieuwkomers',
    sleutelfiguren: 'Sleutelfiguren',
    vrijwilligers: 'Vrijwilligers',
    professionals: 'Professionals',
    beleidsmakers: 'Beleidsmakers',
  },
  {
    kinderen: 'Children',
    jongeren: 'Young people',
    ouders: 'Parents',
    vaders: 'Fathers',
    moeders: 'Mothers',
    vrouwen: 'Women',
    ouderen: 'Older people',
    nieuwkomers: 'Newcomers',
    sleutelfiguren: 'Key figures',
    vrijwilligers: 'Volunteers',
    professionals: 'Professionals',
    beleidsmakers: 'Policy makers',
  },
);

export const audiences = vocabulary('audiences', 'publiek',
  {
    gemeente: 'Gemeenten',
    onderwijs: 'Onderwijs',
    'werk-en-inkomen': 'Werk en inkomen',
    'zorg-en-welzijn': 'Zorg en welzijn',
    'politie-en-veiligheid': 'Politie en veiligheid',
    rijksoverheid: 'Rijksoverheid',
    'maatschappelijke-organisaties': 'Maatschappelijke organisaties',
  },
  {
    gemeente: 'Municipalities',
    onderwijs: 'Education',
    'werk-en-inkomen': 'Work and income',
    'zorg-en-welzijn': 'Care and welfare',
    'politie-en-veiligheid': 'Police and safety',
    rijksoverheid: 'Central government',
    'maatschappelijke-organisaties': 'Civil society organisations',
  },
);

/**
 * The themes whose interventions a sector's route on the home page leads to.
 * Interventions name no sector of their own (lessons and guidance do); a
 * theme stands for the field a sector works in. A sector without themes here
 * gets no interventions link.
 */
export const sectorThemes: Readonly<Record<(typeof audiences.ids)[number], readonly (typeof themes.ids)[number][]>> = {
  gemeente: [],
  onderwijs: ['onderwijs'],
  'werk-en-inkomen': ['werk-en-inkomen', 'jeugdwerkloosheid'],
  'zorg-en-welzijn': ['ouderen-en-zorg', 'gezondheid'],
  'politie-en-veiligheid': ['veiligheid'],
  rijksoverheid: [],
  'maatschappelijke-organisaties': [],
};

export const settings = vocabulary('settings', 'omgeving',
  {
    school: 'School',
    wijk: 'Wijk',
    werk: 'Werk',
    zorg: 'Zorg',
    thuis: 'Thuis',
    online: 'Online',
    gemeente: 'Gemeente',
  },
  {
    school: 'School',
    wijk: 'Neighbourhood',
    werk: 'Work',
    zorg: 'Care',
    thuis: 'Home',
    online: 'Online',
    gemeente: 'Municipality',
  },
);

/** In rising order, as in the Dutch recognition system for interventions (Erkenningsstelsel). */
export const evidenceLevels = vocabulary('evidenceLevels', 'bewijsniveau',
  {
    praktijk: 'Praktijkkennis (niet beoordeeld)',
    'goed-beschreven': 'Goed beschreven',
    'goed-onderbouwd': 'Goed onderbouwd',
    'effectief-eerste-aanwijzingen': 'Effectief – eerste aanwijzingen',
    'effectief-goede-aanwijzingen': 'Effectief – goede aanwijzingen',
    'effectief-sterke-aanwijzingen': 'Effectief – sterke aanwijzingen',
  },
  {
    praktijk: 'Practice-based knowledge (not assessed)',
    'goed-beschreven': 'Well described',
    'goed-onderbouwd': 'Well founded',
    'effectief-eerste-aanwijzingen': 'Effective – first indications',
    'effectief-goede-aanwijzingen': 'Effective – good indications',
    'effectief-sterke-aanwijzingen': 'Effective – strong indications',
  },
);

export const knowledgeKinds = vocabulary('knowledgeKinds', 'soort kennis',
  {
    ervaringskennis: 'Ervaringskennis',
    'professionele-kennis': 'Professionele kennis',
    'wetenschappelijke-kennis': 'Wetenschappelijke kennis',
  },
  {
    ervaringskennis: 'Experiential knowledge',
    'professionele-kennis': 'Professional knowledge',
    'wetenschappelijke-kennis': 'Scientific knowledge',
  },
);

/** Kinds of material an intervention comes with. */
export const materialKinds = vocabulary('materialKinds', 'soort materiaal',
  { handboek: 'Handboek of methodiekbeschrijving', training: 'Training', materiaal: 'Materiaal voor deelnemers', overig: 'Overig' },
  { handboek: 'Handbook or method description', training: 'Training', materiaal: 'Materials for participants', overig: 'Other' },
);

export const activities = vocabulary('activities', 'activiteit',
  {
    lopend: 'Lopend',
    afgerond: 'Afgerond',
    onbekend: 'Niet bekend',
  },
  {
    lopend: 'Ongoing',
    afgerond: 'Completed',
    onbekend: 'Not known',
  },
);

export const statuses = vocabulary('statuses', 'status',
  {
    gepubliceerd: 'Gepubliceerd',
    concept: 'Concept',
  },
  {
    gepubliceerd: 'Published',
    concept: 'Draft',
  },
);

export const languages = vocabulary('languages', 'taal',
  {
    nl: 'Nederlands',
    en: 'Engels',
  },
  {
    nl: 'Dutch',
    en: 'English',
  },
);

export const organisationKinds = vocabulary('organisationKinds', 'soort organisatie',
  {
    lom: 'LOM-organisatie',
    partner: 'Partnerorganisatie',
    kennisinstituut: 'Kennisinstituut',
    overheid: 'Overheid',
  },
  {
    lom: 'LOM organisation',
    partner: 'Partner organisation',
    kennisinstituut: 'Knowledge institute',
    overheid: 'Government',
  },
);

export const certainties = vocabulary('certainties', 'mate van zekerheid',
  {
    bekend: 'Bekend',
    afgeleid: 'Afgeleid uit bronnen',
    onbekend: 'Niet bekend',
  },
  {
    bekend: 'Known',
    afgeleid: 'Derived from sources',
    onbekend: 'Not known',
  },
);

export const afterTransition = vocabulary('afterTransition', 'situatie na 2015',
  {
    actief: 'Nog actief',
    vrijwilligers: 'Actief met vrijwilligers',
    opgegaan: 'Opgegaan in een andere organisatie',
    opgeheven: 'Opgeheven',
    onbekend: 'Niet bekend',
  },
  {
    actief: 'Still active',
    vrijwilligers: 'Active with volunteers',
    opgegaan: 'Merged into another organisation',
    opgeheven: 'Dissolved',
    onbekend: 'Not known',
  },
);

export const lessonKinds = vocabulary('lessonKinds', 'soort les',
  {
    'werkzaam-element': 'Werkzaam element',
    valkuil: 'Valkuil',
    randvoorwaarde: 'Randvoorwaarde',
    aanbeveling: 'Aanbeveling',
  },
  {
    'werkzaam-element': 'Effective element',
    valkuil: 'Pitfall',
    randvoorwaarde: 'Precondition',
    aanbeveling: 'Recommendation',
  },
);

export const networkKinds = vocabulary('networkKinds', 'soort netwerk',
  {
    sleutelfiguren: 'Netwerk van sleutelfiguren',
    koepel: 'Koepel',
    platform: 'Platform',
    alliantie: 'Alliantie',
    samenwerkingsverband: 'Samenwerkingsverband',
    expertgroep: 'Expertgroep',
  },
  {
    sleutelfiguren: 'Network of key figures',
    koepel: 'Umbrella organisation',
    platform: 'Platform',
    alliantie: 'Alliance',
    samenwerkingsverband: 'Partnership',
    expertgroep: 'Expert group',
  },
);

export const eventKinds = vocabulary('eventKinds', 'soort gebeurtenis',
  {
    wet: 'Wet',
    besluit: 'Besluit',
    overleg: 'Overleg',
    organisatie: 'Organisatie',
    kennisinfrastructuur: 'Kennisinfrastructuur',
  },
  {
    wet: 'Law',
    besluit: 'Decision',
    overleg: 'Consultation',
    organisatie: 'Organisation',
    kennisinfrastructuur: 'Knowledge infrastructure',
  },
);

export const docTypes = vocabulary('docTypes', 'soort document',
  {
    kamerbrief: 'Kamerbrief',
    wet: 'Wet',
    kamerstuk: 'Kamerstuk',
    rapport: 'Rapport',
    artikel: 'Artikel',
    website: 'Website',
  },
  {
    kamerbrief: 'Letter to Parliament',
    wet: 'Law',
    kamerstuk: 'Parliamentary paper',
    rapport: 'Report',
    artikel: 'Article',
    website: 'Website',
  },
);

/** How the evidence scale names a level's place on it, with `{rank}` and `{total}` (see src/shared/evidence.ts). */
export const evidenceRankLabels: Record<Lang, string> = { nl: 'niveau {rank} van {total}', en: 'level {rank} of {total}' };

/**
 * The werkblad sections an intervention's body is expected to have, in order,
 * as headed in each language. Uitvoering (the steps: who does what, how often,
 * how long) sits between the approach and its grounding.
 */
export const interventionSectionsByLang = {
  nl: ['Doel', 'Doelgroep', 'Aanpak', 'Uitvoering', 'Onderbouwing', 'Resultaten', 'Randvoorwaarden'],
  en: ['Aim', 'Target group', 'Approach', 'Delivery', 'Basis', 'Results', 'Conditions'],
} as const satisfies Record<Lang, readonly string[]>;

/** The werkblad sections in Dutch, the language contributors write in by default. */
export const interventionSections = interventionSectionsByLang.nl;
