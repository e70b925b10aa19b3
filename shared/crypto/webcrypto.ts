// Runs in: any environment.
//
// Thin wrappers over globalThis.crypto.subtle so the rest of the crypto core does not repeat
// algorithm dictionaries, and so every key we import is non-extractable unless stated. The
// only primitives used anywhere are AES-256-GCM, HKDF-SHA256, HMAC-SHA256 and SHA-256 (all
// WebCrypto) plus Argon2id (hash-wasm, see kdf.ts).
import { CryptoError } from './errors';

/** AES-GCM IV length in bytes (96 bits, the only length NIST recommends for random IVs). */
export const GCM_IV_BYTES = 12;
/** AES-GCM authentication tag length in bytes (128 bits). */
export const GCM_TAG_BYTES = 16;
/** Length of every symmetric key in the vault (256 bits). */
export const KEY_BYTES = 32;

/** The platform's SubtleCrypto; throws 'crypto.unavailable' where there is none (insecure context). */
export function subtle(): SubtleCrypto {
  // Typed as always present, but missing in insecure browser contexts and very old runtimes.
  const s = (globalThis.crypto as Crypto | undefined)?.subtle;
  if (s === undefined)
    throw new CryptoError('crypto.unavailable', 'WebCrypto (crypto.subtle) is not available here.');
  return s;
}

/**
 * WebCrypto's types want bytes backed by a plain ArrayBuffer. Our arrays almost always are;
 * anything else (a SharedArrayBuffer view) is copied.
 */
export function bufferSource(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer
    ? (bytes as Uint8Array<ArrayBuffer>)
    : new Uint8Array(bytes);
}

/** SHA-256 digest (FIPS 180-4). */
export async function sha256(data: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await subtle().digest('SHA-256', bufferSource(data)));
}

/** Imports 32 raw bytes as a non-extractable AES-256-GCM key. The caller wipes the bytes. */
export async function importAesGcmKey(raw: Uint8Array): Promise<CryptoKey> {
  if (raw.length !== KEY_BYTES) throw new RangeError('AES-256 keys are 32 bytes.');
  return subtle().importKey('raw', bufferSource(raw), { name: 'AES-GCM' }, false, [
    'encrypt',
    'decrypt',
  ]);
}

/** Imports input keying material as a non-extractable HKDF base key. */
export async function importHkdfKey(ikm: Uint8Array): Promise<CryptoKey> {
  return subtle().importKey('raw', bufferSource(ikm), 'HKDF', false, ['deriveKey', 'deriveBits']);
}

/** HKDF-SHA256 (RFC 5869) output bytes. */
export async function hkdfBytes(
  base: CryptoKey,
  salt: Uint8Array,
  info: Uint8Array,
  length: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const bits = await subtle().deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: bufferSource(salt), info: bufferSource(info) },
    base,
    length * 8,
  );
  return new Uint8Array(bits);
}

/** A non-extractable AES-256-GCM key derived with HKDF-SHA256. */
export async function hkdfAesGcmKey(
  base: CryptoKey,
  salt: Uint8Array,
  info: Uint8Array,
): Promise<CryptoKey> {
  return subtle().deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: bufferSource(salt), info: bufferSource(info) },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** A non-extractable HMAC-SHA256 key (256-bit) derived with HKDF-SHA256. */
export async function hkdfHmacKey(
  base: CryptoKey,
  salt: Uint8Array,
  info: Uint8Array,
): Promise<CryptoKey> {
  return subtle().deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: bufferSource(salt), info: bufferSource(info) },
    base,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign', 'verify'],
  );
}

/** AES-GCM encryption with a 128-bit tag; returns ciphertext || tag. */
export async function aesGcmEncrypt(
  key: CryptoKey,
  iv: Uint8Array,
  plaintext: Uint8Array,
  aad: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  const ct = await subtle().encrypt(
    {
      name: 'AES-GCM',
      iv: bufferSource(iv),
      additionalData: bufferSource(aad),
      tagLength: GCM_TAG_BYTES * 8,
    },
    key,
    bufferSource(plaintext),
  );
  return new Uint8Array(ct);
}

/** AES-GCM decryption; resolves to null when authentication fails (tampering or wrong key). */
export async function aesGcmDecrypt(
  key: CryptoKey,
  iv: Uint8Array,
  ciphertext: Uint8Array,
  aad: Uint8Array,
): Promise<Uint8Array<ArrayBuffer> | null> {
  if (iv.length !== GCM_IV_BYTES || ciphertext.length < GCM_TAG_BYTES) return null;
  try {
    const pt = await subtle().decrypt(
      {
        name: 'AES-GCM',
        iv: bufferSource(iv),
        additionalData: bufferSource(aad),
        tagLength: GCM_TAG_BYTES * 8,
      },
      key,
      bufferSource(ciphertext),
    );
    return new Uint8Array(pt);
  } catch (error) {
    // WebCrypto reports a failed tag check as OperationError; anything else (a key of the
    // wrong algorithm or usage) is a programming error and must not look like tampering.
    if (error instanceof Error && error.name === 'OperationError') return null;
    throw error;
  }
}
