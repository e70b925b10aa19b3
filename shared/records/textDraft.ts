// Runs in: any environment.
//
// The unsaved text of a dialog that saves only on "Opslaan" (a chronology entry, a working
// note, a parents' or pupil's voice, a goal, action or evaluation of the actieplan, a step of a meldcode track): written by the shared autosave while
// the user types, deleted when the dialog saves or is cancelled, so a crash, a kill or a
// power cut leaves it behind and the next unlock can offer it back (issue 12, point 5).
// An ordinary encrypted record: the vault's envelope, audit and snapshot cover it like any
// other, and `parentOf` hangs it under its case so deleting the case finds it.
import { z } from 'zod';
import { timestampSchema } from '../domain/dates';
import { recordIdSchema } from '../domain/fields';
import { defineRecordType } from './registry';

/** The dialogs that keep a draft; each one knows how to read its own `values` back. */
export const TEXT_DRAFT_KINDS = [
  'case.entry',
  'case.working-note',
  'case.voice',
  'actieplan.goal',
  'actieplan.action',
  'actieplan.evaluation',
  'meldcode.step',
] as const;
export type TextDraftKind = (typeof TEXT_DRAFT_KINDS)[number];

/** Longer than any field's limit, so a draft never cuts what a field would have kept. */
const DRAFT_VALUE_MAX = 50_000;

export const textDraftSchema = z
  .object({
    id: recordIdSchema,
    kind: z.enum(TEXT_DRAFT_KINDS),
    caseId: recordIdSchema,
    /** The record the dialog edits; absent when it was adding a new one. */
    targetId: recordIdSchema.optional(),
    /** The dialog's fields by name, as typed (not trimmed or validated: it is unfinished work). */
    values: z.record(z.string().regex(/^[a-zA-Z]{1,40}$/), z.string().max(DRAFT_VALUE_MAX)),
    updatedAt: timestampSchema,
  })
  .strict();
export type TextDraft = z.infer<typeof textDraftSchema>;

export const textDraftRecordType = defineRecordType({
  type: 'text.draft',
  version: 1,
  schema: textDraftSchema,
  migrations: {},
  // Not searchable: unfinished text must not turn up in search results.
  parentOf: (draft) => draft.caseId,
});
