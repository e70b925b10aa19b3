// Runs in: any environment.
//
// Passphrase-based key derivation with Argon2id (RFC 9106) through hash-wasm (WebAssembly:
// needs 'wasm-unsafe-eval' in the CSP, which shared/security/csp.ts grants). The parameters
// are stored with each passphrase key slot so they can be raised later; a floor is enforced
// on every derivation so that someone who edits the stored vault header cannot make the next
// unlock derive a cheap, brute-forceable key.
import { argon2id } from 'hash-wasm';
import { z } from 'zod';
import { BASE64_PATTERN, fromBase64, randomBytes, toBase64, utf8Encode, wipe } from './bytes';
import { CryptoError } from './errors';
import { KEY_BYTES } from './webcrypto';

/** Argon2id parameters as used in memory. `memoryKiB` is in kibibytes (1024 bytes). */
export interface Argon2idParams {
  readonly algorithm: 'argon2id';
  readonly memoryKiB: number;
  readonly iterations: number;
  readonly parallelism: number;
  readonly salt: Uint8Array;
}

/** The cost part of Argon2id parameters: what the floor and the defaults are made of. */
export type Argon2idCost = Pick<Argon2idParams, 'memoryKiB' | 'iterations' | 'parallelism'>;

/** A lower bound on Argon2id parameters, including the shortest acceptable salt. */
export interface KdfFloor extends Argon2idCost {
  readonly saltBytes: number;
}

/**
 * Defaults for new passphrase slots: 64 MiB, 3 passes, 1 lane (RFC 9106 section 4's second
 * recommended option is 64 MiB, t=3, p=4; we use one lane because hash-wasm is single-threaded,
 * so more lanes would add no cost for an attacker's parallel hardware, only for us).
 * About 230 ms in Chromium on the target machines.
 */
export const DEFAULT_ARGON2ID: Argon2idCost = Object.freeze({
  memoryKiB: 65536,
  iterations: 3,
  parallelism: 1,
});

/** Length of a fresh Argon2id salt (128 bits, RFC 9106 recommendation). */
export const SALT_BYTES = 16;

/** The enforced floor: nothing weaker than the defaults is ever derived or wrapped. */
export const MIN_ARGON2ID: KdfFloor = Object.freeze({ ...DEFAULT_ARGON2ID, saltBytes: SALT_BYTES });

/**
 * Upper bounds that keep a tampered header from asking for absurd work (a denial of service
 * rather than a weakness, but an unlock screen should fail quickly instead of hanging).
 */
export const MAX_ARGON2ID: Argon2idCost = Object.freeze({
  memoryKiB: 2 * 1024 * 1024,
  iterations: 64,
  parallelism: 16,
});

/** Options for deriveKeyBytes and the functions built on it. */
export interface KdfOptions {
  /**
   * Floor to enforce instead of MIN_ARGON2ID. Only tests (and published test vectors) may pass
   * a lower one; application code must leave this out.
   */
  readonly floor?: KdfFloor;
}

/** Fresh parameters for a new passphrase slot: the defaults plus a random 16-byte salt. */
export function newArgon2idParams(cost: Argon2idCost = DEFAULT_ARGON2ID): Argon2idParams {
  return { algorithm: 'argon2id', ...pickCost(cost), salt: randomBytes(SALT_BYTES) };
}

function pickCost(cost: Argon2idCost): Argon2idCost {
  return { memoryKiB: cost.memoryKiB, iterations: cost.iterations, parallelism: cost.parallelism };
}

/** Stored (JSON-safe) form of Argon2idParams: the salt is standard base64. */
export const argon2idParamsSchema = z
  .object({
    algorithm: z.literal('argon2id'),
    memoryKiB: z.number().int().min(8).max(MAX_ARGON2ID.memoryKiB),
    iterations: z.number().int().min(1).max(MAX_ARGON2ID.iterations),
    parallelism: z.number().int().min(1).max(MAX_ARGON2ID.parallelism),
    salt: z.string().regex(BASE64_PATTERN).min(4).max(88),
  })
  .strict();
/** JSON-safe form of Argon2idParams. */
export type StoredArgon2idParams = z.infer<typeof argon2idParamsSchema>;

/** Converts parameters to their stored form. */
export function toStoredParams(params: Argon2idParams): StoredArgon2idParams {
  return { algorithm: 'argon2id', ...pickCost(params), salt: toBase64(params.salt) };
}

/** Validates stored parameters; throws 'kdf.params-invalid' (shape) or 'encoding.invalid'. */
export function fromStoredParams(stored: unknown): Argon2idParams {
  const parsed = argon2idParamsSchema.safeParse(stored);
  if (!parsed.success)
    throw new CryptoError('kdf.params-invalid', 'Argon2id parameters do not match the schema.');
  return { algorithm: 'argon2id', ...pickCost(parsed.data), salt: fromBase64(parsed.data.salt) };
}

/** True when any cost in `params` is lower than in `reference` (then re-wrap after unlocking). */
export function isWeakerThan(
  params: Argon2idCost,
  reference: Argon2idCost = DEFAULT_ARGON2ID,
): boolean {
  return (
    params.memoryKiB < reference.memoryKiB ||
    params.iterations < reference.iterations ||
    params.parallelism < reference.parallelism
  );
}

/**
 * Throws 'kdf.params-too-weak' when memory, passes or salt length are below the floor, and
 * 'kdf.params-invalid' when the parameters are malformed or above MAX_ARGON2ID. Parallelism
 * has no floor beyond 1: more lanes do not make an attacker's work harder.
 */
export function assertAcceptableParams(
  params: Argon2idParams,
  floor: KdfFloor = MIN_ARGON2ID,
): void {
  const ints = [params.memoryKiB, params.iterations, params.parallelism];
  if (
    params.algorithm !== 'argon2id' ||
    !ints.every((n) => Number.isSafeInteger(n) && n >= 1) ||
    params.memoryKiB > MAX_ARGON2ID.memoryKiB ||
    params.iterations > MAX_ARGON2ID.iterations ||
    params.parallelism > MAX_ARGON2ID.parallelism ||
    params.memoryKiB < 8 * params.parallelism
  ) {
    throw new CryptoError(
      'kdf.params-invalid',
      'Argon2id parameters are malformed or out of range.',
    );
  }
  if (
    params.memoryKiB < floor.memoryKiB ||
    params.iterations < floor.iterations ||
    params.salt.length < floor.saltBytes
  ) {
    throw new CryptoError(
      'kdf.params-too-weak',
      'Argon2id parameters are below the minimum this app accepts.',
    );
  }
}

/**
 * Derives 32 key bytes from a passphrase with Argon2id (version 0x13, no secret, no associated
 * data). The passphrase is Unicode NFC-normalised first, so "é" typed as one or two code
 * points gives the same key on every platform, then UTF-8 encoded. The caller wipes the result.
 */
export async function deriveKeyBytes(
  secret: string,
  params: Argon2idParams,
  options: KdfOptions = {},
): Promise<Uint8Array> {
  assertAcceptableParams(params, options.floor ?? MIN_ARGON2ID);
  const password = utf8Encode(secret.normalize('NFC'));
  try {
    return await argon2id({
      password,
      salt: params.salt,
      iterations: params.iterations,
      parallelism: params.parallelism,
      memorySize: params.memoryKiB,
      hashLength: KEY_BYTES,
      outputType: 'binary',
    });
  } finally {
    wipe(password);
  }
}
