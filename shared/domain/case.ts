// Runs in: any environment.
//
// The zorgdossier (case): one concern about one pupil, from the first signal to closing.
// It holds what the case is about (signal, hulpvraag, leefgebieden), where it stands
// (status) and who leads (the regisseur). Everything that happens is a separate case entry,
// so the chronology can grow without rewriting this record.
import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { defineRecordType } from '../records/registry';
import type { CaseEntryInput } from './caseEntry';
import { canTransition, caseStatusSchema, type CaseStatus } from './caseStatus';
import { compareIsoDates, isoDateSchema, timestampSchema, type IsoDate } from './dates';
import { freeText, recordIdSchema, requiredText } from './fields';
import { leefgebiedIdSchema } from './leefgebieden';

export const signalSchema = z
  .object({
    /** When the concern was raised. */
    date: isoDateSchema,
    /** Who raised it, as free text: "juf Sanne (leerkracht groep 5)", "moeder", "huisarts". */
    raisedBy: requiredText(200),
    description: freeText(4000),
  })
  .strict();
export type Signal = z.infer<typeof signalSchema>;

/** The regisseur: an involved professional of this case, or just a name when not (yet) recorded as one. */
export const regisseurSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('involvement'), involvementId: recordIdSchema }).strict(),
  z.object({ kind: z.literal('name'), name: requiredText(200) }).strict(),
]);
export type Regisseur = z.infer<typeof regisseurSchema>;

export const zorgdossierSchema = z
  .object({
    id: recordIdSchema,
    pupilId: recordIdSchema,
    signal: signalSchema,
    /** The question the case has to answer; may be empty while it is still a signal. */
    hulpvraag: freeText(4000),
    leefgebieden: z
      .array(leefgebiedIdSchema)
      .max(20)
      .refine((ids) => new Set(ids).size === ids.length, {
        message: 'leefgebieden must be unique',
      }),
    status: caseStatusSchema,
    /** Why the case was closed; present exactly when the status is 'afgesloten'. */
    closedReason: requiredText(1000).optional(),
    /** When it was closed; present exactly when the status is 'afgesloten'. */
    closedAt: isoDateSchema.optional(),
    regisseur: regisseurSchema.optional(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .strict()
  .superRefine((c, ctx) => {
    const closed = c.status === 'afgesloten';
    if (closed !== (c.closedReason !== undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['closedReason'],
        message: 'closedReason goes with status afgesloten',
      });
    if (closed !== (c.closedAt !== undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['closedAt'],
        message: 'closedAt goes with status afgesloten',
      });
    if (c.closedAt !== undefined && compareIsoDates(c.closedAt, c.signal.date) < 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['closedAt'],
        message: 'closedAt is before the signal',
      });
    }
  });
export type Zorgdossier = z.infer<typeof zorgdossierSchema>;

export const zorgdossierRecordType = defineRecordType({
  type: 'case',
  version: 1,
  schema: zorgdossierSchema,
  migrations: {},
  searchText: (c) => [c.hulpvraag, c.signal.description, c.signal.raisedBy],
  parentOf: (c) => c.pupilId,
});

/** Why a status change was refused. */
export type CaseStatusErrorCode =
  | 'case.status-unchanged'
  | 'case.transition-not-allowed'
  | 'case.closed-reason-required'
  | 'case.closed-before-signal';

export interface CaseStatusError {
  readonly code: CaseStatusErrorCode;
  readonly from: CaseStatus;
  readonly to: CaseStatus;
}

export interface StatusChange {
  /** The date the change took effect (may be in the past). */
  readonly on: IsoDate;
  /** Required when closing; ignored otherwise (the entry body keeps it). */
  readonly reason?: string;
  /** Current time, for updatedAt and the entry's recordedAt. */
  readonly now: string;
  /** Name of who made the change. */
  readonly author: string;
}

/**
 * Moves a case to a new status. Returns the updated case and the chronology entry to store
 * with it (the caller adds the entry's id), or a coded error. Closing sets closedAt and
 * closedReason; reopening removes them.
 */
export function changeCaseStatus(
  current: Zorgdossier,
  to: CaseStatus,
  change: StatusChange,
): Result<{ readonly case: Zorgdossier; readonly entry: CaseEntryInput }, CaseStatusError> {
  const from = current.status;
  if (from === to) return err({ code: 'case.status-unchanged', from, to });
  if (!canTransition(from, to)) return err({ code: 'case.transition-not-allowed', from, to });
  const reason = change.reason?.trim() ?? '';
  if (to === 'afgesloten' && reason === '')
    return err({ code: 'case.closed-reason-required', from, to });
  if (to === 'afgesloten' && compareIsoDates(change.on, current.signal.date) < 0)
    return err({ code: 'case.closed-before-signal', from, to });

  const { closedAt: _closedAt, closedReason: _closedReason, ...open } = current;
  const next: Zorgdossier =
    to === 'afgesloten'
      ? { ...open, status: to, closedAt: change.on, closedReason: reason, updatedAt: change.now }
      : { ...open, status: to, updatedAt: change.now };
  const entry: CaseEntryInput = {
    caseId: current.id,
    kind: 'status',
    status: to,
    date: change.on,
    recordedAt: change.now,
    title: '',
    body: reason,
    author: change.author,
  };
  return ok({ case: next, entry });
}
