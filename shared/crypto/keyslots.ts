// Runs in: any environment.
//
// The vault's key hierarchy. One random 256-bit data key protects everything; it is never
// stored in the clear but "wrapped" (AES-256-GCM) in key slots, one per way of opening the
// vault: the passphrase (Argon2id), the recovery code (HKDF) and, optionally, a random secret
// kept by the OS keystore. Changing the passphrase replaces one slot and re-encrypts nothing.
// Each slot's AAD binds its kind, its id and the vault id, so a slot cannot be moved to
// another vault or relabelled. Layout and rationale: docs/formats.md, docs/security.md.
import { z } from 'zod';
import {
  BASE64_PATTERN,
  encodeLengthPrefixed,
  fromBase64,
  randomBytes,
  toBase64,
  toBase64Url,
  utf8Encode,
  wipe,
} from './bytes';
import { CryptoError } from './errors';
import {
  argon2idParamsSchema,
  deriveKeyBytes,
  fromStoredParams,
  newArgon2idParams,
  toStoredParams,
  type Argon2idParams,
  type KdfOptions,
} from './kdf';
import { recoveryCodeKeyMaterial } from './recoveryCode';
import {
  aesGcmDecrypt,
  aesGcmEncrypt,
  GCM_IV_BYTES,
  hkdfAesGcmKey,
  hkdfHmacKey,
  importAesGcmKey,
  importHkdfKey,
  KEY_BYTES,
} from './webcrypto';

/** Domain string that starts every key-slot AAD. */
export const KEYSLOT_AAD_DOMAIN = 'zorgtafel/keyslot/v1';
/** HKDF info for the recovery-code KEK. */
export const RECOVERY_KEK_INFO = 'zorgtafel/keyslot/recovery/v1';
/** HKDF info for the record key derived from the data key. */
export const RECORDS_KEY_INFO = 'zorgtafel/records/v1';
/** Length of the random HKDF salt in a recovery slot. */
export const RECOVERY_SALT_BYTES = 32;

/** How a slot's key-encryption key (KEK) is obtained. */
export type KeySlotKind = 'passphrase' | 'recovery' | 'keystore';

interface KeySlotBase {
  /** Random slot id (base64url), unique within the vault. */
  readonly id: string;
  /** ISO 8601 timestamp of creation (informational, e.g. "recovery code made on ..."). */
  readonly createdAt: string;
  /** 12-byte AES-GCM IV used to wrap the data key. */
  readonly iv: Uint8Array;
  /** AES-256-GCM ciphertext||tag of the 32-byte data key (48 bytes). */
  readonly wrapped: Uint8Array;
}

/** KEK = Argon2id(NFC passphrase, kdf). */
export interface PassphraseSlot extends KeySlotBase {
  readonly kind: 'passphrase';
  readonly kdf: Argon2idParams;
}

/** KEK = HKDF-SHA256(recovery code's 35 data characters, salt, RECOVERY_KEK_INFO). */
export interface RecoverySlot extends KeySlotBase {
  readonly kind: 'recovery';
  readonly salt: Uint8Array;
}

/** KEK = a random 32-byte secret that the caller keeps encrypted by the OS keystore. */
export interface SecretSlot extends KeySlotBase {
  readonly kind: 'keystore';
}

/** Any key slot, discriminated by `kind`. */
export type KeySlot = PassphraseSlot | RecoverySlot | SecretSlot;

/** The keys an unlocked vault works with. Both are non-extractable WebCrypto keys. */
export interface VaultKeys {
  /** AES-256-GCM key for record envelopes (HKDF of the data key, info RECORDS_KEY_INFO). */
  readonly records: CryptoKey;
  /** The data key as an HKDF base key, for deriveSubkey (backup, audit, ...). */
  readonly derive: CryptoKey;
}

const b64 = (bytes: number) =>
  z
    .string()
    .regex(BASE64_PATTERN)
    .length(Math.ceil(bytes / 3) * 4);
const slotBase = {
  id: z.string().min(1).max(64),
  createdAt: z.iso.datetime({ offset: true }),
  iv: b64(GCM_IV_BYTES),
  wrapped: b64(KEY_BYTES + 16),
};

/** Stored (JSON-safe) form of a key slot: bytes as standard base64, discriminated by `kind`. */
export const keySlotSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('passphrase'), ...slotBase, kdf: argon2idParamsSchema }).strict(),
  z.object({ kind: z.literal('recovery'), ...slotBase, salt: b64(RECOVERY_SALT_BYTES) }).strict(),
  z.object({ kind: z.literal('keystore'), ...slotBase }).strict(),
]);
/** JSON-safe form of a KeySlot. */
export type StoredKeySlot = z.infer<typeof keySlotSchema>;

/** Converts a slot to its stored form. */
export function toStoredSlot(slot: KeySlot): StoredKeySlot {
  const base = {
    id: slot.id,
    createdAt: slot.createdAt,
    iv: toBase64(slot.iv),
    wrapped: toBase64(slot.wrapped),
  };
  switch (slot.kind) {
    case 'passphrase':
      return { kind: 'passphrase', ...base, kdf: toStoredParams(slot.kdf) };
    case 'recovery':
      return { kind: 'recovery', ...base, salt: toBase64(slot.salt) };
    case 'keystore':
      return { kind: 'keystore', ...base };
    default: {
      const _never: never = slot;
      return _never;
    }
  }
}

/** Validates and converts a stored slot; throws 'keyslot.invalid'. */
export function fromStoredSlot(stored: unknown): KeySlot {
  const parsed = keySlotSchema.safeParse(stored);
  if (!parsed.success)
    throw new CryptoError('keyslot.invalid', 'Key slot does not match the key-slot schema.');
  const s = parsed.data;
  const base = {
    id: s.id,
    createdAt: s.createdAt,
    iv: fromBase64(s.iv),
    wrapped: fromBase64(s.wrapped),
  };
  switch (s.kind) {
    case 'passphrase':
      return { kind: 'passphrase', ...base, kdf: fromStoredParams(s.kdf) };
    case 'recovery':
      return { kind: 'recovery', ...base, salt: fromBase64(s.salt) };
    case 'keystore':
      return { kind: 'keystore', ...base };
    default: {
      const _never: never = s;
      return _never;
    }
  }
}

/** A fresh random 256-bit data key. The caller wipes it once it is wrapped and imported. */
export function generateDataKey(): Uint8Array {
  return randomBytes(KEY_BYTES);
}

/** A fresh random 32-byte secret for a keystore slot (store it only through the OS keystore). */
export function generateSlotSecret(): Uint8Array {
  return randomBytes(KEY_BYTES);
}

/** The AAD of a key slot: length-prefixed domain, kind, slot id and vault id. */
export function keySlotAad(vaultId: string, kind: KeySlotKind, slotId: string): Uint8Array {
  return encodeLengthPrefixed([KEYSLOT_AAD_DOMAIN, kind, slotId, vaultId]);
}

function checkVaultId(vaultId: string): void {
  if (vaultId.length < 1 || vaultId.length > 200)
    throw new CryptoError('keyslot.invalid', 'Vault id must be 1-200 characters.');
}

function checkDataKey(dataKey: Uint8Array): void {
  if (dataKey.length !== KEY_BYTES)
    throw new CryptoError('keyslot.invalid', 'Data key must be 32 bytes.');
}

async function passphraseKek(
  passphrase: string,
  params: Argon2idParams,
  options: KdfOptions,
): Promise<CryptoKey> {
  const bytes = await deriveKeyBytes(passphrase, params, options);
  try {
    return await importAesGcmKey(bytes);
  } finally {
    wipe(bytes);
  }
}

async function recoveryKek(code: string, salt: Uint8Array): Promise<CryptoKey> {
  const ikm = recoveryCodeKeyMaterial(code);
  try {
    return await hkdfAesGcmKey(await importHkdfKey(ikm), salt, utf8Encode(RECOVERY_KEK_INFO));
  } finally {
    wipe(ikm);
  }
}

async function wrap(
  vaultId: string,
  kind: KeySlotKind,
  kek: CryptoKey,
  dataKey: Uint8Array,
): Promise<KeySlotBase> {
  const id = toBase64Url(randomBytes(12));
  const iv = randomBytes(GCM_IV_BYTES);
  const wrapped = await aesGcmEncrypt(kek, iv, dataKey, keySlotAad(vaultId, kind, id));
  return { id, createdAt: new Date().toISOString(), iv, wrapped };
}

/**
 * Wraps the data key under a passphrase (Argon2id; fresh default parameters unless given).
 * Refuses an empty passphrase and parameters below the floor. Strength policy is the
 * caller's job (shared/vault/passphrasePolicy.ts).
 */
export async function wrapWithPassphrase(
  vaultId: string,
  dataKey: Uint8Array,
  passphrase: string,
  params: Argon2idParams = newArgon2idParams(),
  options: KdfOptions = {},
): Promise<PassphraseSlot> {
  checkVaultId(vaultId);
  checkDataKey(dataKey);
  if (passphrase.length === 0)
    throw new CryptoError('keyslot.invalid', 'Passphrase must not be empty.');
  const kek = await passphraseKek(passphrase, params, options);
  return { kind: 'passphrase', kdf: params, ...(await wrap(vaultId, 'passphrase', kek, dataKey)) };
}

/** Wraps the data key under a recovery code (checked first: 'recovery.invalid-format' / 'recovery.checksum'). */
export async function wrapWithRecoveryCode(
  vaultId: string,
  dataKey: Uint8Array,
  code: string,
): Promise<RecoverySlot> {
  checkVaultId(vaultId);
  checkDataKey(dataKey);
  const salt = randomBytes(RECOVERY_SALT_BYTES);
  const kek = await recoveryKek(code, salt);
  return { kind: 'recovery', salt, ...(await wrap(vaultId, 'recovery', kek, dataKey)) };
}

/** Wraps the data key under a random 32-byte secret (see generateSlotSecret) for the OS keystore slot. */
export async function wrapWithSecret(
  vaultId: string,
  dataKey: Uint8Array,
  secret32: Uint8Array,
): Promise<SecretSlot> {
  checkVaultId(vaultId);
  checkDataKey(dataKey);
  if (secret32.length !== KEY_BYTES)
    throw new CryptoError('keyslot.invalid', 'Keystore secret must be 32 bytes.');
  const kek = await importAesGcmKey(secret32);
  return { kind: 'keystore', ...(await wrap(vaultId, 'keystore', kek, dataKey)) };
}

/**
 * Recovers the data key from a slot. `secret` is the passphrase (string) for a passphrase slot,
 * the recovery code (string, any accepted spelling) for a recovery slot, or the 32-byte secret
 * for a keystore slot. Throws 'keyslot.wrong-secret' when it does not open the slot (GCM cannot
 * tell a wrong secret from an altered slot or a slot from another vault), 'keyslot.invalid' for a
 * mismatched secret type, 'kdf.params-too-weak', 'recovery.invalid-format' or 'recovery.checksum'.
 * The caller wipes the returned bytes after importVaultKeys.
 */
export async function unwrapSlot(
  vaultId: string,
  slot: KeySlot,
  secret: string | Uint8Array,
  options: KdfOptions = {},
): Promise<Uint8Array> {
  checkVaultId(vaultId);
  let kek: CryptoKey;
  switch (slot.kind) {
    case 'passphrase':
      if (typeof secret !== 'string')
        throw new CryptoError('keyslot.invalid', 'A passphrase slot needs a passphrase.');
      kek = await passphraseKek(secret, slot.kdf, options);
      break;
    case 'recovery':
      if (typeof secret !== 'string')
        throw new CryptoError('keyslot.invalid', 'A recovery slot needs a recovery code.');
      kek = await recoveryKek(secret, slot.salt);
      break;
    case 'keystore':
      if (typeof secret === 'string' || secret.length !== KEY_BYTES)
        throw new CryptoError('keyslot.invalid', 'A keystore slot needs a 32-byte secret.');
      kek = await importAesGcmKey(secret);
      break;
    default: {
      const _never: never = slot;
      throw new CryptoError(
        'keyslot.invalid',
        `Unknown key slot kind ${String((_never as { kind: unknown }).kind)}.`,
      );
    }
  }
  const dataKey = await aesGcmDecrypt(
    kek,
    slot.iv,
    slot.wrapped,
    keySlotAad(vaultId, slot.kind, slot.id),
  );
  if (dataKey === null)
    throw new CryptoError('keyslot.wrong-secret', 'The secret does not open this key slot.');
  if (dataKey.length !== KEY_BYTES) {
    wipe(dataKey);
    throw new CryptoError('keyslot.invalid', 'Key slot holds a key of the wrong length.');
  }
  return dataKey;
}

/**
 * Imports the raw data key as the two non-extractable keys an unlocked vault needs. The data
 * key itself is only ever used as HKDF input, never directly as an AES key. The caller wipes
 * `dataKey` afterwards.
 */
export async function importVaultKeys(dataKey: Uint8Array): Promise<VaultKeys> {
  checkDataKey(dataKey);
  const derive = await importHkdfKey(dataKey);
  const records = await hkdfAesGcmKey(derive, new Uint8Array(0), utf8Encode(RECORDS_KEY_INFO));
  return { records, derive };
}

/** The subkey algorithm deriveSubkey produces. */
export type SubkeyAlgorithm = 'AES-GCM' | 'HMAC';

/**
 * Derives a purpose-bound, non-extractable subkey from the data key with HKDF-SHA256
 * (info = "zorgtafel/subkey/<purpose>/v1", the given salt). 'audit' gives an HMAC-SHA256 key,
 * every other purpose (e.g. 'backup') an AES-256-GCM key, unless `algorithm` says otherwise.
 * Purposes are lowercase words: /^[a-z][a-z0-9-]{0,31}$/.
 */
export async function deriveSubkey(
  keys: VaultKeys,
  purpose: 'backup' | 'audit' | (string & {}),
  salt: Uint8Array,
  algorithm: SubkeyAlgorithm = purpose === 'audit' ? 'HMAC' : 'AES-GCM',
): Promise<CryptoKey> {
  if (!/^[a-z][a-z0-9-]{0,31}$/.test(purpose))
    throw new RangeError('Subkey purpose must be a short lowercase word.');
  const info = utf8Encode(`zorgtafel/subkey/${purpose}/v1`);
  return algorithm === 'HMAC'
    ? hkdfHmacKey(keys.derive, salt, info)
    : hkdfAesGcmKey(keys.derive, salt, info);
}
