/**
 * Controlled vocabularies of the knowledge base: each value has a stable id
 * (used in front matter, URLs and search filters) and a Dutch label (shown to
 * people). Every schema, filter and template takes its values from here.
 */

/** Builds a vocabulary from id → label pairs, keeping the ids as a tuple for Zod enums. */
function vocabulary<const T extends Record<string, string>>(labels: T) {
  const ids = Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
  return {
    ids,
    labels,
    label: (id: string): string => (labels as Record<string, string>)[id] ?? id,
  };
}

export const themes = vocabulary({
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
});

export const communities = vocabulary({
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
});

export const targetGroups = vocabulary({
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
});

export const audiences = vocabulary({
  gemeente: 'Gemeenten',
  onderwijs: 'Onderwijs',
  'werk-en-inkomen': 'Werk en inkomen',
  'zorg-en-welzijn': 'Zorg en welzijn',
  'politie-en-veiligheid': 'Politie en veiligheid',
  rijksoverheid: 'Rijksoverheid',
  'maatschappelijke-organisaties': 'Maatschappelijke organisaties',
});

export const settings = vocabulary({
  school: 'School',
  wijk: 'Wijk',
  werk: 'Werk',
  zorg: 'Zorg',
  thuis: 'Thuis',
  online: 'Online',
  gemeente: 'Gemeente',
});

/** In rising order, as in the Dutch recognition system for interventions (Erkenningsstelsel). */
export const evidenceLevels = vocabulary({
  praktijk: 'Praktijkkennis (niet beoordeeld)',
  'goed-beschreven': 'Goed beschreven',
  'goed-onderbouwd': 'Goed onderbouwd',
  'effectief-eerste-aanwijzingen': 'Effectief – eerste aanwijzingen',
  'effectief-goede-aanwijzingen': 'Effectief – goede aanwijzingen',
  'effectief-sterke-aanwijzingen': 'Effectief – sterke aanwijzingen',
});

export const knowledgeKinds = vocabulary({
  ervaringskennis: 'Ervaringskennis',
  'professionele-kennis': 'Professionele kennis',
  'wetenschappelijke-kennis': 'Wetenschappelijke kennis',
});

export const activities = vocabulary({
  lopend: 'Lopend',
  afgerond: 'Afgerond',
  onbekend: 'Onbekend',
});

export const statuses = vocabulary({
  gepubliceerd: 'Gepubliceerd',
  concept: 'Concept',
});

export const languages = vocabulary({
  nl: 'Nederlands',
  en: 'Engels',
});

export const organisationKinds = vocabulary({
  lom: 'LOM-organisatie',
  partner: 'Partnerorganisatie',
  kennisinstituut: 'Kennisinstituut',
  overheid: 'Overheid',
});

export const certainties = vocabulary({
  bekend: 'Bekend',
  afgeleid: 'Afgeleid uit bronnen',
  onbekend: 'Onbekend',
});

export const afterTransition = vocabulary({
  actief: 'Nog actief',
  vrijwilligers: 'Actief met vrijwilligers',
  opgegaan: 'Opgegaan in een andere organisatie',
  opgeheven: 'Opgeheven',
  onbekend: 'Onbekend',
});

export const lessonKinds = vocabulary({
  'werkzaam-element': 'Werkzaam element',
  valkuil: 'Valkuil',
  randvoorwaarde: 'Randvoorwaarde',
  aanbeveling: 'Aanbeveling',
});

export const networkKinds = vocabulary({
  sleutelfiguren: 'Netwerk van sleutelfiguren',
  koepel: 'Koepel',
  platform: 'Platform',
  alliantie: 'Alliantie',
  samenwerkingsverband: 'Samenwerkingsverband',
  expertgroep: 'Expertgroep',
});

export const eventKinds = vocabulary({
  wet: 'Wet',
  besluit: 'Besluit',
  overleg: 'Overleg',
  organisatie: 'Organisatie',
  kennisinfrastructuur: 'Kennisinfrastructuur',
});

export const docTypes = vocabulary({
  kamerbrief: 'Kamerbrief',
  wet: 'Wet',
  kamerstuk: 'Kamerstuk',
  rapport: 'Rapport',
  artikel: 'Artikel',
  website: 'Website',
});

/** The werkblad sections an intervention's body is expected to have, in order. */
export const interventionSections = ['Doel', 'Doelgroep', 'Aanpak', 'Onderbouwing', 'Resultaten', 'Randvoorwaarden'] as const;
