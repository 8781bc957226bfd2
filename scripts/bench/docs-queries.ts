/**
 * Queries on a public Dutch documentation site that nobody here wrote (the
 * Algoritmekader, MinBZK/Algoritmekader, its `docs/` Markdown), as a civil
 * servant would type them, each with the pages that must be in the first
 * five results. Written on 2026-12-01 at 10:25 UTC from the titles of the
 * pages only, before any search was run on them; not changed after.
 * Addresses are the Markdown paths under `docs/`, without `.md`.
 */
import type { RelevanceCase } from '../../tests/support/relevance.ts';

const m = (path: string) => `/voldoen-aan-wetten-en-regels/maatregelen/${path}/`;
const v = (path: string) => `/voldoen-aan-wetten-en-regels/vereisten/${path}/`;
const h = (path: string) => `/voldoen-aan-wetten-en-regels/hulpmiddelen/${path}/`;
const p = (path: string) => `/${path}/`;
const c = (query: string, top5: string[], why: string): RelevanceCase => ({ query, top5, why });

export const docsQueriesWrittenAt = '2026-12-01T10:25Z';

export const docsQueries: RelevanceCase[] = [
  c('datakwaliteit', [m('3-dat-01-datakwaliteit')], 'compound'),
  c('kwaliteit van data', [m('3-dat-01-datakwaliteit')], 'compound written apart'),
  c('discrimminatie', [v('grw-02-non-discriminatie')], 'typo'),
  c('AI Act', [p('ai-verordening/index')], 'English name of the regulation'),
  c('AI-verordening', [p('ai-verordening/index')], 'name'),
  c('ai verordening', [p('ai-verordening/index')], 'name written apart'),
  c('DPIA', [h('DPIA')], 'abbreviation'),
  c('privacy', [p('onderwerpen/privacy-en-gegevensbescherming')], 'subject'),
  c('persoonsgegevens bewaren', [v('avg-02-beperkte-bewaartermijn-van-persoonsgegevens')], 'two words, inflected'),
  c('bewaartermijn', [m('3-dat-03-bewaartermijnen-persoonsgegevens')], 'singular of a plural in a title'),
  c('algoritmeregister', [h('algoritmeregister')], 'compound name'),
  c('algoritme register', [h('algoritmeregister')], 'compound written apart'),
  c('menselijk toezicht', [v('aia-09-menselijk-toezicht')], 'two words of a title'),
  c('menselijke tussenkomst', [m('6-imp-03-menselijke-tussenkomst')], 'two words of a title'),
  c('inkoop', [p('onderwerpen/publieke-inkoop')], 'subject'),
  c('inkoopvoorwaarden', [h('inkoopvoorwaarden')], 'compound'),
  c('duurzaamheid', [p('onderwerpen/duurzaamheid')], 'subject'),
  c('duurzame datacenters', [m('3-dat-06-duurzame-datacenters')], 'title'),
  c('energiezuinig programmeren', [m('4-owk-05-energiezuinige-programmeermethoden')], 'inflections of a title'),
  c('bias', [m('5-ver-03-biasanalyse')], 'part of a compound'),
  c('biasanalyse', [m('5-ver-03-biasanalyse')], 'compound'),
  c('grondrechten', [p('onderwerpen/fundamentele-rechten')], 'subject'),
  c('mensenrechten', [h('IAMA')], 'tool by its subject'),
  c('IAMA', [h('IAMA')], 'abbreviation'),
  c('generatieve AI', [p('soorten-algoritmes-en-ai/generatieve-ai')], 'title'),
  c('AI-geletterdheid', [v('aia-01-ai-geletterdheid')], 'hyphenated compound'),
  c('ai geletterdheid', [v('aia-01-ai-geletterdheid')], 'written apart'),
  c('verboden AI', [v('aia-00-verboden-AI-praktijken')], 'title'),
  c('hoog risico', [p('soorten-algoritmes-en-ai/risico-van-ai-systemen')], 'subject'),
  c('CE-markering', [v('aia-16-ce-markering')], 'hyphenated'),
  c('conformiteitsbeoordeling', [v('aia-14-conformiteitsbeoordeling')], 'long compound'),
  c('archiefwet', [v('arc-01-archiefwet')], 'law'),
  c('archiveren', [m('2-owp-09-archiveren-documenten')], 'verb'),
  c('auteursrecht', [v('aut-01-auteursrechten')], 'singular'),
  c('back-up', [m('7-mon-01-backups-maken')], 'hyphenated against plural'),
  c('wachtwoorden', [m('0-org-13-wachtwoordbeheer')], 'part of a compound'),
  c('wachtwoordbeheer', [m('0-org-13-wachtwoordbeheer')], 'compound'),
  c('logging', [m('4-owk-04-logging')], 'English word'),
  c('levenscyclus', [p('levenscyclus/index')], 'subject'),
  c('probleemanalyse', [p('levenscyclus/probleemanalyse')], 'phase'),
  c('woordenlijst', [p('soorten-algoritmes-en-ai/definities')], 'title'),
  c('wat is een algoritme', [p('soorten-algoritmes-en-ai/wat-is-een-algoritme')], 'question'),
  c('transparantie', [p('onderwerpen/transparantie')], 'subject'),
  c('transparant', [p('onderwerpen/transparantie')], 'adjective of a subject'),
  c('uitlegbaarheid', [m('2-owp-32-toepassen-uitlegbaarheidstechnieken')], 'part of a compound'),
  c('klachten', [m('6-imp-06-klacht-bezwaar-beroep')], 'plural'),
  c('bezwaar maken', [m('6-imp-06-klacht-bezwaar-beroep')], 'verb phrase'),
  c('risicoprofilering', [h('toetsingskader-risicoprofilering')], 'compound'),
  c('governance', [p('onderwerpen/governance')], 'subject'),
  c('jurist', [p('rollen/jurist')], 'role'),
  c('informatiebeveiliging', [h('BIO')], 'tool by its subject'),
  c('pseudonimiseren', [m('3-dat-04-pseudonimiseren-anonimiseren')], 'verb'),
  c('pseudonimisering', [m('3-dat-04-pseudonimiseren-anonimiseren')], 'noun of the verb'),
  c('anonimiseren', [m('3-dat-04-pseudonimiseren-anonimiseren')], 'verb'),
  c('rekenkamer', [h('toetsingskader-algemene-rekenkamer')], 'institution'),
  c('gemeenten', [h('governancekader-VNG')], 'audience'),
  c('algoritmeregsiter', [h('algoritmeregister')], 'typo'),
];
