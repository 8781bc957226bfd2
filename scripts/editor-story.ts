/**
 * `node scripts/editor-story.ts <builtSite> [outDir]`: a new intervention
 * written in the web editor from the empty form to the saved file, as
 * screenshots for the documentation and for review, and the saved file run
 * through `npm run check` in a copy of `content/`.
 *
 * The editor runs in Chromium on the built site through the CMS's test
 * backend (tests/support/editor.ts), whose repository is seeded with this
 * checkout's `content/`, so the lists offer the real organisations, themes and
 * entries. The screenshots go to `outDir` (default `.tmp/editor-story/`),
 * with the saved file beside them as `opgeslagen.mdx` and the check's output
 * as `controle.txt`. The intervention is an example for the screenshots
 * only: it is not added to `content/`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { changedFiles, fieldIn, isolated, repositoryContents, repositoryFiles, reveal, seedRepository, useTestBackend } from '../tests/support/editor.ts';
import { serveStatic } from '../tests/support/server.ts';

const [site, outArg] = process.argv.slice(2);
if (!site || !fs.existsSync(path.join(site, 'bewerken/config.json'))) {
  console.error('Usage: node scripts/editor-story.ts <builtSite> [outDir] (a site built with npm run build, which has /bewerken/)');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '..');
const out = path.resolve(outArg ?? path.join(root, '.tmp/editor-story'));
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

let step = 0;
async function shot(page: Page, name: string, what: string) {
  step += 1;
  const file = `${String(step).padStart(2, '0')}-${name}.png`;
  await page.screenshot({ path: path.join(out, file) });
  console.log(`${file}: ${what}`);
}

const server = await serveStatic(path.resolve(site), { gzip: false });
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  await useTestBackend(context);
  const page = await context.newPage();
  await page.goto(`${server.url}/404.html`);
  await seedRepository(page, repositoryFiles(path.join(root, 'content')));
  const before = await repositoryContents(page);

  await page.goto(`${server.url}/bewerken/`);
  await page.getByRole('button', { name: /testrepository/ }).waitFor();
  await shot(page, 'inloggen', 'the sign-in screen (in production: a GitHub access token)');
  await page.getByRole('button', { name: /testrepository/ }).click();
  await page.goto(`${server.url}/bewerken/#/collections/interventies`);
  await page.getByRole('button', { name: 'Nieuw' }).first().waitFor();
  await shot(page, 'interventies', 'the list of interventions, with the button for a new one');

  await page.goto(`${server.url}/bewerken/#/collections/interventies/new`);
  const form = page.getByRole('group', { name: 'Content-editor' });
  await fieldIn(form, 'Titel').getByRole('textbox').fill('Taalcafé voor ouders');
  await fieldIn(form, 'Samenvatting').getByRole('textbox').fill('Ouders oefenen elke week samen Nederlands in een buurthuis, met een vrijwilliger die hun eigen taal ook spreekt.');
  await shot(page, 'titel-en-samenvatting', 'title and summary typed; the help text under each field is the schema’s description');

  const choose = async (label: string, option: string, scope = form, depth = 0) => {
    const field = await reveal(page, scope, fieldIn(scope, label, depth));
    const combobox = field.getByRole('combobox').first();
    if (await combobox.count()) {
      await combobox.click();
      await page.getByRole('option', { name: option }).first().click();
      await field.getByText(label, { exact: true }).first().click();
    } else {
      await field.getByRole('checkbox', { name: option }).or(field.getByRole('radio', { name: option })).first().check();
    }
  };
  await choose('Organisaties', 'SIO');
  await choose('Gemeenschappen', 'Surinaams');
  await choose('Doelgroepen', 'Ouders');
  await choose("Thema's", 'Onderwijs');
  await shot(page, 'keuzes', 'organisation, community, target group and theme chosen from their lists, with Dutch labels');
  await choose('Niveau', 'Praktijkkennis (niet beoordeeld)', await reveal(page, form, fieldIn(form, 'Bewijs')), 1);
  await choose('Soorten kennis', 'Ervaringskennis');
  await choose('Loopt het nog?', 'Lopend');

  const related = await reveal(page, form, fieldIn(form, 'Verwant'));
  await related.getByRole('button', { name: `${isolated('Verwant')} toevoegen` }).click();
  // Typed as a person types, into the box of the new item (the CMS first puts the focus on the item's header).
  await related.getByRole('combobox').last().click();
  await page.keyboard.type('interventies/opstap', { delay: 20 });
  await shot(page, 'verwant', 'a related entry chosen from the entries of the knowledge base; under the box, which one it is');
  const keeper = await reveal(page, form, fieldIn(form, 'Beheerder van de methode'));
  await keeper.getByRole('combobox').fill('Stichting Voorbeeld Beheer');
  const costs = await reveal(page, form, fieldIn(form, 'Kosten'));
  await costs.getByRole('checkbox', { name: /^Onbekend/ }).check();
  await shot(page, 'beheerder-en-kosten', 'costs the sources do not name: Onbekend ticked, and the record’s fields disabled (the keeper, above, typed as a name)');

  const sources = await reveal(page, form, fieldIn(form, 'Bronnen'));
  await sources.getByRole('button', { name: `${isolated('Bronnen')} toevoegen` }).click();
  await fieldIn(sources, 'Titel', 1).getByRole('textbox').fill('Kamerbrief over de dialoog na intrekking van de WOM');
  await fieldIn(sources, 'Vindplaats', 1).getByRole('combobox').fill('bronnen/kamerbrief-2013-dialoog-na-intrekking-wom');
  await shot(page, 'bron', 'a source: a title, and a source document of the knowledge base chosen by its name');

  const body = await reveal(page, form, fieldIn(form, 'Tekst'));
  const goal = body.getByText(/^INVULLEN: Wat wil de aanpak bereiken/).first();
  await goal.click();
  // The paragraph's text selected, as a person selects it with the mouse, and typed over.
  await goal.evaluate((paragraph) => window.getSelection()!.selectAllChildren(paragraph));
  await page.keyboard.type('Ouders oefenen Nederlands met elkaar en leren de school van hun kinderen kennen.');
  await shot(page, 'tekst', 'the body starts with the werkblad sections of npm run new; the first is written, the others still say INVULLEN');

  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  let saved: Record<string, string> = {};
  for (let tries = 0; tries < 60 && Object.keys(saved).length === 0; tries++) {
    await page.waitForTimeout(250);
    saved = changedFiles(before, await repositoryContents(page));
  }
  if (Object.keys(saved).length === 0) {
    const invalid = await form.locator('section[aria-label^="Veld "]:has([aria-invalid="true"])').evaluateAll((sections) => sections.map((s) => s.getAttribute('aria-label')));
    throw new Error(`The editor did not save; fields with errors: ${invalid.join(', ')}`);
  }
  await shot(page, 'opgeslagen', 'saved: in production this opens a pull request on a branch of its own');
  const [[file, text]] = Object.entries(saved) as [[string, string]];
  fs.writeFileSync(path.join(out, 'opgeslagen.mdx'), text);
  console.log(`\nThe editor wrote ${file}:\n\n${text}`);

  // The check as a pull request runs it: the saved file in a copy of content/.
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'lom-verhaal-'));
  try {
    fs.cpSync(path.join(root, 'content'), copy, { recursive: true });
    const target = path.join(copy, path.relative('content', file));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
    const result = spawnSync('npm', ['run', '--silent', 'check', '--', target], { cwd: root, env: { ...process.env, LOM_CONTENT_DIR: copy }, encoding: 'utf8' });
    const report = `${result.stdout}${result.stderr}`.split(path.relative(root, copy)).join('content').split(copy).join('content');
    fs.writeFileSync(path.join(out, 'controle.txt'), report);
    console.log(`npm run check on it (exit ${result.status}):\n${report}`);
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
