// Runs in: any environment.
//
// The recipient's side of a referral (issue 15): the ondersteuningsteam or wijkcoach opens the
// school's referral package and keeps it as a received referral, their own case-like record.
// It holds the package exactly as sent (the letter with the family's data as the school put it,
// the consent basis: the data categories and signers in the letter), who sent it, and the
// recipient's lifecycle: contact made, brede intake at home, plan van aanpak per leefgebied,
// help started, and how it ended (closed, returned with a reason, or another route taken).
// The status is the last history entry, so status and history can never disagree.
import { z } from 'zod';
import { isoDateSchema, timestampSchema } from '../domain/dates';
import { freeText, recordIdSchema, requiredText } from '../domain/fields';
import { leefgebiedIdSchema } from '../domain/leefgebieden';
import { defineRecordType } from '../records/registry';
import { receivedSenderSchema } from '../sharing/received';
import { referralPackageSchema, type ReferralPackage } from './package';

/** Another route the family took instead (brief §6: keep the case "in beeld"). */
export const OTHER_ROUTES = ['huisarts', 'veilig-thuis', 'anders'] as const;
export type OtherRoute = (typeof OTHER_ROUTES)[number];

/** One goal of the plan van aanpak, agreed with the family for one leefgebied. */
export const planGoalSchema = z
  .object({ leefgebiedId: leefgebiedIdSchema, goal: requiredText(2000) })
  .strict();
export type PlanGoal = z.infer<typeof planGoalSchema>;

const note = freeText(4000).optional();

/** One lifecycle step with its date, in the order the recipient recorded them. */
export const receivedStepSchema = z.discriminatedUnion('step', [
  z.object({ step: z.literal('contact'), date: isoDateSchema, note }).strict(),
  z.object({ step: z.literal('intake'), date: isoDateSchema, note }).strict(),
  z
    .object({
      step: z.literal('plan'),
      date: isoDateSchema,
      goals: z.array(planGoalSchema).min(1).max(30),
    })
    .strict(),
  z.object({ step: z.literal('hulp-gestart'), date: isoDateSchema, note }).strict(),
  z.object({ step: z.literal('afgesloten'), date: isoDateSchema, note }).strict(),
  z
    .object({ step: z.literal('teruggestuurd'), date: isoDateSchema, reason: requiredText(2000) })
    .strict(),
  z
    .object({
      step: z.literal('andere-route'),
      date: isoDateSchema,
      route: z.enum(OTHER_ROUTES),
      note,
    })
    .strict(),
]);
export type ReceivedStep = z.infer<typeof receivedStepSchema>;
export type ReceivedStepKind = ReceivedStep['step'];
/** 'ontvangen' until the first step is recorded. */
export type ReceivedStatus = 'ontvangen' | ReceivedStepKind;

export const receivedReferralSchema = z
  .object({
    id: recordIdSchema,
    receivedAt: timestampSchema,
    /** The day it was opened and kept: the contact term counts from here. */
    receivedOn: isoDateSchema,
    fileCreatedAt: timestampSchema,
    expiresAt: timestampSchema.optional(),
    sender: receivedSenderSchema,
    package: referralPackageSchema,
    history: z.array(receivedStepSchema).max(20),
  })
  .strict();
export type ReceivedReferral = z.infer<typeof receivedReferralSchema>;

export const receivedReferralRecordType = defineRecordType({
  type: 'referral.received',
  version: 1,
  schema: receivedReferralSchema,
  migrations: {},
});

/** The current status: the last step recorded. */
export function receivedStatus(record: Pick<ReceivedReferral, 'history'>): ReceivedStatus {
  return record.history.at(-1)?.step ?? 'ontvangen';
}

/**
 * The kept received referral this package is a copy of: the same letter (document id and
 * fingerprint) from the same sender. Opening it again (a replay, or the same e-mail twice)
 * stores nothing; the opener leads to the kept one.
 */
export function keptReferralOf(
  kept: readonly ReceivedReferral[],
  file: { readonly sender: { readonly deelsleutel: string }; readonly package: ReferralPackage },
): ReceivedReferral | undefined {
  return kept.find(
    (r) =>
      r.sender.deelsleutel === file.sender.deelsleutel &&
      r.package.documentId === file.package.documentId &&
      r.package.fingerprint === file.package.fingerprint,
  );
}
