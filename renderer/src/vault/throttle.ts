// Runs in: renderer.
//
// The growing delay after wrong passphrases. It slows down someone guessing at the unlock
// screen; it is not the real protection against an attacker with a copy of the database
// (that is Argon2id's cost), since the counter lives in the plaintext header.
import type { FailedUnlocks } from './storage/db';

/** Failures that cost nothing: a typo or two should not make anyone wait. */
export const FREE_FAILURES = 3;
/** Delay after the first failure beyond the free ones; doubles with each further failure. */
export const FIRST_DELAY_MS = 2_000;
/** The delay never grows beyond a minute. */
export const MAX_DELAY_MS = 60_000;
/** How many individual failures the header remembers for the audit trail. */
export const MAX_RECORDED_FAILURES = 32;

/** The wait imposed after `failures` consecutive failures: 0, 0, 0, 2 s, 4 s, 8 s, … 60 s. */
export function delayAfterFailures(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  const doublings = Math.min(failures - FREE_FAILURES - 1, 16);
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** doublings);
}

/**
 * Milliseconds until the next attempt is accepted. A clock that went backwards never makes
 * the wait longer than the full delay.
 */
export function retryAfterMs(failed: FailedUnlocks, now: number): number {
  const delay = delayAfterFailures(failed.count);
  if (delay === 0 || failed.lastAt === null) return 0;
  const elapsed = Math.max(0, now - failed.lastAt);
  return Math.max(0, delay - elapsed);
}

/** The counter after one more failure at `now` by `method`. */
export function withFailure(
  failed: FailedUnlocks,
  now: number,
  method: 'passphrase' | 'recovery',
): FailedUnlocks {
  const recent = [...failed.recent, { at: now, method }].slice(-MAX_RECORDED_FAILURES);
  return { count: failed.count + 1, lastAt: now, recent };
}

export const NO_FAILURES: FailedUnlocks = { count: 0, lastAt: null, recent: [] };
