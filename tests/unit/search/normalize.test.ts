// Unit tests for the Dutch-friendly search normalisation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForSearch, tokenizeForSearch } from '../../../shared/search/normalize';

describe('normalizeForSearch', () => {
  it.each([
    ['Özdemir', 'ozdemir'],
    ['coördinator', 'coordinator'],
    ['Ĳsselmeer', 'ijsselmeer'],
    ['ĳs', 'ijs'],
    ['Straße', 'strasse'],
    ['Işık Çelik', 'isik celik'],
    ['İlker', 'ilker'],
    ['Søren Ærø', 'soren aero'],
    ['Łukasz', 'lukasz'],
    ['Zoë  van   den\tBerg', 'zoe van den berg'],
    ['Jansen-de Vries', 'jansen de vries'],
    ["'s-Hertogenbosch", 's hertogenbosch'],
    ['  ...  ', ''],
    ['ﬁets', 'fiets'],
    ['ＡＢＣ', 'abc'],
    ['12-03-2015', '12 03 2015'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected);
  });

  it('treats precomposed and decomposed accents alike', () => {
    expect(normalizeForSearch('co\u00f6rdinator')).toBe(normalizeForSearch('coo\u0308rdinator'));
  });

  it('tokenizes into distinct tokens', () => {
    expect(tokenizeForSearch('De de DE, Özdemir!')).toEqual(['de', 'ozdemir']);
    expect(tokenizeForSearch('')).toEqual([]);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const once = normalizeForSearch(text);
        expect(normalizeForSearch(once)).toBe(once);
      }),
    );
  });
});
