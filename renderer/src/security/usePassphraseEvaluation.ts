// Runs in: renderer.
//
// Judges a new passphrase as the user types. The policy module carries zxcvbn's Dutch and
// English dictionaries (several MB), so it is loaded on first use, in its own chunk.
import { useEffect, useState } from 'react';
import type {
  evaluatePassphrase,
  PassphraseEvaluation,
} from '../../../shared/vault/passphrasePolicy';

interface PolicyModule {
  readonly evaluatePassphrase: typeof evaluatePassphrase;
}
let policy: Promise<PolicyModule> | null = null;

/** The evaluation of `passphrase`, or null while the dictionaries load or the field is empty. */
export function usePassphraseEvaluation(
  passphrase: string,
  userInputs: readonly string[],
): PassphraseEvaluation | null {
  const [result, setResult] = useState<{
    readonly input: string;
    readonly evaluation: PassphraseEvaluation;
  } | null>(null);
  const inputsKey = userInputs.join('\u0000');
  useEffect(() => {
    if (passphrase === '') return undefined;
    let current = true;
    policy ??= import('../../../shared/vault/passphrasePolicy');
    void policy.then((module) => {
      if (current)
        setResult({
          input: passphrase,
          evaluation: module.evaluatePassphrase(passphrase, inputsKey.split('\u0000')),
        });
    });
    return () => {
      current = false;
    };
  }, [passphrase, inputsKey]);
  return result !== null && result.input === passphrase ? result.evaluation : null;
}
