// Runs in: any environment.
//
// Werkaantekeningen: a professional's personal working notes about a case (brief §9). They are
// a separate record type on purpose: the formal file (case entries) is what parents may see
// and what is exported, printed or shared; working notes are none of that. Nothing in
// exportableCase.ts or chronology.ts accepts a working note, so no export built on them can
// include one. They are shown only to their author and are not searchable.
import { z } from 'zod';
import { defineRecordType } from '../records/registry';
import { compareIsoDates, isoDateSchema, timestampSchema } from './dates';
import { freeText, recordIdSchema } from './fields';

export const workingNoteSchema = z
  .object({
    id: recordIdSchema,
    caseId: recordIdSchema,
    /** The user who wrote it; only they see it. */
    authorId: recordIdSchema,
    body: freeText(20_000).refine((body) => body.trim() !== '', {
      message: 'a working note needs text',
    }),
    /** The day the note is about. */
    date: isoDateSchema,
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .strict();
export type WorkingNote = z.infer<typeof workingNoteSchema>;

export const workingNoteRecordType = defineRecordType({
  type: 'case.working-note',
  version: 1,
  schema: workingNoteSchema,
  migrations: {},
  // Deliberately no searchText: search results are seen by whoever stands at the screen.
  parentOf: (note) => note.caseId,
});

/** The working notes `viewerId` may see for a case: only their own, newest day first. */
export function ownWorkingNotes(
  notes: readonly WorkingNote[],
  caseId: string,
  viewerId: string,
): WorkingNote[] {
  return notes
    .filter((n) => n.caseId === caseId && n.authorId === viewerId)
    .sort(
      (a, b) =>
        compareIsoDates(b.date, a.date) || Date.parse(b.createdAt) - Date.parse(a.createdAt),
    );
}
