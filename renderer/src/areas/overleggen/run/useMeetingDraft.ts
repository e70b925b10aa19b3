// Runs in: renderer.
//
// The meeting as meeting mode and afronden edit it: a local draft that every change updates
// at once (through editMinutes, so the domain rules hold for each keystroke) and that the
// autosave queue writes to the vault. Changes stored by someone else are taken over only
// while nothing local waits to be written, so typed text is never overwritten.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Meeting } from '../../../../../shared/meetings/meeting';
import { editMinutes, type MinutesChange } from '../../../../../shared/meetings/minutes';
import type { MeetingProblem } from '../../../../../shared/meetings/problems';
import type { Result } from '../../../../../shared/result';
import type { AppSession } from '../../../security/VaultProvider';
import { localTimestamp } from './clock';
import type { SaveStatus } from './saveQueue';
import { useSaveQueue } from './useSaveQueue';

export interface MeetingDraft {
  readonly meeting: Meeting | undefined;
  readonly status: SaveStatus;
  /** Applies one change; refused changes leave the draft as it was. */
  readonly apply: (change: MinutesChange) => Result<Meeting, MeetingProblem> | undefined;
  /** Replaces the draft (status change, approval, addendum) and writes it at once. */
  readonly commit: (next: Meeting) => Promise<void>;
  /** Writes whatever waits now (item switch, field blur). */
  readonly flush: () => Promise<void>;
}

export function useMeetingDraft(session: AppSession, meetingId: string): MeetingDraft {
  const [meeting, setMeeting] = useState<Meeting | undefined>(() => session.records.get('meeting', meetingId));
  const latest = useRef<Meeting | undefined>(meeting);
  const save = useCallback(async (value: Meeting): Promise<void> => {
    await session.records.put('meeting', value, { autosave: true });
  }, [session]);
  const { queue, status } = useSaveQueue(save);

  useEffect(
    () =>
      session.records.subscribe((changes) => {
        if (!changes.some((c) => c.type === 'meeting' && c.id === meetingId)) return;
        if (queue.status() !== 'saved') return;
        const stored = session.records.get('meeting', meetingId);
        if (stored?.updatedAt === latest.current?.updatedAt && stored?.status === latest.current?.status) return;
        latest.current = stored;
        setMeeting(stored);
      }),
    [session, meetingId, queue],
  );

  const apply = useCallback(
    (change: MinutesChange): Result<Meeting, MeetingProblem> | undefined => {
      const current = latest.current;
      if (current === undefined) return undefined;
      const result = editMinutes(current, change, localTimestamp());
      if (result.ok) {
        latest.current = result.value;
        setMeeting(result.value);
        queue.push(result.value);
      }
      return result;
    },
    [queue],
  );

  const commit = useCallback(
    async (next: Meeting): Promise<void> => {
      latest.current = next;
      setMeeting(next);
      queue.push(next);
      await queue.flush();
    },
    [queue],
  );

  const flush = useCallback(() => queue.flush().catch(() => undefined), [queue]);

  return { meeting, status, apply, commit, flush };
}
