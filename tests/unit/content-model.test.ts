/** The content model's reference part is made from the schemas, so that it cannot say what the check does not do. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withModelDocs } from '../../src/content-tools/model-docs.ts';
import { projectRoot } from '../support/temp-corpus.ts';

describe('docs/content-model.md', () => {
  const text = fs.readFileSync(path.join(projectRoot, 'docs/content-model.md'), 'utf8');

  it('describes the fields as the schemas define them (run npm run schemas after changing a field)', () => {
    expect(withModelDocs(text)).toBe(text);
  });

  it('names only components that exist, and every reserved id', () => {
    expect(text).toContain('`<Callout>`');
    expect(text).toContain('`<Details>`');
    expect(text).not.toMatch(/\bfigure\b|<Figure/i);
    expect(text).toMatch(/may not be one of `pagina`, .*`sector`/);
  });
});
