// Runs in: any environment.
//
// The byte layout of a `.zorgtafel` file, kept apart from the crypto so it can be parsed
// cheaply and strictly before any expensive work (scrypt, X25519) happens. See
// docs/formats.md, "Shared meeting files (.zorgtafel)".
//
//   magic "ZORGTAFEL-SHARE\n" (16) | version u32be (4) | H u32be (4) | header JSON (H)
//   | P u32be (4) | age payload (P) | Ed25519 signature (64) | SHA-256 of all preceding bytes (32)
import { concatBytes, u32be, utf8Encode } from '../crypto/bytes';
import { ED25519_SIGNATURE_BYTES } from './identity';

/** The 16 magic bytes every `.zorgtafel` file starts with. */
export const SHARE_MAGIC = utf8Encode('ZORGTAFEL-SHARE\n');
/** The container format version this build writes and reads. */
export const SHARE_FORMAT_VERSION = 1;
/** Upper bound for the outer header JSON; larger is refused before parsing. */
export const MAX_OUTER_HEADER_BYTES = 16 * 1024;
/** Length of the trailing SHA-256 checksum. */
export const CHECKSUM_BYTES = 32;

/** The pieces of a file, as byte views into the input (no copies). */
export interface ShareLayout {
  /** Magic, version, header length and header JSON: the "outer header bytes" that are signed. */
  readonly signedHeader: Uint8Array;
  /** The header JSON alone. */
  readonly headerJson: Uint8Array;
  /** The complete age v1 file (binary, not armored). */
  readonly agePayload: Uint8Array;
  readonly signature: Uint8Array;
  /** Every byte before the checksum. */
  readonly checksummed: Uint8Array;
  readonly checksum: Uint8Array;
}

/** Why a byte string is not a well-formed container. */
export type LayoutProblem = 'not-a-file' | 'unsupported-version' | 'truncated' | 'tampered';

/** Builds the outer header bytes: magic, version, header length, header JSON. */
export function encodeSignedHeader(headerJson: Uint8Array): Uint8Array<ArrayBuffer> {
  return concatBytes(
    SHARE_MAGIC,
    u32be(SHARE_FORMAT_VERSION),
    u32be(headerJson.length),
    headerJson,
  );
}

/** Assembles a file from its parts; the checksum is appended by the caller (it needs SHA-256). */
export function encodeBody(
  signedHeader: Uint8Array,
  agePayload: Uint8Array,
  signature: Uint8Array,
): Uint8Array<ArrayBuffer> {
  return concatBytes(signedHeader, u32be(agePayload.length), agePayload, signature);
}

function readU32(bytes: Uint8Array, offset: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset + offset, 4).getUint32(0, false);
}

/**
 * Splits a file into its parts, checking every length against the bytes present. Runs in
 * time linear in the input and allocates nothing large; it does no crypto.
 */
export function decodeLayout(
  bytes: Uint8Array,
): { ok: true; layout: ShareLayout } | { ok: false; problem: LayoutProblem } {
  const magicPart = bytes.subarray(0, SHARE_MAGIC.length);
  for (let i = 0; i < magicPart.length; i++) {
    if (magicPart[i] !== SHARE_MAGIC[i]) return { ok: false, problem: 'not-a-file' };
  }
  if (bytes.length < SHARE_MAGIC.length + 8)
    return { ok: false, problem: bytes.length === 0 ? 'not-a-file' : 'truncated' };
  const version = readU32(bytes, 16);
  if (version === 0) return { ok: false, problem: 'not-a-file' };
  if (version > SHARE_FORMAT_VERSION) return { ok: false, problem: 'unsupported-version' };
  const headerLength = readU32(bytes, 20);
  if (headerLength === 0 || headerLength > MAX_OUTER_HEADER_BYTES)
    return { ok: false, problem: 'tampered' };
  const payloadLengthAt = 24 + headerLength;
  if (bytes.length < payloadLengthAt + 4) return { ok: false, problem: 'truncated' };
  const payloadLength = readU32(bytes, payloadLengthAt);
  const payloadAt = payloadLengthAt + 4;
  const signatureAt = payloadAt + payloadLength;
  const checksumAt = signatureAt + ED25519_SIGNATURE_BYTES;
  const end = checksumAt + CHECKSUM_BYTES;
  if (bytes.length < end) return { ok: false, problem: 'truncated' };
  if (bytes.length > end) return { ok: false, problem: 'tampered' };
  return {
    ok: true,
    layout: {
      signedHeader: bytes.subarray(0, payloadLengthAt),
      headerJson: bytes.subarray(24, payloadLengthAt),
      agePayload: bytes.subarray(payloadAt, signatureAt),
      signature: bytes.subarray(signatureAt, checksumAt),
      checksummed: bytes.subarray(0, checksumAt),
      checksum: bytes.subarray(checksumAt, end),
    },
  };
}
