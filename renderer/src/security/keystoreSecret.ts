// Runs in: renderer.
//
// "Remember on this computer": the vault's keystore slot opens with a random 32-byte secret
// that is stored here only after the OS keystore (Electron safeStorage: DPAPI on Windows,
// Keychain on macOS, libsecret on Linux) has encrypted it. What lies in localStorage is thus
// ciphertext that only this OS account can decrypt; it holds nothing personal.
import { fromBase64, toBase64 } from '../../../shared/crypto/bytes';

const STORAGE_KEY = 'zorgtafel.keystore-secret';

/** The keystore-encrypted secret, or null when "remember" is off on this computer. */
export function readKeystoreSecret(): Uint8Array | null {
  const stored = globalThis.localStorage.getItem(STORAGE_KEY);
  if (stored === null) return null;
  try {
    return fromBase64(stored);
  } catch {
    forgetKeystoreSecret();
    return null;
  }
}

export function storeKeystoreSecret(ciphertext: Uint8Array): void {
  globalThis.localStorage.setItem(STORAGE_KEY, toBase64(ciphertext));
}

export function forgetKeystoreSecret(): void {
  globalThis.localStorage.removeItem(STORAGE_KEY);
}
