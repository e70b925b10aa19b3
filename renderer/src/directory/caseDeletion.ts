// Runs in: renderer.
//
// Deleting a zorgdossier for real at the end of its retention term (brief §9): the case and
// every record that hangs on it go, and the audit trail keeps only that a deletion happened
// and how many records it took, never a name.
import type { AppSession } from '../security/VaultProvider';

/** The record types that belong to one case, deleted before the case itself. */
export const CASE_CHILD_TYPES = ['case.entry', 'case.working-note', 'case.involvement', 'case.consent', 'text.draft'] as const;
export type CaseChildType = (typeof CASE_CHILD_TYPES)[number];

export interface CaseRecordRef {
  readonly type: CaseChildType | 'case';
  readonly id: string;
}

/** Every record of the case, children first and the case last (pure, for tests). */
export function caseRecordRefs(caseId: string, children: Readonly<Record<CaseChildType, readonly { readonly id: string; readonly caseId: string }[]>>): CaseRecordRef[] {
  const refs: CaseRecordRef[] = [];
  for (const type of CASE_CHILD_TYPES) {
    for (const record of children[type]) if (record.caseId === caseId) refs.push({ type, id: record.id });
  }
  refs.push({ type: 'case', id: caseId });
  return refs;
}

/** What deleting the case in `session` would remove. */
export function caseRecordsIn(session: AppSession, caseId: string): CaseRecordRef[] {
  return caseRecordRefs(caseId, {
    'case.entry': session.records.list('case.entry'),
    'case.working-note': session.records.list('case.working-note'),
    'case.involvement': session.records.list('case.involvement'),
    'case.consent': session.records.list('case.consent'),
    'text.draft': session.records.list('text.draft'),
  });
}

/** The audit detail of a retention deletion: only the number of records. */
export function retentionAuditDetail(recordCount: number): string {
  return `records=${recordCount}`;
}

/** Deletes the case and all its records, then appends the 'retention.delete' audit entry. */
export async function deleteCaseForReal(session: AppSession, caseId: string): Promise<number> {
  const refs = caseRecordsIn(session, caseId);
  for (const ref of refs) {
    if (session.records.get(ref.type, ref.id) !== undefined) await session.records.delete(ref.type, ref.id);
  }
  await session.audit.append('retention.delete', { recordType: 'case', detail: retentionAuditDetail(refs.length) });
  return refs.length;
}
