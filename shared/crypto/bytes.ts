// Runs in: any environment.
//
// Byte helpers shared by every crypto module: text and base64/hex encodings, concatenation,
// the length-prefixed encoding used for AAD and hashes, constant-time comparison, randomness
// and wiping. Written without Buffer, atob or btoa so the exact same (strict) behaviour holds
// in Node 20 and in Chromium.
import { CryptoError } from './errors';

const encoder = new TextEncoder();
const fatalDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** UTF-8 bytes of a string (lone surrogates become U+FFFD, as TextEncoder does). */
export function utf8Encode(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

/** Decodes UTF-8 strictly; malformed input throws CryptoError 'encoding.invalid'. */
export function utf8Decode(bytes: Uint8Array): string {
  try {
    return fatalDecoder.decode(bytes);
  } catch {
    throw new CryptoError('encoding.invalid', 'Bytes are not valid UTF-8.');
  }
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function reverseTable(alphabet: string): Int16Array {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  return table;
}
const B64_REV = reverseTable(B64);
const B64URL_REV = reverseTable(B64URL);

function encodeBase64(bytes: Uint8Array, alphabet: string, pad: boolean): string {
  const parts: string[] = [];
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    parts.push(
      alphabet.charAt(n >>> 18),
      alphabet.charAt((n >>> 12) & 63),
      alphabet.charAt((n >>> 6) & 63),
      alphabet.charAt(n & 63),
    );
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = ((bytes[i] ?? 0) << 16) | (rest === 2 ? (bytes[i + 1] ?? 0) << 8 : 0);
    parts.push(alphabet.charAt(n >>> 18), alphabet.charAt((n >>> 12) & 63));
    if (rest === 2) parts.push(alphabet.charAt((n >>> 6) & 63));
    else if (pad) parts.push('=');
    if (pad) parts.push('=');
  }
  return parts.join('');
}

function decodeBase64(
  text: string,
  table: Int16Array,
  padded: boolean,
  what: string,
): Uint8Array<ArrayBuffer> {
  const fail = (): never => {
    throw new CryptoError('encoding.invalid', `Text is not canonical ${what}.`);
  };
  let body = text;
  if (padded) {
    if (text.length % 4 !== 0) fail();
    if (text.endsWith('==')) body = text.slice(0, -2);
    else if (text.endsWith('=')) body = text.slice(0, -1);
  }
  if (body.length % 4 === 1) fail();
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    const v = c < 128 ? (table[c] ?? -1) : -1;
    if (v < 0) fail();
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >>> bits) & 0xff;
    }
  }
  // Canonical form only: the unused low bits of the last character must be zero, so every
  // byte string has exactly one accepted encoding.
  if (bits > 0 && (acc & ((1 << bits) - 1)) !== 0) fail();
  return out;
}

/** Standard base64 (RFC 4648 section 4) with padding. */
export function toBase64(bytes: Uint8Array): string {
  return encodeBase64(bytes, B64, true);
}

/** Strict standard base64: padding required, no whitespace, canonical; else 'encoding.invalid'. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return decodeBase64(text, B64_REV, true, 'base64');
}

/** URL-safe base64 (RFC 4648 section 5) without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  return encodeBase64(bytes, B64URL, false);
}

/** Strict unpadded base64url; anything else throws 'encoding.invalid'. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  return decodeBase64(text, B64URL_REV, false, 'base64url');
}

/** A regular expression matching the alphabet and padding shape accepted by fromBase64. */
export const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Lowercase hexadecimal. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/** Hexadecimal (either case, even length, nothing else) to bytes; else 'encoding.invalid'. */
export function fromHex(text: string): Uint8Array<ArrayBuffer> {
  if (text.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(text)) {
    throw new CryptoError('encoding.invalid', 'Text is not hexadecimal.');
  }
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** Concatenates byte arrays into one new array. */
export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** Four bytes, big-endian, of an unsigned 32-bit integer. */
export function u32be(value: number): Uint8Array<ArrayBuffer> {
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) {
    throw new RangeError('Value does not fit in an unsigned 32-bit integer.');
  }
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value, false);
  return out;
}

/**
 * The unambiguous encoding used for AAD and hash inputs: for every field, its length as a
 * u32 big-endian followed by its bytes. Strings are UTF-8; numbers are u32 big-endian (so
 * they are themselves a 4-byte field). No two different field lists encode to the same bytes.
 */
export function encodeLengthPrefixed(
  fields: readonly (string | number | Uint8Array)[],
): Uint8Array<ArrayBuffer> {
  // One buffer and one DataView for the whole encoding: it runs for every envelope's AAD and
  // every audit hash, and a small array per length prefix made that a hot spot at 10,000 records.
  const encoded = fields.map((f) =>
    typeof f === 'string' ? utf8Encode(f) : typeof f === 'number' ? u32be(f) : f,
  );
  const out = new Uint8Array(encoded.reduce((n, bytes) => n + 4 + bytes.length, 0));
  const view = new DataView(out.buffer);
  let offset = 0;
  for (const bytes of encoded) {
    view.setUint32(offset, bytes.length, false);
    out.set(bytes, offset + 4);
    offset += 4 + bytes.length;
  }
  return out;
}

/**
 * Compares two byte arrays in time that depends only on their lengths (lengths are public).
 * Use it for MACs, hashes and checksums; never `===` on hex strings for secret values.
 */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** `n` bytes from the platform CSPRNG (crypto.getRandomValues, in 64 KiB chunks). */
export function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError('Byte count must be a non-negative integer.');
  const cryptoApi = globalThis.crypto as Crypto | undefined;
  if (cryptoApi === undefined)
    throw new CryptoError('crypto.unavailable', 'No WebCrypto in this environment.');
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i += 65536)
    cryptoApi.getRandomValues(out.subarray(i, Math.min(n, i + 65536)));
  return out;
}

/**
 * Overwrites a byte array with zeros. Best effort only: JavaScript engines may have copied
 * the bytes (garbage collector moves, string conversions, WebCrypto internals) and we cannot
 * reach those copies. It still shortens the life of the copy we own.
 */
export function wipe(bytes: Uint8Array | null | undefined): void {
  bytes?.fill(0);
}
