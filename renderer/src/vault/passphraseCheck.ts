// Runs in: renderer.
//
// The vault refuses a new passphrase that fails the shared passphrase policy, whatever the
// screen in front of it did. The policy module carries megabytes of dictionaries, so it is
// loaded on first use only (a dynamic import Vite splits into its own chunk).
import { VaultError } from './errors';

/** Throws VaultError 'passphrase.too-weak' (with the policy's problem codes) unless acceptable. */
export async function assertAcceptablePassphrase(
  passphrase: string,
  userInputs: readonly string[],
): Promise<void> {
  const { evaluatePassphrase } = await import('../../../shared/vault/passphrasePolicy');
  const verdict = evaluatePassphrase(passphrase, userInputs);
  if (!verdict.acceptable) {
    throw new VaultError(
      'passphrase.too-weak',
      'The new passphrase does not meet the vault minimum.',
      verdict.problems,
    );
  }
}
