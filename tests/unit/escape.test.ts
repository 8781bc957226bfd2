/**
 * Text from entries inside XML (feeds, sitemap) and inside the JSON-LD
 * script element: whatever it holds, the result parses back to the same text
 * and cannot end the element it sits in.
 */
import { describe, expect, it } from 'vitest';
import { jsonForScript, xml } from '../../src/lib/escape.ts';
import { parseXml } from '../support/xml.ts';

const awkward = 'Tom & Jerry <b>"vet"</b> \'n </script><!-- --> ]]> \u0007';

describe('escaping', () => {
  it('keeps text intact in XML content and attributes', () => {
    const element = parseXml(`<a title="${xml(awkward)}">${xml(awkward)}</a>`);
    const expected = awkward.replace('\u0007', '');
    expect(element.text).toBe(expected);
    expect(element.attributes.title).toBe(expected);
  });

  it('keeps JSON for a script element free of anything that could close it', () => {
    const json = jsonForScript({ keyword: awkward });
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual({ keyword: awkward });
  });
});
