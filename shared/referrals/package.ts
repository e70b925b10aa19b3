// Runs in: any environment.
//
// The encrypted referral package (issue 6, optional): for recipients who use Zorgtafel, the
// letter's content travels in a `.zorgtafel` shared file (shared/sharing/container.ts, kind
// 'referral'), sealed for their deelsleutels or a passphrase and signed by the school. It
// carries exactly the content the PDF was drawn from, with its document id and fingerprint,
// so the recipient's app recomputes the fingerprint and shows whether it matches the paper
// letter. The consent gate is the caller's job, as for the PDF (canExport at export time).
import { z } from 'zod';
import { DATA_CATEGORIES, dataCategorySchema } from '../domain/consent';
import { isoDateSchema } from '../domain/dates';
import { err, ok, type Result } from '../result';
import type { Deelsleutel, SharingIdentity } from '../sharing/identity';
import {
  openSharedFile,
  sealSharedFile,
  type OpenKey,
  type ShareError,
} from '../sharing/container';
import { referralContentFingerprint } from './fingerprint';
import { DOCUMENT_ID_PATTERN } from './referral';
import { REFERRAL_LETTER_FORMAT, type ReferralLetterContent } from './letterContent';

export const REFERRAL_PACKAGE_FORMAT = 'zorgtafel-verwijspakket/1';

const text = (max: number) => z.string().max(max);

/** The letter content as a reader validates it (the writer's type, checked field by field). */
export const letterContentSchema = z
  .object({
    format: z.literal(REFERRAL_LETTER_FORMAT),
    school: z.object({ name: text(300), address: text(500) }).strict(),
    recipient: z.object({ name: text(300), address: text(500).optional() }).strict(),
    date: isoDateSchema,
    pupil: z
      .object({ name: text(300), dateOfBirth: isoDateSchema, group: text(100).optional() })
      .strict(),
    reasonAndQuestion: text(20_000),
    alreadyDone: z.object({ items: z.array(text(4000)).max(200), text: text(20_000) }).strict(),
    strengths: text(20_000),
    concerns: z.array(z.object({ leefgebied: text(100), text: text(20_000) }).strict()).max(30),
    askOfRecipient: text(20_000),
    // A dated line is the voice's text (at most 5000) after a Dutch date.
    voices: z
      .object({
        parents: z.array(text(5_100)).max(200),
        pupil: z.array(text(5_100)).max(200),
      })
      .strict()
      .optional(),
    meldcode: z
      .object({
        decision: text(200),
        decisionDate: isoDateSchema,
        reportDate: isoDateSchema.optional(),
        basis: text(500),
      })
      .strict()
      .optional(),
    involved: z.array(text(500)).max(50),
    attachments: z.array(text(500)).max(50),
    dataCategories: z.array(z.enum(DATA_CATEGORIES)).max(20),
    signers: z.array(z.object({ name: text(200), role: text(200) }).strict()).max(20),
  })
  .strict();

/**
 * What the family's consent to feed back covers (the school's valid 'terugkoppeling-ontvangen'
 * consent for this recipient when the package was made): the recipient's answer may carry
 * feedback text only with it, and only until `validUntil`. Absent: there is no such consent.
 */
export const feedbackConsentBasisSchema = z
  .object({
    categories: z.array(dataCategorySchema).min(1).max(20),
    validUntil: isoDateSchema,
  })
  .strict();
export type FeedbackConsentBasis = z.infer<typeof feedbackConsentBasisSchema>;

export const referralPackageSchema = z
  .object({
    format: z.literal(REFERRAL_PACKAGE_FORMAT),
    documentId: z.string().regex(DOCUMENT_ID_PATTERN),
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
    letter: letterContentSchema,
    // Beside the letter, so the letter's fingerprint (the paper letter's) does not change.
    feedbackConsent: feedbackConsentBasisSchema.optional(),
  })
  .strict();
export type ReferralPackage = z.infer<typeof referralPackageSchema>;

/** Builds the package content; the fingerprint is computed here, never taken from the caller. */
export async function referralPackageContent(
  letter: ReferralLetterContent,
  documentId: string,
  feedbackConsent?: FeedbackConsentBasis,
): Promise<ReferralPackage> {
  return referralPackageSchema.parse({
    format: REFERRAL_PACKAGE_FORMAT,
    documentId,
    fingerprint: await referralContentFingerprint(letter),
    letter,
    ...(feedbackConsent === undefined ? {} : { feedbackConsent }),
  });
}

/** Seals the package for deelsleutels or a passphrase, signed by the school's identity. */
export async function sealReferralPackage(input: {
  readonly letter: ReferralLetterContent;
  readonly documentId: string;
  readonly sender: SharingIdentity;
  readonly to: { readonly recipients: readonly Deelsleutel[] } | { readonly passphrase: string };
  readonly now: Date;
}): Promise<Uint8Array<ArrayBuffer>> {
  const content = await referralPackageContent(input.letter, input.documentId);
  return sealSharedFile({
    kind: 'referral',
    content,
    sender: input.sender,
    to: input.to,
    createdAt: input.now,
  });
}

export interface FingerprintMismatch {
  readonly code: 'package.fingerprint-mismatch';
  readonly stated: string;
  readonly computed: string;
}

export type PackageError =
  ShareError | { readonly code: 'package.wrong-kind' } | FingerprintMismatch;

/**
 * The package when the fingerprint it states is the SHA-256 of the letter it carries (so it
 * matches the paper letter with that fingerprint); every opener checks this.
 */
export async function checkPackageFingerprint(
  pkg: ReferralPackage,
): Promise<Result<ReferralPackage, FingerprintMismatch>> {
  const computed = await referralContentFingerprint(pkg.letter);
  return computed === pkg.fingerprint
    ? ok(pkg)
    : err({ code: 'package.fingerprint-mismatch', stated: pkg.fingerprint, computed });
}

/**
 * Opens a referral package and checks that the fingerprint it states is the SHA-256 of the
 * letter it carries (so it matches the paper letter with the same fingerprint).
 */
export async function openReferralPackage(
  bytes: Uint8Array,
  key: OpenKey,
  options: {
    readonly now: Date;
    readonly maxBytes: number;
    readonly knownSenders?: readonly string[];
  },
): Promise<
  Result<
    {
      readonly package: ReferralPackage;
      readonly sender: {
        readonly deelsleutel: string;
        readonly fingerprint: string;
        readonly known: boolean;
      };
    },
    PackageError
  >
> {
  const opened = await openSharedFile(bytes, key, { ...options, schema: referralPackageSchema });
  if (!opened.ok) return opened;
  if (opened.value.kind !== 'referral') return err({ code: 'package.wrong-kind' });
  const checked = await checkPackageFingerprint(opened.value.content);
  if (!checked.ok) return checked;
  return ok({ package: checked.value, sender: opened.value.sender });
}
