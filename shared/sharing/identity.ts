// Runs in: any environment.
//
// The sharing identity of one vault and its public "deelsleutel". A vault holds an age X25519
// identity (to receive encrypted meeting files) and an Ed25519 key pair (to sign the files it
// sends). The deelsleutel is the single copyable text a user hands to an IB: it names both
// public keys, so one string is enough to encrypt to someone and to recognise their signature.
import { Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { fromBase64Url, toBase64Url, utf8Encode } from '../crypto/bytes';
import { bufferSource, sha256, subtle } from '../crypto/webcrypto';
import { err, errorInfo, ok, type ErrorInfo, type Result } from '../result';

/** Prefix (with version) of every deelsleutel this build writes. */
export const DEELSLEUTEL_PREFIX = 'zorgtafel-deelsleutel-1';
/** Length of a raw Ed25519 public key in bytes. */
export const ED25519_PUBLIC_KEY_BYTES = 32;
/** Length of an Ed25519 signature in bytes. */
export const ED25519_SIGNATURE_BYTES = 64;

/**
 * Secret and public key material of one vault's sharing identity. Every field is plain text or
 * bytes so the vault can store it encrypted like any other record.
 */
export interface SharingIdentity {
  /** The age X25519 secret key, `AGE-SECRET-KEY-1…`. Secret. */
  readonly ageIdentity: string;
  /** The matching age recipient, `age1…`. Public. */
  readonly ageRecipient: string;
  /** The Ed25519 private key as PKCS#8 DER (48 bytes). Secret. */
  readonly signingPrivateKeyPkcs8: Uint8Array;
  /** The Ed25519 public key, raw 32 bytes. Public. */
  readonly signingPublicKey: Uint8Array;
}

/** A parsed deelsleutel: the two public keys of a sharing identity. */
export interface Deelsleutel {
  /** The canonical text form, `zorgtafel-deelsleutel-1:age1…:<base64url Ed25519 key>`. */
  readonly text: string;
  /** The age X25519 recipient, `age1…`. */
  readonly ageRecipient: string;
  /** The raw 32-byte Ed25519 public key. */
  readonly signingPublicKey: Uint8Array;
}

/** Error codes of parseDeelsleutel, stable for the UI. */
export type DeelsleutelErrorCode =
  | 'deelsleutel.invalid-format'
  | 'deelsleutel.unsupported-version'
  | 'deelsleutel.invalid-recipient'
  | 'deelsleutel.invalid-signing-key';

/** Creates a fresh sharing identity (age X25519 + Ed25519) from the platform CSPRNG. */
export async function generateSharingIdentity(): Promise<SharingIdentity> {
  const ageIdentity = await generateX25519Identity();
  const ageRecipient = await identityToRecipient(ageIdentity);
  const pair = await subtle().generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
  const signingPrivateKeyPkcs8 = new Uint8Array(await subtle().exportKey('pkcs8', pair.privateKey));
  const signingPublicKey = new Uint8Array(await subtle().exportKey('raw', pair.publicKey));
  return { ageIdentity, ageRecipient, signingPrivateKeyPkcs8, signingPublicKey };
}

/** The deelsleutel text of an identity (public; safe to show, copy and put in a QR code). */
export function deelsleutelOf(
  identity: Pick<SharingIdentity, 'ageRecipient' | 'signingPublicKey'>,
): string {
  return `${DEELSLEUTEL_PREFIX}:${identity.ageRecipient}:${toBase64Url(identity.signingPublicKey)}`;
}

function invalid(code: DeelsleutelErrorCode, message: string): Result<never, ErrorInfo> {
  return err(errorInfo(code, message));
}

/**
 * Parses deelsleutel text (surrounding whitespace is ignored, nothing else is forgiven).
 * Never throws; failures carry a DeelsleutelErrorCode.
 */
export function parseDeelsleutel(input: string): Result<Deelsleutel, ErrorInfo> {
  const text = input.trim();
  if (text.length > 300) return invalid('deelsleutel.invalid-format', 'Deelsleutel is too long.');
  const parts = text.split(':');
  const prefix = parts[0] ?? '';
  if (!prefix.startsWith('zorgtafel-deelsleutel-'))
    return invalid('deelsleutel.invalid-format', 'Not a deelsleutel.');
  if (prefix !== DEELSLEUTEL_PREFIX)
    return invalid('deelsleutel.unsupported-version', 'Deelsleutel version is not supported.');
  if (parts.length !== 3)
    return invalid('deelsleutel.invalid-format', 'A deelsleutel has three parts.');
  const ageRecipient = parts[1] ?? '';
  if (!/^age1[02-9ac-hj-np-z]{58}$/.test(ageRecipient))
    return invalid('deelsleutel.invalid-recipient', 'The age recipient is malformed.');
  try {
    // Full bech32 check (checksum, key length) by the age library itself.
    new Encrypter().addRecipient(ageRecipient);
  } catch {
    return invalid('deelsleutel.invalid-recipient', 'The age recipient does not decode.');
  }
  let signingPublicKey: Uint8Array;
  try {
    signingPublicKey = fromBase64Url(parts[2] ?? '');
  } catch {
    return invalid('deelsleutel.invalid-signing-key', 'The signing key is not base64url.');
  }
  if (signingPublicKey.length !== ED25519_PUBLIC_KEY_BYTES) {
    return invalid('deelsleutel.invalid-signing-key', 'The signing key must be 32 bytes.');
  }
  return ok({ text, ageRecipient, signingPublicKey });
}

// Crockford base32 without I, L, O, U: easy to read aloud and to compare on the phone.
const FINGERPRINT_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A short human-comparable fingerprint of a deelsleutel: 5 groups of 4 Crockford base32
 * characters (100 bits of SHA-256 over a labelled input), e.g. `7K3Q-M2XD-…`. Two people
 * read it to each other to confirm a deelsleutel arrived unaltered.
 */
export async function deelsleutelFingerprint(deelsleutel: Deelsleutel | string): Promise<string> {
  const text = typeof deelsleutel === 'string' ? deelsleutel.trim() : deelsleutel.text;
  const digest = await sha256(utf8Encode(`zorgtafel/deelsleutel-fingerprint/v1\n${text}`));
  let acc = 0;
  let bits = 0;
  let out = '';
  for (const byte of digest) {
    acc = ((acc << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5 && out.length < 20) {
      bits -= 5;
      out += FINGERPRINT_ALPHABET.charAt((acc >>> bits) & 31);
    }
    if (out.length >= 20) break;
  }
  return (out.match(/.{4}/g) ?? []).join('-');
}

/** Signs `message` with the identity's Ed25519 private key. */
export async function signEd25519(
  identity: Pick<SharingIdentity, 'signingPrivateKeyPkcs8'>,
  message: Uint8Array,
): Promise<Uint8Array> {
  const key = await subtle().importKey(
    'pkcs8',
    bufferSource(new Uint8Array(identity.signingPrivateKeyPkcs8)),
    { name: 'Ed25519' },
    false,
    ['sign'],
  );
  return new Uint8Array(await subtle().sign({ name: 'Ed25519' }, key, bufferSource(message)));
}

/** Verifies an Ed25519 signature; false (never a throw) for a bad key, signature or message. */
export async function verifyEd25519(
  publicKey: Uint8Array,
  signature: Uint8Array,
  message: Uint8Array,
): Promise<boolean> {
  if (publicKey.length !== ED25519_PUBLIC_KEY_BYTES || signature.length !== ED25519_SIGNATURE_BYTES)
    return false;
  try {
    const key = await subtle().importKey(
      'raw',
      bufferSource(new Uint8Array(publicKey)),
      { name: 'Ed25519' },
      false,
      ['verify'],
    );
    return await subtle().verify(
      { name: 'Ed25519' },
      key,
      bufferSource(new Uint8Array(signature)),
      bufferSource(message),
    );
  } catch {
    return false;
  }
}
