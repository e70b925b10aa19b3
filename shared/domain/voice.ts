// Runs in: any environment.
//
// The voices around the child: dated entries of what the parents think ("Wat vinden ouders")
// and what the pupil thinks ("Wat vindt de leerling") about the worry and the help. Peers
// hold that the parents' story may never be missing from a request for help, and parents
// should not have to tell it again at every table (issue 18). A voice belongs to the formal
// file of its case (parents may read it), so it is its own record with the case as parent:
// retention deletes it with the case. The pupil's voice is asked from an age the school sets
// in Instellingen (careSettings.pupilVoiceFromAge).
import { z } from 'zod';
import { defineRecordType } from '../records/registry';
import { ageOnDate, compareIsoDates, isoDateSchema, timestampSchema, type IsoDate } from './dates';
import { freeText, recordIdSchema } from './fields';

/** Whose view an entry records. */
export const VOICE_KINDS = ['ouders', 'leerling'] as const;
export type VoiceKind = (typeof VOICE_KINDS)[number];

/** From this age on a case offers "Wat vindt de leerling" unless the school chose otherwise. */
export const DEFAULT_PUPIL_VOICE_FROM_AGE = 8;
/** A school may choose any age from 4 (groep 1) to 18. */
export const pupilVoiceFromAgeSchema = z.number().int().min(4).max(18);

export const VOICE_TEXT_MAX = 5_000;

export const voiceSchema = z
  .object({
    id: recordIdSchema,
    caseId: recordIdSchema,
    kind: z.enum(VOICE_KINDS),
    /** The day the parents or the pupil said it. */
    date: isoDateSchema,
    text: freeText(VOICE_TEXT_MAX).refine((text) => text.trim() !== '', {
      message: 'a voice needs text',
    }),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .strict();
export type Voice = z.infer<typeof voiceSchema>;

export const voiceRecordType = defineRecordType({
  type: 'case.voice',
  version: 1,
  schema: voiceSchema,
  migrations: {},
  // Not searchable: the family's own words are found through their case.
  parentOf: (voice) => voice.caseId,
});

/** Whether the pupil's own voice is asked on `onDate`: from the school's age on. */
export function pupilVoiceApplies(
  pupil: { readonly dateOfBirth: IsoDate },
  onDate: IsoDate,
  fromAge: number,
): boolean {
  return ageOnDate(pupil.dateOfBirth, onDate) >= fromAge;
}

/** A case's voices of one kind, oldest first (the order they were said in). */
export function caseVoices(voices: readonly Voice[], caseId: string, kind: VoiceKind): Voice[] {
  return voices
    .filter((v) => v.caseId === caseId && v.kind === kind)
    .sort(
      (a, b) =>
        compareIsoDates(a.date, b.date) || Date.parse(a.createdAt) - Date.parse(b.createdAt),
    );
}

/** Printed headings of the two voices (documents are Dutch). */
export const VOICE_HEADINGS_NL: Readonly<Record<VoiceKind, string>> = {
  ouders: 'Wat vinden ouders',
  leerling: 'Wat vindt de leerling',
};

/** The voices of a case as printed lines: "10 maart 2026: text", oldest first, per kind. */
export function voiceLines(
  voices: readonly Voice[],
  caseId: string,
  formatDate: (date: IsoDate) => string,
): { readonly kind: VoiceKind; readonly lines: readonly string[] }[] {
  return VOICE_KINDS.map((kind) => ({
    kind,
    lines: caseVoices(voices, caseId, kind).map((v) => `${formatDate(v.date)}: ${v.text.trim()}`),
  })).filter((group) => group.lines.length > 0);
}
