// Runs in: Node (unit tests).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  concatBytes,
  constantTimeEqual,
  encodeLengthPrefixed,
  fromBase64,
  fromBase64Url,
  fromHex,
  randomBytes,
  toBase64,
  toBase64Url,
  toHex,
  utf8Decode,
  utf8Encode,
  wipe,
} from '../../../shared/crypto/bytes';
import { isCryptoError } from '../../../shared/crypto/errors';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return isCryptoError(error) ? error.code : 'not-a-crypto-error';
  }
}

describe('base64', () => {
  it('matches the RFC 4648 section 10 test vectors', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'Zg=='],
      ['fo', 'Zm8='],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg=='],
      ['fooba', 'Zm9vYmE='],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [text, b64] of vectors) {
      expect(toBase64(utf8Encode(text))).toBe(b64);
      expect(utf8Decode(fromBase64(b64))).toBe(text);
      expect(toBase64Url(utf8Encode(text))).toBe(b64.replace(/=/g, ''));
    }
  });

  it('round-trips arbitrary bytes, and agrees with Node for standard base64', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(fromBase64(toBase64(bytes))).toEqual(bytes);
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
        expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
        expect(toBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
      }),
    );
  });

  it('is strict: no whitespace, missing padding, wrong alphabet or non-canonical bits', () => {
    for (const bad of [
      'Zg',
      'Zg=',
      'Zm9v\n',
      ' Zm9v',
      'Zm9v====',
      'Z===',
      'Zh==',
      'Zm9-',
      'Zm9_',
      'Zm8=Zm8=',
      'é===',
    ]) {
      expect(
        codeOf(() => fromBase64(bad)),
        bad,
      ).toBe('encoding.invalid');
    }
    for (const bad of ['Zg==', 'Zh', 'Zm9+', 'Z']) {
      expect(
        codeOf(() => fromBase64Url(bad)),
        bad,
      ).toBe('encoding.invalid');
    }
  });
});

describe('hex, utf-8, concatenation', () => {
  it('round-trips hex and refuses malformed hex', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(fromHex(toHex(bytes))).toEqual(bytes);
      }),
    );
    expect(toHex(new Uint8Array([0, 15, 255]))).toBe('000fff');
    expect(fromHex('ABcd')).toEqual(new Uint8Array([0xab, 0xcd]));
    for (const bad of ['0', 'zz', '0x00', '00 '])
      expect(codeOf(() => fromHex(bad))).toBe('encoding.invalid');
  });

  it('decodes UTF-8 strictly', () => {
    expect(utf8Decode(utf8Encode('Özdemir coördinator ĳs'))).toBe('Özdemir coördinator ĳs');
    expect(codeOf(() => utf8Decode(new Uint8Array([0xc3, 0x28])))).toBe('encoding.invalid');
  });

  it('concatenates', () => {
    expect(concatBytes(new Uint8Array([1]), new Uint8Array(0), new Uint8Array([2, 3]))).toEqual(
      new Uint8Array([1, 2, 3]),
    );
  });
});

describe('length-prefixed encoding', () => {
  it('prefixes each field with its u32 big-endian length', () => {
    expect(toHex(encodeLengthPrefixed(['ab', 7, new Uint8Array([9])]))).toBe(
      '00000002' + '6162' + '00000004' + '00000007' + '00000001' + '09',
    );
  });

  it('is injective: different field lists never encode the same', () => {
    const fields = fc.array(fc.string({ maxLength: 6 }), { maxLength: 4 });
    fc.assert(
      fc.property(fields, fields, (a, b) => {
        fc.pre(JSON.stringify(a) !== JSON.stringify(b));
        expect(toHex(encodeLengthPrefixed(a))).not.toBe(toHex(encodeLengthPrefixed(b)));
      }),
    );
  });
});

describe('constant-time compare, randomness, wipe', () => {
  it('compares equal and unequal arrays', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 3]))).toBe(false);
  });

  it('returns fresh random bytes, also beyond the 64 KiB getRandomValues limit', () => {
    expect(randomBytes(32)).toHaveLength(32);
    expect(toHex(randomBytes(16))).not.toBe(toHex(randomBytes(16)));
    const big = randomBytes(70_000);
    expect(big).toHaveLength(70_000);
    expect(big.subarray(65_536).some((b) => b !== 0)).toBe(true);
  });

  it('wipes in place', () => {
    const secret = new Uint8Array([1, 2, 3]);
    wipe(secret);
    expect(secret).toEqual(new Uint8Array(3));
    wipe(null);
  });
});
