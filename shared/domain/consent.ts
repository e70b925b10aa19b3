// Runs in: any environment.
//
// The toestemming (consent) record. Consent is asked per purpose and per recipient (brief §5):
// discussing the child by name in a meeting, exchanging information with an organisation,
// referring to it, receiving its feedback, or passing on one named document. It covers a set
// of data categories ("share the minimum"), records each person who consented and how, and
// is valid from its date up to and including `validUntil`, unless withdrawn. Whether a use is
// allowed is decided by evaluateConsent (consentEvaluation.ts), never by the UI.
import { z } from 'zod';
import { defineRecordType } from '../records/registry';
import { compareIsoDates, isoDateSchema, timestampSchema } from './dates';
import { recordIdSchema, requiredText } from './fields';

/** Meetings a "bespreken op naam" consent can cover. */
export const MEETING_KINDS = ['zorgteam', 'zat', 'driehoeksoverleg'] as const;
export const meetingKindSchema = z.enum(MEETING_KINDS);
export type MeetingKind = z.infer<typeof meetingKindSchema>;

export const CONSENT_PURPOSES = [
  'bespreken-op-naam',
  'informatie-uitwisselen',
  'verwijzen',
  'terugkoppeling-ontvangen',
  'document-doorgeven',
] as const;
export const consentPurposeSchema = z.enum(CONSENT_PURPOSES);
export type ConsentPurpose = z.infer<typeof consentPurposeSchema>;

/**
 * The fixed list of data categories a consent can cover. Codes are stored; Dutch labels for
 * documents are in labelsNl.ts. 'benoemd-document' is the named document of a
 * 'document-doorgeven' consent and belongs to that purpose only.
 */
export const DATA_CATEGORIES = [
  'basisgegevens',
  'zorgsignaal-en-hulpvraag',
  'schoolresultaten',
  'gedrag-en-welbevinden',
  'aanwezigheid-en-verzuim',
  'thuissituatie',
  'medisch',
  'overlegverslagen',
  'actieplan',
  'benoemd-document',
] as const;
export const dataCategorySchema = z.enum(DATA_CATEGORIES);
export type DataCategory = z.infer<typeof dataCategorySchema>;

export const CONSENT_METHODS = ['schriftelijk', 'mondeling'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** Every purpose except discussing in the school's own meetings names a recipient organisation. */
export function purposeNeedsRecipient(purpose: ConsentPurpose): boolean {
  return purpose !== 'bespreken-op-naam';
}

/** Who a consent answer is from: a guardian (by Guardian.id) or the pupil, named as at the time. */
const consentPersonShape = {
  personKind: z.enum(['guardian', 'pupil']),
  /** The pupil's guardian this is (Guardian.id); present exactly for personKind 'guardian'. */
  guardianId: recordIdSchema.optional(),
  /** Name as it was at the time, kept even if the pupil record changes later. */
  name: requiredText(200),
};
const GUARDIAN_ID_RULE = {
  message: 'guardianId goes with personKind guardian',
  path: ['guardianId'],
};
const guardianIdMatchesKind = (g: {
  readonly personKind: 'guardian' | 'pupil';
  readonly guardianId?: string | undefined;
}): boolean => (g.personKind === 'guardian') === (g.guardianId !== undefined);

export const consentGiverSchema = z
  .object({
    ...consentPersonShape,
    method: z.enum(CONSENT_METHODS),
    /** Who heard verbal consent, or witnessed the signing. */
    witnessedBy: requiredText(200).optional(),
    /** When this person consented. Someone who consented after the date asked about does not count yet. */
    date: isoDateSchema,
  })
  .strict()
  .refine(guardianIdMatchesKind, GUARDIAN_ID_RULE);
export type ConsentGiver = z.infer<typeof consentGiverSchema>;

/**
 * Someone who was asked and said no: the same facts as a giver (who, how, witnessed by whom,
 * when), kept so a refusal is on record and shown as such rather than looking like a gap.
 */
export const consentRefusalSchema = consentGiverSchema;
export type ConsentRefusal = ConsentGiver;

/** Someone whose consent is needed but who was not (yet) asked: only who, as it was then. */
export const consentNotAskedSchema = z
  .object(consentPersonShape)
  .strict()
  .refine(guardianIdMatchesKind, GUARDIAN_ID_RULE);
export type ConsentNotAsked = z.infer<typeof consentNotAskedSchema>;

/** The three answers the record dialog asks for each required person; none is preset. */
export const CONSENT_ANSWERS = ['given', 'refused', 'not-asked'] as const;
export type ConsentAnswer = (typeof CONSENT_ANSWERS)[number];

export const withdrawalSchema = z
  .object({
    /** From this date on (inclusive) the consent no longer allows anything. */
    date: isoDateSchema,
    /** Who withdrew it (name). */
    by: requiredText(200),
  })
  .strict();
export type Withdrawal = z.infer<typeof withdrawalSchema>;

function unique<T>(list: readonly T[]): boolean {
  return new Set(list).size === list.length;
}

export const consentSchema = z
  .object({
    id: recordIdSchema,
    caseId: recordIdSchema,
    pupilId: recordIdSchema,
    purpose: consentPurposeSchema,
    /** For 'bespreken-op-naam': the meetings it covers (at least one). */
    meetingKinds: z.array(meetingKindSchema).min(1).max(MEETING_KINDS.length).optional(),
    /** For every other purpose: the organisation on the other side. */
    recipientOrganisationId: recordIdSchema.optional(),
    /** The recipient's name as it was when consent was given (the consent is a record of that moment). */
    recipientOrganisationName: requiredText(200).optional(),
    /** For 'document-doorgeven': which document ("rapport groep 6", "OPP 2026"). */
    documentName: requiredText(200).optional(),
    dataCategories: z.array(dataCategorySchema).min(1).max(DATA_CATEGORIES.length),
    /** Who consented. May be empty when everyone asked refused (refusedBy then says so). */
    givenBy: z.array(consentGiverSchema).max(10),
    /** Who was asked and refused (version 2). */
    refusedBy: z.array(consentRefusalSchema).max(10).optional(),
    /** Who must consent but was not (yet) asked when this was recorded (version 2). */
    notAsked: z.array(consentNotAskedSchema).max(10).optional(),
    /** First day the consent is valid. */
    date: isoDateSchema,
    /** Last day the consent is valid (inclusive). */
    validUntil: isoDateSchema,
    withdrawn: withdrawalSchema.optional(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .strict()
  .superRefine((c, ctx) => {
    const issue = (path: string, message: string): void =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    const discuss = c.purpose === 'bespreken-op-naam';
    const document = c.purpose === 'document-doorgeven';
    if (discuss !== (c.meetingKinds !== undefined))
      issue('meetingKinds', 'meetingKinds go with bespreken-op-naam only');
    if (c.meetingKinds !== undefined && !unique(c.meetingKinds))
      issue('meetingKinds', 'meetingKinds must be unique');
    if (purposeNeedsRecipient(c.purpose) !== (c.recipientOrganisationId !== undefined))
      issue('recipientOrganisationId', 'recipient required for this purpose only');
    if ((c.recipientOrganisationId !== undefined) !== (c.recipientOrganisationName !== undefined))
      issue('recipientOrganisationName', 'recipient id and name go together');
    if (document !== (c.documentName !== undefined))
      issue('documentName', 'documentName goes with document-doorgeven only');
    if (!unique(c.dataCategories)) issue('dataCategories', 'dataCategories must be unique');
    if (document !== c.dataCategories.includes('benoemd-document'))
      issue('dataCategories', 'benoemd-document goes with document-doorgeven, and it needs it');
    if (compareIsoDates(c.validUntil, c.date) < 0) issue('validUntil', 'validUntil is before date');
    if (c.withdrawn !== undefined && compareIsoDates(c.withdrawn.date, c.date) < 0)
      issue('withdrawn', 'withdrawn before it was given');
    const people = [...c.givenBy, ...(c.refusedBy ?? []), ...(c.notAsked ?? [])];
    const guardians = people.flatMap((g) => (g.guardianId === undefined ? [] : [g.guardianId]));
    if (!unique(guardians) || people.filter((g) => g.personKind === 'pupil').length > 1)
      issue('givenBy', 'each person answers once per consent');
    if (c.givenBy.length + (c.refusedBy?.length ?? 0) === 0)
      issue('givenBy', 'a consent records at least one person who gave or refused it');
  });
export type Consent = z.infer<typeof consentSchema>;

export const consentRecordType = defineRecordType({
  type: 'case.consent',
  version: 2,
  schema: consentSchema,
  migrations: {
    // Version 2 records refusals and people not (yet) asked next to the givers. A version 1
    // record only knew givers (at least one), so it had neither: both lists start empty.
    1: (data) =>
      typeof data === 'object' && data !== null ? { ...data, refusedBy: [], notAsked: [] } : data,
  },
  // Not searchable: consents are found through their case.
  parentOf: (c) => c.caseId,
});
