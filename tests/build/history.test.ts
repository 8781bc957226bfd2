/**
 * "Versies" on entry pages: dates and counts from one `git log` over the
 * content root, and the fall-back to `updated` when there is no history (no
 * repository, a shallow clone, a file never committed).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readHistory } from '../../src/lib/history.ts';
import { buildSite, fixturesDir, projectRoot, readPage, type BuildResult } from '../support/build.ts';
import { all, attr, jsonBlocks, one, text } from '../support/html.ts';
import { parseXml } from '../support/xml.ts';

const site = inject('basicSite');
const temporary: string[] = [];
const tempDir = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temporary.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
});

const identity = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' };
const git = (cwd: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...identity, ...env } });
const versions = (html: string) => one(html, 'section.versions');

/** A repository whose `content/` folder has a history: a.mdx changed three times, b.mdx once, c.mdx never committed. */
function repository() {
  const repo = tempDir('lom-history-');
  const content = path.join(repo, 'content', 'themas');
  fs.mkdirSync(content, { recursive: true });
  git(repo, ['init', '-q']);
  const commit = (date: string, files: Record<string, string>) => {
    for (const [name, body] of Object.entries(files)) fs.writeFileSync(path.join(repo, name), body);
    git(repo, ['add', '.']);
    git(repo, ['commit', '-q', '-m', date], { GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` });
  };
  commit('2024-01-10', { 'content/themas/a.mdx': '1', 'README.md': 'x' });
  commit('2024-06-01', { 'content/themas/a.mdx': '2', 'content/themas/b.mdx': '1' });
  commit('2025-03-15', { 'content/themas/a.mdx': '3', 'README.md': 'y' });
  fs.writeFileSync(path.join(content, 'c.mdx'), 'new');
  return repo;
}

describe('reading the history', () => {
  it('gives each committed file its last change, its number of changes and its first version', () => {
    const history = readHistory(path.join(repository(), 'content'));
    expect(history.get('themas/a.mdx')).toMatchObject({ changed: '2025-03-15', count: 3, first: '2024-01-10' });
    expect(history.get('themas/b.mdx')).toMatchObject({ changed: '2024-06-01', count: 1, first: '2024-06-01' });
    expect(history.get('themas/a.mdx')!.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(history.has('themas/c.mdx')).toBe(false);
    expect([...history.keys()].sort()).toEqual(['themas/a.mdx', 'themas/b.mdx']);
  });

  it('in a shallow clone, knows only the changes it holds, and no counts', () => {
    const clone = path.join(tempDir('lom-shallow-'), 'clone');
    git(os.tmpdir(), ['clone', '-q', '--depth', '2', `file://${repository()}`, clone]);
    const history = readHistory(path.join(clone, 'content'));
    expect(history.get('themas/a.mdx')).toEqual({ changed: '2025-03-15', commit: expect.any(String) });
    // b.mdx last changed in the oldest commit of the clone, which looks as if it added every file.
    expect(history.has('themas/b.mdx')).toBe(false);
  });

  it('is empty outside a repository', () => {
    const folder = tempDir('lom-no-git-');
    fs.writeFileSync(path.join(folder, 'x.mdx'), 'x');
    expect(readHistory(folder).size).toBe(0);
  });
});

describe('the versions on an entry page', () => {
  const file = 'tests/fixtures/corpus-basic/interventies/voorbeeld-org/ouders-in-gesprek.mdx';
  const shallow = git(projectRoot, ['rev-parse', '--is-shallow-repository']).trim() === 'true';

  it.skipIf(shallow)('show when the file last changed, how often, and link to every version', () => {
    const dates = git(projectRoot, ['log', '--format=%cs', '--', file]).trim().split('\n');
    const html = versions(readPage(site, '/interventies/ouders-in-gesprek/'));
    expect(text(one(html, 'h2#versies'))).toBe('Versies');
    expect(attr(one(html, 'time'), 'datetime')).toBe(dates[0]);
    expect(text(html)).toContain(dates.length === 1 ? 'Dit is de eerste versie.' : `Het is ${dates.length} keer gewijzigd sinds de eerste versie van`);
    const allVersions = all(html, 'a').find((a) => text(a).startsWith('Bekijk alle versies'));
    expect(attr(allVersions!, 'href')).toMatch(new RegExp(`/commits/main/${file.replaceAll('.', '\\.')}$`));
  });

  describe('of a corpus outside any repository, with awkward characters', () => {
    let build: BuildResult;
    beforeAll(() => {
      const corpus = path.join(tempDir('lom-outside-'), 'corpus');
      fs.cpSync(path.join(fixturesDir, 'corpus-basic'), corpus, { recursive: true });
      const entryFile = path.join(corpus, 'interventies/voorbeeld-org/ouders-in-gesprek.mdx');
      fs.writeFileSync(entryFile, fs.readFileSync(entryFile, 'utf8')
        .replace('title: Ouders in gesprek over school', 'title: Ouders & school in gesprek')
        .replace('keywords: [ouderavond]', 'keywords: [ouderavond, "</script><script>alert(1)</script>"]'));
      build = buildSite(corpus, `outside-${process.pid}`);
    });
    afterAll(() => build?.remove());

    it('builds', () => {
      expect(build.ok, build.output).toBe(true);
    });

    it('fall back to the updated date, without a link to a history that does not exist', () => {
      const html = versions(readPage(build.outDir, '/interventies/ouders-in-gesprek/'));
      expect(text(html)).toContain('Deze pagina is het laatst bijgewerkt op 2 november 2026.');
      expect(all(html, 'a').map((a) => attr(a, 'href'))).not.toContainEqual(expect.stringContaining('/commits/'));
    });

    it('keep text with & and </script> intact in the feed and the structured data', () => {
      const page = readPage(build.outDir, '/interventies/ouders-in-gesprek/');
      // The script's text as a browser reads it: it ends at the first </script, so an unescaped one would cut the data short.
      const blocks = jsonBlocks(page) as { keywords: string }[];
      expect(blocks).toHaveLength(1);
      expect(blocks[0]!.keywords).toBe('ouderavond, </script><script>alert(1)</script>');
      const feed = parseXml(fs.readFileSync(path.join(build.outDir, 'feeds/alles.xml'), 'utf8'));
      expect(feed.children.flatMap((c) => c.children).filter((c) => c.name === 'title').map((t) => t.text)).toContain('Ouders & school in gesprek');
    });
  });
});
