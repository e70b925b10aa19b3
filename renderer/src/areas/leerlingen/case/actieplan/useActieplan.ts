// Runs in: renderer.
//
// The case's one plan, kept current from the vault, and a way to write the next version of it.
// Every edit is computed from the plan as it is in the vault at that moment (not from what the
// screen rendered), so an action that landed from a meeting meanwhile is never overwritten.
import { useCallback } from 'react';
import { actieplanIdFor, type Actieplan } from '../../../../../../shared/meetings/actieplan';
import type { Result } from '../../../../../../shared/result';
import { useRecord } from '../../../../records/useRecords';
import type { AppSession } from '../../../../security/VaultProvider';

export type PlanEdit<E> = (current: Actieplan | undefined, now: string) => Result<Actieplan, E>;

/** Applies `edit` to the stored plan and saves it; throws when the edit is refused or saving fails. */
export async function writePlan<E>(
  session: AppSession,
  caseId: string,
  edit: PlanEdit<E>,
): Promise<Actieplan> {
  const now = new Date().toISOString();
  const result = edit(session.records.get('case.actieplan', actieplanIdFor(caseId)), now);
  if (!result.ok) throw new Error('actieplan edit refused');
  await session.records.put('case.actieplan', result.value);
  return result.value;
}

export function useActieplan(
  session: AppSession,
  caseId: string,
): {
  readonly plan: Actieplan | undefined;
  readonly write: <E>(edit: PlanEdit<E>) => Promise<Actieplan>;
} {
  const plan = useRecord(session, 'case.actieplan', actieplanIdFor(caseId));
  const write = useCallback(
    <E>(edit: PlanEdit<E>) => writePlan(session, caseId, edit),
    [session, caseId],
  );
  return { plan, write };
}
