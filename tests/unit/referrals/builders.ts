// Runs in: Node (test tooling).
//
// Builders for referral tests: a sent-ready referral for Zoë to the wijkteam (the parents saw
// the draft), and the consents that allow it, so each test states only what differs.
import type { Consent } from '../../../shared/domain/consent';
import type { Referral } from '../../../shared/referrals/referral';
import { consent, T0 } from '../domain/builders';

export const WIJKTEAM = 'o-wijkteam';
export { pupil, T0 } from '../domain/builders';

export function referral(overrides: Partial<Referral> = {}): Referral {
  return {
    id: 'v-1',
    caseId: 'c-1',
    pupilId: 'p-zoe',
    recipientOrganisationId: WIJKTEAM,
    status: 'concept',
    history: [{ status: 'concept', date: '2026-02-02' }],
    composition: {
      reasonAndQuestion: 'Zoë is stil en moe; wat speelt er thuis?',
      alreadyDone: { refIds: ['a-1'], text: 'Gesprekken met moeder en de coördinator.' },
      strengths: 'Zoë is creatief; oma helpt veel.',
      concerns: [{ leefgebiedId: 'onderwijs', text: 'Concentratie daalt.' }],
      askOfRecipient: 'Kunt u contact opnemen met het gezin?',
      involvementIds: ['i-1'],
    },
    attachments: [],
    dataCategories: ['basisgegevens', 'zorgsignaal-en-hulpvraag', 'thuissituatie'],
    feedback: [],
    // The parents saw the draft, so the referral may be sent without a reason (issue 18).
    parentsReview: { date: '2026-02-03', how: 'gesprek', reaction: '', corrections: '' },
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

/** A 'verwijzen' consent to the wijkteam signed by both parents and Zoë. */
export function referConsent(overrides: Partial<Consent> = {}): Consent {
  return consent({
    id: 'k-refer',
    purpose: 'verwijzen',
    meetingKinds: undefined,
    recipientOrganisationId: WIJKTEAM,
    recipientOrganisationName: 'Wijkteam Enschede-Centrum',
    dataCategories: [
      'basisgegevens',
      'zorgsignaal-en-hulpvraag',
      'thuissituatie',
      'overlegverslagen',
    ],
    ...overrides,
  });
}

export function documentConsent(documentName: string, overrides: Partial<Consent> = {}): Consent {
  return referConsent({
    id: `k-doc-${documentName.length}`,
    purpose: 'document-doorgeven',
    documentName,
    dataCategories: ['benoemd-document'],
    ...overrides,
  });
}

export function feedbackConsent(overrides: Partial<Consent> = {}): Consent {
  return referConsent({
    id: 'k-feedback',
    purpose: 'terugkoppeling-ontvangen',
    dataCategories: ['zorgsignaal-en-hulpvraag'],
    ...overrides,
  });
}
