// Runs in: any environment.
//
// The encrypted backup file: the whole vault in one self-contained file that can be restored
// on a fresh machine with the passphrase valid at backup time or with the recovery code. It
// carries the vault's passphrase and recovery key slots in a readable header; the payload is
// AES-256-GCM under a fresh HKDF subkey of the data key, with every preceding byte as AAD.
// A trailing SHA-256 of the whole file tells an accidentally damaged file ("the file is
// damaged") apart from a wrong passphrase before any key derivation. Decoding verifies
// everything, including every record, before it returns. Byte layout: docs/formats.md.
import { z } from 'zod';
import {
  BASE64_PATTERN,
  concatBytes,
  constantTimeEqual,
  fromBase64,
  randomBytes,
  toBase64,
  utf8Decode,
  utf8Encode,
  wipe,
} from './bytes';
import { CryptoError, isCryptoError } from './errors';
import { decryptRecord, fromStoredEnvelope, storedEnvelopeSchema } from './envelope';
import type { KdfOptions } from './kdf';
import {
  deriveSubkey,
  fromStoredSlot,
  importVaultKeys,
  keySlotSchema,
  toStoredSlot,
  unwrapSlot,
  type KeySlot,
  type VaultKeys,
} from './keyslots';
import { normaliseRecoveryCode } from './recoveryCode';
import { aesGcmDecrypt, aesGcmEncrypt, GCM_IV_BYTES, GCM_TAG_BYTES, sha256 } from './webcrypto';

/** The 16 ASCII bytes every backup starts with. */
export const BACKUP_MAGIC = 'ZORGTAFEL-BACKUP';
/** The format version this build writes and reads (u16 big-endian after the magic). */
export const BACKUP_FORMAT_VERSION = 1;
/** Magic (16) + version (2) + header length (4). */
export const BACKUP_PREFIX_BYTES = 22;
/** Trailing SHA-256 checksum length. */
export const BACKUP_CHECKSUM_BYTES = 32;
/** Largest accepted header (1 MiB): a header holds a few key slots, not data. */
export const MAX_BACKUP_HEADER_BYTES = 1 << 20;
/** Length of the per-backup HKDF salt. */
export const BACKUP_SALT_BYTES = 32;

const MAGIC_BYTES = utf8Encode(BACKUP_MAGIC);
const b64 = (bytes: number) =>
  z
    .string()
    .regex(BASE64_PATTERN)
    .length(Math.ceil(bytes / 3) * 4);

/** Stored (JSON) form of the backup header. Unknown fields are refused: v1 is fixed. */
export const backupHeaderSchema = z
  .object({
    format: z.literal('zorgtafel-backup'),
    createdAt: z.iso.datetime({ offset: true }),
    vaultId: z.string().min(1).max(200),
    appVersion: z.string().min(1).max(64),
    slots: z
      .array(keySlotSchema)
      .min(1)
      .max(16)
      .refine(
        (slots) => slots.every((s) => s.kind !== 'keystore'),
        'Keystore slots never travel in a backup.',
      ),
    hkdfSalt: b64(BACKUP_SALT_BYTES),
    iv: b64(GCM_IV_BYTES),
    payloadLength: z.number().int().min(GCM_TAG_BYTES).max(Number.MAX_SAFE_INTEGER),
  })
  .strict();

/** The decoded header: readable without any secret (shows when and from which vault). */
export interface BackupHeader {
  readonly format: 'zorgtafel-backup';
  readonly formatVersion: number;
  readonly createdAt: string;
  readonly vaultId: string;
  readonly appVersion: string;
  readonly slots: readonly KeySlot[];
  readonly hkdfSalt: Uint8Array;
  readonly iv: Uint8Array;
  /** Length in bytes of the payload ciphertext, GCM tag included. */
  readonly payloadLength: number;
}

/** What a backup holds. Content types are the storage layer's business; this module checks the frame. */
export const backupPayloadSchema = z
  .object({
    /** Vault metadata as the storage layer defines it (school name, settings, audit head, ...). */
    meta: z.record(z.string(), z.unknown()),
    /** Every record envelope in stored form; each is decrypted once during decodeBackup. */
    records: z.array(storedEnvelopeSchema),
    /** Audit entries in whatever form the storage layer keeps them. */
    audit: z.array(z.unknown()),
    /** Counts, checked against the arrays so a writer bug cannot silently drop data. */
    counts: z.object({ records: z.number().int().min(0), audit: z.number().int().min(0) }).strict(),
  })
  .strict()
  .refine(
    (p) => p.counts.records === p.records.length && p.counts.audit === p.audit.length,
    'Counts do not match the content.',
  );
/** The decrypted content of a backup. */
export type BackupPayload = z.infer<typeof backupPayloadSchema>;

/** Input for encodeBackup. `slots` may include keystore slots: they are left out of the file. */
export interface EncodeBackupInput {
  readonly vaultId: string;
  /** ISO 8601 timestamp. */
  readonly createdAt: string;
  readonly appVersion: string;
  readonly slots: readonly KeySlot[];
  readonly keys: VaultKeys;
  readonly payload: BackupPayload;
}

/** The secret a user restores with. */
export type BackupSecret = { readonly passphrase: string } | { readonly recoveryCode: string };

/** What decodeBackup returns after verifying everything. The caller wipes `dataKey`. */
export interface DecodedBackup {
  readonly header: BackupHeader;
  readonly payload: BackupPayload;
  readonly dataKey: Uint8Array;
}

function fail(
  code:
    | 'backup.not-a-backup'
    | 'backup.unsupported-version'
    | 'backup.truncated'
    | 'backup.tampered'
    | 'backup.wrong-secret'
    | 'backup.invalid-content',
  message: string,
): never {
  throw new CryptoError(code, message);
}

/** Encrypts a vault into backup file bytes (see docs/formats.md for the layout). */
export async function encodeBackup(input: EncodeBackupInput): Promise<Uint8Array> {
  const slots = input.slots.filter((s) => s.kind !== 'keystore');
  const payloadCheck = backupPayloadSchema.safeParse(input.payload);
  if (!payloadCheck.success)
    fail('backup.invalid-content', 'Backup payload does not match the payload schema.');
  const hkdfSalt = randomBytes(BACKUP_SALT_BYTES);
  const iv = randomBytes(GCM_IV_BYTES);
  const plaintext = utf8Encode(JSON.stringify(input.payload));
  try {
    const header = {
      format: 'zorgtafel-backup',
      createdAt: input.createdAt,
      vaultId: input.vaultId,
      appVersion: input.appVersion,
      slots: slots.map(toStoredSlot),
      hkdfSalt: toBase64(hkdfSalt),
      iv: toBase64(iv),
      payloadLength: plaintext.length + GCM_TAG_BYTES,
    };
    if (!backupHeaderSchema.safeParse(header).success)
      fail(
        'backup.invalid-content',
        'Backup header is invalid (needs 1-16 passphrase/recovery slots, ISO createdAt, ids).',
      );
    const headerBytes = utf8Encode(JSON.stringify(header));
    const prefix = new Uint8Array(BACKUP_PREFIX_BYTES);
    prefix.set(MAGIC_BYTES, 0);
    const view = new DataView(prefix.buffer);
    view.setUint16(16, BACKUP_FORMAT_VERSION, false);
    view.setUint32(18, headerBytes.length, false);
    const aad = concatBytes(prefix, headerBytes);
    const key = await deriveSubkey(input.keys, 'backup', hkdfSalt);
    const ciphertext = await aesGcmEncrypt(key, iv, plaintext, aad);
    const body = concatBytes(aad, ciphertext);
    return concatBytes(body, await sha256(body));
  } finally {
    wipe(plaintext);
  }
}

interface Scanned {
  readonly headerEnd: number;
  readonly header: BackupHeader | CryptoError;
}

/** Checks magic, version and header length, then tries to parse the header (errors are returned). */
function scan(bytes: Uint8Array): Scanned {
  const magicLength = Math.min(bytes.length, MAGIC_BYTES.length);
  const magicMatches = constantTimeEqual(
    bytes.subarray(0, magicLength),
    MAGIC_BYTES.subarray(0, magicLength),
  );
  if (bytes.length === 0 || !magicMatches)
    fail('backup.not-a-backup', 'File does not start with the Zorgtafel backup signature.');
  if (bytes.length < 18)
    fail('backup.truncated', 'Backup file is cut short (in the signature or version).');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(16, false);
  if (version !== BACKUP_FORMAT_VERSION)
    fail(
      'backup.unsupported-version',
      `Backup format version ${version} is not supported by this version of the app.`,
    );
  if (bytes.length < BACKUP_PREFIX_BYTES)
    fail('backup.truncated', 'Backup file is cut short (in the header length).');
  const headerLength = view.getUint32(18, false);
  if (headerLength > MAX_BACKUP_HEADER_BYTES)
    return {
      headerEnd: BACKUP_PREFIX_BYTES,
      header: new CryptoError('backup.invalid-content', 'Backup header is too large.'),
    };
  const headerEnd = BACKUP_PREFIX_BYTES + headerLength;
  if (bytes.length < headerEnd)
    fail('backup.truncated', 'Backup file is cut short (in the header).');
  try {
    const json: unknown = JSON.parse(utf8Decode(bytes.subarray(BACKUP_PREFIX_BYTES, headerEnd)));
    const parsed = backupHeaderSchema.safeParse(json);
    if (!parsed.success)
      return {
        headerEnd,
        header: new CryptoError(
          'backup.invalid-content',
          'Backup header does not match the header schema.',
        ),
      };
    const h = parsed.data;
    const header: BackupHeader = {
      format: h.format,
      formatVersion: version,
      createdAt: h.createdAt,
      vaultId: h.vaultId,
      appVersion: h.appVersion,
      slots: h.slots.map(fromStoredSlot),
      hkdfSalt: fromBase64(h.hkdfSalt),
      iv: fromBase64(h.iv),
      payloadLength: h.payloadLength,
    };
    return { headerEnd, header };
  } catch {
    return {
      headerEnd,
      header: new CryptoError('backup.invalid-content', 'Backup header is not well-formed JSON.'),
    };
  }
}

function checkTotalLength(bytes: Uint8Array, headerEnd: number, header: BackupHeader): void {
  const expected = headerEnd + header.payloadLength + BACKUP_CHECKSUM_BYTES;
  if (bytes.length < expected)
    fail('backup.truncated', 'Backup file is shorter than its header says: it was cut short.');
  if (bytes.length > expected)
    fail('backup.tampered', 'Backup file has extra bytes after its end.');
}

/**
 * Reads the header without any secret (to show date, vault and app version before asking for
 * the passphrase). Checks structure only; decodeBackup is what verifies integrity. Throws
 * 'backup.not-a-backup', 'backup.unsupported-version', 'backup.truncated', 'backup.tampered'
 * (extra bytes) or 'backup.invalid-content'.
 */
export function readBackupHeader(bytes: Uint8Array): BackupHeader {
  const { headerEnd, header } = scan(bytes);
  if (header instanceof CryptoError) throw header;
  checkTotalLength(bytes, headerEnd, header);
  return header;
}

async function unwrapAny(
  header: BackupHeader,
  secret: BackupSecret,
  options: KdfOptions,
): Promise<Uint8Array> {
  const kind = 'passphrase' in secret ? 'passphrase' : 'recovery';
  // A malformed recovery code is reported as such ('recovery.*'), before any work.
  const value =
    'passphrase' in secret ? secret.passphrase : normaliseRecoveryCode(secret.recoveryCode);
  for (const slot of header.slots.filter((s) => s.kind === kind)) {
    try {
      return await unwrapSlot(header.vaultId, slot, value, options);
    } catch (error) {
      if (isCryptoError(error, 'keyslot.wrong-secret')) continue;
      if (
        isCryptoError(error) &&
        (error.code.startsWith('kdf.') || error.code === 'keyslot.invalid')
      ) {
        fail(
          'backup.tampered',
          'Backup key slot has been altered (weakened or malformed parameters).',
        );
      }
      throw error;
    }
  }
  return fail(
    'backup.wrong-secret',
    `The ${kind === 'passphrase' ? 'passphrase' : 'recovery code'} does not open this backup.`,
  );
}

/**
 * Verifies and decrypts a backup: structure, checksum, key slot, payload authentication,
 * payload schema and counts, and decrypts every record envelope with the recovered key. Only
 * when all of that succeeds does it return, so a caller may replace its vault afterwards.
 * Errors: 'backup.not-a-backup', 'backup.unsupported-version', 'backup.truncated',
 * 'backup.tampered', 'backup.wrong-secret', 'backup.invalid-content', 'recovery.invalid-format',
 * 'recovery.checksum'. `options.floor` is for tests only.
 */
export async function decodeBackup(
  bytes: Uint8Array,
  secret: BackupSecret,
  options: KdfOptions = {},
): Promise<DecodedBackup> {
  const { headerEnd, header } = scan(bytes);
  if (!(header instanceof CryptoError)) checkTotalLength(bytes, headerEnd, header);
  if (bytes.length < headerEnd + BACKUP_CHECKSUM_BYTES)
    fail('backup.truncated', 'Backup file is cut short.');
  const bodyEnd = bytes.length - BACKUP_CHECKSUM_BYTES;
  if (!constantTimeEqual(await sha256(bytes.subarray(0, bodyEnd)), bytes.subarray(bodyEnd))) {
    fail(
      'backup.tampered',
      'Backup file checksum does not match: the file is damaged or was altered.',
    );
  }
  if (header instanceof CryptoError) throw header;

  const dataKey = await unwrapAny(header, secret, options);
  try {
    const keys = await importVaultKeys(dataKey);
    const key = await deriveSubkey(keys, 'backup', header.hkdfSalt);
    const plaintext = await aesGcmDecrypt(
      key,
      header.iv,
      bytes.subarray(headerEnd, bodyEnd),
      bytes.subarray(0, headerEnd),
    );
    if (plaintext === null)
      fail('backup.tampered', 'Backup content failed authentication: the file was altered.');
    let payload: BackupPayload;
    try {
      const json: unknown = JSON.parse(utf8Decode(plaintext));
      const parsed = backupPayloadSchema.safeParse(json);
      if (!parsed.success)
        fail('backup.invalid-content', 'Backup payload does not match the payload schema.');
      payload = parsed.data;
    } catch (error) {
      if (isCryptoError(error, 'backup.invalid-content')) throw error;
      return fail('backup.invalid-content', 'Backup payload is not valid JSON.');
    } finally {
      wipe(plaintext);
    }
    await verifyRecords(keys, payload);
    return { header, payload, dataKey };
  } catch (error) {
    wipe(dataKey);
    throw error;
  }
}

async function verifyRecords(keys: VaultKeys, payload: BackupPayload): Promise<void> {
  const seen = new Set<string>();
  for (const stored of payload.records) {
    if (seen.has(stored.id))
      fail('backup.invalid-content', 'Backup holds two records with the same id.');
    seen.add(stored.id);
    try {
      wipe(await decryptRecord(keys.records, fromStoredEnvelope(stored)));
    } catch {
      fail('backup.invalid-content', 'A record in the backup does not decrypt with the vault key.');
    }
  }
}
