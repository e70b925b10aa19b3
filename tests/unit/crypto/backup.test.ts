// Runs in: Node (unit tests).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BACKUP_CHECKSUM_BYTES,
  BACKUP_PREFIX_BYTES,
  decodeBackup,
  encodeBackup,
  readBackupHeader,
  type BackupPayload,
  type BackupSecret,
} from '../../../shared/crypto/backup';
import { concatBytes, toHex, utf8Decode, utf8Encode } from '../../../shared/crypto/bytes';
import {
  decryptJson,
  encryptJson,
  fromStoredEnvelope,
  toStoredEnvelope,
} from '../../../shared/crypto/envelope';
import { isCryptoError, type CryptoErrorCode } from '../../../shared/crypto/errors';
import {
  generateDataKey,
  generateSlotSecret,
  importVaultKeys,
  wrapWithPassphrase,
  wrapWithRecoveryCode,
  wrapWithSecret,
  type KeySlot,
  type VaultKeys,
} from '../../../shared/crypto/keyslots';
import { generateRecoveryCode } from '../../../shared/crypto/recoveryCode';
import { sha256 } from '../../../shared/crypto/webcrypto';
import { cheapParams, TEST_KDF } from './helpers';

const VAULT = 'vault_9f3a';
const PASSPHRASE = 'paard fiets wolk tegel';

interface Fixture {
  readonly dataKey: Uint8Array;
  readonly keys: VaultKeys;
  readonly code: string;
  readonly slots: KeySlot[];
  readonly payload: BackupPayload;
  readonly file: Uint8Array;
}

let fx: Fixture;

async function makeFixture(recordCount: number): Promise<Fixture> {
  const dataKey = generateDataKey();
  const keys = await importVaultKeys(dataKey);
  const code = generateRecoveryCode();
  const slots = [
    await wrapWithPassphrase(VAULT, dataKey, PASSPHRASE, cheapParams(), TEST_KDF),
    await wrapWithRecoveryCode(VAULT, dataKey, code),
    await wrapWithSecret(VAULT, dataKey, generateSlotSecret()),
  ];
  const records = [];
  for (let i = 0; i < recordCount; i++) {
    records.push(
      toStoredEnvelope(
        await encryptJson(
          keys.records,
          { id: `rec_${i}`, type: 'leerling', v: 1 },
          { naam: `Özdemir ${i}`, groep: 5 },
        ),
      ),
    );
  }
  const audit = [{ seq: 1, action: 'vault.create' }];
  const payload: BackupPayload = {
    meta: { schoolName: 'De Regenboog', schemaVersion: 3 },
    records,
    audit,
    counts: { records: records.length, audit: audit.length },
  };
  const file = await encodeBackup({
    vaultId: VAULT,
    createdAt: '2026-11-20T09:30:00.000Z',
    appVersion: '0.1.0',
    slots,
    keys,
    payload,
  });
  return { dataKey, keys, code, slots, payload, file };
}

beforeAll(async () => {
  fx = await makeFixture(5);
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

const decode = (bytes: Uint8Array, secret: BackupSecret = { passphrase: PASSPHRASE }) =>
  decodeBackup(bytes, secret, TEST_KDF);

function headerEnd(bytes: Uint8Array): number {
  return BACKUP_PREFIX_BYTES + new DataView(bytes.buffer, bytes.byteOffset).getUint32(18, false);
}

/** Rewrites the header (and header length) and recomputes the checksum: a deliberate forgery. */
async function forgeHeader(
  bytes: Uint8Array,
  mutate: (header: Record<string, unknown>) => void,
): Promise<Uint8Array> {
  const end = headerEnd(bytes);
  const header = JSON.parse(utf8Decode(bytes.subarray(BACKUP_PREFIX_BYTES, end))) as Record<
    string,
    unknown
  >;
  mutate(header);
  const headerBytes = utf8Encode(JSON.stringify(header));
  const prefix = bytes.slice(0, BACKUP_PREFIX_BYTES);
  new DataView(prefix.buffer).setUint32(18, headerBytes.length, false);
  const body = concatBytes(
    prefix,
    headerBytes,
    bytes.subarray(end, bytes.length - BACKUP_CHECKSUM_BYTES),
  );
  return concatBytes(body, await sha256(body));
}

/** Changes body bytes and recomputes the checksum: what a deliberate attacker would do. */
async function forgeBody(bytes: Uint8Array, index: number): Promise<Uint8Array> {
  const body = bytes.slice(0, bytes.length - BACKUP_CHECKSUM_BYTES);
  body[index] = (body[index] ?? 0) ^ 0x01;
  return concatBytes(body, await sha256(body));
}

describe('backup round trip', () => {
  it('restores everything with the passphrase valid at backup time', async () => {
    const { header, payload, dataKey } = await decode(fx.file);
    expect(toHex(dataKey)).toBe(toHex(fx.dataKey));
    expect(payload).toEqual(fx.payload);
    expect(header).toMatchObject({
      format: 'zorgtafel-backup',
      formatVersion: 1,
      vaultId: VAULT,
      appVersion: '0.1.0',
      createdAt: '2026-11-20T09:30:00.000Z',
    });
    // On a fresh machine: import the recovered key and read a record.
    const keys = await importVaultKeys(dataKey);
    const first = payload.records[0];
    expect(first && (await decryptJson(keys.records, fromStoredEnvelope(first)))).toEqual({
      naam: 'Özdemir 0',
      groep: 5,
    });
  });

  it('restores with the recovery code, however it is typed', async () => {
    const { dataKey } = await decode(fx.file, {
      recoveryCode: fx.code.toLowerCase().replace(/-/g, ' '),
    });
    expect(toHex(dataKey)).toBe(toHex(fx.dataKey));
  });

  it('carries the passphrase and recovery slots but never the keystore slot', () => {
    const header = readBackupHeader(fx.file);
    expect(header.slots.map((s) => s.kind).sort()).toEqual(['passphrase', 'recovery']);
    expect(utf8Decode(fx.file.subarray(0, 16))).toBe('ZORGTAFEL-BACKUP');
  });

  it('keeps record content out of the readable part of the file', () => {
    const text = new TextDecoder('latin1').decode(fx.file);
    expect(text).not.toContain('Özdemir');
    expect(text).not.toContain('Regenboog');
  });

  it('round-trips an empty vault', async () => {
    const empty: BackupPayload = {
      meta: {},
      records: [],
      audit: [],
      counts: { records: 0, audit: 0 },
    };
    const file = await encodeBackup({
      vaultId: VAULT,
      createdAt: '2026-11-20T09:30:00Z',
      appVersion: '0.1.0',
      slots: fx.slots,
      keys: fx.keys,
      payload: empty,
    });
    expect((await decode(file)).payload).toEqual(empty);
  });
});

describe('backup rejection', () => {
  it('rejects a wrong passphrase or recovery code as a wrong secret', async () => {
    expect(await codeOf(decode(fx.file, { passphrase: 'paard fiets wolk tegels' }))).toBe(
      'backup.wrong-secret',
    );
    expect(await codeOf(decode(fx.file, { recoveryCode: generateRecoveryCode() }))).toBe(
      'backup.wrong-secret',
    );
    expect(await codeOf(decode(fx.file, { recoveryCode: 'not a code' }))).toBe(
      'recovery.invalid-format',
    );
  });

  it('rejects a file cut short at every length', async () => {
    expect(await codeOf(decode(fx.file.subarray(0, 0)))).toBe('backup.not-a-backup');
    for (let length = 1; length < fx.file.length; length++) {
      expect(await codeOf(decode(fx.file.subarray(0, length))), `length ${length}`).toBe(
        'backup.truncated',
      );
    }
  });

  it('rejects any one flipped byte with the code for where it is, never as a wrong passphrase', async () => {
    const end = headerEnd(fx.file);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: fx.file.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        async (index, mask) => {
          const damaged = fx.file.slice();
          damaged[index] = (damaged[index] ?? 0) ^ mask;
          const code = await codeOf(decode(damaged));
          if (index < 16) expect(code).toBe('backup.not-a-backup');
          else if (index < 18) expect(code).toBe('backup.unsupported-version');
          else if (index < end) expect(['backup.tampered', 'backup.truncated']).toContain(code);
          else expect(code).toBe('backup.tampered');
        },
      ),
      { numRuns: 400 },
    );
  });

  it('rejects a deliberately forged file whose checksum was recomputed', async () => {
    const end = headerEnd(fx.file);
    // Payload ciphertext altered: GCM authentication fails.
    expect(await codeOf(decode(await forgeBody(fx.file, end + 10)))).toBe('backup.tampered');
    // Readable header altered (it is the AAD of the payload).
    expect(
      await codeOf(
        decode(await forgeHeader(fx.file, (h) => (h['createdAt'] = '2020-01-01T00:00:00.000Z'))),
      ),
    ).toBe('backup.tampered');
    expect(
      await codeOf(decode(await forgeHeader(fx.file, (h) => (h['appVersion'] = '9.9.9')))),
    ).toBe('backup.tampered');
    // Header moved to another vault id: the slot AAD no longer matches.
    expect(
      await codeOf(decode(await forgeHeader(fx.file, (h) => (h['vaultId'] = 'vault_other')))),
    ).toBe('backup.wrong-secret');
    // Unknown field, or Argon2id parameters weakened below the floor.
    expect(await codeOf(decode(await forgeHeader(fx.file, (h) => (h['extra'] = 1))))).toBe(
      'backup.invalid-content',
    );
    const weakened = await forgeHeader(fx.file, (h) => {
      for (const slot of h['slots'] as Record<string, unknown>[])
        if (slot['kind'] === 'passphrase')
          (slot['kdf'] as Record<string, unknown>)['iterations'] = 1;
    });
    expect(await codeOf(decodeBackup(weakened, { passphrase: PASSPHRASE }))).toBe(
      'backup.tampered',
    );
  });

  it('refuses the cheap test parameters without the test floor', async () => {
    expect(await codeOf(decodeBackup(fx.file, { passphrase: PASSPHRASE }))).toBe('backup.tampered');
  });

  it('rejects extra bytes, unknown versions and files that are not backups', async () => {
    expect(await codeOf(decode(concatBytes(fx.file, new Uint8Array([0]))))).toBe('backup.tampered');
    expect(() => readBackupHeader(concatBytes(fx.file, new Uint8Array([0])))).toThrow(
      expect.objectContaining({ code: 'backup.tampered' }) as Error,
    );
    const v2 = fx.file.slice();
    v2[17] = 2;
    expect(await codeOf(decode(v2))).toBe('backup.unsupported-version');
    expect(() => readBackupHeader(v2)).toThrow(
      expect.objectContaining({ code: 'backup.unsupported-version' }) as Error,
    );
    expect(await codeOf(decode(utf8Encode('%PDF-1.7 not a backup at all')))).toBe(
      'backup.not-a-backup',
    );
    expect(await codeOf(decode(utf8Encode('ZORGTAFEL')))).toBe('backup.truncated');
  });

  it('rejects a backup whose records do not decrypt with the vault key, or whose counts are wrong', async () => {
    const other = await importVaultKeys(generateDataKey());
    const foreign = toStoredEnvelope(
      await encryptJson(other.records, { id: 'x', type: 'leerling', v: 1 }, {}),
    );
    const payload: BackupPayload = {
      ...fx.payload,
      records: [...fx.payload.records, foreign],
      counts: { ...fx.payload.counts, records: fx.payload.records.length + 1 },
    };
    const file = await encodeBackup({
      vaultId: VAULT,
      createdAt: '2026-11-20T09:30:00Z',
      appVersion: '0.1.0',
      slots: fx.slots,
      keys: fx.keys,
      payload,
    });
    expect(await codeOf(decode(file))).toBe('backup.invalid-content');

    const duplicate: BackupPayload = {
      ...fx.payload,
      records: [...fx.payload.records, ...fx.payload.records.slice(0, 1)],
      counts: { ...fx.payload.counts, records: fx.payload.records.length + 1 },
    };
    const dupFile = await encodeBackup({
      vaultId: VAULT,
      createdAt: '2026-11-20T09:30:00Z',
      appVersion: '0.1.0',
      slots: fx.slots,
      keys: fx.keys,
      payload: duplicate,
    });
    expect(await codeOf(decode(dupFile))).toBe('backup.invalid-content');

    const wrongCounts = { ...fx.payload, counts: { records: 99, audit: 1 } };
    expect(
      await codeOf(
        encodeBackup({
          vaultId: VAULT,
          createdAt: '2026-11-20T09:30:00Z',
          appVersion: '0.1.0',
          slots: fx.slots,
          keys: fx.keys,
          payload: wrongCounts,
        }),
      ),
    ).toBe('backup.invalid-content');
    expect(
      await codeOf(
        encodeBackup({
          vaultId: VAULT,
          createdAt: 'now',
          appVersion: '0.1.0',
          slots: fx.slots,
          keys: fx.keys,
          payload: fx.payload,
        }),
      ),
    ).toBe('backup.invalid-content');
    expect(
      await codeOf(
        encodeBackup({
          vaultId: VAULT,
          createdAt: '2026-11-20T09:30:00Z',
          appVersion: '0.1.0',
          slots: [],
          keys: fx.keys,
          payload: fx.payload,
        }),
      ),
    ).toBe('backup.invalid-content');
  });
});
