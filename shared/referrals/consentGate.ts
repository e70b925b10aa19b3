// Runs in: any environment.
//
// The consent gate of a referral (issue 6, brief §5): a letter may leave school only when a
// 'verwijzen' consent for this recipient covers EVERY data category it shares (including the
// categories of its attachments), and each named document has its own 'document-doorgeven'
// consent. There is no override. When the gate is closed it says exactly what is missing, per
// category and per attachment, so the wizard can offer to record consent or print the form.
// The same gate is asked again at every later export, so a withdrawal blocks re-exports at
// once while what was already sent stays in the record as sent.
import { evaluateConsent, type ConsentReason } from '../domain/consentEvaluation';
import type { Consent, DataCategory } from '../domain/consent';
import type { IsoDate } from '../domain/dates';
import type { ScopeDraft } from '../domain/consentScopeDraft';
import type { Pupil } from '../domain/pupil';
import type { AttachmentKind, Referral, ReferralAttachment } from './referral';

type GatePupil = Pick<
  Pupil,
  'id' | 'firstName' | 'tussenvoegsel' | 'lastName' | 'dateOfBirth' | 'guardians'
>;

/** The data category an attachment kind shares; named documents go by their own consent. */
export const ATTACHMENT_CATEGORY: Readonly<
  Record<Exclude<AttachmentKind, 'document'>, DataCategory>
> = {
  minutes: 'overlegverslagen',
  actieplan: 'actieplan',
};

/** What is missing; every code is stable and the UI turns it into a Dutch sentence. */
export type ReferralGateProblem =
  | { readonly code: 'referral.no-categories' }
  /** A selected category no valid 'verwijzen' consent for this recipient covers. */
  | { readonly code: 'referral.category-not-covered'; readonly category: DataCategory }
  /** An attachment whose category the 'verwijzen' consent does not cover. */
  | {
      readonly code: 'referral.attachment-not-covered';
      readonly attachment: ReferralAttachment;
      readonly category: DataCategory;
    }
  /** The best 'verwijzen' consent fails for another reason (expired, withdrawn, a signer missing, none at all). */
  | { readonly code: 'referral.consent-invalid'; readonly reason: ConsentReason }
  /** A named document without its own valid 'document-doorgeven' consent. */
  | {
      readonly code: 'referral.document-consent-missing';
      readonly attachment: ReferralAttachment;
      readonly reasons: readonly ConsentReason[];
    };

export type ReferralGateProblemCode = ReferralGateProblem['code'];

export type ReferralGateDecision =
  | { readonly allowed: true; readonly consentIds: readonly string[] }
  | { readonly allowed: false; readonly missing: readonly ReferralGateProblem[] };

/** Every category the referral shares: the selected ones plus those of its attachments. */
export function requiredCategories(
  referral: Pick<Referral, 'dataCategories' | 'attachments'>,
): DataCategory[] {
  const fromAttachments = referral.attachments.flatMap((a) =>
    a.kind === 'document' ? [] : [ATTACHMENT_CATEGORY[a.kind]],
  );
  return [...new Set([...referral.dataCategories, ...fromAttachments])];
}

/** The consent a referral needs, as the consent dialogs' starting scope. */
export function referralConsentScope(
  referral: Pick<Referral, 'recipientOrganisationId' | 'dataCategories' | 'attachments'>,
): ScopeDraft {
  const categories = requiredCategories(referral);
  return {
    purpose: 'verwijzen',
    meetingKinds: [],
    recipientId: referral.recipientOrganisationId,
    documentName: '',
    categories:
      categories.length === 0 ? ['basisgegevens', 'zorgsignaal-en-hulpvraag'] : categories,
  };
}

/** The 'verwijzen' decision for some categories of this referral. */
function referDecision(
  referral: Pick<Referral, 'recipientOrganisationId'>,
  categories: readonly DataCategory[],
  pupil: GatePupil,
  consents: readonly Consent[],
  onDate: IsoDate,
) {
  return evaluateConsent(
    {
      purpose: 'verwijzen',
      recipientOrganisationId: referral.recipientOrganisationId,
      categories,
      onDate,
    },
    pupil,
    consents,
  );
}

function documentDecision(
  referral: Pick<Referral, 'recipientOrganisationId'>,
  attachment: ReferralAttachment,
  pupil: GatePupil,
  consents: readonly Consent[],
  onDate: IsoDate,
) {
  return evaluateConsent(
    {
      purpose: 'document-doorgeven',
      recipientOrganisationId: referral.recipientOrganisationId,
      categories: ['benoemd-document'],
      ...(attachment.documentName === undefined ? {} : { documentName: attachment.documentName }),
      onDate,
    },
    pupil,
    consents,
  );
}

/**
 * May this referral leave school on `onDate`? Allowed only when one valid 'verwijzen'
 * consent for the recipient covers every required category and each named document has its
 * own valid consent. Otherwise lists every missing category, attachment and consent problem.
 */
export function referralConsentGate(
  referral: Pick<
    Referral,
    'pupilId' | 'recipientOrganisationId' | 'dataCategories' | 'attachments'
  >,
  pupil: GatePupil,
  consents: readonly Consent[],
  onDate: IsoDate,
): ReferralGateDecision {
  const missing: ReferralGateProblem[] = [];
  const consentIds = new Set<string>();
  const categories = requiredCategories(referral);
  if (pupil.id !== referral.pupilId)
    throw new Error('referral-gate: the referral belongs to another pupil');

  if (referral.dataCategories.length === 0) missing.push({ code: 'referral.no-categories' });
  if (categories.length > 0) {
    const decision = referDecision(referral, categories, pupil, consents, onDate);
    if (decision.allowed) decision.consentIds.forEach((id) => consentIds.add(id));
    else {
      // A scope problem (no consent, another recipient) leaves every category uncovered.
      const noScope = decision.reasons.some(
        (r) => r.code === 'no-consent-for-purpose' || r.code === 'wrong-recipient',
      );
      const uncovered = new Set<DataCategory>(
        noScope
          ? categories
          : decision.reasons.flatMap((r) =>
              r.code === 'category-not-covered' ? r.categories : [],
            ),
      );
      for (const category of referral.dataCategories)
        if (uncovered.has(category))
          missing.push({ code: 'referral.category-not-covered', category });
      for (const attachment of referral.attachments) {
        if (attachment.kind === 'document') continue;
        const category = ATTACHMENT_CATEGORY[attachment.kind];
        if (uncovered.has(category) && !referral.dataCategories.includes(category))
          missing.push({ code: 'referral.attachment-not-covered', attachment, category });
      }
      for (const reason of decision.reasons)
        if (reason.code !== 'category-not-covered')
          missing.push({ code: 'referral.consent-invalid', reason });
    }
  }
  for (const attachment of referral.attachments) {
    if (attachment.kind !== 'document') continue;
    const decision = documentDecision(referral, attachment, pupil, consents, onDate);
    if (decision.allowed) decision.consentIds.forEach((id) => consentIds.add(id));
    else
      missing.push({
        code: 'referral.document-consent-missing',
        attachment,
        reasons: decision.reasons,
      });
  }
  return missing.length === 0
    ? { allowed: true, consentIds: [...consentIds].sort() }
    : { allowed: false, missing };
}

/**
 * May a (new) export or print of this referral be made on `onDate`? The same gate as
 * sending: after a withdrawal it is closed. It never changes the referral, so a letter
 * already sent stays recorded as sent.
 */
export function canExport(
  referral: Pick<
    Referral,
    'pupilId' | 'recipientOrganisationId' | 'dataCategories' | 'attachments'
  >,
  pupil: GatePupil,
  consents: readonly Consent[],
  onDate: IsoDate,
): ReferralGateDecision {
  return referralConsentGate(referral, pupil, consents, onDate);
}

/** Something from the formal case that could be attached. Working notes have no kind here. */
export interface AttachmentCandidate {
  readonly kind: AttachmentKind;
  readonly refId: string;
  /** Required for kind 'document'. */
  readonly documentName?: string;
  /** What the picker shows. */
  readonly label: string;
}

/**
 * The candidates the wizard may offer: minutes and actieplannen only when the 'verwijzen'
 * consent for the recipient covers their category, named documents only with their own
 * 'document-doorgeven' consent. Candidates come from the formal case (ExportableCase and
 * the meetings module), which has no working notes, and the kind type has no member for them.
 */
export function allowedAttachments(
  candidates: readonly AttachmentCandidate[],
  referral: Pick<Referral, 'pupilId' | 'recipientOrganisationId'>,
  pupil: GatePupil,
  consents: readonly Consent[],
  onDate: IsoDate,
): AttachmentCandidate[] {
  if (pupil.id !== referral.pupilId) return [];
  return candidates.filter((candidate) => {
    if (candidate.kind === 'document') {
      if (candidate.documentName === undefined) return false;
      const attachment: ReferralAttachment = {
        kind: 'document',
        refId: candidate.refId,
        documentName: candidate.documentName,
      };
      return documentDecision(referral, attachment, pupil, consents, onDate).allowed;
    }
    return referDecision(referral, [ATTACHMENT_CATEGORY[candidate.kind]], pupil, consents, onDate)
      .allowed;
  });
}
