/** Which organisations a card names: the page's own first, and how many it leaves out. */
import { describe, expect, it } from 'vitest';
import { organisationsToName } from '../../src/lib/card-organisations.ts';

describe('the organisations a card names', () => {
  const eight = ['buat', 'ioc', 'ocan', 'sio', 'von', 'iot', 'smn', 'lize'];

  it('names the organisation whose page it is on first, even when it is listed last', () => {
    expect(organisationsToName(eight, 'smn')).toEqual({ shown: ['smn', 'buat', 'ioc'], others: 5 });
  });

  it('names the first three elsewhere and says how many more there are', () => {
    expect(organisationsToName(eight)).toEqual({ shown: ['buat', 'ioc', 'ocan'], others: 5 });
    expect(organisationsToName(eight, 'movisie')).toEqual({ shown: ['buat', 'ioc', 'ocan'], others: 5 });
  });

  it('names a fourth rather than say "+1 andere"', () => {
    expect(organisationsToName(['a', 'b', 'c', 'd'], 'd')).toEqual({ shown: ['d', 'a', 'b', 'c'], others: 0 });
    expect(organisationsToName(['a', 'b'])).toEqual({ shown: ['a', 'b'], others: 0 });
  });
});
