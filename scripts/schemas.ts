/**
 * `npm run schemas`: writes the parts of the documentation that are made from
 * the schemas anew, after a field, its role or its description changed: the
 * list of front matter fields in CONTRIBUTING.md and the reference part of
 * docs/content-model.md. (The JSON Schemas themselves are published by the
 * site, at /schema/<collection>.json.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { withFieldDocs } from '../src/content-tools/field-docs.ts';
import { withModelDocs } from '../src/content-tools/model-docs.ts';

const documents = [
  { file: 'CONTRIBUTING.md', update: withFieldDocs, same: 'De lijst met velden in CONTRIBUTING.md was al bijgewerkt.', changed: 'De lijst met velden in CONTRIBUTING.md is bijgewerkt.' },
  { file: 'docs/content-model.md', update: withModelDocs, same: 'docs/content-model.md was al bijgewerkt.', changed: 'docs/content-model.md is bijgewerkt.' },
];
for (const { file, update, same, changed } of documents) {
  const full = path.resolve(import.meta.dirname, '..', file);
  const before = fs.readFileSync(full, 'utf8');
  const after = update(before);
  if (after === before) console.log(same);
  else {
    fs.writeFileSync(full, after);
    console.log(changed);
  }
}
