// Tests for the letter fingerprint: canonical JSON is independent of key order and Unicode
// normalisation form, the digest changes with any content change, and document ids look right.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_ID_PATTERN } from '../../../shared/referrals/referral';
import {
  canonicalJson,
  newDocumentId,
  referralContentFingerprint,
  sha256CanonicalHex,
  toBase32,
} from '../../../shared/referrals/fingerprint';
import { letterContent } from './letterFixture';

/** Rebuilds an object with its keys in reverse order, recursively. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reversed(v)]),
    );
  return value;
}

const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string(), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('canonicalJson', () => {
  it('sorts keys, drops undefined, keeps array order, no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [3, 1], c: undefined, d: { z: 'x', y: null } })).toBe(
      '{"a":[3,1],"b":1,"d":{"y":null,"z":"x"}}',
    );
  });

  it('NFC-normalises strings and keys', () => {
    expect(canonicalJson({ 'coo\u0308rdinator': 'Zoe\u0308' })).toBe(
      canonicalJson({ coördinator: 'Zoë' }),
    );
  });

  it('is unambiguous: quotes and separators inside strings are escaped', () => {
    expect(canonicalJson(['a","b'])).not.toBe(canonicalJson(['a', 'b']));
    expect(canonicalJson({ 'a":"b': 'c' })).not.toBe(canonicalJson({ a: 'b":"c' }));
    expect(canonicalJson('\u001f\n"\\')).toBe('"\\u001f\\n\\"\\\\"');
  });

  it('refuses what it cannot encode canonically', () => {
    expect(() => canonicalJson(1.5)).toThrow(RangeError);
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
    expect(() => canonicalJson(new Date(0))).toThrow(TypeError);
    expect(() => canonicalJson({ 'e\u0308': 1, ë: 2 })).toThrow(RangeError);
  });

  it('round-trips through JSON.parse (it is valid JSON)', () => {
    fc.assert(
      fc.property(json, (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });
});

describe('referralContentFingerprint', () => {
  it('is 64 lowercase hex digits and matches a known vector', async () => {
    // SHA-256 of the two bytes "{}".
    expect(await sha256CanonicalHex({})).toBe(
      '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    );
    expect(await referralContentFingerprint(letterContent())).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is stable across key order', async () => {
    const content = letterContent();
    expect(await sha256CanonicalHex(reversed(content))).toBe(
      await referralContentFingerprint(content),
    );
  });

  it('stays equal under key shuffling (property)', async () => {
    await fc.assert(
      fc.asyncProperty(json, async (value) => {
        expect(await sha256CanonicalHex(reversed(value))).toBe(await sha256CanonicalHex(value));
      }),
      { numRuns: 50 },
    );
  });

  it('changes with any change of a content string (property)', async () => {
    const content = letterContent();
    const base = await referralContentFingerprint(content);
    const fields = ['reasonAndQuestion', 'strengths', 'askOfRecipient', 'date'] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...fields),
        fc.string({ minLength: 1 }),
        async (field, extra) => {
          const changed = { ...content, [field]: `${content[field]}${extra}` };
          expect(await referralContentFingerprint(changed)).not.toBe(base);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('changes when a signer, category, list item or its order changes', async () => {
    const content = letterContent();
    const base = await referralContentFingerprint(content);
    const variants = [
      { ...content, signers: content.signers.slice(1) },
      { ...content, dataCategories: [...content.dataCategories, 'medisch' as const] },
      { ...content, dataCategories: [...content.dataCategories].reverse() },
      { ...content, involved: [] },
      { ...content, pupil: { ...content.pupil, group: '6A' } },
      { ...content, concerns: [...content.concerns, { leefgebied: 'Gezondheid', text: '' }] },
    ];
    for (const v of variants) expect(await referralContentFingerprint(v)).not.toBe(base);
  });
});

describe('document id', () => {
  it('is ZT- and 16 Crockford base32 characters in groups of four', () => {
    expect(newDocumentId()).toMatch(DOCUMENT_ID_PATTERN);
    expect(newDocumentId(() => new Uint8Array(10))).toBe('ZT-0000-0000-0000-0000');
    expect(newDocumentId()).not.toBe(newDocumentId());
  });

  it('base32 matches known values', () => {
    expect(toBase32(new Uint8Array([0xff]))).toBe('ZW');
    expect(toBase32(new Uint8Array([0, 0, 0, 0, 0xff]))).toBe('0000007Z');
    expect(toBase32(new Uint8Array([]))).toBe('');
  });
});
