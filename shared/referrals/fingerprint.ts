// Runs in: any environment.
//
// The fingerprint printed on a referral letter, so the sender and the recipient can both check
// the letter was not altered: SHA-256 over a canonical encoding of exactly the letter's
// content (docs/referrals.md "Fingerprint" is the normative definition). Canonical means one
// byte string per content: object keys sorted, strings NFC-normalised, no whitespace.
import { randomBytes, toHex, utf8Encode } from '../crypto/bytes';
import type { ReferralLetterContent } from './letterContent';

/** Compares by UTF-16 code units, the order JavaScript's default sort uses, named explicitly. */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Canonical JSON: keys (NFC-normalised) sorted by UTF-16 code units, every string
 * NFC-normalised and escaped as JSON.stringify does, properties whose value is undefined
 * left out, arrays in their given order, numbers only as safe integers, no whitespace.
 * Throws on anything else (undefined at the top or in an array, non-integer numbers,
 * class instances) and on two keys that are equal after normalisation.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'string') return JSON.stringify(value.normalize('NFC'));
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value))
      throw new RangeError('canonical JSON allows safe integers only');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v: unknown) => canonicalJson(v)).join(',')}]`;
  if (
    typeof value !== 'object' ||
    ![Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null)
  )
    throw new TypeError('canonical JSON: unsupported value');
  const entries = new Map<string, unknown>();
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const k = key.normalize('NFC');
    if (entries.has(k))
      throw new RangeError('canonical JSON: two keys are equal after NFC normalisation');
    entries.set(k, v);
  }
  const keys = [...entries.keys()].sort(compareKeys);
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(entries.get(k))}`).join(',')}}`;
}

/** SHA-256 (WebCrypto) of the UTF-8 canonical JSON of `content`, as 64 lowercase hex digits. */
export async function referralContentFingerprint(content: ReferralLetterContent): Promise<string> {
  return sha256CanonicalHex(content);
}

/** The same digest for any canonical value (exported for tests and other documents). */
export async function sha256CanonicalHex(content: unknown): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest(
    'SHA-256',
    utf8Encode(canonicalJson(content)),
  );
  return toHex(new Uint8Array(digest));
}

/** Crockford's base32 alphabet: no I, L, O or U, so an id read aloud or retyped is unambiguous. */
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Base32 (Crockford alphabet, no padding), most significant bits first. */
export function toBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += BASE32[(buffer >> bits) & 31] ?? '';
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32[(buffer << (5 - bits)) & 31] ?? '';
  return out;
}

/** A short random document id, "ZT-" + 80 random bits in base32, grouped by four: "ZT-7K3Q-…". */
export function newDocumentId(random: (n: number) => Uint8Array = randomBytes): string {
  const code = toBase32(random(10));
  return `ZT-${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}-${code.slice(12, 16)}`;
}
