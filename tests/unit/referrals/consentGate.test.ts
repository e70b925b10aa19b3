// Tests for the referral consent gate: every missing category is named, attachments need
// their category or their own document consent, working notes cannot be offered, and a
// withdrawal blocks later exports while the sent history stays.
import { describe, expect, it } from 'vitest';
import {
  allowedAttachments,
  canExport,
  referralConsentGate,
  referralConsentScope,
  requiredCategories,
  type AttachmentCandidate,
} from '../../../shared/referrals/consentGate';
import { transitionReferral } from '../../../shared/referrals/lifecycle';
import { documentConsent, pupil, referConsent, referral } from './builders';

const ON = '2026-02-10';

describe('referralConsentGate', () => {
  it('allows when one verwijzen consent for the recipient covers every category', () => {
    expect(referralConsentGate(referral(), pupil(), [referConsent()], ON)).toEqual({
      allowed: true,
      consentIds: ['k-refer'],
    });
  });

  it('names each missing category', () => {
    const r = referral({ dataCategories: ['basisgegevens', 'medisch', 'schoolresultaten'] });
    const decision = referralConsentGate(r, pupil(), [referConsent()], ON);
    expect(decision.allowed).toBe(false);
    if (decision.allowed) return;
    expect(decision.missing).toEqual([
      { code: 'referral.category-not-covered', category: 'medisch' },
      { code: 'referral.category-not-covered', category: 'schoolresultaten' },
    ]);
  });

  it('without any consent every category is missing, with the consent reason', () => {
    const decision = referralConsentGate(referral(), pupil(), [], ON);
    if (decision.allowed) throw new Error('expected refusal');
    expect(
      decision.missing
        .filter((m) => m.code === 'referral.category-not-covered')
        .map((m) => (m.code === 'referral.category-not-covered' ? m.category : '')),
    ).toEqual(['basisgegevens', 'zorgsignaal-en-hulpvraag', 'thuissituatie']);
    expect(decision.missing).toContainEqual({
      code: 'referral.consent-invalid',
      reason: { code: 'no-consent-for-purpose', purpose: 'verwijzen' },
    });
  });

  it('a consent for another recipient does not count', () => {
    const decision = referralConsentGate(
      referral(),
      pupil(),
      [referConsent({ recipientOrganisationId: 'o-other' })],
      ON,
    );
    expect(decision.allowed).toBe(false);
    if (!decision.allowed)
      expect(
        decision.missing.filter((m) => m.code === 'referral.category-not-covered'),
      ).toHaveLength(3);
  });

  it('reports a missing signer as a consent problem', () => {
    const c = referConsent();
    const decision = referralConsentGate(
      referral(),
      pupil(),
      [{ ...c, givenBy: c.givenBy.filter((g) => g.guardianId !== 'g-father') }],
      ON,
    );
    if (decision.allowed) throw new Error('expected refusal');
    expect(decision.missing).toEqual([
      {
        code: 'referral.consent-invalid',
        reason: {
          code: 'missing-guardian',
          consentId: 'k-refer',
          guardianId: 'g-father',
          guardianName: 'Thomas van der Berg',
        },
      },
    ]);
  });

  it('refuses a referral without categories', () => {
    const decision = referralConsentGate(
      referral({ dataCategories: [] }),
      pupil(),
      [referConsent()],
      ON,
    );
    expect(decision).toEqual({ allowed: false, missing: [{ code: 'referral.no-categories' }] });
  });

  it('attachments add their category to the check', () => {
    const minutes = { kind: 'minutes' as const, refId: 'm-1' };
    const plan = { kind: 'actieplan' as const, refId: 'ap-1' };
    const r = referral({ attachments: [minutes, plan] });
    expect(requiredCategories(r)).toEqual([
      'basisgegevens',
      'zorgsignaal-en-hulpvraag',
      'thuissituatie',
      'overlegverslagen',
      'actieplan',
    ]);
    const decision = referralConsentGate(r, pupil(), [referConsent()], ON);
    expect(decision).toEqual({
      allowed: false,
      missing: [
        { code: 'referral.attachment-not-covered', attachment: plan, category: 'actieplan' },
      ],
    });
  });

  it('a named document needs its own document-doorgeven consent', () => {
    const rapport = { kind: 'document' as const, refId: 'd-1', documentName: 'Rapport groep 5' };
    const r = referral({ attachments: [rapport] });
    const refused = referralConsentGate(r, pupil(), [referConsent()], ON);
    if (refused.allowed) throw new Error('expected refusal');
    expect(refused.missing).toEqual([
      {
        code: 'referral.document-consent-missing',
        attachment: rapport,
        reasons: [{ code: 'no-consent-for-purpose', purpose: 'document-doorgeven' }],
      },
    ]);
    // A consent for another document does not cover this one.
    const other = referralConsentGate(
      r,
      pupil(),
      [referConsent(), documentConsent('OPP 2026')],
      ON,
    );
    expect(other.allowed).toBe(false);
    // Its own consent does (names compared without case or accents).
    const allowed = referralConsentGate(
      r,
      pupil(),
      [referConsent(), documentConsent('rapport GROEP 5')],
      ON,
    );
    expect(allowed).toEqual({ allowed: true, consentIds: ['k-doc-15', 'k-refer'] });
  });

  it('refuses to judge another pupil’s referral', () => {
    expect(() =>
      referralConsentGate(referral({ pupilId: 'p-other' }), pupil(), [referConsent()], ON),
    ).toThrow();
  });
});

describe('canExport after withdrawal', () => {
  it('blocks every later export, while the sent history stays as sent', () => {
    const sentResult = transitionReferral(referral(), 'verstuurd', {
      date: '2026-02-10',
      sentVia: 'post',
    });
    if (!sentResult.ok) throw new Error(sentResult.error.code);
    const sent = sentResult.value;
    const withdrawn = referConsent({
      withdrawn: { date: '2026-03-01', by: 'Marieke van der Berg' },
    });
    expect(canExport(sent, pupil(), [withdrawn], '2026-02-28').allowed).toBe(true);
    const later = canExport(sent, pupil(), [withdrawn], '2026-03-01');
    expect(later.allowed).toBe(false);
    if (!later.allowed)
      expect(later.missing).toContainEqual({
        code: 'referral.consent-invalid',
        reason: {
          code: 'withdrawn',
          consentId: 'k-refer',
          date: '2026-03-01',
          by: 'Marieke van der Berg',
        },
      });
    expect(sent.status).toBe('verstuurd');
    expect(sent.history.map((h) => h.status)).toEqual(['concept', 'verstuurd']);
  });

  it('a withdrawn document consent blocks the export too', () => {
    const rapport = { kind: 'document' as const, refId: 'd-1', documentName: 'Rapport groep 5' };
    const r = referral({ attachments: [rapport] });
    const consents = [
      referConsent(),
      documentConsent('Rapport groep 5', {
        withdrawn: { date: '2026-03-01', by: 'Thomas van der Berg' },
      }),
    ];
    expect(canExport(r, pupil(), consents, '2026-02-20').allowed).toBe(true);
    expect(canExport(r, pupil(), consents, '2026-03-02').allowed).toBe(false);
  });
});

describe('allowedAttachments', () => {
  const candidates: AttachmentCandidate[] = [
    { kind: 'minutes', refId: 'm-1', label: 'Verslag zorgteam 12 januari' },
    { kind: 'actieplan', refId: 'ap-1', label: 'Actieplan' },
    { kind: 'document', refId: 'd-1', documentName: 'Rapport groep 5', label: 'Rapport groep 5' },
    { kind: 'document', refId: 'd-2', documentName: 'OPP 2026', label: 'OPP 2026' },
    { kind: 'document', refId: 'd-3', label: 'Naamloos' },
  ];

  it('offers only what the consents cover', () => {
    const offered = allowedAttachments(
      candidates,
      referral(),
      pupil(),
      [referConsent(), documentConsent('Rapport groep 5')],
      ON,
    );
    expect(offered.map((c) => c.refId)).toEqual(['m-1', 'd-1']);
  });

  it('offers nothing without consent, and the actieplan once it is covered', () => {
    expect(allowedAttachments(candidates, referral(), pupil(), [], ON)).toEqual([]);
    const offered = allowedAttachments(
      candidates,
      referral(),
      pupil(),
      [referConsent({ dataCategories: ['actieplan'] })],
      ON,
    );
    expect(offered.map((c) => c.refId)).toEqual(['ap-1']);
  });
});

describe('referralConsentScope', () => {
  it('asks a verwijzen consent for the recipient covering what the referral shares', () => {
    expect(referralConsentScope(referral())).toEqual({
      purpose: 'verwijzen',
      meetingKinds: [],
      recipientId: 'o-wijkteam',
      documentName: '',
      categories: requiredCategories(referral()),
    });
  });

  it('starts from basic data and the care signal while nothing is chosen yet', () => {
    expect(referralConsentScope(referral({ dataCategories: [] })).categories).toEqual([
      'basisgegevens',
      'zorgsignaal-en-hulpvraag',
    ]);
  });
});
