// Runs in: any environment.
//
// One error type for everything in shared/crypto and shared/audit, with a stable code the UI
// maps to a Dutch or English message. Messages are English developer text and never contain
// a passphrase, recovery code, key or record content: they may end up in a bug report.
import { errorInfo, type ErrorInfo } from '../result';

/** Every failure the crypto core can report. Codes are stable: the UI and tests depend on them. */
export const CRYPTO_ERROR_CODES = [
  /** A record envelope failed authentication: altered ciphertext, IV, id, type or version, or the wrong key. */
  'envelope.tampered',
  /** A record envelope or its metadata is malformed (bad id/type/version, wrong IV length, not JSON). */
  'envelope.invalid',
  /** The passphrase, recovery code or keystore secret does not open this key slot. */
  'keyslot.wrong-secret',
  /** A key slot is malformed, or was given the wrong kind of secret. */
  'keyslot.invalid',
  /** Argon2id parameters are below the enforced floor (protects against a weakened vault header). */
  'kdf.params-too-weak',
  /** Argon2id parameters are malformed or absurdly large. */
  'kdf.params-invalid',
  /** The file does not start with the backup magic bytes. */
  'backup.not-a-backup',
  /** The backup was written in a format version this build cannot read. */
  'backup.unsupported-version',
  /** The backup file is shorter than its own length fields say. */
  'backup.truncated',
  /** The backup file was altered or damaged (checksum or authentication failure, extra bytes). */
  'backup.tampered',
  /** The passphrase or recovery code does not open any key slot in the backup. */
  'backup.wrong-secret',
  /** The backup is intact but its header or payload does not have the expected shape. */
  'backup.invalid-content',
  /** Base64, hex or UTF-8 input is not well formed. */
  'encoding.invalid',
  /** A recovery code has the wrong length or contains characters outside the alphabet. */
  'recovery.invalid-format',
  /** A recovery code is well formed but its check character does not match (a typo). */
  'recovery.checksum',
  /** An audit entry or audit input does not match the schema. */
  'audit.invalid',
  /** This environment offers no WebCrypto (globalThis.crypto.subtle). */
  'crypto.unavailable',
] as const;

/** A stable machine-readable code for a crypto failure. */
export type CryptoErrorCode = (typeof CRYPTO_ERROR_CODES)[number];

/** The single error class thrown by the crypto core. Check `code`, not the message. */
export class CryptoError extends Error {
  /** Stable code the UI translates. */
  readonly code: CryptoErrorCode;

  constructor(code: CryptoErrorCode, message: string) {
    super(message);
    this.name = 'CryptoError';
    this.code = code;
  }
}

/** True when `error` is a CryptoError (optionally with the given code). */
export function isCryptoError(error: unknown, code?: CryptoErrorCode): error is CryptoError {
  return error instanceof CryptoError && (code === undefined || error.code === code);
}

/** Converts a CryptoError into the ErrorInfo shape used by Result and the IPC contract. */
export function cryptoErrorInfo(error: CryptoError): ErrorInfo {
  return errorInfo(error.code, error.message);
}
