// Runs in: renderer.
//
// Deleting a zorgdossier for real at the end of its retention term (brief §9). What goes is
// derived from the record registry, not listed by hand: the case and every record whose
// `parentOf` chain leads to it (entries, working notes, involvements, consents, actieplan,
// referrals with their feedback, and any type added later that declares its parent). The
// meetings that discussed the case stay, with the case's agenda items erased to a pseudonym
// (shared/meetings/erase.ts) and their unsaved meeting-mode entry rows dropped. The deleted
// records leave the working set and search index at once, and a new working-set snapshot
// is written before the deletion reports done, so the old plaintext is not left in the
// encrypted snapshot packs. The audit trail keeps one 'record.delete' entry per record (type
// and id, no content) and a 'retention.delete' entry with the count.
import type { Meeting } from '../../../shared/meetings/meeting';
import { eraseCaseFromMeeting, itemsOfCase } from '../../../shared/meetings/erase';
import { runStateIdFor } from '../../../shared/meetings/runState';
import { APP_RECORD_REGISTRY, APP_RECORD_TYPES } from '../../../shared/records/catalog';
import {
  parentedRecords,
  recordsUnder,
  type ParentedRef,
  type RecordRef,
} from '../../../shared/records/descendants';
import type { AppSession } from '../security/VaultProvider';
import { newRecordId } from '../vault';

export interface TypeCount {
  readonly type: string;
  readonly count: number;
}

export interface CaseDeletionPlan {
  /** Every record that goes: the case's descendants deepest first, the case last. */
  readonly records: readonly RecordRef[];
  /** How many records of each type go, in registry order. */
  readonly counts: readonly TypeCount[];
  /** Meetings that stay, with how many of their agenda items are about the case. */
  readonly meetings: readonly { readonly id: string; readonly items: number }[];
}

/** The plan for deleting `caseId`, from every parented record and the meetings (pure, for tests). */
export function planCaseDeletion(
  caseId: string,
  parented: readonly ParentedRef[],
  meetings: readonly Meeting[],
): CaseDeletionPlan {
  const records = [...recordsUnder(caseId, parented), { type: 'case', id: caseId }];
  const counts = APP_RECORD_TYPES.map((def) => ({
    type: def.type,
    count: records.filter((r) => r.type === def.type).length,
  })).filter((c) => c.count > 0);
  const touched = meetings.flatMap((m) => {
    const items = itemsOfCase(m, caseId).length;
    return items === 0 ? [] : [{ id: m.id, items }];
  });
  return { records, counts, meetings: touched };
}

/** What deleting the case in `session` would remove and change. */
export function caseDeletionPlan(session: AppSession, caseId: string): CaseDeletionPlan {
  const parented = parentedRecords(APP_RECORD_TYPES, (type) =>
    APP_RECORD_REGISTRY.has(type) ? session.records.list(type) : [],
  );
  return planCaseDeletion(caseId, parented, session.records.list('meeting'));
}

/** The audit detail of a retention deletion: only the number of records. */
export function retentionAuditDetail(recordCount: number): string {
  return `records=${recordCount}`;
}

/** Erases the case from the meetings that discussed it (and their meeting-mode drafts). */
async function eraseFromMeetings(
  session: AppSession,
  caseId: string,
  plan: CaseDeletionPlan,
): Promise<void> {
  const target = session.records.get('case', caseId);
  const pupil = target === undefined ? undefined : session.records.get('pupil', target.pupilId);
  const now = new Date().toISOString();
  for (const { id } of plan.meetings) {
    const meeting = session.records.get('meeting', id);
    if (meeting === undefined) continue;
    const itemIds = new Set(itemsOfCase(meeting, caseId));
    await session.records.put(
      'meeting',
      eraseCaseFromMeeting(meeting, caseId, newRecordId, now, pupil),
    );
    const run = session.records.get('meeting.run-state', runStateIdFor(id));
    if (run?.entryDrafts !== undefined) {
      const entryDrafts = Object.fromEntries(
        Object.entries(run.entryDrafts).filter(([itemId]) => !itemIds.has(itemId)),
      );
      await session.records.put('meeting.run-state', { ...run, entryDrafts, updatedAt: now });
    }
  }
}

/** Deletes the case and all its records, erases it from meetings, rewrites the snapshot; returns the number deleted. */
export async function deleteCaseForReal(session: AppSession, caseId: string): Promise<number> {
  const plan = caseDeletionPlan(session, caseId);
  await eraseFromMeetings(session, caseId, plan);
  await session.records.deleteMany(plan.records);
  await session.audit.append('retention.delete', {
    recordType: 'case',
    detail: retentionAuditDetail(plan.records.length),
  });
  // The snapshot packs still hold the deleted records until a new snapshot replaces them;
  // the deletes made one due, and this writes it now instead of after five quiet seconds.
  await session.whenBackgroundWorkDone();
  return plan.records.length;
}
