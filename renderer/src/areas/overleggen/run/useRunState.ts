// Runs in: renderer.
//
// The run state of one meeting (shared/meetings/runState.ts): which item is on screen, which
// field has focus, the timers. Updated locally at once and autosaved like the minutes, so a
// reload, a lock or a crash brings the user back to the same place.
import { useCallback, useRef, useState } from 'react';
import { meetingRunStateSchema, runStateIdFor, type MeetingRunState } from '../../../../../shared/meetings/runState';
import type { AppSession } from '../../../security/VaultProvider';
import { localTimestamp } from './clock';
import type { SaveStatus } from './saveQueue';
import { useSaveQueue } from './useSaveQueue';

export interface RunStateHandle {
  /** The state as it was stored when the screen opened (to tell a resume from a fresh start). */
  readonly initial: MeetingRunState | undefined;
  readonly state: MeetingRunState | undefined;
  readonly status: SaveStatus;
  /** Applies `change` to the latest state (or to undefined when none exists yet). */
  readonly update: (change: (state: MeetingRunState | undefined, now: string) => MeetingRunState) => void;
  readonly flush: () => Promise<void>;
}

/** The stored run state of a meeting, if any. */
export function storedRunState(session: AppSession, meetingId: string): MeetingRunState | undefined {
  return session.records.get('meeting.run-state', runStateIdFor(meetingId));
}

export function useRunState(session: AppSession, meetingId: string): RunStateHandle {
  const [initial] = useState(() => storedRunState(session, meetingId));
  const [state, setState] = useState<MeetingRunState | undefined>(initial);
  const latest = useRef<MeetingRunState | undefined>(initial);
  const save = useCallback(async (value: MeetingRunState): Promise<void> => {
    await session.records.put('meeting.run-state', value, { autosave: true });
  }, [session]);
  const { queue, status } = useSaveQueue(save);

  const update = useCallback(
    (change: (state: MeetingRunState | undefined, now: string) => MeetingRunState): void => {
      const next = change(latest.current, localTimestamp());
      if (next === latest.current) return;
      if (!meetingRunStateSchema.safeParse(next).success) return;
      latest.current = next;
      setState(next);
      queue.push(next);
    },
    [queue],
  );

  const flush = useCallback(() => queue.flush().catch(() => undefined), [queue]);
  return { initial, state, status, update, flush };
}
