// Runs in: Node (unit tests).
import { describe, expect, it } from 'vitest';
import { toHex, utf8Decode, utf8Encode } from '../../../shared/crypto/bytes';
import { decryptRecord, encryptRecord } from '../../../shared/crypto/envelope';
import { isCryptoError, type CryptoErrorCode } from '../../../shared/crypto/errors';
import {
  deriveSubkey,
  fromStoredSlot,
  generateDataKey,
  generateSlotSecret,
  importVaultKeys,
  toStoredSlot,
  unwrapSlot,
  wrapWithPassphrase,
  wrapWithRecoveryCode,
  wrapWithSecret,
  type KeySlot,
} from '../../../shared/crypto/keyslots';
import { generateRecoveryCode } from '../../../shared/crypto/recoveryCode';
import {
  aesGcmDecrypt,
  aesGcmEncrypt,
  bufferSource,
  subtle,
} from '../../../shared/crypto/webcrypto';
import { cheapParams, TEST_KDF } from './helpers';

const VAULT = 'vault_5b1c';

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

describe('key slots', () => {
  it('wrap and unwrap the data key with a passphrase, a recovery code and a keystore secret', async () => {
    const dataKey = generateDataKey();
    const code = generateRecoveryCode();
    const secret = generateSlotSecret();
    const slots: [KeySlot, string | Uint8Array][] = [
      [
        await wrapWithPassphrase(VAULT, dataKey, 'paard fiets wolk tegel', cheapParams(), TEST_KDF),
        'paard fiets wolk tegel',
      ],
      [await wrapWithRecoveryCode(VAULT, dataKey, code), code],
      [await wrapWithSecret(VAULT, dataKey, secret), secret],
    ];
    for (const [slot, s] of slots) {
      expect(slot.wrapped).toHaveLength(48);
      expect(toHex(await unwrapSlot(VAULT, slot, s, TEST_KDF))).toBe(toHex(dataKey));
      // And through the stored (JSON) form.
      const stored = JSON.parse(JSON.stringify(toStoredSlot(slot))) as unknown;
      expect(toHex(await unwrapSlot(VAULT, fromStoredSlot(stored), s, TEST_KDF))).toBe(
        toHex(dataKey),
      );
    }
  });

  it('accept a recovery code typed sloppily', async () => {
    const dataKey = generateDataKey();
    const code = generateRecoveryCode();
    const slot = await wrapWithRecoveryCode(VAULT, dataKey, code);
    expect(toHex(await unwrapSlot(VAULT, slot, code.toLowerCase().replace(/-/g, ' ')))).toBe(
      toHex(dataKey),
    );
  });

  it('reject a wrong passphrase, recovery code or secret', async () => {
    const dataKey = generateDataKey();
    const passphraseSlot = await wrapWithPassphrase(
      VAULT,
      dataKey,
      'juiste zin',
      cheapParams(),
      TEST_KDF,
    );
    expect(await codeOf(unwrapSlot(VAULT, passphraseSlot, 'Juiste zin', TEST_KDF))).toBe(
      'keyslot.wrong-secret',
    );
    const recoverySlot = await wrapWithRecoveryCode(VAULT, dataKey, generateRecoveryCode());
    expect(await codeOf(unwrapSlot(VAULT, recoverySlot, generateRecoveryCode()))).toBe(
      'keyslot.wrong-secret',
    );
    const keystoreSlot = await wrapWithSecret(VAULT, dataKey, generateSlotSecret());
    expect(await codeOf(unwrapSlot(VAULT, keystoreSlot, generateSlotSecret()))).toBe(
      'keyslot.wrong-secret',
    );
  });

  it('report a mistyped recovery code as such, before any key derivation', async () => {
    const code = generateRecoveryCode();
    const slot = await wrapWithRecoveryCode(VAULT, generateDataKey(), code);
    const typo = (code.startsWith('0') ? '1' : '0') + code.slice(1);
    expect(await codeOf(unwrapSlot(VAULT, slot, typo))).toBe('recovery.checksum');
    expect(await codeOf(unwrapSlot(VAULT, slot, 'ABC'))).toBe('recovery.invalid-format');
  });

  it('cannot be moved to another vault, relabelled or altered', async () => {
    const dataKey = generateDataKey();
    const secret = generateSlotSecret();
    const slot = await wrapWithSecret(VAULT, dataKey, secret);
    expect(await codeOf(unwrapSlot('vault_other', slot, secret))).toBe('keyslot.wrong-secret');
    expect(await codeOf(unwrapSlot(VAULT, { ...slot, id: 'other-id' }, secret))).toBe(
      'keyslot.wrong-secret',
    );
    const flipped = slot.wrapped.slice();
    flipped[3] = (flipped[3] ?? 0) ^ 0x10;
    expect(await codeOf(unwrapSlot(VAULT, { ...slot, wrapped: flipped }, secret))).toBe(
      'keyslot.wrong-secret',
    );

    const passphraseSlot = await wrapWithPassphrase(VAULT, dataKey, 'zin', cheapParams(), TEST_KDF);
    expect(await codeOf(unwrapSlot('vault_other', passphraseSlot, 'zin', TEST_KDF))).toBe(
      'keyslot.wrong-secret',
    );
    const code = generateRecoveryCode();
    const recoverySlot = await wrapWithRecoveryCode(VAULT, dataKey, code);
    expect(await codeOf(unwrapSlot('vault_other', recoverySlot, code))).toBe(
      'keyslot.wrong-secret',
    );
  });

  it('refuse a passphrase slot whose stored parameters were lowered below the floor', async () => {
    const slot = await wrapWithPassphrase(VAULT, generateDataKey(), 'zin', cheapParams(), TEST_KDF);
    expect(await codeOf(unwrapSlot(VAULT, slot, 'zin'))).toBe('kdf.params-too-weak');
    expect(await codeOf(wrapWithPassphrase(VAULT, generateDataKey(), 'zin', cheapParams()))).toBe(
      'kdf.params-too-weak',
    );
  });

  it('use default Argon2id parameters when none are given', async () => {
    const dataKey = generateDataKey();
    const slot = await wrapWithPassphrase(VAULT, dataKey, 'paard fiets wolk tegel');
    expect(slot.kind === 'passphrase' && slot.kdf).toMatchObject({
      memoryKiB: 65536,
      iterations: 3,
    });
    expect(toHex(await unwrapSlot(VAULT, slot, 'paard fiets wolk tegel'))).toBe(toHex(dataKey));
  });

  it('refuse the wrong kind of secret and malformed inputs', async () => {
    const dataKey = generateDataKey();
    const keystoreSlot = await wrapWithSecret(VAULT, dataKey, generateSlotSecret());
    expect(await codeOf(unwrapSlot(VAULT, keystoreSlot, 'a passphrase'))).toBe('keyslot.invalid');
    const passphraseSlot = await wrapWithPassphrase(VAULT, dataKey, 'zin', cheapParams(), TEST_KDF);
    expect(await codeOf(unwrapSlot(VAULT, passphraseSlot, generateSlotSecret(), TEST_KDF))).toBe(
      'keyslot.invalid',
    );
    expect(await codeOf(wrapWithPassphrase(VAULT, dataKey, '', cheapParams(), TEST_KDF))).toBe(
      'keyslot.invalid',
    );
    expect(await codeOf(wrapWithSecret(VAULT, dataKey, new Uint8Array(16)))).toBe(
      'keyslot.invalid',
    );
    expect(await codeOf(wrapWithSecret('', dataKey, generateSlotSecret()))).toBe('keyslot.invalid');
    expect(await codeOf(wrapWithSecret(VAULT, new Uint8Array(31), generateSlotSecret()))).toBe(
      'keyslot.invalid',
    );
    const stored = toStoredSlot(keystoreSlot);
    for (const bad of [
      { ...stored, kind: 'fingerprint' },
      { ...stored, extra: 1 },
      { ...stored, wrapped: 'AAAA' },
      { ...stored, createdAt: 'yesterday' },
    ]) {
      expect(() => fromStoredSlot(bad)).toThrow(
        expect.objectContaining({ code: 'keyslot.invalid' }) as Error,
      );
    }
  });
});

describe('vault keys', () => {
  it('are non-extractable and separate records from subkeys', async () => {
    const dataKey = generateDataKey();
    const keys = await importVaultKeys(dataKey);
    expect(keys.records.extractable).toBe(false);
    expect(keys.derive.extractable).toBe(false);
    expect(keys.records.algorithm.name).toBe('AES-GCM');

    // The record key is not the raw data key (the data key is only ever HKDF input).
    const raw = await subtle().importKey('raw', bufferSource(dataKey), 'AES-GCM', false, [
      'encrypt',
      'decrypt',
    ]);
    const envelope = await encryptRecord(
      keys.records,
      { id: 'a', type: 't', v: 1 },
      utf8Encode('x'),
    );
    await expect(decryptRecord(raw, envelope)).rejects.toMatchObject({ code: 'envelope.tampered' });

    // Same data key, same keys: a re-import decrypts what the first import encrypted.
    const again = await importVaultKeys(dataKey);
    expect(utf8Decode(await decryptRecord(again.records, envelope))).toBe('x');
  });

  it('derive purpose- and salt-bound subkeys', async () => {
    const keys = await importVaultKeys(generateDataKey());
    const salt = new Uint8Array(32).fill(7);
    const backupKey = await deriveSubkey(keys, 'backup', salt);
    expect(backupKey.algorithm.name).toBe('AES-GCM');
    expect((await deriveSubkey(keys, 'audit', salt)).algorithm.name).toBe('HMAC');
    const iv = new Uint8Array(12);
    const ct = await aesGcmEncrypt(backupKey, iv, utf8Encode('x'), new Uint8Array(0));
    expect(
      await aesGcmDecrypt(await deriveSubkey(keys, 'backup', salt), iv, ct, new Uint8Array(0)),
    ).not.toBeNull();
    expect(
      await aesGcmDecrypt(
        await deriveSubkey(keys, 'backup', new Uint8Array(32)),
        iv,
        ct,
        new Uint8Array(0),
      ),
    ).toBeNull();
    expect(
      await aesGcmDecrypt(await deriveSubkey(keys, 'export', salt), iv, ct, new Uint8Array(0)),
    ).toBeNull();
    await expect(deriveSubkey(keys, 'Bad Purpose', salt)).rejects.toThrow(RangeError);
  });
});
