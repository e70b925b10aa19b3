// Runs in: Electron main process.
//
// "Remember on this computer": a small secret (a wrapped key slot) is encrypted with the OS
// keystore through Electron's safeStorage (DPAPI on Windows, Keychain on macOS, libsecret or
// KWallet on Linux). On Linux safeStorage silently falls back to `basic_text`, a hard-coded
// key that protects nothing; that backend (and `unknown`) is refused, so the renderer never
// believes a secret is protected when it is not. The async API is used (the sync one is
// deprecated in Electron 45). safeStorage works on strings, so bytes travel as base64.
import type { SafeStorage } from 'electron';
import type { KeystoreStatus } from '../../../shared/ipc/contract';
import { err, errorInfo, ok, type Result } from '../../../shared/result';

export type SafeStorageLike = Pick<
  SafeStorage,
  | 'getSelectedStorageBackend'
  | 'isAsyncEncryptionAvailable'
  | 'encryptStringAsync'
  | 'decryptStringAsync'
>;

export const KEYSTORE_ERROR = {
  unavailable: 'keystore.unavailable',
  failed: 'keystore.failed',
} as const;

/** Linux backends that give real protection; `basic_text` and `unknown` do not. */
const STRONG_LINUX_BACKENDS: ReadonlySet<string> = new Set([
  'gnome_libsecret',
  'kwallet',
  'kwallet5',
  'kwallet6',
]);

export interface Keystore {
  status(): Promise<KeystoreStatus>;
  encrypt(plaintext: Uint8Array): Promise<Result<Uint8Array<ArrayBuffer>>>;
  decrypt(ciphertext: Uint8Array): Promise<Result<Uint8Array<ArrayBuffer>>>;
}

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/** Strict base64 decoding: Buffer.from ignores junk, so the round trip must match. */
function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.toString('base64') !== text) return null;
  return new Uint8Array(bytes);
}

export function createKeystore(safeStorage: SafeStorageLike, platform: NodeJS.Platform): Keystore {
  const status = async (): Promise<KeystoreStatus> => {
    try {
      if (
        platform === 'linux' &&
        !STRONG_LINUX_BACKENDS.has(safeStorage.getSelectedStorageBackend())
      ) {
        return { available: false, reason: 'weak-backend' };
      }
      const available = await safeStorage.isAsyncEncryptionAvailable();
      return available
        ? { available: true, reason: 'ok' }
        : { available: false, reason: 'unsupported' };
    } catch {
      return { available: false, reason: 'unsupported' };
    }
  };

  const unavailable = (s: KeystoreStatus) =>
    err(errorInfo(KEYSTORE_ERROR.unavailable, `the OS keystore cannot be used here (${s.reason})`));

  return {
    status,
    async encrypt(plaintext) {
      const s = await status();
      if (!s.available) return unavailable(s);
      try {
        const encrypted = await safeStorage.encryptStringAsync(toBase64(plaintext));
        return ok(new Uint8Array(encrypted));
      } catch {
        return err(errorInfo(KEYSTORE_ERROR.failed, 'the OS keystore could not encrypt'));
      }
    },
    async decrypt(ciphertext) {
      const s = await status();
      if (!s.available) return unavailable(s);
      try {
        const decrypted = await safeStorage.decryptStringAsync(Buffer.from(ciphertext));
        const bytes = fromBase64(decrypted.result);
        if (bytes === null)
          return err(errorInfo(KEYSTORE_ERROR.failed, 'the OS keystore returned malformed data'));
        return ok(bytes);
      } catch {
        return err(errorInfo(KEYSTORE_ERROR.failed, 'the OS keystore could not decrypt'));
      }
    },
  };
}
