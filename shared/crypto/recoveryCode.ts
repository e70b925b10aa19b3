// Runs in: any environment.
//
// The recovery code ("herstelcode") is the second way into a vault: printed once, kept in the
// school safe, typed back in by hand years later. So it is Crockford base32 (no I, L, O, U;
// case-insensitive; O/I/L read as 0/1/1), grouped in fours, and ends in a check character that
// catches every single-character typo and every swap of two neighbouring characters before
// any key derivation runs. 35 random characters carry 175 bits of entropy.
import { randomBytes, utf8Encode } from './bytes';
import { CryptoError } from './errors';

/** Crockford's base32 alphabet: digits and letters without I, L, O and U. */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Random characters in a code (5 bits each). */
export const RECOVERY_CODE_DATA_CHARS = 35;
/** Entropy of a generated code in bits. */
export const RECOVERY_CODE_BITS = RECOVERY_CODE_DATA_CHARS * 5;
/** Characters per group in the printed form. */
export const RECOVERY_CODE_GROUP = 4;

// GF(32) with the primitive polynomial x^5 + x^2 + 1; alpha = x = 2 has order 31.
const GF_EXP = new Uint8Array(62);
const GF_LOG = new Uint8Array(32);
{
  let x = 1;
  for (let i = 0; i < 31; i++) {
    GF_EXP[i] = x;
    GF_EXP[i + 31] = x;
    GF_LOG[x] = i;
    x <<= 1;
    if (x & 32) x ^= 0b100101;
  }
}

function gfMul(a: number, b: number): number {
  if (a === 0 || b === 0) return 0;
  return GF_EXP[(GF_LOG[a] ?? 0) + (GF_LOG[b] ?? 0)] ?? 0;
}

/**
 * The check value: sum over data positions i = 1..35 of value_i * alpha^i in GF(32). A code is
 * valid when check = that sum, i.e. the whole word (check at position 0) sums to zero. Because
 * the weights alpha^i are distinct and non-zero for positions less than 31 apart, every single
 * substitution and every adjacent transposition changes the sum.
 */
function checkValue(values: readonly number[]): number {
  let sum = 0;
  values.forEach((v, index) => {
    sum ^= gfMul(v, GF_EXP[(index + 1) % 31] ?? 1);
  });
  return sum;
}

function group(chars: string): string {
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += RECOVERY_CODE_GROUP)
    groups.push(chars.slice(i, i + RECOVERY_CODE_GROUP));
  return groups.join('-');
}

/** A fresh recovery code: 35 random Crockford characters plus the check character, in groups of four. */
export function generateRecoveryCode(): string {
  // 256 is a multiple of 32, so masking a random byte to 5 bits is exactly uniform.
  const values = Array.from(randomBytes(RECOVERY_CODE_DATA_CHARS), (b) => b & 31);
  const chars = [...values, checkValue(values)].map((v) => CROCKFORD_ALPHABET.charAt(v)).join('');
  return group(chars);
}

type Parsed =
  | { readonly ok: true; readonly data: string; readonly check: string }
  | { readonly ok: false; readonly code: 'recovery.invalid-format' | 'recovery.checksum' };

function parse(input: string): Parsed {
  const compact = input
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015]/gu, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (compact.length !== RECOVERY_CODE_DATA_CHARS + 1)
    return { ok: false, code: 'recovery.invalid-format' };
  const values: number[] = [];
  for (const ch of compact) {
    const v = CROCKFORD_ALPHABET.indexOf(ch);
    if (v < 0) return { ok: false, code: 'recovery.invalid-format' };
    values.push(v);
  }
  const data = values.slice(0, RECOVERY_CODE_DATA_CHARS);
  if (checkValue(data) !== values[RECOVERY_CODE_DATA_CHARS])
    return { ok: false, code: 'recovery.checksum' };
  return {
    ok: true,
    data: compact.slice(0, RECOVERY_CODE_DATA_CHARS),
    check: compact.slice(RECOVERY_CODE_DATA_CHARS),
  };
}

/**
 * What is wrong with a typed code, cheaply and without throwing: null when it is valid,
 * 'recovery.invalid-format' for a wrong length or character, 'recovery.checksum' for a typo.
 */
export function recoveryCodeProblem(
  input: string,
): 'recovery.invalid-format' | 'recovery.checksum' | null {
  const parsed = parse(input);
  return parsed.ok ? null : parsed.code;
}

/**
 * The canonical grouped form of a typed code ("XXXX-XXXX-...-XXXX", uppercase). Ignores case,
 * spaces and dashes, reads O as 0 and I/L as 1. Throws 'recovery.invalid-format' or
 * 'recovery.checksum'.
 */
export function normaliseRecoveryCode(input: string): string {
  const parsed = parse(input);
  if (!parsed.ok) {
    throw new CryptoError(
      parsed.code,
      parsed.code === 'recovery.checksum'
        ? 'Recovery code check character does not match (typo?).'
        : 'Recovery code has the wrong length or characters.',
    );
  }
  return group(parsed.data + parsed.check);
}

/** True when `input` is a complete recovery code with a matching check character. */
export function isWellFormedRecoveryCode(input: string): boolean {
  return parse(input).ok;
}

/**
 * The key material a recovery code stands for: the ASCII bytes of its 35 canonical data
 * characters (no dashes, no check character). Throws like normaliseRecoveryCode.
 */
export function recoveryCodeKeyMaterial(input: string): Uint8Array {
  const canonical = normaliseRecoveryCode(input).replace(/-/g, '');
  return utf8Encode(canonical.slice(0, RECOVERY_CODE_DATA_CHARS));
}
