/**
 * Front matter: what a contributor may write between the --- lines, and how
 * every way to get it wrong (or to attack the parser) is reported at the
 * right line without running anything.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { afterEach, describe, expect, it } from 'vitest';
import { FrontmatterError, readFrontmatter } from '../../src/content-tools/frontmatter.ts';
import { check, lesson, projectRoot } from '../support/temp-corpus.ts';

function refusal(text: string) {
  try {
    readFrontmatter(text);
  } catch (error) {
    if (error instanceof FrontmatterError) return error;
    throw error;
  }
  throw new Error('The front matter was accepted');
}

describe('reading front matter', () => {
  it('reads the fields and tells where the body starts', () => {
    const result = readFrontmatter('---\ntitle: Een titel\nthemes: [taal]\n---\n\n## Kop\n');
    expect(result.data).toEqual({ title: 'Een titel', themes: ['taal'] });
    expect(result.bodyLine).toBe(5);
    expect(result.body).toBe('\n## Kop\n');
  });

  it('points at the line and column of a field, also in lists', () => {
    const result = readFrontmatter('---\ntitle: Een titel\nsources:\n  - title: Bron\n    url: https://example.org\n---\n');
    expect(result.positionOf(['title'])).toEqual({ line: 2, column: 8 });
    expect(result.positionOf(['sources', 0, 'url'])).toEqual({ line: 5, column: 10 });
    // A field that is not there points at its nearest parent that is.
    expect(result.positionOf(['sources', 0, 'date'])).toEqual({ line: 4, column: 5 });
  });

  it('reads dates as text, as the schemas expect', () => {
    expect(readFrontmatter('---\nupdated: 2026-11-02\n---\n').data).toEqual({ updated: '2026-11-02' });
  });

  it('accepts a byte-order mark, blank lines before the fence and Windows line ends, with lines still right', () => {
    for (const text of ['\uFEFF---\ntitle: x\nkind: y\n---\nTekst', '\n\n  \n---\ntitle: x\nkind: y\n---\nTekst', '---\r\ntitle: x\r\nkind: y\r\n---\r\nTekst']) {
      const skipped = text.startsWith('\n') ? 3 : 0;
      const result = readFrontmatter(text);
      expect(result.data).toEqual({ title: 'x', kind: 'y' });
      expect(result.positionOf(['kind']).line).toBe(3 + skipped);
      expect(result.bodyLine).toBe(5 + skipped);
      expect(result.body).toBe('Tekst');
    }
  });

  it('accepts fences with trailing spaces and keeps the body lines right', () => {
    const result = readFrontmatter('---  \ntitle: x\n---  \nTekst\n');
    expect(result.data).toEqual({ title: 'x' });
    expect(result.body).toBe('Tekst\n');
    expect(result.bodyLine).toBe(4);
  });

  it('reads empty front matter as no fields', () => {
    expect(readFrontmatter('---\n---\nTekst').data).toEqual({});
    expect(readFrontmatter('---\n# alleen uitleg\n---\nTekst').data).toEqual({});
  });
});

describe('refusing front matter', () => {
  it('refuses a file without front matter, or without a closing fence', () => {
    expect(refusal('## Alleen tekst\n')).toMatchObject({ rule: 'frontmatter-ontbreekt', position: { line: 1 } });
    expect(refusal('---\ntitle: x\n\nTekst zonder einde\n').message).toContain('wordt niet afgesloten');
  });

  it('refuses TOML (+++)', () => {
    expect(refusal('+++\ntitle = "x"\n+++\n')).toMatchObject({ rule: 'frontmatter-taal', message: expect.stringContaining('TOML') });
  });

  it('refuses every other language after the fence, naming it', () => {
    for (const language of ['js', 'javascript', 'JS', 'coffee', 'json', 'yaml', 'constructor', '__proto__']) {
      const error = refusal(`---${language}\ntitle: x\n---\n`);
      expect(error.rule).toBe('frontmatter-taal');
      expect(error.message).toContain(`"${language}"`);
    }
    expect(refusal('----\ntitle: x\n----\n').message).toContain('precies ---');
  });

  it('refuses a line starting with --- inside the front matter (a second YAML document)', () => {
    expect(refusal('---\ntitle: x\n--- kop\nkind: y\n---\n')).toMatchObject({ rule: 'yaml', position: { line: 3 } });
    expect(refusal('---\ntitle: x\n---- kop\n---\n')).toMatchObject({ rule: 'yaml', position: { line: 3 } });
  });

  it('refuses front matter over 64 KB', () => {
    const error = refusal(`---\ntitle: "${'a'.repeat(70_000)}"\n---\n`);
    expect(error).toMatchObject({ rule: 'frontmatter-te-groot', message: expect.stringContaining('64 KB') });
  });

  it('refuses anchors and aliases, which is where alias bombs live', () => {
    const bomb = ['---', 'a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]', '---'].join('\n');
    expect(refusal(bomb)).toMatchObject({ rule: 'yaml', position: { line: 2 }, message: expect.stringContaining('verwijzingen') });
    expect(refusal('---\ntitle: &t Titel\nname: *t\n---\n').message).toContain('verwijzingen');
  });

  it('refuses prototype keys and merge keys', () => {
    expect(refusal('---\ntitle: x\n__proto__:\n  polluted: true\n---\n')).toMatchObject({ position: { line: 3, column: 1 }, message: expect.stringContaining('__proto__') });
    expect(refusal('---\nsources:\n  - constructor: x\n---\n').message).toContain('constructor');
    expect(refusal('---\ntitle: x\n<<: {kind: y}\n---\n').message).toContain('"<<"');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses YAML tags, which could ask for code', () => {
    expect(refusal('---\ntitle: !!js/function "function () {}"\n---\n')).toMatchObject({ position: { line: 2 }, message: expect.stringContaining('tags') });
    expect(refusal('---\ntitle: !!str 123\n---\n').message).toContain('tags');
  });

  it('refuses deep nesting, in flow and in block style', () => {
    expect(refusal(`---\ntitle: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n---\n`).message).toContain('niveaus genest');
    expect(refusal(`---\n${Array.from({ length: 30 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} 1\n---\n`).message).toContain('niveaus genest');
    expect(refusal(`---\ntitle:\n${' '.repeat(100)}x\n---\n`).message).toContain('springt te ver in');
  });

  it('refuses front matter that is a list or a single value', () => {
    expect(refusal('---\n- een\n- twee\n---\n').message).toContain('naam: waarde');
    expect(refusal('---\nalleen tekst\n---\n').message).toContain('naam: waarde');
  });

  it('explains common YAML mistakes in Dutch, at their line', () => {
    expect(refusal('---\ntitle: Ouders: een aanpak\n---\n')).toMatchObject({ position: { line: 2 }, message: expect.stringContaining('tussen aanhalingstekens') });
    expect(refusal('---\ntitle: x\n\tkind: y\n---\n').message).toContain('geen tabs');
    expect(refusal('---\ntitle: x\ntitle: y\n---\n')).toMatchObject({ position: { line: 3 }, message: expect.stringContaining('"title" staat twee keer') });
    expect(refusal('---\ntitle: "niet afgesloten\n---\n').message).toContain('Er ontbreekt een teken');
    expect(refusal('---\ntitle: @smn\n---\n').message).toContain('aanhalingstekens');
  });
});

describe('front matter that tries to run code', () => {
  const marker = path.join(projectRoot, '.tmp/frontmatter-marker');
  const attack = `---js\n{ title: process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran') || 'Titel' }\n---\n`;
  afterEach(() => fs.rmSync(marker, { force: true }));

  it('would run with gray-matter as it comes (so this attack is real)', () => {
    fs.mkdirSync(path.dirname(marker), { recursive: true });
    matter(attack, { cache: false } as never);
    expect(fs.existsSync(marker)).toBe(true);
  });

  it('is refused with a message, and nothing runs', () => {
    expect(refusal(attack).rule).toBe('frontmatter-taal');
    const result = check(attack);
    expect(result.problems).toEqual([expect.objectContaining({ line: 1, column: 1, rule: 'frontmatter-taal' })]);
    expect(fs.existsSync(marker)).toBe(false);
  });
});

describe('a whole file', () => {
  it('reports every schema problem of a file at once, each at its field', () => {
    const result = check(lesson({ fields: { title: 'Kort', kind: 'tip', audiences: '[kerken]', updated: '2026-02-30' } }));
    const schema = result.problems.filter((p) => p.rule === 'schema');
    expect(schema.map((p) => p.message.split(':')[0])).toEqual(expect.arrayContaining(['title', 'kind', 'audiences', 'updated']));
    expect(schema.find((p) => p.message.startsWith('audiences'))?.message).toBe('audiences: "kerken" is geen publiek. Kies een van: gemeente, onderwijs, werk-en-inkomen, zorg-en-welzijn, politie-en-veiligheid, rijksoverheid, maatschappelijke-organisaties.');
    expect(schema.find((p) => p.message.startsWith('kind'))).toMatchObject({ line: 10, column: 7 });
    expect(check(lesson()).problems).toEqual([]);
  });

  it('names a missing required field', () => {
    const result = check(lesson({ fields: { context: '' } }));
    expect(result.problems).toEqual([expect.objectContaining({ rule: 'schema', message: 'context: dit verplichte veld ontbreekt.' })]);
  });
});
