/**
 * Generates a valid corpus of `count` entries for benchmarks and scale tests,
 * outside `content/`: every collection, references that resolve, bodies of
 * 600 to 1,200 words with headings, lists and a table, as the performance
 * notes measured. Deterministic for a given count and seed.
 *
 *   node scripts/bench/generate-corpus.ts <dir> <count> [seed]
 */
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import {
  activities, audiences, communities, docTypes, eventKinds, evidenceLevels, interventionSections, knowledgeKinds,
  lessonKinds, networkKinds, organisationKinds, settings, targetGroups, themes,
} from '../../src/shared/vocabularies.ts';

/** A small seeded generator (mulberry32), so that corpora are reproducible. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (
  'ouders school wijk gemeente jongeren werk taal gesprek sleutelfiguren vertrouwen netwerk organisatie vrijwilligers ' +
  'gezondheid zorg ouderen kinderen buurt bijeenkomst project aanpak samenwerking onderwijs docenten les begeleiding ' +
  'stage opleiding gezin moeders vaders vrouwen emancipatie inspraak dialoog overleg beleid signalen gemeenschap ' +
  'migranten nieuwkomers schulden armoede veiligheid discriminatie burgerschap participatie cursus training methode'
).split(' ');

export interface CorpusCounts {
  [collection: string]: number;
}

/** How a corpus of `count` entries divides over the collections. */
export function countsFor(count: number): CorpusCounts {
  const organisaties = Math.max(8, Math.round(count * 0.02));
  const fixed = themes.ids.length;
  const rest = Math.max(0, count - organisaties - fixed);
  const share = (f: number) => Math.max(1, Math.round(rest * f));
  const counts = {
    organisaties,
    themas: fixed,
    bronnen: share(0.03),
    tijdlijn: share(0.05),
    netwerken: share(0.1),
    lessen: share(0.25),
    handreikingen: share(0.05),
    interventies: 0,
  };
  counts.interventies = Math.max(1, count - Object.values(counts).reduce((a, b) => a + b, 0));
  return counts;
}

export function generateCorpus(dir: string, count: number, seed = 1): CorpusCounts {
  const next = random(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const chosen = new Set<T>();
    const n = Math.min(items.length, int(min, max));
    while (chosen.size < n) chosen.add(pick(items));
    return [...chosen];
  };
  const sentence = (n: number) => {
    const text = Array.from({ length: n }, () => pick(words)).join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1) + '.';
  };
  const paragraph = () => Array.from({ length: int(3, 6) }, () => sentence(int(8, 16))).join(' ');
  const summary = () => {
    let text = sentence(int(10, 14));
    while (text.length < 60) text += ` ${sentence(6)}`;
    return text.slice(0, 380);
  };
  const title = (label: string, n: number) => `${label} ${sentence(int(2, 4)).slice(0, -1)} ${n}`.slice(0, 110);
  const date = (fromYear: number, toYear: number) =>
    `${int(fromYear, toYear)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
  const source = () => ({ title: `Bron ${sentence(3).slice(0, -1)}`, publisher: 'Testuitgever', url: `https://example.org/bron/${int(1, 99999)}` });

  const body = (sections: readonly string[]) => {
    const parts: string[] = [];
    for (const section of sections) {
      parts.push(`## ${section}`, paragraph(), paragraph());
      if (next() < 0.5) parts.push(Array.from({ length: int(3, 5) }, () => `- ${sentence(int(4, 9))}`).join('\n'));
      if (next() < 0.3) {
        parts.push(`### ${sentence(3).slice(0, -1)}`, paragraph());
      }
    }
    parts.push('| Onderdeel | Toelichting |\n| --- | --- |\n' + Array.from({ length: 3 }, () => `| ${pick(words)} | ${sentence(6)} |`).join('\n'));
    return parts.join('\n\n');
  };
  const genericSections = ['Achtergrond', 'Wat er gebeurde', 'Wat we leerden', 'Meer weten'];

  const counts = countsFor(count);
  fs.rmSync(dir, { recursive: true, force: true });
  const write = (relative: string, data: Record<string, unknown>, text: string) => {
    const file = path.join(dir, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `---\n${stringify(data)}---\n\n${text}\n`);
  };
  const base = (label: string, n: number) => ({
    title: title(label, n),
    summary: summary(),
    sources: [source()],
    updated: date(2020, 2025),
  });

  const orgs = Array.from({ length: counts.organisaties! }, (_, i) => `organisatie-${i + 1}`);
  orgs.forEach((id, i) =>
    write(`organisaties/${id}.mdx`, {
      ...base('Organisatie', i + 1),
      themes: some(themes.ids, 1, 3),
      name: `Stichting ${sentence(2).slice(0, -1)} ${i + 1}`,
      short_name: `ORG${i + 1}`,
      kind: i < 8 ? 'lom' : pick(organisationKinds.ids),
      community: sentence(4).slice(0, -1),
      founded: { year: int(1970, 2010), certainty: 'afgeleid' },
      after_2015: 'onbekend',
    }, body(genericSections)),
  );
  themes.ids.forEach((id, i) =>
    write(`themas/${id}.mdx`, { title: `Thema ${themes.label(id)}`, summary: summary(), updated: date(2020, 2025), order: i + 1, related_themes: some(themes.ids.filter((t) => t !== id), 0, 2) }, body(genericSections.slice(0, 2))),
  );
  const bronnen = Array.from({ length: counts.bronnen! }, (_, i) => `bron-${i + 1}`);
  bronnen.forEach((id, i) =>
    write(`bronnen/${id}.mdx`, {
      ...base('Bron', i + 1), sources: [], themes: some(themes.ids, 1, 2),
      publisher: 'Testministerie', date: date(1990, 2015), reference: `TEST-${i + 1}`, doc_type: pick(docTypes.ids), url: `https://example.org/document/${i + 1}`,
    }, body(genericSections.slice(0, 2))),
  );
  const withSourceRef = () => [source(), { title: 'Brondocument', reference: `bronnen/${pick(bronnen)}` }];

  const singular = { interventies: 'interventie', lessen: 'les', netwerken: 'netwerk' } as const;
  const ids = { interventies: [] as string[], lessen: [] as string[], netwerken: [] as string[] };
  for (const collection of ['interventies', 'lessen', 'netwerken'] as const) {
    for (let i = 0; i < counts[collection]!; i++) ids[collection].push(`${singular[collection]}-${i + 1}`);
  }
  const related = () => some([...ids.interventies.map((id) => `interventies/${id}`), ...ids.lessen.map((id) => `lessen/${id}`)].slice(0, 2000), 0, 3);
  const owners = (o: string) => [o, ...some(orgs.filter((x) => x !== o), 0, 1)];

  ids.interventies.forEach((id, i) => {
    const org = pick(orgs);
    const level = next() < 0.7 ? 'praktijk' : pick(evidenceLevels.ids.slice(1));
    const from = int(1995, 2014);
    write(`interventies/${org}/${id}.mdx`, {
      ...base('Interventie', i + 1), organisations: owners(org), themes: some(themes.ids, 1, 3), sources: withSourceRef(),
      communities: some(communities.ids, 1, 3), target_groups: some(targetGroups.ids, 1, 3), settings: some(settings.ids, 1, 2),
      evidence: level === 'praktijk' ? { level } : { level, assessed_by: 'Erkenningscommissie Test', assessed_on: date(2010, 2020) },
      knowledge: some(knowledgeKinds.ids, 1, 2), period: { from, to: from + int(0, 8) }, regions: ['Rotterdam'], languages: ['Nederlands'],
      activity: pick(activities.ids), related: related().filter((r) => r !== `interventies/${id}`),
      keywords: some(words, 0, 2),
    }, body(interventionSections));
  });
  ids.lessen.forEach((id, i) => {
    const org = pick(orgs);
    write(`lessen/${org}/${id}.mdx`, {
      ...base('Les', i + 1), organisations: owners(org), themes: some(themes.ids, 1, 3),
      kind: pick(lessonKinds.ids), context: sentence(10), audiences: some(audiences.ids, 1, 2), related: related().filter((r) => r !== `lessen/${id}`),
    }, body(genericSections));
  });
  ids.netwerken.forEach((id, i) => {
    const org = pick(orgs);
    write(`netwerken/${org}/${id}.mdx`, {
      ...base('Netwerk', i + 1), organisations: [org], themes: some(themes.ids, 1, 2),
      kind: pick(networkKinds.ids), members: [...some(orgs, 1, 4), 'Een organisatie zonder pagina'], reach: { communities: some(communities.ids, 1, 2), regions: ['landelijk'] },
      engage: `Via het bestuur van ${org}.`, founded: int(1980, 2014), activity: pick(activities.ids),
    }, body(genericSections));
  });
  for (let i = 0; i < counts.handreikingen!; i++) {
    write(`handreikingen/handreiking-${i + 1}.mdx`, {
      ...base('Handreiking', i + 1), organisations: some(orgs, 0, 2), themes: some(themes.ids, 1, 2), audiences: some(audiences.ids, 1, 2), related: related(),
    }, body(['Stap 1', 'Stap 2', 'Stap 3', 'Stap 4']));
  }
  for (let i = 0; i < counts.tijdlijn!; i++) {
    const when = date(1985, 2015);
    write(`tijdlijn/${when}-gebeurtenis-${i + 1}.mdx`, {
      ...base('Gebeurtenis', i + 1), organisations: some(orgs, 0, 2), themes: some(themes.ids, 1, 2), sources: withSourceRef(), date: when, kind: pick(eventKinds.ids),
    }, body(genericSections.slice(0, 2)));
  }
  return counts;
}

if (import.meta.filename === process.argv[1]) {
  const [dir, count, seed] = process.argv.slice(2);
  if (!dir || !count) {
    console.error('Usage: node scripts/bench/generate-corpus.ts <dir> <count> [seed]');
    process.exit(2);
  }
  const started = performance.now();
  const counts = generateCorpus(path.resolve(dir), Number(count), seed ? Number(seed) : 1);
  console.log(`Generated ${Object.values(counts).reduce((a, b) => a + b, 0)} entries in ${((performance.now() - started) / 1000).toFixed(1)} s:`, counts);
}
