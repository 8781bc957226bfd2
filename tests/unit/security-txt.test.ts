/**
 * The site's security.txt (RFC 9116) names a contact and its own address, and
 * has not expired, nor comes close: a security researcher ignores a file past
 * its Expires date, so this test fails a month ahead, to give time to renew it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build.ts';
import { siteUrl } from '../../src/site.config.ts';

const file = 'public/.well-known/security.txt';
const text = fs.readFileSync(path.join(projectRoot, file), 'utf8');
const fields = text
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()] as const);
const values = (name: string) => fields.filter(([field]) => field === name).map(([, value]) => value);
const day = 24 * 60 * 60 * 1000;

describe('security.txt', () => {
  it('does not expire within 30 days, and not more than a year ahead', () => {
    expect(values('expires')).toHaveLength(1);
    const expires = new Date(values('expires')[0]!);
    const daysLeft = Math.floor((expires.getTime() - Date.now()) / day);
    expect(
      daysLeft,
      `${file} expires on ${values('expires')[0]}, in ${daysLeft} days: renew it by setting Expires to a date less than a year from today (RFC 9116, section 2.5.5)`,
    ).toBeGreaterThanOrEqual(30);
    expect(daysLeft, `${file}: RFC 9116 advises an Expires date less than a year ahead`).toBeLessThanOrEqual(366);
  });

  it('names a contact, the preferred languages and its own address', () => {
    expect(values('contact').length).toBeGreaterThan(0);
    for (const contact of values('contact')) expect(contact).toMatch(/^(https:\/\/|mailto:)/);
    expect(values('preferred-languages')).toEqual(['nl, en']);
    expect(values('canonical')).toEqual([new URL('/.well-known/security.txt', siteUrl).href]);
  });

  it('has only fields RFC 9116 defines', () => {
    const known = ['acknowledgments', 'canonical', 'contact', 'encryption', 'expires', 'hiring', 'policy', 'preferred-languages', 'csaf'];
    expect(fields.map(([name]) => name).filter((name) => !known.includes(name))).toEqual([]);
  });
});
