// Runs in: Node (unit tests).
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../shared/crypto/bytes';
import { isCryptoError, type CryptoErrorCode } from '../../../shared/crypto/errors';
import {
  assertAcceptableParams,
  DEFAULT_ARGON2ID,
  deriveKeyBytes,
  fromStoredParams,
  isWeakerThan,
  MIN_ARGON2ID,
  newArgon2idParams,
  toStoredParams,
  type Argon2idParams,
} from '../../../shared/crypto/kdf';
import { cheapParams, TEST_KDF } from './helpers';

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

describe('Argon2id parameters', () => {
  it('defaults to at least 64 MiB and 3 passes with a fresh 16-byte salt', () => {
    const a = newArgon2idParams();
    const b = newArgon2idParams();
    expect(a).toMatchObject({
      algorithm: 'argon2id',
      memoryKiB: 65536,
      iterations: 3,
      parallelism: 1,
    });
    expect(a.salt).toHaveLength(16);
    expect(toHex(a.salt)).not.toBe(toHex(b.salt));
    expect(MIN_ARGON2ID).toMatchObject(DEFAULT_ARGON2ID);
  });

  it('round-trips the stored form and rejects malformed stored parameters', () => {
    const params = newArgon2idParams();
    const stored = toStoredParams(params);
    expect(stored.salt).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(fromStoredParams(JSON.parse(JSON.stringify(stored)))).toEqual(params);
    for (const bad of [
      { ...stored, algorithm: 'scrypt' },
      { ...stored, memoryKiB: 1.5 },
      { ...stored, iterations: 0 },
      { ...stored, extra: true },
      { ...stored, memoryKiB: 2 ** 40 },
      null,
    ]) {
      expect(() => fromStoredParams(bad)).toThrow(
        expect.objectContaining({ code: 'kdf.params-invalid' }) as Error,
      );
    }
  });

  it('says when stored parameters are weaker than the current defaults', () => {
    expect(isWeakerThan({ memoryKiB: 32768, iterations: 3, parallelism: 1 })).toBe(true);
    expect(isWeakerThan({ memoryKiB: 65536, iterations: 2, parallelism: 1 })).toBe(true);
    expect(isWeakerThan(DEFAULT_ARGON2ID)).toBe(false);
    expect(isWeakerThan({ memoryKiB: 131072, iterations: 4, parallelism: 1 })).toBe(false);
  });
});

describe('deriveKeyBytes', () => {
  it('refuses parameters below the floor before doing any work (a weakened vault header)', async () => {
    const base = newArgon2idParams();
    const weak: Argon2idParams[] = [
      { ...base, memoryKiB: 65535 },
      { ...base, iterations: 2 },
      { ...base, salt: base.salt.subarray(0, 15) },
      { ...base, memoryKiB: 1024, iterations: 1 },
    ];
    for (const params of weak)
      expect(await codeOf(deriveKeyBytes('passphrase', params))).toBe('kdf.params-too-weak');
    expect(() => assertAcceptableParams({ ...base, iterations: 1 })).toThrow(
      expect.objectContaining({ code: 'kdf.params-too-weak' }) as Error,
    );
  });

  it('refuses malformed or absurd parameters', async () => {
    const base = newArgon2idParams();
    for (const params of [
      { ...base, memoryKiB: 3 * 1024 * 1024 },
      { ...base, iterations: 1000 },
      { ...base, parallelism: 0 },
      { ...base, memoryKiB: Number.NaN },
    ]) {
      expect(await codeOf(deriveKeyBytes('passphrase', params))).toBe('kdf.params-invalid');
    }
  });

  it('is deterministic, salt-dependent, and NFC-normalises the passphrase', async () => {
    const params = cheapParams();
    const composed = 'coördinator é';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const a = await deriveKeyBytes(composed, params, TEST_KDF);
    expect(a).toHaveLength(32);
    expect(toHex(await deriveKeyBytes(decomposed, params, TEST_KDF))).toBe(toHex(a));
    expect(toHex(await deriveKeyBytes(composed, cheapParams(), TEST_KDF))).not.toBe(toHex(a));
    expect(toHex(await deriveKeyBytes('coordinator e', params, TEST_KDF))).not.toBe(toHex(a));
  });

  it('runs at the default parameters', async () => {
    const key = await deriveKeyBytes('correct horse battery staple', newArgon2idParams());
    expect(key).toHaveLength(32);
  });
});
