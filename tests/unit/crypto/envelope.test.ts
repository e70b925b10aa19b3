// Runs in: Node (unit tests).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromBase64, toBase64, utf8Decode, utf8Encode } from '../../../shared/crypto/bytes';
import {
  decryptJson,
  decryptRecord,
  encryptJson,
  encryptRecord,
  fromStoredEnvelope,
  recordAad,
  toStoredEnvelope,
  type Envelope,
  type RecordMeta,
} from '../../../shared/crypto/envelope';
import { isCryptoError, type CryptoErrorCode } from '../../../shared/crypto/errors';
import { generateDataKey, importVaultKeys } from '../../../shared/crypto/keyslots';

let key: CryptoKey;
let otherKey: CryptoKey;

beforeAll(async () => {
  key = (await importVaultKeys(generateDataKey())).records;
  otherKey = (await importVaultKeys(generateDataKey())).records;
});

async function codeOf(
  promise: Promise<unknown>,
): Promise<CryptoErrorCode | 'resolved' | 'not-a-crypto-error'> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return isCryptoError(error) ? error.code : 'not-a-crypto-error';
  }
}

function flipBit(bytes: Uint8Array, bit: number): Uint8Array {
  const copy = bytes.slice();
  const index = Math.floor(bit / 8);
  copy[index] = (copy[index] ?? 0) ^ (1 << (bit % 8));
  return copy;
}

const META: RecordMeta = { id: 'rec_7Qe2', type: 'leerling', v: 1 };

describe('record envelopes', () => {
  it('round-trips bytes and JSON', async () => {
    const envelope = await encryptRecord(key, META, utf8Encode('Özdemir, groep 5'));
    expect(envelope.iv).toHaveLength(12);
    expect(envelope.ct).toHaveLength(utf8Encode('Özdemir, groep 5').length + 16);
    expect(utf8Decode(await decryptRecord(key, envelope))).toBe('Özdemir, groep 5');

    const value = { naam: 'Özdemir', notities: ['a', 'b'], n: 3 };
    expect(await decryptJson(key, await encryptJson(key, META, value))).toEqual(value);
  });

  it('uses a fresh IV for every encryption', async () => {
    const a = await encryptRecord(key, META, utf8Encode('x'));
    const b = await encryptRecord(key, META, utf8Encode('x'));
    expect(toBase64(a.iv)).not.toBe(toBase64(b.iv));
    expect(toBase64(a.ct)).not.toBe(toBase64(b.ct));
  });

  it('detects tampering with ciphertext, IV, id, type or version, and the wrong key', async () => {
    const envelope = await encryptRecord(key, META, utf8Encode('geheim'));
    const variants: Envelope[] = [
      { ...envelope, ct: flipBit(envelope.ct, 0) },
      { ...envelope, ct: flipBit(envelope.ct, envelope.ct.length * 8 - 1) },
      { ...envelope, ct: envelope.ct.subarray(0, envelope.ct.length - 1) },
      { ...envelope, iv: flipBit(envelope.iv, 5) },
      { ...envelope, iv: envelope.iv.subarray(0, 11) },
      { ...envelope, id: 'rec_other' },
      { ...envelope, type: 'verwijzing' },
      { ...envelope, v: 2 },
    ];
    for (const variant of variants)
      expect(await codeOf(decryptRecord(key, variant))).toBe('envelope.tampered');
    expect(await codeOf(decryptRecord(otherKey, envelope))).toBe('envelope.tampered');
  });

  it('cannot be swapped between records: each AAD binds its own id', async () => {
    const a = await encryptRecord(key, { ...META, id: 'a' }, utf8Encode('A'));
    const b = await encryptRecord(key, { ...META, id: 'b' }, utf8Encode('B'));
    expect(await codeOf(decryptRecord(key, { ...a, iv: b.iv, ct: b.ct }))).toBe(
      'envelope.tampered',
    );
  });

  it('has an unambiguous AAD (no id/type boundary confusion)', () => {
    expect(recordAad({ id: 'ab', type: 'c', v: 1 })).not.toEqual(
      recordAad({ id: 'a', type: 'bc', v: 1 }),
    );
  });

  it('refuses malformed metadata', async () => {
    for (const meta of [
      { ...META, id: '' },
      { ...META, type: '' },
      { ...META, v: -1 },
      { ...META, v: 1.5 },
      { ...META, v: 2 ** 32 },
      { ...META, id: 'x'.repeat(201) },
    ]) {
      expect(await codeOf(encryptRecord(key, meta, new Uint8Array(1)))).toBe('envelope.invalid');
    }
    expect(await codeOf(encryptJson(key, META, undefined))).toBe('envelope.invalid');
  });

  it('round-trips the stored (base64) form and validates it', async () => {
    const envelope = await encryptRecord(key, META, utf8Encode('x'));
    const stored = toStoredEnvelope(envelope);
    expect(JSON.parse(JSON.stringify(stored))).toEqual(stored);
    expect(utf8Decode(await decryptRecord(key, fromStoredEnvelope(stored)))).toBe('x');
    expect(() => fromStoredEnvelope({ ...stored, extra: 1 })).toThrow(
      expect.objectContaining({ code: 'envelope.invalid' }) as Error,
    );
    expect(() => fromStoredEnvelope({ ...stored, iv: toBase64(new Uint8Array(9)) })).toThrow(
      expect.objectContaining({ code: 'envelope.invalid' }) as Error,
    );
    expect(() => fromStoredEnvelope({ ...stored, iv: 'AAAAAAAAAAAAAAB=' })).toThrow(
      expect.objectContaining({ code: 'encoding.invalid' }) as Error,
    );
    expect(() => fromStoredEnvelope({ ...stored, ct: 'not base64!' })).toThrow(
      expect.objectContaining({ code: 'envelope.invalid' }) as Error,
    );
    expect(fromBase64(stored.iv)).toEqual(envelope.iv);
  });
});

describe('record envelopes (properties)', () => {
  const metaArb = fc.record({
    id: fc.string({ minLength: 1, maxLength: 40 }),
    type: fc.string({ minLength: 1, maxLength: 20 }),
    v: fc.integer({ min: 0, max: 0xffffffff }),
  });

  it('round-trips arbitrary bytes under arbitrary ids, types and versions', async () => {
    await fc.assert(
      fc.asyncProperty(metaArb, fc.uint8Array({ maxLength: 2048 }), async (meta, bytes) => {
        const envelope = await encryptRecord(key, meta, bytes);
        expect(await decryptRecord(key, envelope)).toEqual(bytes);
        const stored = JSON.parse(JSON.stringify(toStoredEnvelope(envelope))) as unknown;
        expect(await decryptRecord(key, fromStoredEnvelope(stored))).toEqual(bytes);
      }),
      { numRuns: 150 },
    );
  });

  it('rejects any single bit flip in the IV or the ciphertext', async () => {
    const envelope = await encryptRecord(
      key,
      META,
      utf8Encode('een korte notitie over een leerling'),
    );
    const ivBits = envelope.iv.length * 8;
    const totalBits = ivBits + envelope.ct.length * 8;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: totalBits - 1 }), async (bit) => {
        const tampered =
          bit < ivBits
            ? { ...envelope, iv: flipBit(envelope.iv, bit) }
            : { ...envelope, ct: flipBit(envelope.ct, bit - ivBits) };
        expect(await codeOf(decryptRecord(key, tampered))).toBe('envelope.tampered');
      }),
      { numRuns: 300 },
    );
  });

  it('rejects any other id, type or version', async () => {
    const envelope = await encryptRecord(key, META, utf8Encode('x'));
    await fc.assert(
      fc.asyncProperty(metaArb, async (meta) => {
        fc.pre(meta.id !== META.id || meta.type !== META.type || meta.v !== META.v);
        expect(await codeOf(decryptRecord(key, { ...envelope, ...meta }))).toBe(
          'envelope.tampered',
        );
      }),
      { numRuns: 100 },
    );
  });
});
