/**
 * Every rule of the content model, as a valid entry and the ways to break it.
 * Each case changes one field of a valid entry and expects the schema to name
 * that field.
 */
import { describe, expect, it } from 'vitest';
import { collections, type CollectionName } from '../../src/collections.ts';
import { evidenceLevels, themes } from '../../src/shared/vocabularies.ts';
import { valid } from '../support/entries.ts';

type Change = Record<string, unknown>;

function problems(collection: CollectionName, change: Change) {
  const data = { ...structuredClone(valid[collection]), ...change };
  for (const [key, value] of Object.entries(change)) if (value === undefined) delete data[key];
  const result = collections[collection].schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

const expectProblemAt = (collection: CollectionName, change: Change, path: string) =>
  expect(problems(collection, change).map((p) => p.path)).toContain(path);

describe('valid entries', () => {
  it.each(Object.keys(valid) as CollectionName[])('accepts a complete %s entry', (collection) => {
    expect(problems(collection, {})).toEqual([]);
  });

  it('fills in defaults for status, language and licence', () => {
    const parsed = collections.lessen.schema.parse(valid.lessen) as Record<string, unknown>;
    expect(parsed).toMatchObject({ status: 'gepubliceerd', lang: 'nl', licence: 'CC-BY-4.0' });
  });
});

describe('fields every entry has', () => {
  it('needs a title of 5 to 120 characters', () => {
    expectProblemAt('interventies', { title: 'Kort' }, 'title');
    expectProblemAt('interventies', { title: 'x'.repeat(121) }, 'title');
    expectProblemAt('interventies', { title: undefined }, 'title');
  });

  it('takes < and > in a title, which is always shown as text, but no Markdown', () => {
    expect(problems('lessen', { title: 'Jongeren < 18 jaar en <img src=x>' })).toEqual([]);
    expectProblemAt('lessen', { title: 'Een titel met **opmaak**' }, 'title');
    expectProblemAt('lessen', { title: 'Een titel met een [link](https://example.org)' }, 'title');
  });

  it('needs a plain summary of 50 to 400 characters', () => {
    expectProblemAt('lessen', { summary: 'Te kort.' }, 'summary');
    expectProblemAt('lessen', { summary: 'a'.repeat(401) }, 'summary');
    expectProblemAt('lessen', { summary: `Een samenvatting met **opmaak** erin, die lang genoeg is voor de regel.` }, 'summary');
    expectProblemAt('lessen', { summary: `Een samenvatting met een [link](https://example.org) die lang genoeg is.` }, 'summary');
    expectProblemAt('lessen', { summary: `Een samenvatting met <b>HTML</b> erin, die lang genoeg is voor de regel.` }, 'summary');
  });

  it('needs an organisation for interventions, lessons and networks', () => {
    for (const collection of ['interventies', 'lessen', 'netwerken'] as const) {
      expectProblemAt(collection, { organisations: [] }, 'organisations');
      expectProblemAt(collection, { organisations: undefined }, 'organisations');
    }
    expect(problems('handreikingen', { organisations: [] })).toEqual([]);
  });

  it('needs at least one theme from the vocabulary, except on a theme', () => {
    expectProblemAt('netwerken', { themes: [] }, 'themes');
    expectProblemAt('netwerken', { themes: ['geen-thema'] }, 'themes.0');
    expectProblemAt('netwerken', { themes: ['onderwijs', 'onderwijs'] }, 'themes');
    expect(problems('themas', { themes: undefined })).toEqual([]);
  });

  it('needs a source on factual entries, with an address or a reference', () => {
    expectProblemAt('interventies', { sources: [] }, 'sources');
    expectProblemAt('tijdlijn', { sources: [] }, 'sources');
    expectProblemAt('interventies', { sources: [{ title: 'Een bron zonder vindplaats' }] }, 'sources.0.url');
    expectProblemAt('interventies', { sources: [{ title: 'Bron', url: 'ftp://example.org/x' }] }, 'sources.0.url');
    expectProblemAt('interventies', { sources: [{ title: 'Bron', url: 'https://example.org', auteur: 'Iemand' }] }, 'sources.0');
    expect(problems('interventies', { sources: [{ title: 'Kamerstuk', reference: 'Kamerstukken II 33297, nr. 3' }] })).toEqual([]);
    expect(problems('themas', { sources: undefined })).toEqual([]);
  });

  it('needs real dates', () => {
    expectProblemAt('lessen', { updated: '2026-02-30' }, 'updated');
    expectProblemAt('lessen', { updated: '28-11-2026' }, 'updated');
    expectProblemAt('lessen', { review_by: '2027-13-01' }, 'review_by');
  });

  it('takes only the known statuses, languages and licence ids', () => {
    expectProblemAt('lessen', { status: 'klaar' }, 'status');
    expectProblemAt('lessen', { lang: 'de' }, 'lang');
    expectProblemAt('lessen', { licence: 'CC BY 4.0' }, 'licence');
  });

  it('refuses fields that are not in the model', () => {
    expectProblemAt('lessen', { auteur: 'Iemand' }, '');
  });
});

describe('organisaties', () => {
  it('takes kinds and after-2015 outcomes from the vocabulary', () => {
    expectProblemAt('organisaties', { kind: 'vereniging' }, 'kind');
    expectProblemAt('organisaties', { after_2015: 'weg' }, 'after_2015');
  });

  it('gives a founding year exactly when it is known or inferred', () => {
    expectProblemAt('organisaties', { founded: { certainty: 'bekend' } }, 'founded.year');
    expectProblemAt('organisaties', { founded: { year: 1990, certainty: 'onbekend' } }, 'founded.year');
    expectProblemAt('organisaties', { founded: { year: 1850, certainty: 'bekend' } }, 'founded.year');
    expect(problems('organisaties', { founded: { certainty: 'onbekend' } })).toEqual([]);
  });

  it('needs web addresses for websites', () => {
    expectProblemAt('organisaties', { website: 'www.example.org' }, 'website');
    expectProblemAt('organisaties', { archived_website: 'javascript:alert(1)' }, 'archived_website');
  });
});

describe('interventies', () => {
  it('takes communities, target groups, settings and knowledge from the vocabularies', () => {
    expectProblemAt('interventies', { communities: ['antilliaanse'] }, 'communities.0');
    expectProblemAt('interventies', { communities: [] }, 'communities');
    expectProblemAt('interventies', { target_groups: ['opa'] }, 'target_groups.0');
    expectProblemAt('interventies', { settings: ['kerk'] }, 'settings.0');
    expectProblemAt('interventies', { knowledge: [] }, 'knowledge');
  });

  it('needs who assessed it and when for every level above praktijk', () => {
    for (const level of evidenceLevels.ids.slice(1)) {
      expectProblemAt('interventies', { evidence: { level } }, 'evidence.level');
    }
    expect(problems('interventies', { evidence: { level: 'praktijk' } })).toEqual([]);
    expectProblemAt('interventies', { evidence: { level: 'bewezen' } }, 'evidence.level');
  });

  it('needs a period that does not end before it starts', () => {
    expectProblemAt('interventies', { period: { from: 2014, to: 2008 } }, 'period.to');
    expect(problems('interventies', { period: { from: 2008 } })).toEqual([]);
  });

  it('relates only to interventions, lessons and networks, as collection/id', () => {
    expectProblemAt('interventies', { related: ['organisaties/smn'] }, 'related.0');
    expectProblemAt('interventies', { related: ['ouders-bereiken'] }, 'related.0');
    expectProblemAt('interventies', { activity: 'gestopt' }, 'activity');
  });
});

describe('lessen, netwerken, handreikingen', () => {
  it('takes lesson kinds and audiences from the vocabularies', () => {
    expectProblemAt('lessen', { kind: 'tip' }, 'kind');
    expectProblemAt('lessen', { audiences: [] }, 'audiences');
    expectProblemAt('lessen', { audiences: ['kerken'] }, 'audiences.0');
  });

  it('describes a network by kind, reach and how to engage it', () => {
    expectProblemAt('netwerken', { kind: 'club' }, 'kind');
    expectProblemAt('netwerken', { engage: undefined }, 'engage');
    expectProblemAt('netwerken', { reach: { communities: ['onbekend'] } }, 'reach.communities.0');
  });

  it('needs an audience for guidance', () => {
    expectProblemAt('handreikingen', { audiences: [] }, 'audiences');
  });
});

describe('themas, tijdlijn, bronnen', () => {
  it('orders themes and relates them to themes only', () => {
    expectProblemAt('themas', { order: -1 }, 'order');
    expectProblemAt('themas', { related_themes: ['sport'] }, 'related_themes.0');
    expect(themes.ids).toHaveLength(15);
  });

  it('dates an event and gives its kind', () => {
    expectProblemAt('tijdlijn', { date: '2013-02-29' }, 'date');
    expectProblemAt('tijdlijn', { kind: 'feest' }, 'kind');
  });

  it('describes a source document with publisher, date, reference and type', () => {
    expectProblemAt('bronnen', { publisher: undefined }, 'publisher');
    expectProblemAt('bronnen', { reference: undefined }, 'reference');
    expectProblemAt('bronnen', { doc_type: 'boek' }, 'doc_type');
  });
});

describe('what it takes to run an intervention', () => {
  it('takes costs as an amount per something in a year, or onbekend, and nothing else', () => {
    expect(problems('interventies', { costs: 'onbekend' })).toEqual([]);
    expect(problems('interventies', { costs: { amount: '1.500 euro', per: 'per traject van drie bijeenkomsten', year: 2016, includes: 'twee voorlichters' } })).toEqual([]);
    expectProblemAt('interventies', { costs: { amount: '1.500 euro', per: 'per traject' } }, 'costs');
    expectProblemAt('interventies', { costs: 'gratis' }, 'costs');
    expect(problems('interventies', { costs: 'gratis' })[0]!.message).toContain('onbekend');
  });

  it('needs each material to say what kind it is, from the vocabulary', () => {
    expect(problems('interventies', { materials: [{ title: 'Handleiding', kind: 'handboek', languages: ['Nederlands', 'Turks'] }] })).toEqual([]);
    expectProblemAt('interventies', { materials: [{ title: 'Handleiding', kind: 'boek' }] }, 'materials.0.kind');
  });

  it('needs a recognition to carry the date of its rating or of the day the databank was consulted', () => {
    const recognition = { databank: 'Databank Effectieve Jeugdinterventies', rating: 'Goed onderbouwd', level: 'goed-onderbouwd' };
    expect(problems('interventies', { recognitions: [{ ...recognition, consulted: '2026-12-01' }] })).toEqual([]);
    expect(problems('interventies', { recognitions: [{ ...recognition, assessed_on: '2015-03-01' }] })).toEqual([]);
    expect(problems('interventies', { recognitions: [{ ...recognition, assessed_on: '2015-03' }] })).toEqual([]);
    expectProblemAt('interventies', { recognitions: [{ ...recognition, assessed_on: '2015-13' }] }, 'recognitions.0.assessed_on');
    expectProblemAt('interventies', { recognitions: [recognition] }, 'recognitions.0.consulted');
  });

  it('lets the evidence level follow a recognition at that level, and only then', () => {
    const rated = { databank: 'Databank Effectieve Jeugdinterventies', rating: 'Goed onderbouwd', level: 'goed-onderbouwd', consulted: '2026-12-01' };
    expect(problems('interventies', { evidence: { level: 'goed-onderbouwd' }, recognitions: [rated] })).toEqual([]);
    expectProblemAt('interventies', { evidence: { level: 'goed-onderbouwd' } }, 'evidence.level');
    expectProblemAt('interventies', { evidence: { level: 'effectief-eerste-aanwijzingen' }, recognitions: [rated] }, 'evidence.level');
    expectProblemAt('interventies', { evidence: { level: 'goed-onderbouwd' }, recognitions: [{ ...rated, level: undefined }] }, 'evidence.level');
  });

  it('needs a stopped intervention to give the year and the reason', () => {
    expect(problems('interventies', { stopped: { year: 2013, reason: 'De regering koos voor een flexibele dialoog.' } })).toEqual([]);
    expectProblemAt('interventies', { stopped: { year: 2013 } }, 'stopped.reason');
  });

  it('takes the original of an adaptation as a reference to an intervention or as a name', () => {
    expect(problems('interventies', { adapted_from: 'interventies/opstap' })).toEqual([]);
    expect(problems('interventies', { adapted_from: 'HIPPY' })).toEqual([]);
    expectProblemAt('interventies', { adapted_from: 'lessen/een-les' }, 'adapted_from');
  });

  it('takes a keeper as an organisation id or the name of an institution', () => {
    expect(problems('interventies', { keeper: 'noom' })).toEqual([]);
    expect(problems('interventies', { keeper: 'Stichting Muhabbat' })).toEqual([]);
    expectProblemAt('interventies', { keeper: 'x' }, 'keeper');
  });
});

describe('sources', () => {
  const source = { title: 'Een pagina', url: 'https://example.org/pagina' };

  it('take the day they were consulted and the address of a stored copy', () => {
    expect(problems('lessen', { sources: [{ ...source, accessed: '2026-12-01', archived: 'https://web.archive.org/web/20261201/https://example.org/pagina' }] })).toEqual([]);
    expectProblemAt('lessen', { sources: [{ ...source, accessed: '1 december' }] }, 'sources.0.accessed');
  });

  it('need a stored copy when the original is no longer online', () => {
    expectProblemAt('lessen', { sources: [{ ...source, offline: true }] }, 'sources.0.archived');
    expect(problems('lessen', { sources: [{ ...source, offline: true, archived: 'https://web.archive.org/web/2020/https://example.org/pagina' }] })).toEqual([]);
  });
});
