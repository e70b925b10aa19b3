// Runs in: renderer.
//
// The save step every record dialog repeats: show that it is busy, and when the write fails
// keep the dialog open (with what the user typed) and say so, so they can try again. The
// dialog stays in charge of validation and of closing on success (inside `work`).
import { useCallback, useState } from 'react';

export interface SaveAttempt {
  readonly busy: boolean;
  readonly failed: boolean;
  /** Runs `work`; a thrown error ends as `failed`, never as an unhandled rejection. */
  readonly attempt: (work: () => Promise<void>) => Promise<void>;
  /** Marks a failure found before writing (e.g. a schema check). */
  readonly fail: () => void;
}

export function useSaveAttempt(): SaveAttempt {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const attempt = useCallback(async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setFailed(false);
    try {
      await work();
    } catch {
      setFailed(true);
      setBusy(false);
    }
  }, []);
  const fail = useCallback(() => setFailed(true), []);
  return { busy, failed, attempt, fail };
}
