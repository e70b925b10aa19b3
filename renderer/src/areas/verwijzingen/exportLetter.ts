// Runs in: renderer.
//
// Making the verwijsbrief or the parents' copy as a PDF. The consent gate is asked again at
// this very moment (canExport), so a consent withdrawn a minute ago blocks the export even
// if the screen still showed it open. The file name holds the kind and the date only; each
// saved letter is recorded on the referral (document id and fingerprint) and in the audit
// trail. The encrypted package for Zorgtafel users goes the same way.
import { canExport, type ReferralGateProblem } from '../../../../shared/referrals/consentGate';
import { newDocumentId } from '../../../../shared/referrals/fingerprint';
import { feedbackConsentBasis } from '../../../../shared/referrals/feedback';
import {
  referralPackageContent,
  type FeedbackConsentBasis,
} from '../../../../shared/referrals/package';
import {
  generateSharingIdentity,
  type Deelsleutel,
  type SharingIdentity,
} from '../../../../shared/sharing/identity';
import {
  identityFromRecord,
  identityToRecord,
  SHARING_IDENTITY_RECORD_ID,
} from '../../../../shared/sharing/identityRecord';
import { fromBase64 } from '../../../../shared/crypto/bytes';
import type { IsoDate } from '../../../../shared/domain/dates';
import {
  renderReferralLetter,
  type ReferralLetterVariant,
} from '../../../../shared/documents/referralLetter';
import type { ReferralLetterContent } from '../../../../shared/referrals/letterContent';
import type { Letterhead } from '../../../../shared/referrals/letterhead';
import type { Referral } from '../../../../shared/referrals/referral';
import type { Host } from '../../host/Host';
import { sealInWorker } from '../../sharing/shareWorkerClient';
import { loadDocumentFonts } from '../../security/documentFonts';
import type { AppSession } from '../../security/VaultProvider';
import { letterContentFor, readReferralSources, type LetterProblem } from './referralSources';

export type ExportOutcome =
  | { readonly kind: 'blocked'; readonly missing: readonly ReferralGateProblem[] }
  | { readonly kind: 'letter-problem'; readonly problem: LetterProblem }
  | { readonly kind: 'cancelled' }
  | {
      readonly kind: 'saved';
      readonly name: string;
      readonly documentId: string;
      readonly fingerprint: string;
    };

/** The suggested file name: the kind of letter and the day, never a name. */
export function referralFileName(variant: ReferralLetterVariant, today: IsoDate): string {
  return variant === 'recipient'
    ? `verwijzing-${today}.pdf`
    : `verwijzing-ouderexemplaar-${today}.pdf`;
}

type Refused = Extract<ExportOutcome, { readonly kind: 'blocked' | 'letter-problem' }>;

interface GatedLetter {
  readonly referral: Referral;
  readonly letterhead: Letterhead;
  readonly content: ReferralLetterContent;
  readonly documentId: string;
  /** What the family's consent to feed back covers today (the package tells the recipient). */
  readonly feedbackConsent: FeedbackConsentBasis | undefined;
}

/**
 * What both the PDF letter and the package start from: the records read now, not from the
 * screen's last render (the gate decides on the vault as it is), the consent gate asked at this
 * moment, and the letter content dated the day it was sent once it was, otherwise today.
 */
function prepareGatedLetter(
  session: AppSession,
  referralId: string,
  today: IsoDate,
): GatedLetter | Refused {
  const sources = readReferralSources(session, referralId);
  if (sources === undefined)
    return { kind: 'letter-problem', problem: { code: 'letter.no-recipient' } };
  const gate = canExport(sources.referral, sources.pupil, sources.consents, today);
  if (!gate.allowed) return { kind: 'blocked', missing: gate.missing };
  const sentOn = sources.referral.history.find((h) => h.status === 'verstuurd')?.date;
  const content = letterContentFor(session, sources, sentOn ?? today);
  if (!content.ok) return { kind: 'letter-problem', problem: content.error };
  return {
    referral: sources.referral,
    letterhead: sources.letterhead,
    content: content.value,
    documentId: newDocumentId(),
    feedbackConsent: feedbackConsentBasis(sources.referral, sources.pupil, sources.consents, today),
  };
}

const AUDIT_DETAIL = {
  recipient: 'referral-letter',
  parents: 'referral-letter-parents',
  package: 'referral-package',
} as const;

/** Records a saved letter or package on the referral (document id, fingerprint) and in the audit trail. */
async function recordSavedLetter(
  session: AppSession,
  letter: GatedLetter,
  saved: {
    readonly variant: ReferralLetterVariant | 'package';
    readonly fingerprint: string;
    readonly date: IsoDate;
  },
): Promise<void> {
  const current = session.records.get('case.referral', letter.referral.id) ?? letter.referral;
  await session.records.put('case.referral', {
    ...current,
    letters: [
      ...(current.letters ?? []),
      {
        documentId: letter.documentId,
        fingerprint: saved.fingerprint,
        variant: saved.variant,
        date: saved.date,
      },
    ],
    updatedAt: new Date().toISOString(),
  });
  await session.audit.append('export', {
    recordType: 'case.referral',
    recordId: letter.referral.id,
    detail: AUDIT_DETAIL[saved.variant],
  });
  // A deliberately included meldcode part is also on the track's own trail, with its basis:
  // the one way anything of a track leaves the vault in a referral (issue 16, point 3).
  const part = letter.referral.meldcodePart;
  if (part?.basis !== undefined && letter.content.meldcode !== undefined)
    await session.audit.append('export', {
      recordType: 'case.meldcode',
      recordId: part.trackId,
      detail: `${AUDIT_DETAIL[saved.variant]};basis=${part.basis.kind}`,
    });
}

export async function exportReferralLetter(
  session: AppSession,
  host: Host,
  referralId: string,
  variant: ReferralLetterVariant,
  today: IsoDate,
): Promise<ExportOutcome> {
  const letter = prepareGatedLetter(session, referralId, today);
  if ('kind' in letter) return letter;
  const logo = letter.letterhead.logo;
  const { bytes, fingerprint } = await renderReferralLetter({
    fonts: await loadDocumentFonts(),
    content: letter.content,
    documentId: letter.documentId,
    variant,
    ...(logo === undefined ? {} : { logo: fromBase64(logo.data) }),
  });
  const outcome = await host.saveFile({
    suggestedName: referralFileName(variant, today),
    bytes,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (!outcome.saved) return { kind: 'cancelled' };
  await recordSavedLetter(session, letter, { variant, fingerprint, date: today });
  return { kind: 'saved', name: outcome.name, documentId: letter.documentId, fingerprint };
}

/** The file name of the encrypted package: kind and day only. */
export function referralPackageFileName(today: IsoDate): string {
  return `verwijzing-${today}.zorgtafel`;
}

/** The package ends the same ways as the letter. */
export type PackageOutcome = ExportOutcome;

/**
 * The encrypted referral package for recipients who use Zorgtafel: the same content as the
 * letter, sealed for their deelsleutels or a passphrase, signed with the school's identity.
 * The consent gate is asked at this moment, exactly as for the PDF.
 */
export async function exportReferralPackage(
  session: AppSession,
  host: Host,
  referralId: string,
  to: { readonly recipients: readonly Deelsleutel[] } | { readonly passphrase: string },
  today: IsoDate,
): Promise<PackageOutcome> {
  const letter = prepareGatedLetter(session, referralId, today);
  if ('kind' in letter) return letter;
  const sender = await schoolSharingIdentity(session);
  const packaged = await referralPackageContent(
    letter.content,
    letter.documentId,
    letter.feedbackConsent,
  );
  // In the sharing worker: a passphrase means scrypt (about a second), which must not stall the UI.
  const bytes = await sealInWorker({
    kind: 'referral',
    content: packaged,
    sender,
    to,
    createdAt: new Date().toISOString(),
  });
  const fingerprint = packaged.fingerprint;
  const outcome = await host.saveFile({
    suggestedName: referralPackageFileName(today),
    bytes,
    filters: [{ name: 'Zorgtafel', extensions: ['zorgtafel'] }],
  });
  if (!outcome.saved) return { kind: 'cancelled' };
  await recordSavedLetter(session, letter, { variant: 'package', fingerprint, date: today });
  return { kind: 'saved', name: outcome.name, documentId: letter.documentId, fingerprint };
}

/** The school's sharing identity from the vault, created and stored on first use. */
async function schoolSharingIdentity(session: AppSession): Promise<SharingIdentity> {
  const stored = session.records.get('sharing.identity', SHARING_IDENTITY_RECORD_ID);
  if (stored !== undefined) {
    const identity = await identityFromRecord(stored);
    if (!identity.ok) throw new Error(identity.error.code);
    return identity.value;
  }
  const identity = await generateSharingIdentity();
  await session.records.put(
    'sharing.identity',
    identityToRecord(identity, new Date().toISOString()),
  );
  return identity;
}
