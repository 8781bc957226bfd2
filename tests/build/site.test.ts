/**
 * The real build of a small fixture corpus: every route exists, the fact box
 * shows the entry's values, concepts stay unpublished, and a broken reference
 * fails the build with a message naming the file and the value.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildSite, fixturesDir, projectRoot, readPage } from '../support/build.ts';
import { all, attr, has, one, parseHtml, text, type HtmlDocument } from '../support/html.ts';
import { runScript } from '../support/temp-corpus.ts';
import { buildLimit, scriptLimit } from '../support/limits.ts';

const site = inject('basicSite');
const page = (urlPath: string) => parseHtml(readPage(site, urlPath));
const links = (scope: HtmlDocument) => all(scope, 'a[href]').map((a) => attr(a, 'href'));
/** Scripts a page runs, leaving out data blocks such as JSON-LD. */
const scriptsOf = (scope: HtmlDocument) => all(scope, 'script').filter((script) => !/^application\/(ld\+)?json$/.test(attr(script, 'type') ?? ''));
/** The one script every page may run: the visitor's shortlist, which no page needs in order to work. */
const onlyShortlist = (scope: HtmlDocument) => scriptsOf(scope).every((script) => /^\/_astro\/ShortlistLink\.[^/]+\.js$/.test(attr(script, 'src') ?? ''));

describe('the built fixture site', () => {
  it('has a list page and an entry page for every collection', () => {
    for (const urlPath of [
      '/', '/over/', '/toegankelijkheid/', '/privacy/', '/zoeken/', '/404.html',
      '/organisaties/', '/organisaties/voorbeeld-org/',
      '/interventies/', '/interventies/ouders-in-gesprek/',
      '/lessen/', '/lessen/sleutelfiguren-openen-deuren/',
      '/netwerken/', '/netwerken/ouderplatform/',
      '/themas/', '/themas/onderwijs/',
      '/handreikingen/', '/handreikingen/school-en-ouders/',
      '/tijdlijn/', '/tijdlijn/2013-03-05-testbrief-verstuurd/',
      '/bronnen/', '/bronnen/testbrief/',
    ]) {
      expect(() => readPage(site, urlPath), urlPath).not.toThrow();
    }
  });

  it('publishes security.txt as written, at /.well-known/security.txt', () => {
    expect(readPage(site, '/.well-known/security.txt')).toBe(fs.readFileSync(path.join(projectRoot, 'public/.well-known/security.txt'), 'utf8'));
  });

  it('publishes the files of the file sets, and not the bundles they were rendered in', () => {
    expect(fs.readFileSync(path.join(site, 'citeer/interventies/ouders-in-gesprek.bib'), 'utf8')).toMatch(/^@misc\{interventies-ouders-in-gesprek,/);
    expect(JSON.parse(fs.readFileSync(path.join(site, 'vergelijk/data/ouders-in-gesprek.json'), 'utf8')).id).toBe('ouders-in-gesprek');
    expect(fs.existsSync(path.join(site, '_bundels'))).toBe(false);
  });

  it('lets interventions be browsed by theme, organisation, evidence level, community and target group without JavaScript', () => {
    const list = page('/interventies/');
    expect(links(list)).toEqual(expect.arrayContaining([
      '/interventies/thema/ouderbetrokkenheid/', '/interventies/organisatie/voorbeeld-org/', '/interventies/bewijsniveau/goed-onderbouwd/',
      '/interventies/gemeenschap/turkse/', '/interventies/doelgroep/moeders/',
    ]));
    expect(text(one(list, '.browse'))).toContain('Per gemeenschap');
    expect(text(one(list, '.browse'))).toContain('Per doelgroep');
    expect(text(page('/interventies/bewijsniveau/goed-onderbouwd/'))).toContain('Ouders in gesprek over school');
    const community = page('/interventies/gemeenschap/turkse/');
    expect(text(one(community, 'h1'))).toBe('Interventies voor Turkse Nederlanders');
    expect(text(community)).toContain('Ouders in gesprek over school');
    expect(text(community)).not.toContain('Buurtmoeders helpen gezinnen op weg');
    const mothers = page('/interventies/doelgroep/moeders/');
    expect(text(one(mothers, 'h1'))).toBe('Interventies voor de doelgroep Moeders');
    expect(text(mothers)).toContain('Ouders in gesprek over school');
    expect(text(mothers)).toContain('Buurtmoeders helpen gezinnen op weg');
    // A value no listed intervention has gets no page and no link.
    expect(links(list)).not.toContain('/interventies/gemeenschap/chinese/');
    expect(onlyShortlist(list)).toBe(true);
  });

  it('shows the facts of an intervention in its fact box', () => {
    const facts = text(one(page('/interventies/ouders-in-gesprek/'), 'section.facts'));
    for (const fact of [
      'Goed onderbouwd',
      'Beoordeeld door Erkenningscommissie Testinstituut op 15 april 2020',
      'Ouders',
      'Moeders',
      'Marokkaanse Nederlanders',
      'School',
      '2008 tot en met 2014',
      'Rotterdam',
      'Arabisch',
      'De bijeenkomsten zijn in de eigen taal',
      'Afgerond',
    ]) {
      expect(facts).toContain(fact);
    }
  });

  it('shows what it takes to run an intervention: costs, materials, its keeper, ratings elsewhere and its adapted versions', () => {
    const doc = page('/interventies/ouders-in-gesprek/');
    const facts = text(one(doc, 'section.facts'));
    expect(facts).toContain('Kosten 1.500 euro per groep van tien ouders (bedrag uit 2014)');
    expect(facts).toContain('Wat erin zit: twee trainers en de zaalhuur');
    expect(facts).toContain('Handleiding voor gespreksleiders (handboek of methodiekbeschrijving, in het Nederlands, Arabisch). De Arabische versie is een vertaling');
    // A link's text names what it leads to; a note on it follows the link.
    const handbook = all(one(doc, 'section.facts'), 'a').find((a) => attr(a, 'href') === 'https://example.org/handleiding')!;
    expect(text(handbook)).toBe('Handleiding voor gespreksleiders (handboek of methodiekbeschrijving, in het Nederlands, Arabisch)');
    expect(facts).toContain('Erkenning elders Goed onderbouwd, Databank Testinterventies; zo stond het in de databank op 30 oktober 2026');
    expect(facts).toContain('Praktijkvoorbeeld, Register van Testpraktijken, beoordeeld in juni 2014 (alleen de maand is bekend)');
    expect(facts).toContain('Methode nu bij Partnerorganisatie');
    expect(facts).toContain('Aangepaste versies Buurtmoeders helpen gezinnen op weg');
    expect(all(one(doc, 'section.facts'), 'a[href]').map((a) => attr(a, 'href'))).toContain('/interventies/buurtmoeders/');
    const version = text(one(page('/interventies/buurtmoeders/'), 'section.facts'));
    expect(version).toContain('Aangepaste versie van Ouders in gesprek over school');
    expect(version).toContain('Kosten Niet bekend');
    expect(version).toContain('Erkenning elders Geen oordeel van een databank bekend');
  });

  it('offers each sector a route on the home page to its guidance, its lessons and the interventions of its field, and no empty route', () => {
    const routes = all(one(page('/'), '.tiles--routes'), ':scope > li').map((tile) => ({
      sector: text(one(tile, '.tile__title')),
      links: all(tile, 'a').map((a) => [text(a), attr(a, 'href')]),
    }));
    const education = routes.find((route) => route.sector === 'Onderwijs')!;
    expect(education.links).toEqual([
      ['1 handreiking voor de sector Onderwijs', '/handreikingen/sector/onderwijs/'],
      ['1 les voor de sector Onderwijs', '/lessen/sector/onderwijs/'],
      ['1 interventie over het thema onderwijs', '/interventies/thema/onderwijs/'],
    ]);
    // No guide, lesson or intervention of the fixture is about work: no route says "0".
    expect(routes.map((route) => route.sector)).not.toContain('Werk en inkomen');
    for (const route of routes) for (const [label] of route.links) expect(label).not.toMatch(/^0 /);
  });

  it('shows ratings elsewhere beside the own evidence level, on the page and on the card, saying what each date is', () => {
    const rows = all(one(page('/interventies/ouders-in-gesprek/'), 'section.facts'), '.facts__row').map((row) => text(one(row, 'dt')));
    expect(rows.slice(0, 2)).toEqual(['Bewijsniveau', 'Erkenning elders']);
    expect(rows.filter((label) => label === 'Erkenning elders')).toHaveLength(1);
    const card = all(page('/interventies/'), '.card').find((c) => text(one(c, '.card__title')) === 'Ouders in gesprek over school')!;
    expect(text(one(card, '.card__recognitions'))).toBe(
      'Erkenning elders: Goed onderbouwd bij Databank Testinterventies (zo vermeld op 30 oktober 2026; datum van het oordeel onbekend); Praktijkvoorbeeld bij Register van Testpraktijken (oordeel van juni 2014)',
    );
    const other = all(page('/interventies/'), '.card').find((c) => text(one(c, '.card__title')) === 'Buurtmoeders helpen gezinnen op weg')!;
    expect(has(other, '.card__recognitions')).toBe(false);
  });

  it('says beside each source when it was consulted, and links the stored copy where the original is gone', () => {
    const sources = one(page('/interventies/ouders-in-gesprek/'), 'section.sources');
    expect(text(sources)).toContain('geraadpleegd op 30 oktober 2026');
    const gone = all(sources, 'a').find((a) => text(a) === 'Het verslag dat niet meer online staat')!;
    expect(attr(gone, 'href')).toBe('https://web.archive.org/web/20200101000000/https://example.org/verdwenen-verslag');
    expect(text(sources)).toContain('het origineel staat niet meer online; oorspronkelijk adres: https://example.org/verdwenen-verslag');
    expect(all(sources, 'a[href]').map((a) => attr(a, 'href'))).toContain('https://web.archive.org/web/*/https://example.org/databank/ouders-in-gesprek');
  });

  it('shows the body, related entries, numbered sources, dates, owner and an edit link', () => {
    const html = page('/interventies/ouders-in-gesprek/');
    expect(text(one(html, 'h2#aanpak'))).toBe('Aanpak');
    expect(has(html, 'aside.callout.callout--tip')).toBe(true);
    expect(text(one(html, 'section.sources ol'))).toContain('Beschrijving in de databank');
    expect(links(html)).toContain('/bronnen/testbrief/');
    expect(text(html)).toContain('Laatst bijgewerkt 2 november 2026');
    expect(text(html)).toContain('Controleren vóór 2 november 2027');
    expect(links(html)).toContain('/lessen/sleutelfiguren-openen-deuren/');
    expect(links(html).some((href) => href?.endsWith('/edit/main/tests/fixtures/corpus-basic/interventies/voorbeeld-org/ouders-in-gesprek.mdx'))).toBe(true);
  });

  it('shows on an organisation page what it holds and the events it appears in', () => {
    const html = text(page('/organisaties/voorbeeld-org/'));
    for (const title of ['Ouders in gesprek over school', 'Sleutelfiguren openen deuren', 'Platform van ouderorganisaties', 'De testbrief wordt verstuurd']) {
      expect(html).toContain(title);
    }
    expect(html).toContain('1990 (afgeleid uit de bronnen');
  });

  it('shows on a theme page everything on that theme', () => {
    const html = text(page('/themas/ouderbetrokkenheid/'));
    expect(html).toContain('Ouders in gesprek over school');
    expect(html).toContain('Sleutelfiguren openen deuren');
    expect(html).toContain('Platform van ouderorganisaties');
  });

  it('links network members that have a page and names the others', () => {
    const html = page('/netwerken/ouderplatform/');
    expect(links(html)).toContain('/organisaties/partner-org/');
    expect(text(html)).toContain('Stichting Zonder Pagina');
  });

  it('does not publish concept entries', () => {
    expect(fs.existsSync(path.join(site, 'interventies/nog-in-concept'))).toBe(false);
    expect(text(page('/interventies/'))).not.toContain('Een aanpak die nog concept is');
  });

  it('ships no script on content pages but the shortlist’s', () => {
    for (const urlPath of ['/interventies/ouders-in-gesprek/', '/organisaties/voorbeeld-org/', '/themas/onderwijs/']) {
      expect(onlyShortlist(page(urlPath)), urlPath).toBe(true);
    }
  });
});

describe('a broken corpus', () => {
  // A build and then a check.
  it('fails the build with the list npm run check prints, naming each file, place and value, and nothing else', { timeout: buildLimit + scriptLimit }, () => {
    const name = `broken-reference-${process.pid}`;
    const corpus = path.join(projectRoot, '.tmp/corpora', name);
    fs.rmSync(corpus, { recursive: true, force: true });
    fs.cpSync(path.join(fixturesDir, 'corpus-basic'), corpus, { recursive: true });
    const file = path.join(corpus, 'lessen/voorbeeld-org/sleutelfiguren-openen-deuren.mdx');
    const good = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, good.replace('organisations: [voorbeeld-org]', 'organisations: [voorbeeld-org, bestaat-niet]'));
    // Words Astro takes for a browser API ("document", "window") get no hint about browser APIs.
    fs.writeFileSync(path.join(corpus, 'lessen/voorbeeld-org/documenten-in-het-window.mdx'), good.replace('themes: [ouderbetrokkenheid]', 'themes: [ouderbetrokenheid]'));

    const result = buildSite(corpus, name);
    expect(result.ok).toBe(false);
    expect(result.output).toContain('lessen/voorbeeld-org/sleutelfiguren-openen-deuren.mdx\n  4:32  organisations: "bestaat-niet" bestaat niet in organisaties');
    expect(result.output).toContain('lessen/voorbeeld-org/documenten-in-het-window.mdx\n  5:10  themes: "ouderbetrokenheid" is geen thema. Bedoelde u "ouderbetrokkenheid"?');
    const check = runScript('check', [], corpus);
    const listed = check.stdout.slice(0, check.stdout.lastIndexOf('\n\n')).trim();
    expect(result.output).toContain(listed);
    expect(result.output).toContain('2 fouten en 1 waarschuwing in 3 bestanden. Los de fouten op');
    expect(result.output).not.toMatch(/Browser APIs|Hint:|Stack trace:|\bat \S+ \(/);
    expect(fs.existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
    fs.rmSync(corpus, { recursive: true, force: true });
    result.remove();
  });
});
