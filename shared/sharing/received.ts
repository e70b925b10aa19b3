// Runs in: any environment.
//
// What a member keeps of a received meeting file after "Bewaren in mijn kluis": the validated
// content (read-only), who sent it, and the member's own notes per item ('sharing.received');
// and the actions assigned to them that they imported, one record each, so they can be listed
// and followed up next to their own work ('sharing.action'). Both live only in the member's
// vault; the reply file is built from them.
import { z } from 'zod';
import { isoDateSchema, timestampSchema } from '../domain/dates';
import { recordIdSchema } from '../domain/fields';
import { defineRecordType } from '../records/registry';
import { normalizeForSearch } from '../search/normalize';
import { meetingKindSchema } from '../meetings/meeting';
import { canonicalJson } from './content';
import {
  sharedActionSchema,
  sharedMeetingContentSchema,
  type SharedAction,
  type SharedMeetingContent,
} from './meetingContent';

export const receivedSenderSchema = z
  .object({
    deelsleutel: z.string().min(1).max(300),
    fingerprint: z.string().regex(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/),
    /** The directory contact with this deelsleutel when the file was stored. */
    contactId: recordIdSchema.optional(),
  })
  .strict();

export const receivedFileSchema = z
  .object({
    id: recordIdSchema,
    kind: z.enum(['meeting-agenda', 'meeting-minutes']),
    receivedAt: timestampSchema,
    fileCreatedAt: timestampSchema,
    expiresAt: timestampSchema.optional(),
    sender: receivedSenderSchema,
    content: sharedMeetingContentSchema,
    /** The member's own notes for the meeting, per item. */
    notes: z
      .array(z.object({ itemId: recordIdSchema, text: z.string().max(4000) }).strict())
      .max(100),
  })
  .strict();
export type ReceivedFile = z.infer<typeof receivedFileSchema>;

export const receivedFileRecordType = defineRecordType({
  type: 'sharing.received',
  version: 1,
  schema: receivedFileSchema,
  migrations: {},
});

export const importedActionSchema = z
  .object({
    id: recordIdSchema,
    receivedId: recordIdSchema,
    meetingId: recordIdSchema,
    meetingKind: meetingKindSchema,
    meetingDate: isoDateSchema,
    itemId: recordIdSchema,
    /** "Leerling A" or the name as the file gave it. */
    subject: z.string().min(1).max(300),
    action: sharedActionSchema,
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .strict();
export type ImportedAction = z.infer<typeof importedActionSchema>;

export const importedActionRecordType = defineRecordType({
  type: 'sharing.action',
  version: 1,
  schema: importedActionSchema,
  migrations: {},
  parentOf: (a) => a.receivedId,
});

export const SHARING_RECORD_TYPES = [receivedFileRecordType, importedActionRecordType] as const;

/**
 * Every action of a file with the item it belongs to: in an agenda the open actions that came
 * back with a case (preparation), in minutes the actions agreed. Each action id once.
 */
export function actionsOfContent(
  content: SharedMeetingContent,
): { readonly itemId: string; readonly subject: string; readonly action: SharedAction }[] {
  const seen = new Set<string>();
  return content.items.flatMap((item) =>
    [...(item.preparation?.openActions ?? []), ...(item.minutes?.actions ?? [])]
      .filter((action) => {
        if (seen.has(action.id)) return false;
        seen.add(action.id);
        return true;
      })
      .map((action) => ({
        itemId: item.id,
        subject: item.subject.mode === 'named' ? item.subject.pupilName : item.subject.pseudonym,
        action,
      })),
  );
}

/**
 * The actions that look like the member's own: the owner's name matches the member's name
 * (ignoring case, accents and spacing), or, when `organisation` is given, the owner's
 * organisation matches it. A suggestion only: the member ticks what to import.
 */
export function suggestMyActions(
  content: SharedMeetingContent,
  me: { readonly name: string; readonly organisation?: string },
): string[] {
  const norm = (s: string): string => normalizeForSearch(s).replace(/\s+/g, ' ').trim();
  const name = norm(me.name);
  const organisation = norm(me.organisation ?? '');
  return actionsOfContent(content)
    .filter(
      ({ action }) =>
        (name !== '' && norm(action.ownerName) === name) ||
        (organisation !== '' && norm(action.ownerOrganisation) === organisation),
    )
    .map(({ action }) => action.id);
}

/**
 * The kept file this one is a copy of, if any: the same kind from the same sender, made at the
 * same moment with the same expiry (all signed in the header), with the same content. Opening such a file
 * again (a replay, or the same e-mail opened twice) changes nothing; the opener says so and
 * leads to the kept copy instead of storing a second one.
 */
export function keptCopyOf(
  received: readonly ReceivedFile[],
  file: {
    readonly kind: string;
    readonly createdAt: Date;
    readonly expiresAt?: Date;
    readonly sender: { readonly deelsleutel: string };
    readonly content: unknown;
  },
): ReceivedFile | undefined {
  const createdAt = file.createdAt.toISOString();
  const expiresAt = file.expiresAt?.toISOString();
  const content = canonicalJson(file.content);
  return received.find(
    (r) =>
      r.kind === file.kind &&
      r.fileCreatedAt === createdAt &&
      r.expiresAt === expiresAt &&
      r.sender.deelsleutel === file.sender.deelsleutel &&
      canonicalJson(r.content) === content,
  );
}
