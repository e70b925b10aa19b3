// Runs in: renderer.
//
// The save step of the referral dialogs, on the one save path (useSaveAttempt): the caller's
// save resolves with a problem text when the referral rules refused the step (shown as is) or
// null when it was written; a thrown error shows `failedText`.
import { useState } from 'react';
import { useSaveAttempt } from '../components/useSaveAttempt';

export type ReferralSave<T> = (value: T) => Promise<string | null>;

export function useReferralSave<T>(onSave: ReferralSave<T>, failedText: string) {
  const { busy, failed, attempt } = useSaveAttempt();
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (value: T): void => {
    setProblem(null);
    void attempt(async () => setProblem(await onSave(value)));
  };
  return { busy, failure: problem ?? (failed ? failedText : null), submit };
}
