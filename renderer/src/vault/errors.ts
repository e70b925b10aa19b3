// Runs in: renderer.
//
// The vault's failure vocabulary. Every failure the UI can meet has a stable code that it
// maps to a Dutch (or English) message; messages here are English developer text and never
// contain passphrases, recovery codes, keys or record content.
import type { ErrorInfo } from '../../../shared/result';

/** Codes thrown as VaultError by session and service methods. */
export const VAULT_ERROR_CODES = [
  /** The session was locked; unlock again. */
  'vault.locked',
  /** There is no vault in this database (first run, or after deletion). */
  'vault.not-found',
  /** createVault was called but a vault already exists. */
  'vault.already-exists',
  /** The vault's own bookkeeping (header, meta or profile record) is damaged or was altered: restore a backup. */
  'vault.damaged',
  /** The database was written by a newer Zorgtafel (unknown header format). */
  'vault.newer-format',
  /** The current passphrase given for a security change is wrong. */
  'passphrase.wrong',
  /** The new passphrase does not meet the minimum (see `problems` on the error). */
  'passphrase.too-weak',
  /** completeRecovery was called on a session that was not opened with the recovery code. */
  'session.not-in-recovery',
  /** No record type with this name is registered. */
  'record.unknown-type',
  /** The record does not match its type's schema. */
  'record.invalid',
  /** The record id is not a record id (random token or fixed name). */
  'record.invalid-id',
  /** The id is already used by a record of another type. */
  'record.id-conflict',
  /** No record with this type and id. */
  'record.not-found',
  /** The record may not be deleted (the profile). */
  'record.protected',
  /** session.audit.append was given an action only the vault itself records. */
  'audit.action-not-allowed',
  /** A backup was refused: records are missing, damaged, older or unknown (see the integrity report). */
  'backup.integrity',
] as const;
export type VaultErrorCode = (typeof VAULT_ERROR_CODES)[number];

export class VaultError extends Error {
  readonly code: VaultErrorCode;
  /** For 'passphrase.too-weak': the policy's problem codes (shared/vault/passphrasePolicy.ts). */
  readonly problems: readonly string[];

  constructor(code: VaultErrorCode, message: string, problems: readonly string[] = []) {
    super(message);
    this.name = 'VaultError';
    this.code = code;
    this.problems = problems;
  }
}

export function isVaultError(error: unknown, code?: VaultErrorCode): error is VaultError {
  return error instanceof VaultError && (code === undefined || error.code === code);
}

/** Codes an unlock attempt can fail with (returned, not thrown). */
export type UnlockErrorCode =
  /** The passphrase, recovery code or keystore secret does not open the vault. */
  | 'unlock.wrong-secret'
  /** Too many wrong attempts: wait `retryAfterMs` before trying again. */
  | 'unlock.throttled'
  /** The vault has no "remember on this computer" slot (it was disabled or restored over). */
  | 'unlock.no-keystore-slot'
  /** The typed recovery code has the wrong length or characters. */
  | 'recovery.invalid-format'
  /** The typed recovery code has a typo (its check character does not match). */
  | 'recovery.checksum'
  | 'vault.not-found'
  | 'vault.damaged'
  | 'vault.newer-format';

export interface UnlockError extends ErrorInfo {
  readonly code: UnlockErrorCode;
  /** Milliseconds until the next attempt is accepted (0: at once). Set for wrong-secret and throttled. */
  readonly retryAfterMs: number;
}

/** Codes a restore can fail with (returned, not thrown). Backup codes come from shared/crypto/backup.ts. */
export type RestoreErrorCode =
  | 'backup.not-a-backup'
  | 'backup.unsupported-version'
  | 'backup.truncated'
  | 'backup.tampered'
  | 'backup.wrong-secret'
  | 'backup.invalid-content'
  /** The backup holds record types or versions this build cannot read: update Zorgtafel first. */
  | 'backup.from-newer-app'
  /** The audit trail inside the backup does not verify (edited, reordered, missing or cut short). */
  | 'backup.audit-invalid'
  /** A vault exists here and no session of it is open: its own passphrase or recovery code is needed to replace it. */
  | 'restore.current-secret-needed'
  /** The secret given for the vault on this computer does not open it (counts as a failed unlock). */
  | 'restore.current-secret-wrong'
  | 'recovery.invalid-format'
  | 'recovery.checksum';

export interface RestoreError extends ErrorInfo {
  readonly code: RestoreErrorCode;
}
