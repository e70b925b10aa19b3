// Runs in: Node (unit tests).
//
// Pins the formats of docs/formats.md: fixed AAD and hash-input bytes, the recovery code
// example, and an independent reader written from the document with node:crypto (OpenSSL)
// only, which must open what the WebCrypto implementation writes. If this file needs editing,
// the on-disk format changed: bump its version and write a migration.
import { createDecipheriv, createHash, hkdfSync } from 'node:crypto';
import { argon2id } from 'hash-wasm';
import { describe, expect, it } from 'vitest';
import { auditEntryHashInput, hashAuditEntry } from '../../../shared/audit/chain';
import { encodeBackup, type BackupPayload } from '../../../shared/crypto/backup';
import { toHex } from '../../../shared/crypto/bytes';
import { encryptJson, recordAad, toStoredEnvelope } from '../../../shared/crypto/envelope';
import {
  generateDataKey,
  importVaultKeys,
  keySlotAad,
  wrapWithPassphrase,
  wrapWithRecoveryCode,
} from '../../../shared/crypto/keyslots';
import {
  generateRecoveryCode,
  isWellFormedRecoveryCode,
} from '../../../shared/crypto/recoveryCode';
import { cheapParams, TEST_KDF } from './helpers';

/** LP() from docs/formats.md section 1, written independently of shared/crypto/bytes.ts. */
function lp(...fields: (string | number | Buffer)[]): Buffer {
  return Buffer.concat(
    fields.flatMap((f) => {
      const bytes =
        typeof f === 'string'
          ? Buffer.from(f, 'utf8')
          : typeof f === 'number'
            ? Buffer.from([f >>> 24, (f >>> 16) & 255, (f >>> 8) & 255, f & 255])
            : f;
      const len = Buffer.alloc(4);
      len.writeUInt32BE(bytes.length);
      return [len, bytes];
    }),
  );
}

function gcmOpen(key: Buffer, iv: Buffer, ctAndTag: Buffer, aad: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(aad);
  decipher.setAuthTag(ctAndTag.subarray(ctAndTag.length - 16));
  return Buffer.concat([
    decipher.update(ctAndTag.subarray(0, ctAndTag.length - 16)),
    decipher.final(),
  ]);
}

const hkdf = (ikm: Buffer, salt: Buffer, info: string) =>
  Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from(info, 'utf8'), 32));

describe('pinned bytes', () => {
  it('record AAD', () => {
    expect(toHex(recordAad({ id: 'r1', type: 'leerling', v: 1 }))).toBe(
      '00000013' +
        '7a6f7267746166656c2f7265636f72642f7631' +
        '00000002' +
        '7231' +
        '00000008' +
        '6c6565726c696e67' +
        '00000004' +
        '00000001',
    );
  });

  it('key-slot AAD', () => {
    expect(toHex(keySlotAad('v1', 'recovery', 's1'))).toBe(
      '00000014' +
        '7a6f7267746166656c2f6b6579736c6f742f7631' +
        '00000008' +
        '7265636f76657279' +
        '00000002' +
        '7331' +
        '00000002' +
        '7631',
    );
  });

  it('audit hash input, absent and present optional fields', async () => {
    const body = {
      seq: 1,
      at: '2026-11-20T08:00:00.000Z',
      actor: 'u1',
      action: 'vault.create' as const,
      prevHash: '0'.repeat(64),
    };
    const expected = lp(
      'zorgtafel/audit/v1',
      1,
      body.at,
      'u1',
      'vault.create',
      Buffer.from([0]),
      Buffer.from([0]),
      Buffer.from([0]),
      body.prevHash,
    );
    expect(toHex(auditEntryHashInput(body))).toBe(expected.toString('hex'));
    expect(await hashAuditEntry(body)).toBe(createHash('sha256').update(expected).digest('hex'));

    const withDetail = { ...body, recordType: 'leerling', detail: 'format=pdf' };
    const expected2 = lp(
      'zorgtafel/audit/v1',
      1,
      body.at,
      'u1',
      'vault.create',
      lp(Buffer.from([1]), 'leerling'),
      Buffer.from([0]),
      lp(Buffer.from([1]), 'format=pdf'),
      body.prevHash,
    );
    expect(toHex(auditEntryHashInput(withDetail))).toBe(expected2.toString('hex'));
  });

  it('recovery code check character example', () => {
    expect(isWellFormedRecoveryCode('1000-0000-0000-0000-0000-0000-0000-0000-0002')).toBe(true);
    expect(isWellFormedRecoveryCode('0000-0000-0000-0000-0000-0000-0000-0000-0000')).toBe(true);
    expect(isWellFormedRecoveryCode('1000-0000-0000-0000-0000-0000-0000-0000-0001')).toBe(false);
  });
});

describe('an independent reader (node:crypto, from docs/formats.md) opens what the app writes', () => {
  it('record envelopes under the HKDF records key', async () => {
    const dataKey = generateDataKey();
    const keys = await importVaultKeys(dataKey);
    const envelope = toStoredEnvelope(
      await encryptJson(keys.records, { id: 'rec_1', type: 'leerling', v: 2 }, { naam: 'Özdemir' }),
    );
    const recordsKey = hkdf(Buffer.from(dataKey), Buffer.alloc(0), 'zorgtafel/records/v1');
    const plaintext = gcmOpen(
      recordsKey,
      Buffer.from(envelope.iv, 'base64'),
      Buffer.from(envelope.ct, 'base64'),
      lp('zorgtafel/record/v1', 'rec_1', 'leerling', 2),
    );
    expect(JSON.parse(plaintext.toString('utf8'))).toEqual({ naam: 'Özdemir' });
  });

  it('a backup file: layout, checksum, recovery and passphrase slots, payload', async () => {
    const dataKey = generateDataKey();
    const keys = await importVaultKeys(dataKey);
    const code = generateRecoveryCode();
    const vaultId = 'vault_ab12';
    const slots = [
      await wrapWithPassphrase(vaultId, dataKey, 'paard fiets wolk tegel', cheapParams(), TEST_KDF),
      await wrapWithRecoveryCode(vaultId, dataKey, code),
    ];
    const record = toStoredEnvelope(
      await encryptJson(keys.records, { id: 'rec_1', type: 'leerling', v: 1 }, { n: 1 }),
    );
    const payload: BackupPayload = {
      meta: { school: 'x' },
      records: [record],
      audit: [],
      counts: { records: 1, audit: 0 },
    };
    const file = Buffer.from(
      await encodeBackup({
        vaultId,
        createdAt: '2026-11-20T09:30:00.000Z',
        appVersion: '0.1.0',
        slots,
        keys,
        payload,
      }),
    );

    // Layout.
    expect(file.subarray(0, 16).toString('ascii')).toBe('ZORGTAFEL-BACKUP');
    expect(file.readUInt16BE(16)).toBe(1);
    const h = file.readUInt32BE(18);
    const header = JSON.parse(file.subarray(22, 22 + h).toString('utf8')) as {
      vaultId: string;
      hkdfSalt: string;
      iv: string;
      payloadLength: number;
      slots: {
        kind: string;
        id: string;
        iv: string;
        wrapped: string;
        salt?: string;
        kdf?: { memoryKiB: number; iterations: number; parallelism: number; salt: string };
      }[];
    };
    expect(file.length).toBe(22 + h + header.payloadLength + 32);
    expect(
      createHash('sha256')
        .update(file.subarray(0, file.length - 32))
        .digest('hex'),
    ).toBe(file.subarray(file.length - 32).toString('hex'));

    // Recovery slot: KEK = HKDF(ASCII of the 35 data characters, salt, info).
    const recovery = header.slots.find((s) => s.kind === 'recovery');
    const material = Buffer.from(code.replace(/-/g, '').slice(0, 35), 'ascii');
    const recoveryKek = hkdf(
      material,
      Buffer.from(recovery?.salt ?? '', 'base64'),
      'zorgtafel/keyslot/recovery/v1',
    );
    const aad = (s: { kind: string; id: string }) =>
      lp('zorgtafel/keyslot/v1', s.kind, s.id, header.vaultId);
    const fromRecovery =
      recovery &&
      gcmOpen(
        recoveryKek,
        Buffer.from(recovery.iv, 'base64'),
        Buffer.from(recovery.wrapped, 'base64'),
        aad(recovery),
      );
    expect(fromRecovery?.toString('hex')).toBe(toHex(dataKey));

    // Passphrase slot: KEK = Argon2id(UTF-8 of the NFC passphrase, salt, m, t, p).
    const pass = header.slots.find((s) => s.kind === 'passphrase');
    const kdf = pass?.kdf;
    expect(kdf).toBeDefined();
    if (pass === undefined || kdf === undefined) return;
    const passKek = Buffer.from(
      await argon2id({
        password: 'paard fiets wolk tegel',
        salt: Buffer.from(kdf.salt, 'base64'),
        memorySize: kdf.memoryKiB,
        iterations: kdf.iterations,
        parallelism: kdf.parallelism,
        hashLength: 32,
        outputType: 'binary',
      }),
    );
    expect(
      gcmOpen(
        passKek,
        Buffer.from(pass.iv, 'base64'),
        Buffer.from(pass.wrapped, 'base64'),
        aad(pass),
      ).toString('hex'),
    ).toBe(toHex(dataKey));

    // Payload: backup key = HKDF(DK, hkdfSalt, "zorgtafel/subkey/backup/v1"), AAD = bytes before it.
    const backupKey = hkdf(
      Buffer.from(dataKey),
      Buffer.from(header.hkdfSalt, 'base64'),
      'zorgtafel/subkey/backup/v1',
    );
    const plaintext = gcmOpen(
      backupKey,
      Buffer.from(header.iv, 'base64'),
      file.subarray(22 + h, file.length - 32),
      file.subarray(0, 22 + h),
    );
    expect(JSON.parse(plaintext.toString('utf8'))).toEqual(payload);
  });
});
