/**
 * `npm run schemas`: writes the list of front matter fields in CONTRIBUTING.md
 * anew from the schemas, after a field or its description changed. (The JSON
 * Schemas themselves are published by the site, at /schema/<collection>.json.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { withFieldDocs } from '../src/content-tools/field-docs.ts';

const file = path.resolve(import.meta.dirname, '../CONTRIBUTING.md');
const before = fs.readFileSync(file, 'utf8');
const after = withFieldDocs(before);
if (after === before) console.log('De lijst met velden in CONTRIBUTING.md was al bijgewerkt.');
else {
  fs.writeFileSync(file, after);
  console.log('De lijst met velden in CONTRIBUTING.md is bijgewerkt.');
}
