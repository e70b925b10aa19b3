// Runs in: renderer.
//
// The run state of one meeting (shared/meetings/runState.ts): which item is on screen, which
// field has focus, the timers, half-typed entry rows. Updated locally at once and autosaved
// like the minutes, so a reload, a lock or a crash brings the user back to the same place.
// Typing in an entry row goes through `edit`: stored at once, on screen once typing pauses.
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import { localTimestamp } from '../../../../../shared/domain/dates';
import { runStateIdFor, type MeetingRunState } from '../../../../../shared/meetings/runState';
import type { AppSession } from '../../../security/VaultProvider';
import { createDraftEditor } from './draftEditor';
import { nextRunState, type RunStateChange } from '../../../../../shared/meetings/meetingChanges';
import { realTimers, type SaveStatus } from '../../../app/autosave/saveQueue';
import { AUTOSAVE_DELAY_MS, useSaveQueue } from '../../../app/autosave/useSaveQueue';

export interface RunStateHandle {
  /** The state as it was stored when the screen opened (to tell a resume from a fresh start). */
  readonly initial: MeetingRunState | undefined;
  readonly state: MeetingRunState | undefined;
  readonly status: SaveStatus;
  /** Applies `change` to the latest state (or to undefined when none exists yet) and shows it. */
  readonly update: (change: RunStateChange) => void;
  /** Like update, but the screen shows it once typing pauses (entry rows keep their own text). */
  readonly edit: (change: RunStateChange) => void;
  readonly flush: () => Promise<void>;
}

/** The stored run state of a meeting, if any. */
export function storedRunState(
  session: AppSession,
  meetingId: string,
): MeetingRunState | undefined {
  return session.records.get('meeting.run-state', runStateIdFor(meetingId));
}

export type { RunStateChange };

export function useRunState(session: AppSession, meetingId: string): RunStateHandle {
  const [initial] = useState(() => storedRunState(session, meetingId));
  const [state, setState] = useState<MeetingRunState | undefined>(initial);
  const save = useCallback(
    async (value: MeetingRunState): Promise<void> => {
      await session.records.put('meeting.run-state', value, { autosave: true });
    },
    [session],
  );
  const { queue, status } = useSaveQueue(save);
  const editor = useMemo(
    () =>
      createDraftEditor<MeetingRunState, RunStateChange, undefined>({
        initial,
        change: (current, change) => ({
          next: nextRunState(current, change, localTimestamp()),
          result: undefined,
        }),
        onChanged: (value) => queue.push(value),
        // After a typing pause the screen catches up as a transition: a keystroke can interrupt it.
        onShow: (value, later) =>
          later ? startTransition(() => setState(value)) : setState(value),
        showDelayMs: AUTOSAVE_DELAY_MS,
        timers: realTimers,
        // A run state change is always a function of the state: never a change-computing function.
        isChangeFunction: (
          _change,
        ): _change is (latest: MeetingRunState) => RunStateChange | undefined => false,
      }),
    [queue, initial],
  );
  useEffect(() => () => editor.dispose(), [editor]);

  const update = useCallback((change: RunStateChange): void => void editor.apply(change), [editor]);
  const edit = useCallback((change: RunStateChange): void => void editor.edit(change), [editor]);
  const flush = useCallback(() => {
    editor.sync();
    return queue.flush().catch(() => undefined);
  }, [queue, editor]);
  return { initial, state, status, update, edit, flush };
}
