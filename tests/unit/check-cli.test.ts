/**
 * `npm run check` as a contributor and CI use it: output per file in Dutch,
 * GitHub annotations, JSON, the choice of files, and exit codes (0 with only
 * warnings, 1 on an error, 2 when the command is used wrongly).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lesson, projectRoot, runScript, shown, tempCorpus, type TempCorpus } from '../support/temp-corpus.ts';
import { scriptLimit } from '../support/limits.ts';

let corpus: TempCorpus;
let broken: string;
beforeAll(() => {
  corpus = tempCorpus('check-cli');
  broken = corpus.write('lessen/voorbeeld-org/kapotte-les.mdx', lesson({ fields: { review_by: '2026-11-10' }, body: '## De les\n\nBel 06-12345678 of zie [de pagina](/bestaat-niet/).\n' }));
});
afterAll(() => corpus.remove());

const check = (...args: string[]) => runScript('check', args, corpus.root);

describe('npm run check', { timeout: scriptLimit }, () => {
  it('lists problems under the path of their file, each as line:column  message  (rule), with a summary', () => {
    const result = check();
    expect(result.status).toBe(1);
    const file = shown(broken);
    const lines = result.stdout.split('\n');
    const heading = lines.indexOf(file);
    expect(heading).toBeGreaterThan(-1);
    expect(lines.slice(heading + 1, heading + 4)).toEqual([
      `  13:12  waarschuwing: review_by: de inhoud had vóór 2026-11-10 opnieuw gecontroleerd moeten worden. Controleer de tekst en zet een nieuwe datum.  (controle-verlopen)`,
      `  18:5  Dit lijkt een telefoonnummer (06-…78). Telefoonnummers horen niet in de kennisbank; verwijs naar de website van de organisatie.  (persoonsgegevens)`,
      `  18:24  De link /bestaat-niet/ werkt niet: deze pagina bestaat niet op de site.  (interne-link)`,
    ]);
    expect(result.stdout).toMatch(/\n2 fouten en \d+ waarschuwingen in \d+ bestanden \(\d+ bestanden gecontroleerd in [\d.]+ s\)\. Los de fouten op/);
  });

  it('exits 0 when there are only warnings', () => {
    const result = check(path.join(corpus.root, 'interventies'));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('waarschuwing: Het werkblad is voor 14% compleet');
    expect(result.stdout).toMatch(/\n0 fouten en \d+ waarschuwing(en)? in \d+ bestand(en)? .*Geen fouten; kijk wel naar de waarschuwingen\./);
  });

  it('checks only the files and folders given, against the whole tree', () => {
    const lesson = check(path.join(corpus.root, 'lessen/voorbeeld-org/sleutelfiguren-openen-deuren.mdx'));
    expect(lesson.status).toBe(0);
    expect(lesson.stdout).toContain('Alles in orde: 1 bestand gecontroleerd');
    const folder = check(path.join(corpus.root, 'lessen'));
    expect(folder.status).toBe(1);
    expect(folder.stdout).toContain(shown(broken));
    expect(folder.stdout).not.toContain('interventies/');
  });

  it('writes GitHub annotations with --format github', () => {
    const result = check('--format', 'github');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`::error file=${shown(broken)},line=18,col=24,title=interne-link::De link /bestaat-niet/ werkt niet`);
    expect(result.stdout).toContain(`::warning file=${shown(broken)},line=13,col=12,title=controle-verlopen::review_by: de inhoud had vóór 2026-11-10`);
    // Workflow commands escape % in messages.
    expect(result.stdout).toContain('title=werkblad::Het werkblad is voor 14%25 compleet');
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^2 fouten en \d+ waarschuwingen/);
  });

  it('writes every problem as JSON with --format json', () => {
    const result = check('--format=json');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { files: number; errors: number; warnings: number; problems: { file: string; rule: string; severity: string }[] };
    expect(report.errors).toBe(2);
    expect(report.warnings).toBe(report.problems.length - 2);
    expect(report.files).toBeGreaterThan(10);
    expect(report.problems.filter((p) => p.file === shown(broken)).map((p) => p.rule)).toEqual(['controle-verlopen', 'persoonsgegevens', 'interne-link']);
  });

  it('refuses unknown options, formats and paths in Dutch, with exit 2', () => {
    const unknown = check('--snel');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Onbekende optie of ontbrekende waarde: --snel.');
    expect(unknown.stderr).toContain('Gebruik: npm run check');
    expect(check('--format', 'xml').stderr).toContain('Onbekend formaat "xml": kies text, github of json.');
    expect(check('--format', 'xml').status).toBe(2);
    const missing = check('content/bestaat-niet.mdx');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('"content/bestaat-niet.mdx" bestaat niet');
    const emptyFolder = path.join(corpus.root, 'lessen/lege-map');
    fs.mkdirSync(emptyFolder);
    const noEntries = check(emptyFolder);
    fs.rmdirSync(emptyFolder);
    expect(noEntries.status).toBe(2);
    expect(noEntries.stderr).toContain('staan geen bijdragen');
    const outside = check(path.join(projectRoot, 'package.json'));
    expect(outside.status).toBe(2);
    expect(outside.stderr).toContain('ligt niet in de map met inhoud');
  });

  it('explains itself with --help', () => {
    const help = check('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--format github');
  });
});
