// Runs in: any environment.
//
// One event in a case's formal file (the chronology): a signal, a note, a talk, a meeting, an
// action, a referral, feedback, a status change. Its own record type so entries can be added
// one by one, after the fact, with the real date of the event (`date`) next to the moment
// it was recorded (`recordedAt`). These entries are what parents may see; personal working
// notes are a different record type (workingNote.ts).
import { z } from 'zod';
import { defineRecordType } from '../records/registry';
import { caseStatusSchema } from './caseStatus';
import { isoDateSchema, timestampSchema } from './dates';
import { freeText, recordIdSchema, requiredText } from './fields';

export const CASE_ENTRY_KINDS = [
  'signaal',
  'notitie',
  'gesprek',
  'overleg',
  'actie',
  'toestemming',
  'verwijzing',
  'terugkoppeling',
  'status',
] as const;
export const caseEntryKindSchema = z.enum(CASE_ENTRY_KINDS);
export type CaseEntryKind = z.infer<typeof caseEntryKindSchema>;

/**
 * Why the status moved by itself (caseRoute.ts): the case was put on an agenda, its referral
 * was sent, or its last referral in progress closed. Absent on a change made by hand.
 */
export const STATUS_CAUSES = ['agenda', 'referral-sent', 'referral-closed'] as const;
export const statusCauseSchema = z.enum(STATUS_CAUSES);
export type StatusCause = z.infer<typeof statusCauseSchema>;

export const caseEntrySchema = z
  .object({
    id: recordIdSchema,
    caseId: recordIdSchema,
    kind: caseEntryKindSchema,
    /** When the event happened; may lie before recordedAt (entries added after the fact). */
    date: isoDateSchema,
    /** When it was written down; orders entries of the same date. */
    recordedAt: timestampSchema,
    /** Short heading; may be empty for status entries (the UI shows the status). */
    title: z.string().trim().max(200),
    body: freeText(20_000),
    /** Name of who recorded it. */
    author: requiredText(200),
    /** The record this entry is about (a consent, referral, meeting, …), when there is one. */
    refId: recordIdSchema.optional(),
    /** The new status; present exactly on entries of kind 'status'. */
    status: caseStatusSchema.optional(),
    /** Why the status moved by itself; only on status entries, absent on a manual change. */
    statusCause: statusCauseSchema.optional(),
  })
  .strict()
  .refine((entry) => (entry.kind === 'status') === (entry.status !== undefined), {
    message: 'status is required on status entries and only there',
    path: ['status'],
  })
  .refine((entry) => entry.kind === 'status' || entry.statusCause === undefined, {
    message: 'statusCause goes only on status entries',
    path: ['statusCause'],
  });
export type CaseEntry = z.infer<typeof caseEntrySchema>;

/** An entry before it is stored: the id is added by the caller. */
export type CaseEntryInput = Omit<CaseEntry, 'id'>;

export const caseEntryRecordType = defineRecordType({
  type: 'case.entry',
  // Version 2 adds the optional `statusCause`: a version-1 entry is a valid version-2 entry as
  // it is (every status change was made by hand then), and an older app refuses a version-2
  // record (newer version) instead of failing on the unknown field.
  version: 2,
  schema: caseEntrySchema,
  migrations: { 1: (data) => data },
  searchText: (entry) => [entry.title, entry.body],
  parentOf: (entry) => entry.caseId,
});
