// Runs in: renderer.
//
// Applies the care route's status move (shared/domain/caseRoute.ts) after a save that moved
// a case along it: the agenda save and the referral updates call this once their own record
// is stored. It reads the case as saved now and stores the case with its status entry, so the
// chronology shows the change and its cause. Nothing happens when the status stays.
import { followRoute, type RouteEvent } from '../../../shared/domain/caseRoute';
import { isReferralInProgress } from '../../../shared/referrals/lifecycle';
import type { AppSession } from '../security/VaultProvider';
import { newRecordId } from '../vault';

/** True when another referral of the case than `exceptId` is still under way. */
export function otherReferralInProgress(
  session: AppSession,
  caseId: string,
  exceptId: string,
): boolean {
  return session.records
    .list('case.referral')
    .some((r) => r.caseId === caseId && r.id !== exceptId && isReferralInProgress(r.status));
}

/** Moves the case along the route after `event`, storing the case and its status entry. */
export async function applyRouteEvent(
  session: AppSession,
  caseId: string,
  event: RouteEvent,
): Promise<void> {
  const current = session.records.get('case', caseId);
  if (current === undefined) return;
  const moved = followRoute(current, event, {
    now: new Date().toISOString(),
    author: session.profile.userName,
  });
  if (moved === undefined) return;
  await session.records.put('case', moved.case);
  await session.records.put('case.entry', { ...moved.entry, id: newRecordId() });
}
