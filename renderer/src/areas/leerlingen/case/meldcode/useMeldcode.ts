// Runs in: renderer.
//
// The meldcode tracks of a case, kept current from the vault, and a way to write the next
// version of one. Like the actieplan, every edit is computed from the track as it is in the
// vault at that moment, and refused edits come back as the domain's problem code.
import { useCallback, useMemo } from 'react';
import type { MeldcodeProblem, MeldcodeTrack } from '../../../../../../shared/meldcode/meldcode';
import type { Result } from '../../../../../../shared/result';
import { useRecordList } from '../../../../records/useRecords';
import type { AppSession } from '../../../../security/VaultProvider';

export type TrackEdit = (
  current: MeldcodeTrack | undefined,
  now: string,
) => Result<MeldcodeTrack, MeldcodeProblem>;

/** Thrown when the domain refuses an edit; carries the problem for the dialog to explain. */
export class MeldcodeRefused extends Error {
  constructor(readonly problem: MeldcodeProblem) {
    super(problem.code);
    this.name = 'MeldcodeRefused';
  }
}

/** Applies `edit` to the stored track `id` (undefined when it does not exist yet) and saves it. */
export async function writeTrack(
  session: AppSession,
  id: string,
  edit: TrackEdit,
): Promise<MeldcodeTrack> {
  const result = edit(session.records.get('case.meldcode', id), new Date().toISOString());
  if (!result.ok) throw new MeldcodeRefused(result.error);
  return session.records.put('case.meldcode', result.value);
}

/** The case's tracks, newest first. */
export function useMeldcodeTracks(
  session: AppSession,
  caseId: string,
): {
  readonly tracks: readonly MeldcodeTrack[];
  readonly write: (id: string, edit: TrackEdit) => Promise<MeldcodeTrack>;
} {
  const all = useRecordList(session, 'case.meldcode');
  const tracks = useMemo(
    () =>
      all.filter((t) => t.caseId === caseId).sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    [all, caseId],
  );
  const write = useCallback(
    (id: string, edit: TrackEdit) => writeTrack(session, id, edit),
    [session],
  );
  return { tracks, write };
}
