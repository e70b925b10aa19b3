// Runs in: renderer.
//
// The vocabulary for records the unlock had to leave out of the working set. Its own module
// because both the loader (which finds them) and the meta record (whose snapshot reference
// carries them from one unlock to the next) need it.

/** Why a stored record could not be loaded. */
export const UNREADABLE_REASONS = [
  /** Failed authentication: altered, moved to another id/type, or swapped with another envelope. */
  'tampered',
  /** Decrypted, but does not match its schema (or its id differs from the envelope's). */
  'invalid',
  /** A type this build does not know (written by a newer Zorgtafel?). Kept on disk untouched. */
  'unknown-type',
  /** Stored at a version newer than this build knows. Kept on disk untouched. */
  'newer-version',
  /** A migration step failed or is missing. */
  'migration-failed',
] as const;
export type UnreadableReason = (typeof UNREADABLE_REASONS)[number];

/** A record left out of the working set. Ids and types only: they are not personal. */
export interface UnreadableRecord {
  readonly id: string;
  readonly type: string;
  readonly reason: UnreadableReason;
}
