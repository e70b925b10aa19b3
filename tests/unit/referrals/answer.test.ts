// Runs in: Node (test tooling).
//
// The recipient's answer to a referral (issue 15 §3) and how the school takes it in: feedback
// text only with the family's consent to feed back as the package stated it (recipient side)
// and only with a valid consent to receive feedback (school side, else refused with the reasons
// and nothing stored); the answer sealed to the school and opened through the one opener;
// tampered, truncated, expired, wrong-recipient, fuzzed and unknown-referral or unknown-sender
// answers refused; every change taken over only when chosen; the same answer again changes
// nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectEveryCorruptionRefused } from '../../helpers/corruptFiles';
import { emptyActieplan } from '../../../shared/meetings/actieplan';
import {
  buildReferralAnswer,
  referralAnswerSchema,
  type ReferralAnswer,
} from '../../../shared/referrals/answer';
import {
  applyAnswerChoices,
  matchAnswer,
  reviewAnswer,
} from '../../../shared/referrals/answerImport';
import { feedbackConsentBasis } from '../../../shared/referrals/feedback';
import { transitionReferral } from '../../../shared/referrals/lifecycle';
import { referralPackageContent, type ReferralPackage } from '../../../shared/referrals/package';
import type { ReceivedReferral } from '../../../shared/referrals/received';
import type { Referral } from '../../../shared/referrals/referral';
import { sealSharedFile } from '../../../shared/sharing/container';
import {
  deelsleutelOf,
  generateSharingIdentity,
  parseDeelsleutel,
} from '../../../shared/sharing/identity';
import { openReceivedFile } from '../../../shared/sharing/opener';
import { contentSchemaOf, sealProblems } from '../../../shared/sharing/sealCheck';
import { feedbackConsent, pupil, referConsent, referral, WIJKTEAM } from './builders';
import { letterContent } from './letterFixture';

const DOCUMENT_ID = 'ZT-7K3Q-0000-ABCD-EFGH';
const NOW = new Date('2026-03-02T10:00:00Z');
const TODAY = '2026-03-02';
const OPTIONS = { now: NOW, maxBytes: 1_000_000 } as const;
const FROM = { name: 'Fatma Şükrü', organisation: 'Wijkteam Enschede-Centrum' };
const FEEDBACK = 'Gezin werkt goed mee; we starten met opvoedondersteuning.';

async function pkg(withFeedbackConsent: boolean): Promise<ReferralPackage> {
  const basis = withFeedbackConsent
    ? feedbackConsentBasis(referral(), pupil(), [feedbackConsent()], '2026-02-10')
    : undefined;
  return referralPackageContent(letterContent(), DOCUMENT_ID, basis);
}

function received(p: ReferralPackage): Pick<ReceivedReferral, 'package' | 'history'> {
  return {
    package: p,
    history: [
      { step: 'contact', date: '2026-02-12', note: 'Moeder gebeld; privé-notitie.' },
      { step: 'intake', date: '2026-02-16' },
      {
        step: 'plan',
        date: '2026-02-26',
        goals: [{ leefgebiedId: 'gezin', goal: 'Vaste bedtijd om half acht' }],
      },
    ],
  };
}

async function answer(withFeedbackConsent = true, text = FEEDBACK): Promise<ReferralAnswer> {
  const built = buildReferralAnswer(
    received(await pkg(withFeedbackConsent)),
    { from: FROM, feedbackText: withFeedbackConsent ? text : '', includeHomeGoals: true },
    TODAY,
  );
  if (!built.ok) throw new Error(built.error.code);
  return built.value;
}

/** The school's referral: sent on 10 February, its package recorded with the letter's fingerprint. */
async function schoolReferral(): Promise<Referral> {
  const p = await pkg(true);
  const sent = transitionReferral(referral(), 'verstuurd', {
    date: '2026-02-10',
    sentVia: 'zorgtafel-bestand',
  });
  if (!sent.ok) throw new Error(sent.error.code);
  return {
    ...sent.value,
    letters: [
      {
        documentId: DOCUMENT_ID,
        fingerprint: p.fingerprint,
        variant: 'package',
        date: '2026-02-10',
      },
    ],
  };
}

async function parties() {
  const school = await generateSharingIdentity();
  const team = await generateSharingIdentity();
  const schoolKey = parseDeelsleutel(deelsleutelOf(school));
  if (!schoolKey.ok) throw new Error('deelsleutel');
  return { school, team, schoolKey: schoolKey.value };
}

const teamContact = (deelsleutel: string, organisationId = WIJKTEAM) => ({
  id: 'ct-fatma',
  organisationId,
  deelsleutel,
});

describe('the recipient makes an answer', () => {
  it('carries the dates, the feedback the consent allows and the home goals, never the notes', async () => {
    const a = await answer();
    expect(a.steps).toEqual([
      { step: 'contact', date: '2026-02-12' },
      { step: 'intake', date: '2026-02-16' },
      { step: 'plan', date: '2026-02-26' },
    ]);
    expect(a.feedback).toEqual({ kind: 'text', text: FEEDBACK });
    expect(a.homeGoals).toEqual([{ leefgebiedId: 'gezin', goal: 'Vaste bedtijd om half acht' }]);
    expect(JSON.stringify(a)).not.toContain('privé-notitie');
    expect(sealProblems(a, contentSchemaOf('referral-answer'))).toEqual([]);
  });

  it('refuses feedback text without a consent to feed back, and says so in the answer', async () => {
    const r = received(await pkg(false));
    const withText = buildReferralAnswer(
      r,
      { from: FROM, feedbackText: FEEDBACK, includeHomeGoals: false },
      TODAY,
    );
    expect(withText).toEqual({
      ok: false,
      error: { code: 'answer.feedback-without-consent', reason: 'no-consent' },
    });
    const without = buildReferralAnswer(
      r,
      { from: FROM, feedbackText: '  ', includeHomeGoals: false },
      TODAY,
    );
    expect(without.ok && without.value.feedback).toEqual({ kind: 'no-consent' });
    expect(without.ok && without.value.homeGoals).toEqual([]);
  });

  it('refuses feedback text once the consent the package stated has ended', async () => {
    const r = received(await pkg(true));
    expect(r.package.feedbackConsent?.validUntil).toBe('2026-07-31');
    const later = buildReferralAnswer(
      r,
      { from: FROM, feedbackText: FEEDBACK, includeHomeGoals: false },
      '2026-08-01',
    );
    expect(later).toEqual({
      ok: false,
      error: { code: 'answer.feedback-without-consent', reason: 'expired' },
    });
  });

  it('a package made without a feedback consent carries no consent basis', async () => {
    expect(feedbackConsentBasis(referral(), pupil(), [referConsent()], TODAY)).toBeUndefined();
    expect((await pkg(false)).feedbackConsent).toBeUndefined();
  });
});

describe('the answer travels through the one opener', () => {
  async function sealed(content: unknown, expiresAt?: Date) {
    const p = await parties();
    const bytes = await sealSharedFile({
      kind: 'referral-answer',
      content,
      sender: p.team,
      to: { recipients: [p.schoolKey] },
      createdAt: NOW,
      ...(expiresAt === undefined ? {} : { expiresAt }),
    });
    return { ...p, bytes };
  }

  it('opens for the school as a referral answer, signed by the team', async () => {
    const a = await answer();
    const { school, team, bytes } = await sealed(a);
    const opened = await openReceivedFile(bytes, { identity: school }, OPTIONS);
    if (!opened.ok) throw new Error(opened.error.code);
    expect(opened.value.opened).toEqual({ kind: 'referral-answer', content: a });
    expect(opened.value.sender.deelsleutel).toBe(deelsleutelOf(team));
  });

  it('refuses an expired, a cut-short, a wrong-recipient and an invalid answer', async () => {
    const a = await answer();
    const { school, team, bytes } = await sealed(a, new Date('2026-03-03T00:00:00Z'));
    const expired = await openReceivedFile(
      bytes,
      { identity: school },
      { ...OPTIONS, now: new Date('2026-03-04T00:00:00Z') },
    );
    expect(expired.ok ? 'opened' : expired.error.code).toBe('share.expired');
    const cut = await openReceivedFile(bytes.slice(0, -40), { identity: school }, OPTIONS);
    expect(cut.ok ? 'opened' : cut.error.code).toBe('share.truncated');
    const wrong = await openReceivedFile(bytes, { identity: team }, OPTIONS);
    expect(wrong.ok ? 'opened' : wrong.error.code).toBe('share.not-for-you');
    // Feedback text that claims no consent, or steps out of date order: refused as content.
    for (const bad of [
      { ...a, feedback: { kind: 'no-consent', text: FEEDBACK } },
      { ...a, steps: [...a.steps].reverse() },
      { ...a, extra: 'x' },
    ]) {
      expect(sealProblems(bad, contentSchemaOf('referral-answer')).length).toBeGreaterThan(0);
      const p = await sealed(bad);
      const opened = await openReceivedFile(p.bytes, { identity: p.school }, OPTIONS);
      expect(opened.ok ? 'opened' : opened.error.code).toBe('share.invalid-content');
    }
  });

  it('refuses the answer with any byte changed or cut anywhere (fuzzed)', async () => {
    const { school, bytes } = await sealed(await answer());
    await expectEveryCorruptionRefused(bytes, (bad) =>
      openReceivedFile(bad, { identity: school }, OPTIONS),
    );
  });

  it('refuses fuzzed answer content: any required field replaced by junk', async () => {
    const a = await answer();
    fc.assert(
      fc.property(
        fc.record({
          key: fc.constantFrom('documentId', 'fingerprint', 'answeredOn', 'steps', 'feedback'),
          value: fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.constant(null)),
        }),
        ({ key, value }) => {
          expect(referralAnswerSchema.safeParse({ ...a, [key]: value }).success).toBe(false);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('the school takes the answer in', () => {
  it('refuses an answer for an unknown referral, from an unknown or a foreign sender', async () => {
    const a = await answer();
    const r = await schoolReferral();
    const team = 'age1team';
    expect(matchAnswer(a, team, [r], [teamContact(team)])).toMatchObject({
      ok: true,
      value: { referral: r, contactId: 'ct-fatma' },
    });
    expect(
      matchAnswer({ ...a, fingerprint: 'f'.repeat(64) }, team, [r], [teamContact(team)]),
    ).toEqual({
      ok: false,
      error: { code: 'answer.unknown-referral' },
    });
    expect(matchAnswer(a, team, [{ ...r, letters: [] }], [teamContact(team)]).ok).toBe(false);
    expect(matchAnswer(a, team, [r], [teamContact('age1else')])).toEqual({
      ok: false,
      error: { code: 'answer.unknown-sender' },
    });
    expect(matchAnswer(a, team, [r], [teamContact(team, 'o-other')])).toEqual({
      ok: false,
      error: { code: 'answer.foreign-sender' },
    });
  });

  it('offers each date, the feedback and the home goal, and takes over only what is chosen', async () => {
    const a = await answer();
    const r = await schoolReferral();
    const consents = [referConsent(), feedbackConsent()];
    const review = reviewAnswer(a, r, undefined, pupil(), consents, TODAY);
    expect(review.feedbackRefused).toBeUndefined();
    expect(review.items.map((i) => i.id)).toEqual([
      'status:contact-opgenomen',
      'status:intake-gedaan',
      'feedback',
      'goal:0',
    ]);
    let n = 0;
    const options = { today: TODAY, now: NOW.toISOString(), newId: () => `goal-${++n}` };
    const input = { referral: r, plan: undefined, pupil: pupil(), consents };
    const none = applyAnswerChoices(input, review, [], options);
    expect(none).toEqual({ ok: true, value: {} });
    expect(applyAnswerChoices(input, review, ['status:hulp-gestart'], options)).toEqual({
      ok: false,
      error: { code: 'answer.choice-not-offered', id: 'status:hulp-gestart' },
    });
    const all = applyAnswerChoices(
      input,
      review,
      review.items.map((i) => i.id),
      options,
    );
    if (!all.ok) throw new Error(all.error.code);
    const { referral: updated, plan } = all.value;
    expect(updated?.status).toBe('intake-gedaan');
    expect(updated?.history.map((h) => [h.status, h.date])).toEqual([
      ['concept', '2026-02-02'],
      ['verstuurd', '2026-02-10'],
      ['contact-opgenomen', '2026-02-12'],
      ['intake-gedaan', '2026-02-16'],
    ]);
    expect(updated?.feedback).toEqual([
      { date: TODAY, from: `${FROM.name} (${FROM.organisation})`, text: FEEDBACK },
    ]);
    expect(plan?.goals).toEqual([
      { id: 'goal-1', side: 'thuis', leefgebieden: ['gezin'], text: 'Vaste bedtijd om half acht' },
    ]);

    // The same answer again (a replay, or opened twice): nothing is offered, nothing changes.
    if (updated === undefined) throw new Error('referral');
    const again = reviewAnswer(a, updated, plan, pupil(), consents, TODAY);
    expect(again.items).toEqual([]);
  });

  it('refuses the feedback without a consent to receive it (reasons given, text never offered), other items still offered', async () => {
    const a = await answer();
    const r = await schoolReferral();
    const review = reviewAnswer(
      a,
      r,
      emptyActieplan('c-1', NOW.toISOString()),
      pupil(),
      [referConsent()],
      TODAY,
    );
    expect(review.feedbackRefused).toEqual([
      { code: 'no-consent-for-purpose', purpose: 'terugkoppeling-ontvangen' },
    ]);
    expect(review.items.some((i) => i.kind === 'feedback')).toBe(false);
    expect(JSON.stringify(review)).not.toContain(FEEDBACK);
    // A stale screen that still asks for it writes nothing.
    const forced = applyAnswerChoices(
      { referral: r, plan: undefined, pupil: pupil(), consents: [referConsent()] },
      review,
      ['feedback'],
      { today: TODAY, now: NOW.toISOString(), newId: () => 'g' },
    );
    expect(forced.ok ? 'applied' : forced.error.code).toBe('answer.choice-not-offered');
    // Withdrawn after the package was made: refused as well.
    const withdrawn = feedbackConsent({
      withdrawn: { date: '2026-02-20', by: 'Marieke van der Berg' },
    });
    const later = reviewAnswer(a, r, undefined, pupil(), [referConsent(), withdrawn], TODAY);
    expect(later.feedbackRefused?.[0]?.code).toBe('withdrawn');
  });

  it("a returned referral brings its reason; the other route lands as the family's route", async () => {
    const base = received(await pkg(false));
    const returned = buildReferralAnswer(
      {
        ...base,
        history: [
          { step: 'teruggestuurd', date: '2026-02-12', reason: 'Past beter bij de huisarts' },
        ],
      },
      { from: FROM, feedbackText: '', includeHomeGoals: true },
      TODAY,
    );
    if (!returned.ok) throw new Error(returned.error.code);
    expect(returned.value.homeGoals).toEqual([]);
    const r = await schoolReferral();
    const review = reviewAnswer(returned.value, r, undefined, pupil(), [], TODAY);
    expect(review.items).toEqual([
      {
        id: 'status:teruggestuurd',
        kind: 'status',
        status: 'teruggestuurd',
        date: '2026-02-12',
        reason: 'Past beter bij de huisarts',
      },
    ]);
    const route = buildReferralAnswer(
      { ...base, history: [{ step: 'andere-route', date: '2026-02-13', route: 'veilig-thuis' }] },
      { from: FROM, feedbackText: '', includeHomeGoals: false },
      TODAY,
    );
    if (!route.ok) throw new Error(route.error.code);
    const routeReview = reviewAnswer(route.value, r, undefined, pupil(), [], TODAY);
    const applied = applyAnswerChoices(
      { referral: r, plan: undefined, pupil: pupil(), consents: [] },
      routeReview,
      ['route'],
      { today: TODAY, now: NOW.toISOString(), newId: () => 'g' },
    );
    expect(applied.ok && applied.value.referral?.route).toEqual({
      kind: 'veilig-thuis',
      date: '2026-02-13',
    });
  });
});
