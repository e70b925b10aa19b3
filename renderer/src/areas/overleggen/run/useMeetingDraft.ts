// Runs in: renderer.
//
// The meeting as meeting mode and afronden edit it: a local draft that every change updates
// at once (through editMinutes, so the domain rules hold for each keystroke) and that the
// autosave queue writes to the vault. Typing goes through `edit`: the draft and the autosave
// take it at once, but the screen (agenda, other editors) catches up only once typing pauses,
// so a keystroke re-renders just the field typed in (draftEditor.ts). Changes stored by
// someone else are taken over only while nothing local waits to be written, so typed text is
// never overwritten.
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import { localTimestamp } from '../../../../../shared/domain/dates';
import type { Meeting } from '../../../../../shared/meetings/meeting';
import type { MinutesChange } from '../../../../../shared/meetings/minutes';
import type { MeetingProblem } from '../../../../../shared/meetings/problems';
import type { Result } from '../../../../../shared/result';
import type { AppSession } from '../../../security/VaultProvider';
import { createDraftEditor, type DraftChange } from './draftEditor';
import { applyMinutesChange } from '../../../../../shared/meetings/meetingChanges';
import { realTimers, type SaveStatus } from '../../../app/autosave/saveQueue';
import { AUTOSAVE_DELAY_MS, useSaveQueue } from '../../../app/autosave/useSaveQueue';

/** A minutes change, or one computed from the latest meeting (so a row is never written back stale). */
export type MeetingChange = DraftChange<Meeting, MinutesChange>;

/** Applies a minutes change (or one computed from the latest meeting); the item editors take it as a prop. */
export type ApplyChange = (change: MeetingChange) => Result<unknown, MeetingProblem> | undefined;

export type ApplyMeetingChange = (
  change: MeetingChange,
) => Result<Meeting, MeetingProblem> | undefined;

export interface MeetingDraft {
  readonly meeting: Meeting | undefined;
  readonly status: SaveStatus;
  /** Applies one change and shows it; refused changes leave the draft as it was. */
  readonly apply: ApplyMeetingChange;
  /** Applies one typed change; the rest of the screen shows it once typing pauses. */
  readonly edit: ApplyMeetingChange;
  /** Replaces the draft (status change, approval, addendum) and writes it at once. */
  readonly commit: (next: Meeting) => Promise<void>;
  /** Writes whatever waits now (item switch, field blur) and brings the screen up to date. */
  readonly flush: () => Promise<void>;
}

export function useMeetingDraft(session: AppSession, meetingId: string): MeetingDraft {
  const [meeting, setMeeting] = useState<Meeting | undefined>(() =>
    session.records.get('meeting', meetingId),
  );
  const save = useCallback(
    async (value: Meeting): Promise<void> => {
      await session.records.put('meeting', value, { autosave: true });
    },
    [session],
  );
  const { queue, status } = useSaveQueue(save);
  // The editor lives as long as the queue; its first value is the meeting on screen then.
  const [initial] = useState(meeting);
  const editor = useMemo(
    () =>
      createDraftEditor<Meeting, MinutesChange, Result<Meeting, MeetingProblem>>({
        initial,
        change: (current, change) => applyMinutesChange(current, change, localTimestamp()),
        onChanged: (value) => queue.push(value),
        // After a typing pause the screen catches up as a transition: a keystroke can interrupt it.
        onShow: (value, later) =>
          later ? startTransition(() => setMeeting(value)) : setMeeting(value),
        showDelayMs: AUTOSAVE_DELAY_MS,
        timers: realTimers,
        isChangeFunction: (change): change is (latest: Meeting) => MinutesChange | undefined =>
          typeof change === 'function',
      }),
    [queue, initial],
  );
  useEffect(() => () => editor.dispose(), [editor]);

  useEffect(
    () =>
      session.records.subscribe((changes) => {
        if (!changes.some((c) => c.type === 'meeting' && c.id === meetingId)) return;
        if (queue.status() !== 'saved' || editor.behind()) return;
        const stored = session.records.get('meeting', meetingId);
        const latest = editor.latest();
        if (stored?.updatedAt === latest?.updatedAt && stored?.status === latest?.status) return;
        editor.replace(stored);
      }),
    [session, meetingId, queue, editor],
  );

  const apply = useCallback<ApplyMeetingChange>((change) => editor.apply(change), [editor]);
  const edit = useCallback<ApplyMeetingChange>((change) => editor.edit(change), [editor]);

  const commit = useCallback(
    async (next: Meeting): Promise<void> => {
      editor.commit(next);
      await queue.flush();
    },
    [queue, editor],
  );

  const flush = useCallback(() => {
    editor.sync();
    return queue.flush().catch(() => undefined);
  }, [queue, editor]);

  return { meeting, status, apply, edit, commit, flush };
}
