/**
 * The Dutch interface: every word the templates show that does not come from
 * the content or a vocabulary (vocabulary labels are in src/shared/vocabularies.ts).
 * Its shape is the `Dictionary` type, so the English dictionary must have the
 * same keys with the same kinds of value. Strings the browser fills in take
 * `{name}` placeholders (see format.ts); the others may be functions.
 */
import { collections, type CollectionName } from '../collections.ts';

export const nl = {
  /** For dates and numbers. */
  locale: 'nl-NL',
  /** The pages the site has in both languages, by the name the code uses for them. */
  paths: { home: '/', search: '/zoeken/', about: '/over/', accessibility: '/toegankelijkheid/', privacy: '/privacy/' },
  /** The names of the collections, from their definitions. */
  collections: Object.fromEntries(Object.entries(collections).map(([name, c]) => [name, { singular: c.singular, plural: c.plural }])) as Record<CollectionName, { singular: string; plural: string }>,
  /** Around a link to the same list in the other language: "Ook in het Engels: 1 les." */
  elsewhere: { before: 'Ook in het Engels:', after: '.' },
  /** The link to this language's version of a page, in this language, on a page in the other language. */
  switchTo: {
    same: 'Nederlands',
    home: 'Nederlands (startpagina; deze pagina is alleen in het Engels)',
    /** To a list that shows some entries in the other language (see listFor). */
    partial: 'Nederlands (dezelfde lijst; wat nog niet vertaald is, staat er in het Engels)',
  },
  /** The words a rendered entry body adds of its own (see src/content-tools/components.ts). */
  body: {
    footnotes: 'Voetnoten',
    footnoteBack: 'Terug naar de tekst',
    callouts: { info: 'Goed om te weten', 'let-op': 'Let op', tip: 'Tip' },
  },
  base: {
    skipLink: 'Naar de inhoud',
    tagline: 'Kennis van de organisaties uit het Landelijk Overleg Minderheden',
    searchLabel: 'Zoek in de kennisbank',
    searchButton: 'Zoeken',
    mainMenu: 'Hoofdmenu',
    nav: { interventies: 'Interventies', lessen: 'Lessen', netwerken: 'Netwerken', organisaties: 'Organisaties', themas: "Thema's", handreikingen: 'Handreikingen', tijdlijn: 'Tijdlijn' },
    licenceUrl: 'https://creativecommons.org/licenses/by/4.0/deed.nl',
    licence: { before: 'De teksten staan onder de licentie', after: ', tenzij bij een pagina iets anders staat.' },
    repository: { before: 'De broncode en alle teksten staan in een', link: 'openbare repository', after: '.' },
    footer: { about: 'Over deze kennisbank', contribute: 'Kennis toevoegen', sources: 'Bronnen', openData: 'Open data', accessibility: 'Toegankelijkheid', privacy: 'Privacy' },
    /** After a link to a page that exists only in Dutch; Dutch pages need no such note. */
    inDutch: null as string | null,
    breadcrumbs: 'Kruimelpad',
    home: 'Home',
  },
  pagination: { label: 'Paginering', previous: 'Vorige', next: 'Volgende', page: 'Pagina', pageAfter: 'pagina' },
  home: {
    description: 'Netwerken, werkzame interventies en lessen van de organisaties uit het Landelijk Overleg Minderheden, voor gemeenten, scholen en andere instellingen.',
    // A soft hyphen: the compound breaks where a reader expects it, in browsers without Dutch hyphenation too.
    heading: 'Kennis over het bereiken van migranten\u00ADgemeenschappen',
    lead: 'Tot 2015 spraken acht organisaties namens minderheden met het kabinet. Hier vindt u hun netwerken, de aanpakken die werken en de lessen die zij leerden.',
    /** What a visitor should know about the language of the pages; nothing in Dutch, the language of nearly all of them. */
    languageNote: null as string | null,
    searchLabel: 'Zoek een aanpak, organisatie of onderwerp',
    workIn: 'Ik werk bij …',
    themes: "Thema's",
    lom: 'De acht LOM-organisaties',
    allOrganisations: 'Alle organisaties, ook partners en kennisinstituten',
    /** Under a list of pages that are all in the other language. */
    inOtherLanguage: 'Deze pagina’s zijn in het Engels.',
    more: 'Verder in de kennisbank',
    knowledgeMap: 'Wat weten we?',
    moreLinks: {
      interventies: 'aanpakken, met wat bekend is over hun werking',
      lessen: 'wat de organisaties zagen, in welk geval, en wat daarvoor nodig was',
      netwerken: 'wie u via de organisaties kunt bereiken',
      tijdlijn: 'de geschiedenis van het overleg',
      about: 'waarom zij bestaat',
      knowledgeMap: 'per thema en gemeenschap: wat er is en wat nog ontbreekt',
    },
  },
  list: {
    intros: {
      interventies: 'Aanpakken die de organisaties ontwikkelden of gebruikten, met wat er bekend is over hun werking.',
      lessen: 'Wat de organisaties leerden: wat zij zagen, in welk geval, en wat daarvoor nodig was. Een les zegt niet dat iets werkt, tenzij een bron het gemeten heeft.',
      netwerken: 'De netwerken van de organisaties, en hoe u ze nu kunt bereiken.',
      organisaties: 'De acht organisaties uit het Landelijk Overleg Minderheden en de organisaties waarmee zij samenwerkten.',
      themas: 'De onderwerpen waarop de kennis in deze kennisbank is geordend.',
      handreikingen: 'Stappen voor gemeenten, scholen en andere instellingen, met de kennis erachter.',
      tijdlijn: 'De geschiedenis van het Landelijk Overleg Minderheden en wat erna kwam, in volgorde van datum.',
      bronnen: 'De documenten waarop de teksten in deze kennisbank steunen.',
    } satisfies Record<CollectionName, string>,
    facetPhrase: { thema: 'over het thema', organisatie: 'van', bewijsniveau: 'met bewijsniveau', sector: 'voor de sector', gemeenschap: 'voor', doelgroep: 'voor de doelgroep' },
    browse: 'Bladeren',
    browseHeadings: { thema: 'Per thema', organisatie: 'Per organisatie', bewijsniveau: 'Per bewijsniveau', sector: 'Per sector', gemeenschap: 'Per gemeenschap', doelgroep: 'Per doelgroep' },
    pageOf: (current: number, total: number) => `pagina ${current} van ${total}`,
    all: (plural: string) => `Alle ${plural}`,
    allOrganisations: 'Alle organisaties',
    none: (plural: string) => `Er zijn nog geen ${plural}.`,
    /** A list that shows entries in the other language too (the English lists, see listFor): how many, and how they are marked. */
    untranslated: (n: number, total: number, plural: string, marker: string) =>
      n === total
        ? `Er zijn nog geen ${plural} in het Nederlands. Dit zijn de Engelse, met hun Engelse titels, gemarkeerd met ${marker}.`
        : `${n} van deze ${total} ${plural} zijn nog niet in het Nederlands. Ze staan na de Nederlandse, met hun Engelse titels, gemarkeerd met ${marker}.`,
  },
  entry: {
    facts: 'Feiten',
    related: 'Hangt samen met',
    updated: 'Laatst bijgewerkt',
    reviewBy: 'Controleren vóór',
    maintainedBy: 'Beheerd door',
    licence: 'Licentie',
    propose: 'Stel een wijziging voor',
    proposeHidden: ' op deze pagina',
    viaGitHub: '(via GitHub)',
    /** Links to the page on how to propose a change without knowing GitHub. */
    howToPropose: 'Hoe werkt dat?',
    printed: 'Afgedrukt van {url} · versie van',
    feed: ': volg dit met een feedlezer (Atom-feed).',
    moreOf: (count: number) => `Alle ${count}`,
  },
  card: { date: 'Datum', organisation: 'Organisatie', evidence: 'Bewijsniveau', recognitions: 'Erkenning elders', others: (count: number) => `+${count} andere` },
  sources: {
    heading: 'Bronnen',
    reference: 'Kenmerk',
    summaryHere: 'Samenvatting in deze kennisbank',
    accessed: (date: string) => `geraadpleegd op ${date}`,
    archived: 'bewaarde kopie',
    offline: 'het origineel staat niet meer online',
    original: 'oorspronkelijk adres',
    findCopy: 'zoek een bewaarde kopie in het Internet Archive',
  },
  versions: {
    heading: 'Versies',
    changed: { before: 'Het bestand van deze pagina is het laatst gewijzigd op', after: '. Ook kleine verbeteringen tellen mee.' },
    first: 'Dit is de eerste versie.',
    count: { before: (count: number) => `Het is ${count} keer gewijzigd sinds de eerste versie van`, after: '.' },
    updated: { before: 'Deze pagina is het laatst bijgewerkt op', after: '.' },
    all: 'Bekijk alle versies',
    allHidden: ' van deze pagina',
  },
  citation: {
    heading: 'Citeer deze pagina',
    apa: 'In APA-stijl:',
    downloads: { before: 'Voor Zotero, EndNote of Mendeley: download als', or: 'of als' },
    /** For the date in an APA reference. */
    locale: 'nl-NL',
    /** The version note in a BibTeX record: "Versie van 2 november 2026". */
    version: (date: string) => `Versie van ${date}`,
  },
  facts: {
    notKnown: 'Niet bekend',
    themes: "Thema's",
    organisation: 'Organisatie',
    organisations: 'Organisaties',
    date: 'Datum',
    founded: 'Opgericht',
    activity: 'Stand van zaken',
    regions: 'Regio’s',
    period: { range: (from: number, to: number) => `${from} tot en met ${to}`, from: (from: number) => `Vanaf ${from}`, to: (to: number) => `Tot en met ${to}` },
    intervention: {
      targetGroups: 'Doelgroepen',
      communities: 'Gemeenschappen',
      settings: 'Plaats van uitvoering',
      knowledge: 'Soort kennis',
      period: 'Periode',
      languages: 'Talen van het materiaal',
      adaptation: 'Aanpassing voor de gemeenschap',
      notDescribed: 'Niet beschreven',
      evidence: 'Bewijsniveau',
      assessedBy: (who: string, on?: string) => `Beoordeeld door ${who}${on ? ` op ${on}` : ''}.`,
      notAssessed: 'Niet beoordeeld door een erkenningscommissie.',
      assessment: 'Bekijk de beoordeling',
      followsRecognition: (databank: string) => `Het niveau volgt het oordeel van ${databank}; zie Erkenning elders.`,
      costs: 'Kosten',
      costsValue: (amount: string, per: string, year: number) => `${amount} ${per} (bedrag uit ${year})`,
      costsIncludes: (includes: string) => `Wat erin zit: ${includes}`,
      materials: 'Materiaal',
      materialLanguages: (languages: string) => `in het ${languages}`,
      keeper: 'Methode nu bij',
      stopped: 'Gestopt',
      stoppedValue: (year: number, reason: string) => `In ${year}. ${reason}`,
      adaptedFrom: 'Aangepaste versie van',
      adaptations: 'Aangepaste versies',
      recognitions: 'Erkenning elders',
      recognitionAssessed: (rating: string, databank: string, on: string, month = false) => `${rating}, ${databank}, beoordeeld ${month ? 'in' : 'op'} ${on}`,
      recognitionConsulted: (rating: string, databank: string, on: string) =>
        `${rating}, ${databank}; zo stond het in de databank op ${on} (de dag waarop die voor deze tekst werd geraadpleegd; de datum van het oordeel zelf is onbekend)`,
      noRecognition: 'Geen oordeel van een databank bekend',
      /** The same, short, for cards and search results: still saying what the date is. */
      recognitionShort: (rating: string, databank: string, on: string, _month = false) => `${rating} bij ${databank} (oordeel van ${on})`,
      recognitionShortConsulted: (rating: string, databank: string, on: string) => `${rating} bij ${databank} (zo vermeld op ${on}; datum van het oordeel onbekend)`,
    },
    lesson: { kind: 'Soort les', learnedBy: 'Geleerd door', context: 'Waar en wanneer geleerd', audiences: 'Voor wie' },
    network: { kind: 'Soort netwerk', engage: 'Zo bereikt u het netwerk', holders: 'Kennis bij', members: 'Leden', reach: 'Bereikt gemeenschappen' },
    organisationPage: {
      name: 'Volledige naam',
      shortName: 'Afkorting',
      kind: 'Soort organisatie',
      community: 'Gemeenschap',
      unknown: 'Niet bekend',
      derivedYear: (year: number) => `${year} (afgeleid uit de bronnen, niet met zoveel woorden genoemd)`,
      after2015: 'Na 2015',
      successor: 'Opvolger',
      website: 'Website',
      archivedWebsite: 'Gearchiveerde website',
      timeline: 'Op de tijdlijn',
      more: {
        interventies: (org: string) => `Alle interventies van ${org}`,
        lessen: (org: string) => `Alle lessen van ${org}`,
        netwerken: (org: string) => `Alle netwerken van ${org}`,
        handreikingen: (org: string) => `Alle handreikingen met kennis van ${org}`,
        tijdlijn: (org: string) => `De tijdlijn van ${org}`,
      },
    },
    theme: {
      related: 'Verwante thema’s',
      timeline: 'Op de tijdlijn',
      more: (count: number, plural: string) => `Alle ${count} ${plural} over dit thema`,
    },
    guidance: { audiences: 'Voor', knowledgeOf: 'Kennis van' },
    event: { kind: 'Soort gebeurtenis', organisations: 'Betrokken organisaties', noOrganisation: 'Geen organisatie genoemd' },
    source: {
      kind: 'Soort document',
      publisher: 'Uitgegeven door',
      reference: 'Kenmerk',
      location: 'Vindplaats',
      online: 'Het document online',
      noAddress: 'Geen openbaar adres bekend',
      citedBy: "Pagina's die deze bron gebruiken",
    },
  },
  search: {
    title: 'Zoeken',
    description: 'Zoek in de LOM-kennisbank naar interventies, lessen, netwerken, organisaties en bronnen.',
    noScript: 'Zoeken werkt alleen als JavaScript aan staat in uw browser. U kunt wel bladeren:',
    broken: 'Zoeken lukt nu niet. Probeer het later opnieuw. U kunt wel bladeren:',
    /** When no page is in this language: Pagefind would answer from the other language's index. */
    nothing: 'Er zijn nog geen pagina’s in het Nederlands om in te zoeken.',
    otherLanguage: 'Zoek in de Engelse pagina’s',
    pages: { singular: 'pagina', plural: 'pagina’s' },
    browse: [
      { collection: 'themas', text: 'Alle thema’s' },
      { collection: 'organisaties', text: 'Alle organisaties' },
      { collection: 'interventies', text: 'Alle interventies, ook per thema, organisatie en bewijsniveau' },
      { collection: 'lessen', text: 'Alle lessen' },
      { collection: 'handreikingen', text: 'Alle handreikingen' },
    ] as { collection: CollectionName; text: string }[],
    query: 'Zoekwoorden',
    hint: 'De resultaten verschijnen terwijl u typt, vanaf drie letters.',
    filters: 'Filters',
    clearAll: 'Alle filters wissen',
    legends: { type: 'Soort', thema: 'Thema', organisatie: 'Organisatie', bewijsniveau: 'Bewijsniveau', doelgroep: 'Doelgroep', gemeenschap: 'Gemeenschap', sector: 'Sector' },
    results: 'Resultaten',
    order: 'Volgorde',
    relevance: 'Best passend',
    newest: 'Laatst bijgewerkt',
    tryThis: 'Probeer dit:',
    spelling: 'Kijk of de woorden goed gespeld zijn.',
    fewerWords: 'Gebruik minder woorden, of een ander woord dat hetzelfde betekent.',
    removeFilter: 'Haal een filter weg, of',
    clearAllInline: 'wis alle filters',
    browseHelp: {
      before: 'Blader',
      links: [
        { collection: 'themas', text: 'per thema' },
        { collection: 'organisaties', text: 'per organisatie', before: ',' },
        { collection: 'interventies', text: 'alle interventies', before: ' of door' },
      ] as { collection: CollectionName; text: string; before?: string }[],
      after: '.',
    },
    showMore: 'Meer resultaten tonen',
    /** What the script shows, passed to it as JSON: plain strings with `{name}` placeholders. */
    client: {
      organisation: 'Organisatie',
      organisations: 'Organisaties',
      evidence: 'Bewijsniveau',
      recognitions: 'Erkenning elders',
      updated: 'Bijgewerkt',
      none: 'Geen resultaten',
      one: '{n} resultaat',
      many: '{n} resultaten',
      about: ' voor ‘{q}’',
      oneFilter: ', met {n} filter',
      manyFilters: ', met {n} filters',
      showFilters: 'Toon filters',
      hideFilters: 'Verberg filters',
      chosen: ' ({n} gekozen)',
      showAll: 'Toon alle {n}',
      showLess: 'Toon minder',
      shown: '{shown} van {total} getoond',
      failed: 'Zoeken lukt nu niet. Probeer het opnieuw, of blader via de links hieronder.',
      titleFor: 'Zoeken naar ‘{q}’',
      /** Before a link to the search for another spelling; `{q}` is in the link. */
      didYouMean: 'Bedoelde u',
      /** When the query as typed found nothing and its closest spelling did: `{typed}` is the query, the closest spelling follows as a link. */
      correctedBefore: 'Niets gevonden voor ‘{typed}’. Dit zijn de resultaten voor',
    },
  },
};

export type Dictionary = typeof nl;
