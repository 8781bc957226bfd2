/**
 * The pull-request workflow around the content: the field list contributors
 * read is the one the check uses, every LOM organisation reviews its own
 * folders, issue forms offer the vocabularies' values, and CI checks pull
 * requests without write access and publishes only what passed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { withFieldDocs } from '../../src/content-tools/field-docs.ts';
import { audiences, lessonKinds } from '../../src/shared/vocabularies.ts';
import { projectRoot } from '../support/temp-corpus.ts';

const read = (relative: string) => fs.readFileSync(path.join(projectRoot, relative), 'utf8');
const lomOrganisations = ['buat', 'ioc', 'ocan', 'sio', 'von', 'iot', 'smn', 'lize'];

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

describe('CONTRIBUTING.md', () => {
  it('lists the fields as the schemas define them (run npm run schemas after changing a field)', () => {
    const text = read('CONTRIBUTING.md');
    expect(withFieldDocs(text)).toBe(text);
  });

  it('links only to files that exist', () => {
    for (const [, target] of read('CONTRIBUTING.md').matchAll(/\]\((\.[^)#]+)\)/g)) {
      expect(fs.existsSync(path.join(projectRoot, target!)), target).toBe(true);
    }
  });
});

describe('CODEOWNERS', () => {
  const rules = read('.github/CODEOWNERS')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.trim().split(/\s+/));

  it('gives everything to the core team first', () => {
    expect(rules[0]).toEqual(['*', '@lom-kennisbank/kernteam']);
  });

  it.each(lomOrganisations)('gives %s its folders and its profile, marked as placeholder teams', (org) => {
    for (const pattern of [`/content/*/${org}/`, `/content/organisaties/${org}.mdx`]) {
      expect(rules.find(([p]) => p === pattern)?.slice(1), pattern).toEqual([`@lom-kennisbank/${org}-redactie`, '@lom-kennisbank/kernteam']);
    }
    expect(read('.github/CODEOWNERS')).toContain('PLACEHOLDERS');
  });
});

describe('issue forms', () => {
  const form = (name: string) => parse(read(`.github/ISSUE_TEMPLATE/${name}.yml`)) as { name: string; body: { type: string; id?: string; attributes: { options?: (string | { label: string })[] } }[] };

  it.each(['correctie', 'nieuwe-interventie', 'nieuwe-les'])('%s asks the reporter to leave out personal data', (name) => {
    const checkboxes = form(name).body.find((field) => field.type === 'checkboxes');
    expect(checkboxes?.attributes.options).toContainEqual(expect.objectContaining({ label: expect.stringContaining('geen persoonsgegevens'), required: true }));
  });

  it('offers the kinds of lesson and the sectors of the vocabularies', () => {
    const options = (id: string) => form('nieuwe-les').body.find((field) => field.id === id)?.attributes.options;
    expect(options('soort')).toEqual(lessonKinds.ids.map((id) => lessonKinds.label(id)));
    expect(options('sectoren')).toEqual(audiences.ids.map((id) => audiences.label(id)));
  });

  it('asks for every werkblad section of an intervention', () => {
    const ids = form('nieuwe-interventie').body.map((field) => field.id);
    expect(ids).toEqual(expect.arrayContaining(['doel', 'doelgroep', 'aanpak', 'uitvoering', 'onderbouwing', 'resultaten', 'randvoorwaarden', 'bronnen']));
  });
});

describe('workflows', () => {
  const workflow = (name: string) => parse(read(`.github/workflows/${name}.yml`)) as Workflow;
  const runs = (job: Job) => job.steps.map((step) => step.run ?? step.uses ?? '');

  it('never run with pull_request_target', () => {
    for (const file of fs.readdirSync(path.join(projectRoot, '.github/workflows'))) {
      expect(Object.keys(workflow(file.replace(/\.yml$/, '')).on), file).not.toContain('pull_request_target');
    }
  });

  it('check a pull request read-only: content, build, Chromium, tests, and keep the site as a preview', () => {
    const controle = workflow('controle');
    expect(Object.keys(controle.on)).toEqual(['pull_request']);
    expect(controle.permissions).toEqual({ contents: 'read' });
    const [job] = Object.values(controle.jobs);
    const steps = runs(job!);
    const order = ['npm ci', 'npm run check -- --format github', 'npm run build', 'chromium', 'npm test', 'actions/upload-artifact'].map((part) => steps.findIndex((s) => s.includes(part)));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(job!.steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with).toMatchObject({ 'node-version-file': '.nvmrc' });
    const upload = job!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    expect(upload.with).toMatchObject({ path: 'dist/' });
    // A preview only of a build that succeeded: the upload waits on the build step's own outcome.
    const build = job!.steps.find((s) => s.run === 'npm run build')!;
    expect(build.id).toBeTruthy();
    expect(upload.if).toContain(`steps.${build.id}.outcome == 'success'`);
  });

  it('publish main only after everything passed, with publishing rights on the deploy job only', () => {
    const publiceren = workflow('publiceren');
    expect(publiceren.on).toMatchObject({ push: { branches: ['main'] } });
    expect(publiceren.permissions).toEqual({});
    const entries = Object.entries(publiceren.jobs);
    const [buildName, build] = entries.find(([, job]) => runs(job).some((s) => s.includes('npm test')))!;
    const [, deploy] = entries.find(([, job]) => runs(job).some((s) => s.startsWith('actions/deploy-pages')))!;
    expect(build.permissions).toEqual({ contents: 'read' });
    expect(runs(build)).toEqual(expect.arrayContaining(['npm run check -- --format github', 'npm run build', 'npm test']));
    expect(deploy.needs).toEqual(buildName);
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });
});
