// Runs in: any environment.
//
// The verwijzing (referral) record (issue 6, brief §6): the school hands a case over to the
// ondersteuningsteam or the wijkcoach so the family need not tell its story again, and then
// tracks whether contact, intake, help and feedback really follow. The record holds what was
// composed, every status change with its date, the feedback that came back, and the route
// the family took when it went elsewhere. Rules live in the sibling modules.
import { z } from 'zod';
import { dataCategorySchema } from '../domain/consent';
import { isoDateSchema, timestampSchema } from '../domain/dates';
import { freeText, recordIdSchema, requiredText } from '../domain/fields';
import { leefgebiedIdSchema } from '../domain/leefgebieden';

export const REFERRAL_STATUSES = [
  'concept',
  'verstuurd',
  'contact-opgenomen',
  'intake-gedaan',
  'hulp-gestart',
  'afgesloten',
  'teruggestuurd',
] as const;
export const referralStatusSchema = z.enum(REFERRAL_STATUSES);
export type ReferralStatus = z.infer<typeof referralStatusSchema>;

/** The printed document id, "ZT-" and four groups of four base32 characters (made by fingerprint.ts newDocumentId). */
export const DOCUMENT_ID_PATTERN =
  /^ZT-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** How the letter left school. 'zorgtafel-bestand' is the encrypted shared-file package. */
export const SENT_VIA = [
  'post',
  'persoonlijk',
  'beveiligde-mail',
  'zorgtafel-bestand',
  'anders',
] as const;
export const sentViaSchema = z.enum(SENT_VIA);
export type SentVia = z.infer<typeof sentViaSchema>;

/** Where the family went instead (or as well), so the case stays "in beeld". */
export const REFERRAL_ROUTES = ['huisarts', 'veilig-thuis', 'eigen-initiatief', 'anders'] as const;
export const referralRouteKindSchema = z.enum(REFERRAL_ROUTES);
export type ReferralRouteKind = z.infer<typeof referralRouteKindSchema>;

/** How the parents saw the draft letter before it was sent (issue 18 point 2). */
export const PARENTS_REVIEW_WAYS = ['gesprek', 'post', 'e-mail', 'telefoon', 'anders'] as const;
export type ParentsReviewWay = (typeof PARENTS_REVIEW_WAYS)[number];

/**
 * The parents saw the draft before it left school: when, how, what they said and what was
 * changed because of it. A disputes committee ruled that a school should have let a mother
 * see a dossier before it was sent (Onderwijsgeschillen 108486).
 */
export const parentsReviewSchema = z
  .object({
    date: isoDateSchema,
    how: z.enum(PARENTS_REVIEW_WAYS),
    /** What the parents said about the draft (may be empty: they had nothing to add). */
    reaction: freeText(5000),
    /** What was changed in the letter because of it (may be empty). */
    corrections: freeText(5000),
  })
  .strict();
export type ParentsReview = z.infer<typeof parentsReviewSchema>;

export const ATTACHMENT_KINDS = ['minutes', 'actieplan', 'document'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const statusChangeSchema = z
  .object({
    status: referralStatusSchema,
    date: isoDateSchema,
    /** Why the recipient sent it back; required for 'teruggestuurd'. */
    reason: requiredText(2000).optional(),
  })
  .strict();
export type ReferralStatusChange = z.infer<typeof statusChangeSchema>;

export const attachmentSchema = z
  .object({
    kind: z.enum(ATTACHMENT_KINDS),
    /** Id of the minutes, the actieplan or the stored document. */
    refId: recordIdSchema,
    /** The document's name as on its 'document-doorgeven' consent; required for kind 'document'. */
    documentName: requiredText(200).optional(),
  })
  .strict()
  .refine((a) => (a.kind === 'document') === (a.documentName !== undefined), {
    message: 'documentName goes with kind document only',
    path: ['documentName'],
  });
export type ReferralAttachment = z.infer<typeof attachmentSchema>;

export const compositionSchema = z
  .object({
    reasonAndQuestion: freeText(),
    alreadyDone: z
      .object({
        /** Ids of case actions and meeting decisions the school already carried out. */
        refIds: z.array(recordIdSchema).max(100),
        text: freeText(),
      })
      .strict(),
    strengths: freeText(),
    concerns: z
      .array(z.object({ leefgebiedId: leefgebiedIdSchema, text: freeText() }).strict())
      .max(30),
    askOfRecipient: freeText(),
    /** Involvement ids (who else is involved). */
    involvementIds: z.array(recordIdSchema).max(50),
  })
  .strict();
export type ReferralComposition = z.infer<typeof compositionSchema>;

export const feedbackSchema = z
  .object({
    date: isoDateSchema,
    /** Who gave the feedback (name and role at the recipient). */
    from: requiredText(200),
    text: requiredText(20_000),
  })
  .strict();
export type ReferralFeedback = z.infer<typeof feedbackSchema>;

export const referralRouteSchema = z
  .object({
    kind: referralRouteKindSchema,
    date: isoDateSchema,
    note: freeText(2000).optional(),
  })
  .strict();
export type ReferralRoute = z.infer<typeof referralRouteSchema>;

/** One letter that was made (a PDF, or the encrypted package): its document id and fingerprint, so a letter shown later can be checked against the record. */
export const letterRecordSchema = z
  .object({
    documentId: z.string().regex(DOCUMENT_ID_PATTERN),
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
    variant: z.enum(['recipient', 'parents', 'package']),
    date: isoDateSchema,
  })
  .strict();
export type ReferralLetterRecord = z.infer<typeof letterRecordSchema>;

/** The longest written motivation of a legal basis for the meldcode part. */
export const MELDCODE_PART_MOTIVATION_MAX = 2000;

/**
 * The basis on which a named part of a meldcode track goes in the letter (issue 16, point 3;
 * rules in namedPart.ts of the meldcode module): the parents' consent, as a reference to a recorded
 * consent, or a legal basis without consent with the written motivation (which may be empty
 * while it is being typed; the rule refuses it empty).
 */
export const MELDCODE_PART_BASES = ['toestemming', 'wettelijke-grondslag'] as const;
export type MeldcodePartBasisKind = (typeof MELDCODE_PART_BASES)[number];

export const meldcodePartBasisSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('toestemming'), consentId: recordIdSchema }).strict(),
  z
    .object({
      kind: z.literal('wettelijke-grondslag'),
      motivation: freeText(MELDCODE_PART_MOTIVATION_MAX),
    })
    .strict(),
]);
export type MeldcodePartBasis = z.infer<typeof meldcodePartBasisSchema>;

/**
 * The user's deliberate opt-in: which track, and the basis once chosen (never filled in for
 * the user). Absent, nothing of any track goes: the default.
 */
export const meldcodePartSelectionSchema = z
  .object({ trackId: recordIdSchema, basis: meldcodePartBasisSchema.optional() })
  .strict();
export type MeldcodePartSelection = z.infer<typeof meldcodePartSelectionSchema>;

export const referralSchema = z
  .object({
    id: recordIdSchema,
    caseId: recordIdSchema,
    pupilId: recordIdSchema,
    recipientOrganisationId: recordIdSchema,
    status: referralStatusSchema,
    /** Every status the referral has had, oldest first; the last entry equals `status`. */
    history: z.array(statusChangeSchema).min(1).max(50),
    sentVia: sentViaSchema.optional(),
    expectedContactDate: isoDateSchema.optional(),
    expectedFeedbackDate: isoDateSchema.optional(),
    composition: compositionSchema,
    attachments: z.array(attachmentSchema).max(50),
    /** The data categories the letter shares; the consent gate checks exactly these. */
    dataCategories: z.array(dataCategorySchema).max(20),
    feedback: z.array(feedbackSchema).max(200),
    route: referralRouteSchema.optional(),
    /** Every letter made from this referral, oldest first (absent on records from before it existed). */
    letters: z.array(letterRecordSchema).max(500).optional(),
    /** The parents saw the draft (version 2); recorded while the referral is a concept. */
    parentsReview: parentsReviewSchema.optional(),
    /** Why it was sent without the parents seeing the draft (version 2); set when sent. */
    sentWithoutParentsReview: requiredText(2000).optional(),
    /** A named part of a meldcode track the user chose to include (absent: none, the default). */
    meldcodePart: meldcodePartSelectionSchema.optional(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.history.at(-1)?.status !== r.status)
      ctx.addIssue({
        code: 'custom',
        path: ['history'],
        message: 'the last history entry is the current status',
      });
    if (new Set(r.dataCategories).size !== r.dataCategories.length)
      ctx.addIssue({
        code: 'custom',
        path: ['dataCategories'],
        message: 'dataCategories must be unique',
      });
    if (r.parentsReview !== undefined && r.sentWithoutParentsReview !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['sentWithoutParentsReview'],
        message: 'a reason for sending without review goes only with no review',
      });
    if (r.status === 'concept' && r.sentWithoutParentsReview !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['sentWithoutParentsReview'],
        message: 'the reason is given when sending',
      });
    if (r.dataCategories.includes('benoemd-document'))
      ctx.addIssue({
        code: 'custom',
        path: ['dataCategories'],
        message: 'named documents are attachments with their own consent',
      });
  });
export type Referral = z.infer<typeof referralSchema>;

/** A new concept referral; the wizard fills the composition later. */
export function newReferral(input: {
  readonly id: string;
  readonly caseId: string;
  readonly pupilId: string;
  readonly recipientOrganisationId: string;
  readonly date: string;
  readonly now: string;
}): Referral {
  return referralSchema.parse({
    id: input.id,
    caseId: input.caseId,
    pupilId: input.pupilId,
    recipientOrganisationId: input.recipientOrganisationId,
    status: 'concept',
    history: [{ status: 'concept', date: input.date }],
    composition: {
      reasonAndQuestion: '',
      alreadyDone: { refIds: [], text: '' },
      strengths: '',
      concerns: [],
      askOfRecipient: '',
      involvementIds: [],
    },
    attachments: [],
    dataCategories: [],
    feedback: [],
    createdAt: input.now,
    updatedAt: input.now,
  });
}
