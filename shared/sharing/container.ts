// Runs in: any environment.
//
// Sealing and opening `.zorgtafel` files: meeting agendas, minutes and replies that travel
// between Zorgtafel users outside the app (e-mail, USB stick). age gives confidentiality but
// no sender authenticity, so the sender also signs the file with Ed25519. Opening never
// throws: every failure becomes one stable `share.*` code that the UI translates, and the
// cheap checks (size, layout, checksum, signature) run before any expensive crypto (scrypt).
import { Decrypter, Encrypter } from 'age-encryption';
import type { ZodType } from 'zod';
import { z } from 'zod';
import { concatBytes, constantTimeEqual, utf8Decode, utf8Encode } from '../crypto/bytes';
import { sha256 } from '../crypto/webcrypto';
import { err, ok, type Result } from '../result';
import {
  canonicalJson,
  contentProblem,
  DEFAULT_CONTENT_LIMITS,
  type ContentLimits,
} from './content';
import {
  deelsleutelFingerprint,
  deelsleutelOf,
  parseDeelsleutel,
  signEd25519,
  verifyEd25519,
  type Deelsleutel,
  type SharingIdentity,
} from './identity';
import { decodeLayout, encodeBody, encodeSignedHeader, type LayoutProblem } from './layout';

/** What a shared file carries. */
export const SHARE_KINDS = [
  'meeting-agenda',
  'meeting-minutes',
  'reply',
  'referral',
  'referral-answer',
] as const;
/** One of SHARE_KINDS. */
export type ShareKind = (typeof SHARE_KINDS)[number];

/** Every reason openSharedFile can refuse a file. Stable: the UI maps each to a Dutch message. */
export const SHARE_ERROR_CODES = [
  'share.not-a-file',
  'share.unsupported-version',
  'share.unknown-kind',
  'share.truncated',
  'share.too-large',
  'share.wrong-passphrase',
  'share.not-for-you',
  'share.tampered',
  'share.bad-signature',
  'share.expired',
  'share.invalid-content',
] as const;
/** One of SHARE_ERROR_CODES. */
export type ShareErrorCode = (typeof SHARE_ERROR_CODES)[number];
/** The error value of openSharedFile. `message` is English developer text without content. */
export interface ShareError {
  readonly code: ShareErrorCode;
  readonly message: string;
}

/** Most recipients one file may be encrypted to. */
export const MAX_RECIPIENTS = 50;
/** The scrypt work factor (log2 N) age uses by default and Zorgtafel uses in production. */
export const DEFAULT_SCRYPT_WORK_FACTOR = 18;
/** Lowest scrypt work factor accepted when sealing (tests use it; production uses the default). */
export const MIN_SCRYPT_WORK_FACTOR = 10;
/**
 * Highest scrypt work factor accepted when sealing and when opening. Each step doubles time and
 * memory (18 is about 1 s and 256 MiB); a hostile file must not make the reader spend more.
 */
export const MAX_SCRYPT_WORK_FACTOR = 18;

const isoTime = z.iso.datetime({ offset: false });

/** The outer header, stored as canonical JSON in the clear (it is signed, not encrypted). */
export const outerHeaderSchema = z.strictObject({
  kind: z.enum(SHARE_KINDS),
  createdAt: isoTime,
  expiresAt: isoTime.optional(),
  sender: z.string().min(1).max(300),
  mode: z.enum(['recipients', 'passphrase']),
  recipients: z.int().min(0).max(MAX_RECIPIENTS),
});
/** The parsed outer header. */
export type OuterHeader = z.infer<typeof outerHeaderSchema>;

/**
 * The outer header with any kind: a later version may add kinds. Parsed with this first so an
 * intact, correctly signed file of an unknown kind is named as such ('share.unknown-kind')
 * instead of looking damaged.
 */
const anyKindHeaderSchema = outerHeaderSchema.extend({ kind: z.string().min(1).max(100) });

/** Whom a file is sealed for: deelsleutels (age X25519) or a passphrase (age scrypt); never both. */
export type SealTarget =
  | { readonly recipients: readonly Deelsleutel[] }
  | { readonly passphrase: string; readonly workFactor?: number };

/** Input of sealSharedFile. `content` must be plain JSON data. */
export interface SealInput {
  readonly kind: ShareKind;
  readonly content: unknown;
  readonly sender: SharingIdentity;
  readonly to: SealTarget;
  readonly createdAt: Date;
  readonly expiresAt?: Date;
}

/**
 * Encrypts and signs a shared file. Throws (TypeError/RangeError) only for programming errors:
 * no or too many recipients, an empty passphrase, a work factor out of range, content JSON
 * cannot represent, or an expiry before creation.
 */
export async function sealSharedFile(input: SealInput): Promise<Uint8Array<ArrayBuffer>> {
  const encrypter = new Encrypter();
  let mode: OuterHeader['mode'];
  let recipients: number;
  if ('recipients' in input.to) {
    const list = input.to.recipients;
    if (list.length === 0 || list.length > MAX_RECIPIENTS)
      throw new RangeError(`A file needs 1 to ${MAX_RECIPIENTS} recipients.`);
    for (const r of list) encrypter.addRecipient(r.ageRecipient);
    mode = 'recipients';
    recipients = list.length;
  } else {
    const workFactor = input.to.workFactor ?? DEFAULT_SCRYPT_WORK_FACTOR;
    if (
      !Number.isInteger(workFactor) ||
      workFactor < MIN_SCRYPT_WORK_FACTOR ||
      workFactor > MAX_SCRYPT_WORK_FACTOR
    ) {
      throw new RangeError('scrypt work factor out of range.');
    }
    if (input.to.passphrase.length === 0) throw new TypeError('Empty passphrase.');
    encrypter.setPassphrase(input.to.passphrase);
    encrypter.setScryptWorkFactor(workFactor);
    mode = 'passphrase';
    recipients = 0;
  }
  if (input.expiresAt !== undefined && input.expiresAt.getTime() < input.createdAt.getTime()) {
    throw new RangeError('expiresAt is before createdAt.');
  }
  const header: OuterHeader = outerHeaderSchema.parse({
    kind: input.kind,
    createdAt: input.createdAt.toISOString(),
    ...(input.expiresAt === undefined ? {} : { expiresAt: input.expiresAt.toISOString() }),
    sender: deelsleutelOf(input.sender),
    mode,
    recipients,
  });
  const headerJson = utf8Encode(canonicalJson(header));
  const agePayload = await encrypter.encrypt(
    utf8Encode(canonicalJson({ header, content: input.content })),
  );
  const signedHeader = encodeSignedHeader(headerJson);
  const signature = await signEd25519(input.sender, await signatureInput(signedHeader, agePayload));
  const body = encodeBody(signedHeader, agePayload, signature);
  return concatBytes(body, await sha256(body));
}

/** The exact bytes the sender signs: outer header bytes || SHA-256(age payload). */
export async function signatureInput(
  signedHeader: Uint8Array,
  agePayload: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  return concatBytes(signedHeader, await sha256(agePayload));
}

/** The key a reader opens a file with. */
export type OpenKey = { readonly identity: SharingIdentity } | { readonly passphrase: string };

/** Options of openSharedFile. */
export interface OpenOptions<T> {
  /** The reader's clock; the file is refused when `now` is after its expiresAt. */
  readonly now: Date;
  /** Files larger than this are refused before anything else. */
  readonly maxBytes: number;
  /** Deelsleutel texts the reader already trusts (the directory). */
  readonly knownSenders?: readonly string[];
  /** Validates the decrypted content; failure gives 'share.invalid-content'. */
  readonly schema?: ZodType<T>;
  /** Structural limits checked before the schema. */
  readonly limits?: Partial<ContentLimits>;
}

/** A successfully opened file. */
export interface OpenedSharedFile<T> {
  readonly kind: ShareKind;
  readonly content: T;
  readonly sender: {
    readonly deelsleutel: string;
    readonly fingerprint: string;
    readonly known: boolean;
  };
  readonly createdAt: Date;
  readonly expiresAt?: Date;
}

function fail(code: ShareErrorCode, message: string): Result<never, ShareError> {
  return err({ code, message });
}

const LAYOUT_CODES: Record<LayoutProblem, ShareErrorCode> = {
  'not-a-file': 'share.not-a-file',
  'unsupported-version': 'share.unsupported-version',
  truncated: 'share.truncated',
  tampered: 'share.tampered',
};

/**
 * Checks, decrypts and validates a shared file. Never throws and never rejects: every
 * failure is a ShareError. Order: size, layout, checksum, header, signature, kind, expiry,
 * decryption, JSON, limits, header copy, schema.
 */
export async function openSharedFile<T = unknown>(
  bytes: Uint8Array,
  key: OpenKey,
  options: OpenOptions<T>,
): Promise<Result<OpenedSharedFile<T>, ShareError>> {
  try {
    return await openUnchecked(bytes, key, options);
  } catch {
    // Defence in depth: every expected failure is mapped below; anything else is treated as damage.
    return fail('share.tampered', 'Unexpected failure while opening.');
  }
}

/** The log2 N of the scrypt stanza at the start of an age header, or null when there is none. */
function scryptWorkFactorOf(agePayload: Uint8Array): number | null {
  const head = new TextDecoder('latin1').decode(agePayload.subarray(0, 160));
  const match = /^age-encryption\.org\/v1\n-> scrypt [A-Za-z0-9+/]{22} ([1-9][0-9]?)\n/.exec(head);
  return match?.[1] === undefined ? null : Number(match[1]);
}

function parseJson(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(utf8Decode(bytes)) as unknown };
  } catch {
    return { ok: false };
  }
}

/** A file that passed every check that needs no key: intact, of a known kind, signed by its sender, not expired. */
export interface CheckedSharedFile {
  readonly header: OuterHeader;
  readonly sender: Deelsleutel;
  readonly agePayload: Uint8Array;
}

/**
 * The checks that need no key, cheapest first: size, layout, checksum, header, signature,
 * kind, expiry. Used by openSharedFile before any decryption, and by the opener to say what a
 * file is (and refuse a bad one) before it asks for a passphrase.
 */
export async function checkSharedFile(
  bytes: Uint8Array,
  options: { readonly now: Date; readonly maxBytes: number },
): Promise<Result<CheckedSharedFile, ShareError>> {
  if (bytes.length > options.maxBytes)
    return fail('share.too-large', 'File exceeds the size limit.');
  const decoded = decodeLayout(bytes);
  if (!decoded.ok)
    return fail(LAYOUT_CODES[decoded.problem], `Layout check failed: ${decoded.problem}.`);
  const { layout } = decoded;
  if (!constantTimeEqual(await sha256(layout.checksummed), layout.checksum))
    return fail('share.tampered', 'Checksum mismatch.');

  const headerParsed = parseJson(layout.headerJson);
  const loose = headerParsed.ok ? anyKindHeaderSchema.safeParse(headerParsed.value) : null;
  if (loose === null || !loose.success) return fail('share.tampered', 'Outer header is malformed.');
  const sender = parseDeelsleutel(loose.data.sender);
  if (!sender.ok) return fail('share.tampered', 'Sender deelsleutel is malformed.');

  const signed = await signatureInput(layout.signedHeader, layout.agePayload);
  if (!(await verifyEd25519(sender.value.signingPublicKey, layout.signature, signed))) {
    return fail('share.bad-signature', 'Signature does not verify against the sender key.');
  }
  const header = outerHeaderSchema.safeParse(loose.data);
  if (!header.success)
    return fail('share.unknown-kind', 'The file is of a kind this build does not know.');
  if (
    header.data.expiresAt !== undefined &&
    options.now.getTime() > new Date(header.data.expiresAt).getTime()
  )
    return fail('share.expired', 'File has expired.');
  return ok({ header: header.data, sender: sender.value, agePayload: layout.agePayload });
}

async function openUnchecked<T>(
  bytes: Uint8Array,
  key: OpenKey,
  options: OpenOptions<T>,
): Promise<Result<OpenedSharedFile<T>, ShareError>> {
  const checked = await checkSharedFile(bytes, options);
  if (!checked.ok) return checked;
  const { header, sender, agePayload } = checked.value;
  const expiresAt = header.expiresAt === undefined ? undefined : new Date(header.expiresAt);

  const usePassphrase = 'passphrase' in key;
  if (usePassphrase !== (header.mode === 'passphrase'))
    return fail('share.not-for-you', 'File is sealed for another kind of key.');
  if (usePassphrase) {
    const logN = scryptWorkFactorOf(agePayload);
    if (logN === null || logN > MAX_SCRYPT_WORK_FACTOR)
      return fail('share.tampered', 'scrypt stanza missing or work factor too high.');
  }
  const decrypter = new Decrypter();
  if ('passphrase' in key) decrypter.addPassphrase(key.passphrase);
  else decrypter.addIdentity(key.identity.ageIdentity);
  let plaintext: Uint8Array;
  try {
    plaintext = await decrypter.decrypt(new Uint8Array(agePayload));
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('no identity matched')) {
      return usePassphrase
        ? fail('share.wrong-passphrase', 'Passphrase does not open the file.')
        : fail('share.not-for-you', 'No matching identity.');
    }
    return fail('share.tampered', 'age decryption failed.');
  }

  const parsed = parseJson(plaintext);
  if (!parsed.ok) return fail('share.invalid-content', 'Payload is not JSON.');
  const limits: ContentLimits = { ...DEFAULT_CONTENT_LIMITS, ...options.limits };
  const problem = contentProblem(parsed.value, limits);
  if (problem !== null) return fail('share.invalid-content', `Content refused: ${problem}.`);
  const inner = z
    .strictObject({ header: z.unknown(), content: z.unknown() })
    .safeParse(parsed.value);
  if (!inner.success) return fail('share.invalid-content', 'Payload lacks header or content.');
  if (canonicalJson(inner.data.header) !== canonicalJson(header))
    return fail('share.tampered', 'Inner header differs from the outer header.');
  let content: T;
  if (options.schema === undefined) {
    content = inner.data.content as T;
  } else {
    const validated = options.schema.safeParse(inner.data.content);
    if (!validated.success)
      return fail('share.invalid-content', 'Content does not match the schema.');
    content = validated.data;
  }
  return ok({
    kind: header.kind,
    content,
    sender: {
      deelsleutel: sender.text,
      fingerprint: await deelsleutelFingerprint(sender),
      known: (options.knownSenders ?? []).some((s) => s.trim() === sender.text),
    },
    createdAt: new Date(header.createdAt),
    ...(expiresAt === undefined ? {} : { expiresAt }),
  });
}
