// Runs in: renderer.
//
// The one save path (docs/architecture.md, "How to add a dialog"): show that it is busy, and
// when the write fails keep the dialog open (with what the user typed) and say so, so they can
// try again. The dialog stays in charge of validation and of closing on success (inside
// `work`). A second attempt while one runs is ignored, so a double click saves once.
import { useCallback, useRef, useState } from 'react';

/**
 * How an attempt ended. 'ignored' is a second attempt while one ran: a screen that does more
 * on a failure than show `failed` (release a claim, say which way failed) must not do it then.
 */
export type AttemptOutcome = 'saved' | 'failed' | 'ignored';

export interface SaveAttempt {
  readonly busy: boolean;
  readonly failed: boolean;
  /** What the failed attempt threw (undefined after fail() or when nothing failed). */
  readonly error: unknown;
  /** Runs `work`; a thrown error ends as `failed`, never as an unhandled rejection. */
  readonly attempt: (work: () => Promise<void>) => Promise<AttemptOutcome>;
  /** Marks a failure found before writing (e.g. a schema check). */
  readonly fail: () => void;
  /** Forgets a failure, e.g. when the dialog closes or the user changes what failed. */
  readonly reset: () => void;
}

export function useSaveAttempt(): SaveAttempt {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ readonly error: unknown } | null>(null);
  const running = useRef(false);
  const attempt = useCallback(async (work: () => Promise<void>): Promise<AttemptOutcome> => {
    if (running.current) return 'ignored';
    running.current = true;
    setBusy(true);
    setFailure(null);
    try {
      await work();
      return 'saved';
    } catch (error) {
      setFailure({ error });
      return 'failed';
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  const fail = useCallback(() => setFailure({ error: undefined }), []);
  const reset = useCallback(() => setFailure(null), []);
  return { busy, failed: failure !== null, error: failure?.error, attempt, fail, reset };
}
