/**
 * What the search knows of Dutch beyond Pagefind's stemmer (src/search-language.ts):
 * words of a conflated stem kept apart and shown as written, compounds split
 * into words of the corpus, synonyms, the searches a query becomes, and the
 * closest spelling for "Bedoelde u …?".
 */
import { describe, expect, it } from 'vitest';
import { abbreviationsOf, addressWords, asWritten, compoundParts, countAbbreviations, derivedForms, exactQuery, indexWords, infinitiveOf, markSenses, mayHaveCompound, nounOfAdjective, queryVariants, splitCompound, titleWords, unmarkSenses } from '../../src/shared/search-language.ts';
import { lexiconOf, prepareForIndex } from '../../src/integrations/search-text.ts';
import { closestWord, editDistance, suggestion, wordsFrom } from '../../src/client/search/spelling.ts';

describe('words of a stem the stemmer conflates', () => {
  it('marks the elderly and leaves parents alone, whatever the case', () => {
    expect(markSenses('Ouderen, oudere ouders en OUDEREN; een ouder en de ouderenzorg.')).toBe('Xqouderen, xqoudere ouders en XQOUDEREN; een ouder en de xqouderenzorg.');
    expect(markSenses('migrantenouders en migrantenouderen')).toBe('migrantenouders en xqmigrantenouderen');
  });

  it('marks "ouder" where it means older', () => {
    expect(markSenses('mensen van 55 jaar en ouder')).toBe('mensen van 55 jaar en xqouder');
    expect(markSenses('wie ouder dan 65 is')).toBe('wie xqouder dan 65 is');
    expect(markSenses('een ouder van het kind')).toBe('een ouder van het kind');
  });

  it('keeps knowing and science apart from the law', () => {
    expect(markSenses('de wet en wat ouders weten van wetenschap')).toBe('de wet en wat ouders xqweten van xqwetenschap');
  });

  it('gives back the text as written, also around the marks Pagefind adds', () => {
    for (const text of ['Ouderen, oudere ouders en OUDEREN', 'mensen van 55 jaar en ouder', 'wat ouders weten']) expect(unmarkSenses(markSenses(text))).toBe(text);
    expect(unmarkSenses('de <mark>xqouderenzorg</mark> en Xqoudere')).toBe('de <mark>ouderenzorg</mark> en Oudere');
    expect(unmarkSenses('xquery en xqbeleid')).toBe('xquery en xqbeleid');
  });
});

describe('compounds', () => {
  const lexicon = new Set(['data', 'kwaliteit', 'verbetering', 'buurt', 'huis', 'onder', 'wijs', 'organisatie']);

  it('splits the known compounds of the vocabularies, also without their parts in the corpus', () => {
    expect(splitCompound('jeugdwerkloosheid', new Set())).toEqual(['jeugd', 'werkloosheid']);
    expect(compoundParts('schuldhulpverlening', new Set())).toEqual(['schuld', 'hulpverlening', 'hulp', 'verlening']);
  });

  it('splits other compounds into words of the corpus, with a linking s or e', () => {
    expect(splitCompound('datakwaliteit', lexicon)).toEqual(['data', 'kwaliteit']);
    expect(splitCompound('kwaliteitsverbetering', lexicon)).toEqual(['kwaliteit', 'verbetering']);
    expect(splitCompound('buurthuis', lexicon)).toEqual(['buurt', 'huis']);
  });

  it('does not split a word into little words or into words that are no part', () => {
    expect(splitCompound('onderwijs', lexicon)).toBeUndefined();
    expect(splitCompound('organisatie', lexicon)).toBeUndefined();
  });

  it('splits a compound of four parts, and tries each way of splitting a word only once', () => {
    // A page could hold any run of letters, and the words of its own corpus: every start of it.
    const lookups = { count: 0 };
    const starts = new Set(Array.from({ length: 30 }, (_, i) => 'a'.repeat(i + 4)));
    const counting = { has: (word: string) => (lookups.count++, starts.has(word)) } as ReadonlySet<string>;
    expect(splitCompound(`${'a'.repeat(56)}b`, counting)).toBeUndefined();
    expect(lookups.count).toBeLessThan(20_000);
    expect(splitCompound('buurthuiswijsverbetering', lexicon)).toEqual(['buurt', 'huis', 'wijs', 'verbetering']);
  });

  it('leaves a run of letters longer than any compound whole, as the index gets it from a page', () => {
    const lookups = { count: 0 };
    const counting = { has: (word: string) => (lookups.count++, word.startsWith('aaaa') && word.length < 40) } as ReadonlySet<string>;
    expect(indexWords(`Code ${'a'.repeat(2_000)}b in de tekst.`, counting)).toEqual([]);
    expect(lookups.count).toBeLessThan(1_000);
  });

  it('takes a first part of three letters that the corpus writes on its own, never a function word, particle or prefix', () => {
    const words = lexiconOf(new Map([['log', 5], ['bestanden', 3], ['net', 9], ['werken', 4], ['geb', 1], ['ruikt', 2], ['ver', 3], ['houding', 2]]));
    expect(splitCompound('logbestanden', words)).toEqual(['log', 'bestanden']);
    // geb occurs once (a clipped word), net is an adverb, ver a prefix: gebruikt, netwerken and verhouding stay whole.
    for (const word of ['gebruikt', 'netwerken', 'verhouding']) expect(splitCompound(word, words)).toBeUndefined();
  });

  it('joins the parts of a compound in the text the index reads, and gives the text back as written', () => {
    const words = new Set([...lexicon, 'log', 'bestanden', 'zorg']);
    const text = 'Logbestanden, de kwaliteitsverbetering van data, AI-geletterdheid en de ouderenzorg.';
    expect(markSenses(text, words)).toBe('Log~bestanden, de kwaliteits~verbetering van data, AI-geletterdheid en de xqouderenzorg.');
    expect(asWritten(markSenses(text, words))).toBe(text);
    expect(asWritten('<mark>Log~bestanden</mark> en de xqouderenzorg')).toBe('<mark>Logbestanden</mark> en de ouderenzorg');
  });

  it('joins the compounds of the text after the title, not those of the title, which has fields of its own', () => {
    const corpus = { lexicon: new Set([...lexicon, 'zorg']), abbreviations: new Map() };
    const html = '<html lang="nl"><body><main data-pagefind-body><h1>Datakwaliteit</h1><p>Over datakwaliteit en buurthuizen.</p></main></body></html>';
    const indexed = prepareForIndex(html, corpus, new Map());
    expect(indexed).toContain('<h1>Datakwaliteit</h1>');
    expect(indexed).toContain('<p>Over data~kwaliteit en buurthuizen.</p>');
  });

  it('gives a page the parts of its compounds and the first term of its synonyms, marked as the index writes them', () => {
    expect(indexWords('De datakwaliteit van Antillianen en de ouderenzorg.', new Set([...lexicon, 'zorg']))).toEqual(['caribische', 'data', 'kwaliteit', 'xqouderen', 'zorg']);
  });
});

describe('verb forms the stemmer keeps apart', () => {
  const lexicon = new Set(['archiveren', 'maken', 'leven', 'testen', 'bewaren', 'verwerken', 'discrimineren', 'discriminatie', 'registratie', 'registreren', 'archivering']);

  it('gives a past participle its infinitive, when the corpus has the infinitive', () => {
    expect(['gearchiveerd', 'gearchiveerde', 'gemaakt', 'geleefd', 'getest', 'bewaard', 'verwerkt'].map((word) => infinitiveOf(word, lexicon))).toEqual(['archiveren', 'archiveren', 'maken', 'leven', 'testen', 'bewaren', 'verwerken']);
    expect(infinitiveOf('gereisd', lexicon)).toBeUndefined();
    expect(infinitiveOf('gezond', lexicon)).toBeUndefined();
  });

  it('joins a verb in -eren and its nouns in -atie and -ering', () => {
    expect(derivedForms('discrimineren', lexicon)).toEqual(['discriminatie']);
    expect(derivedForms('registratie', lexicon)).toEqual(['registreren']);
    expect(derivedForms('archiveren', lexicon)).toEqual(['archivering']);
    expect(derivedForms('leren', lexicon)).toEqual([]);
  });

  it('gives a page the infinitive of its participles and the nouns of its verbs as search words', () => {
    expect(indexWords('Bepaal welke documenten gearchiveerd worden; algoritmes discrimineren niet.', lexicon)).toEqual(['archiveren', 'archivering', 'discriminatie']);
  });
});

describe('abbreviations the corpus defines', () => {
  const counts = new Map<string, Map<string, number>>();
  countAbbreviations('De Algemene verordening gegevensbescherming (AVG) geldt. Een Data Protection Impact Assessment (DPIA) en de IAMA (Impact Assessment Mensenrechten en Algoritmes).', counts);
  countAbbreviations('Een gegevensbeschermingseffectbeoordeling (DPIA) en kunstmatige intelligentie (AI) en Data protection impact assessment (DPIA).', counts);
  const abbreviations = abbreviationsOf(counts);

  it('are learned from a name with the abbreviation of its first letters in brackets, either way round', () => {
    expect(Object.fromEntries(abbreviations)).toEqual({
      avg: ['algemene', 'verordening', 'gegevensbescherming'],
      dpia: ['data', 'protection', 'impact', 'assessment'],
      iama: ['impact', 'assessment', 'mensenrechten', 'en', 'algoritmes'],
    });
  });

  it('give a page with the abbreviation the name, and a page with the name the abbreviation', () => {
    expect(indexWords('Voer een DPIA uit.', new Set(), abbreviations)).toEqual(['assessment', 'data', 'impact', 'protection']);
    expect(indexWords('Volgens de algemene verordening gegevensbescherming mag dat.', new Set(), abbreviations)).toEqual(['avg']);
  });
});

describe('what the index adds for a title', () => {
  const lexicon = new Set(['algoritme', 'register', 'archiveren', 'data', 'kwaliteit']);
  const abbreviations = new Map([['dpia', ['data', 'protection', 'impact', 'assessment']]]);

  it('puts a short title in the field of its length, exactly, function words and a name not counted, with its forms', () => {
    expect(titleWords('Algoritmeregister', lexicon)).toEqual({ forms: [], parts: ['algoritme', 'register'], short: { 1: ['zqalgoritmeregisterzq'] } });
    expect(titleWords('Data Protection Impact Assessment', lexicon, abbreviations).short).toEqual({ 1: ['zqdatazq', 'zqprotectionzq', 'zqimpactzq', 'zqassessmentzq', 'zqdpiazq'] });
    expect(titleWords('Controleer de datakwaliteit', lexicon).short).toEqual({ 2: ['zqcontroleerzq', 'zqdatakwaliteitzq'] });
    expect(titleWords('Wat ouderen weten', lexicon).short).toEqual({ 2: ['zqouderenzq', 'zqwetenzq'] });
    expect(titleWords('AI-geletterdheid', lexicon).short).toEqual({ 1: ['zqaigeletterdheidzq', 'zqaizq', 'zqgeletterdheidzq'] });
  });

  it('puts the noun in -heid of an adjective or participle in the short-title field, when the corpus has the noun', () => {
    const words = new Set([...lexicon, 'geletterdheid', 'weerbaarheid']);
    expect(nounOfAdjective('ai-geletterd', words)).toBe('ai-geletterdheid');
    expect(nounOfAdjective('weerbaar', words)).toBe('weerbaarheid');
    expect(nounOfAdjective('geletterd', lexicon)).toBeUndefined();
    expect(nounOfAdjective('geletterdheid', words)).toBeUndefined();
    expect(titleWords('Personeel en gebruikers zijn voldoende AI-geletterd', words).short[4]).toEqual(expect.arrayContaining(['zqaigeletterdzq', 'zqaigeletterdheidzq', 'zqgeletterdheidzq']));
    // Only the exact field: the title's own match already counts the stem.
    expect(titleWords('Personeel en gebruikers zijn voldoende AI-geletterd', words).forms).toEqual([]);
  });

  it('gives a page the words of its address that its title has neither as a word nor as a part of a compound, exactly', () => {
    const words = new Set([...lexicon, 'auteurs', 'rechten']);
    expect(addressWords('/vereisten/arc-01-archiefwet/', 'Informatie over algoritmes wordt goed bewaard', words)).toEqual(['zqarczq', 'zqarchiefwetzq']);
    // An index page is named by its folder; a page whose title has the words gets nothing.
    expect(addressWords('/levenscyclus/index/', 'Levenscyclus algoritmes en AI', words)).toEqual([]);
    expect(addressWords('/vereisten/aia-39-naleven-auteurs-en-naburige-rechten/', 'Beleid voor het naleven van auteursrechten en naburige rechten', words)).toEqual(['zqaiazq']);
    expect(addressWords('/lessen/governance-per-risicocategorie/', 'Governance', words)).toEqual(['zqrisicocategoriezq']);
    expect(addressWords('/', 'Home', words)).toEqual([]);
  });

  it('gives the page its address words in a field of its own when it is prepared for the index', () => {
    const html = '<html lang="nl"><body><main data-pagefind-body><h1>Informatie wordt goed bewaard</h1><p>Volgens de Archiefwet.</p></main></body></html>';
    expect(prepareForIndex(html, { lexicon, abbreviations: new Map() }, new Map(), '/vereisten/arc-01-archiefwet/')).toContain('data-pagefind-meta="adreswoorden:zqarczq zqarchiefwetzq"');
    expect(prepareForIndex(html, { lexicon, abbreviations: new Map() }, new Map(), '/vereisten/informatie-bewaard/')).not.toContain('adreswoorden');
  });

  it('leaves another term of a synonym group out of the short-title field', () => {
    expect(titleWords('Gezondheid van statushouders', lexicon).short).toEqual({ 2: ['zqgezondheidzq', 'zqstatushouderszq'] });
  });

  it('searches a query exactly in the short-title fields, without function words, senses or hyphens', () => {
    expect(exactQuery('Inkoop van algoritmes')).toBe('zqinkoopzq zqalgoritmeszq');
    expect(exactQuery('Xqouderen en AI-geletterdheid')).toBe('zqouderenzq zqaigeletterdheidzq');
    expect(exactQuery('wat is een')).toBeUndefined();
    expect(exactQuery('jeugdwerkloosheit', (word) => (word === 'jeugdwerkloosheit' ? 'jeugdwerkloosheid' : word))).toBe('zqjeugdwerkloosheidzq');
  });

  it('gives a long title only the other forms of its words', () => {
    expect(titleWords('Bepaal welke documenten van een project voor hoe lang gearchiveerd moeten worden in het archief', lexicon)).toEqual({ forms: ['archiveren'], parts: [], short: {} });
    expect(titleWords('Bepaal welke documenten voor hoe lang gearchiveerd moeten worden', lexicon).short).toEqual({ 4: ['zqbepaalzq', 'zqdocumentenzq', 'zqlangzq', 'zqgearchiveerdzq', 'zqarchiverenzq'] });
  });
});

describe('the searches a query becomes', () => {
  it('marks the other sense in the query as typed', () => {
    expect(queryVariants('Oudere migranten')).toEqual(['Xqoudere migranten']);
    expect(queryVariants('ouders')).toEqual(['ouders']);
  });

  it('adds the first term of a synonym, also for a misspelling or a phrase', () => {
    expect(queryVariants('Marrokaanse ouders')).toEqual(['Marrokaanse ouders', 'marokkaanse ouders']);
    expect(queryVariants('samenwerkingsverband marokkaanse nederlanders')).toEqual(['samenwerkingsverband marokkaanse nederlanders', 'smn']);
  });

  it('adds the parts of a compound, and searches only the parts of one that is not in the index', () => {
    expect(queryVariants('datakwaliteit', new Set(['data', 'kwaliteit']))).toEqual(['datakwaliteit', 'data kwaliteit']);
    expect(queryVariants('migrantenouders', new Set(['migranten', 'ouders']), () => false)).toEqual(['migranten ouders']);
  });

  it('joins words written apart into the compound the index has, also "X van Y" turned round', () => {
    const index = new Set(['algoritmeregister', 'datakwaliteit', 'gegevensbescherming']);
    const inIndex = (word: string) => index.has(word);
    expect(queryVariants('algoritme register', new Set(), inIndex)).toEqual(['algoritme register', 'algoritmeregister']);
    expect(queryVariants('kwaliteit van data', new Set(), inIndex)).toEqual(['kwaliteit van data', 'datakwaliteit']);
    expect(queryVariants('Bescherming van de gegevens', new Set(), inIndex)).toEqual(['Bescherming van de gegevens', 'gegevensbescherming']);
    expect(queryVariants('register algoritme', new Set(), inIndex)).toEqual(['register algoritme']);
    expect(queryVariants('ouders bereiken', new Set(), inIndex)).toEqual(['ouders bereiken']);
  });

  it('asks for the word list for a word long enough to be two words and a link, or two words that may be one', () => {
    expect(mayHaveCompound('biasanalyse')).toBe(true);
    expect(mayHaveCompound('kwaliteit van data')).toBe(true);
    expect(mayHaveCompound('ouders in gesprek')).toBe(false);
    expect(mayHaveCompound('taal les')).toBe(false);
  });
});

describe('the closest spelling', () => {
  const words = wordsFrom([['discriminatie', 40], ['discussie', 12], ['ouders', 90], ['onders', 1]]);

  it('counts a swapped pair of letters as one edit', () => {
    expect(editDistance('discriminatei', 'discriminatie', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });

  it('finds the most common word within one edit for a short word, two for a long one', () => {
    expect(closestWord('discrimminatie', words)).toBe('discriminatie');
    expect(closestWord('ouderz', words)).toBe('ouders');
    expect(closestWord('ouders', words)).toBeUndefined();
    expect(closestWord('xyzxyz', words)).toBeUndefined();
  });

  it('corrects only the unknown words of a query', () => {
    expect(suggestion('discrimminatie ouders', words, () => false)).toBe('discriminatie ouders');
    expect(suggestion('ouders', words, () => false)).toBeUndefined();
  });
});
