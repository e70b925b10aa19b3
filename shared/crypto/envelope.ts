// Runs in: any environment.
//
// A record envelope is how every vault record rests on disk: public metadata (id, type,
// schema version) next to an AES-256-GCM ciphertext. The metadata is bound into the GCM
// additional authenticated data, so an envelope moved to another id, relabelled with another
// type or version, or given another IV or ciphertext fails to decrypt. Format: docs/formats.md.
import { z } from 'zod';
import {
  BASE64_PATTERN,
  encodeLengthPrefixed,
  fromBase64,
  randomBytes,
  toBase64,
  utf8Decode,
  utf8Encode,
  wipe,
} from './bytes';
import { CryptoError } from './errors';
import { aesGcmDecrypt, aesGcmEncrypt, GCM_IV_BYTES, GCM_TAG_BYTES } from './webcrypto';

/** Domain string that starts every record AAD; a new AAD layout gets a new string. */
export const RECORD_AAD_DOMAIN = 'zorgtafel/record/v1';

/** Longest id or type accepted (characters). Ids are random tokens, types short names. */
export const MAX_META_LENGTH = 200;

/** The public, authenticated (not encrypted) part of an envelope. Never put personal data here. */
export interface RecordMeta {
  /** Record id, unique within the vault; not personal (a random token). */
  readonly id: string;
  /** Record type, e.g. 'leerling'; decides which schema reads the plaintext. */
  readonly type: string;
  /** Schema version of the plaintext (unsigned 32-bit integer), for migrations. */
  readonly v: number;
}

/** An encrypted record as stored: metadata plus a fresh 12-byte IV and ciphertext||tag. */
export interface Envelope extends RecordMeta {
  readonly iv: Uint8Array;
  readonly ct: Uint8Array;
}

/** Validation of RecordMeta (shared by the stored envelope schema). */
export const recordMetaSchema = z
  .object({
    id: z.string().min(1).max(MAX_META_LENGTH),
    type: z.string().min(1).max(MAX_META_LENGTH),
    v: z.number().int().min(0).max(0xffffffff),
  })
  .strict();

/** An envelope in JSON-safe form (iv and ct as standard padded base64), e.g. inside a backup. */
export const storedEnvelopeSchema = recordMetaSchema
  .extend({
    iv: z.string().regex(BASE64_PATTERN).length(16),
    ct: z.string().regex(BASE64_PATTERN).min(24),
  })
  .strict();
/** JSON-safe form of an Envelope. */
export type StoredEnvelope = z.infer<typeof storedEnvelopeSchema>;

function checkMeta(meta: RecordMeta): void {
  if (!recordMetaSchema.safeParse({ id: meta.id, type: meta.type, v: meta.v }).success) {
    throw new CryptoError(
      'envelope.invalid',
      'Record metadata is invalid (id/type must be 1-200 characters, v an unsigned 32-bit integer).',
    );
  }
}

/** The AAD for a record: length-prefixed domain, id, type and v (see docs/formats.md). */
export function recordAad(meta: RecordMeta): Uint8Array {
  return encodeLengthPrefixed([RECORD_AAD_DOMAIN, meta.id, meta.type, meta.v]);
}

/** Encrypts plaintext bytes under the vault's record key with a fresh random IV. */
export async function encryptRecord(
  key: CryptoKey,
  meta: RecordMeta,
  plaintext: Uint8Array,
): Promise<Envelope> {
  checkMeta(meta);
  const iv = randomBytes(GCM_IV_BYTES);
  const ct = await aesGcmEncrypt(key, iv, plaintext, recordAad(meta));
  return { id: meta.id, type: meta.type, v: meta.v, iv, ct };
}

/**
 * Decrypts an envelope. Any change to id, type, v, iv or ct, or the wrong key, throws
 * CryptoError 'envelope.tampered'; malformed metadata throws 'envelope.invalid'.
 */
export async function decryptRecord(key: CryptoKey, envelope: Envelope): Promise<Uint8Array> {
  checkMeta(envelope);
  const pt = await aesGcmDecrypt(key, envelope.iv, envelope.ct, recordAad(envelope));
  if (pt === null) {
    throw new CryptoError(
      'envelope.tampered',
      'Record failed authentication: it was altered, moved, or belongs to another key.',
    );
  }
  return pt;
}

/** JSON-serialises `value` (UTF-8) and encrypts it; the plaintext buffer is wiped afterwards. */
export async function encryptJson(
  key: CryptoKey,
  meta: RecordMeta,
  value: unknown,
): Promise<Envelope> {
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined)
    throw new CryptoError('envelope.invalid', 'Value cannot be represented as JSON.');
  const bytes = utf8Encode(json);
  try {
    return await encryptRecord(key, meta, bytes);
  } finally {
    wipe(bytes);
  }
}

/** Decrypts and JSON-parses an envelope. The result is unvalidated: run it through a zod schema. */
export async function decryptJson(key: CryptoKey, envelope: Envelope): Promise<unknown> {
  const bytes = await decryptRecord(key, envelope);
  try {
    const parsed: unknown = JSON.parse(utf8Decode(bytes));
    return parsed;
  } catch (error) {
    if (error instanceof CryptoError) throw error;
    throw new CryptoError('envelope.invalid', 'Record plaintext is not JSON.');
  } finally {
    wipe(bytes);
  }
}

/** Converts an envelope to its JSON-safe stored form. */
export function toStoredEnvelope(envelope: Envelope): StoredEnvelope {
  return {
    id: envelope.id,
    type: envelope.type,
    v: envelope.v,
    iv: toBase64(envelope.iv),
    ct: toBase64(envelope.ct),
  };
}

/** Validates and converts a stored envelope; throws 'envelope.invalid' or 'encoding.invalid'. */
export function fromStoredEnvelope(stored: unknown): Envelope {
  const parsed = storedEnvelopeSchema.safeParse(stored);
  if (!parsed.success)
    throw new CryptoError(
      'envelope.invalid',
      'Stored envelope does not match the envelope schema.',
    );
  const { id, type, v } = parsed.data;
  const iv = fromBase64(parsed.data.iv);
  const ct = fromBase64(parsed.data.ct);
  if (iv.length !== GCM_IV_BYTES || ct.length < GCM_TAG_BYTES) {
    throw new CryptoError(
      'envelope.invalid',
      'Stored envelope has a wrong IV or ciphertext length.',
    );
  }
  return { id, type, v, iv, ct };
}
