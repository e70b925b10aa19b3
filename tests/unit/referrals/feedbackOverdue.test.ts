// Tests for recording feedback (only with a 'terugkoppeling-ontvangen' consent) and for the
// overdue contact and feedback detection the dashboard shows.
import { describe, expect, it } from 'vitest';
import { referralChronologyEvents } from '../../../shared/referrals/chronology';
import { feedbackConsentDecision, recordFeedback } from '../../../shared/referrals/feedback';
import { transitionReferral } from '../../../shared/referrals/lifecycle';
import { overdueReferrals } from '../../../shared/referrals/overdue';
import type { Referral, ReferralStatus } from '../../../shared/referrals/referral';
import { feedbackConsent, pupil, referConsent, referral } from './builders';

function sentOn(date: string, overrides: Partial<Referral> = {}): Referral {
  const result = transitionReferral(referral(overrides), 'verstuurd', { date, sentVia: 'post' });
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

function moved(r: Referral, to: ReferralStatus, date: string, reason?: string): Referral {
  const result = transitionReferral(r, to, { date, ...(reason === undefined ? {} : { reason }) });
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

const note = {
  date: '2026-02-20',
  from: 'Fatma Şükrü (wijkcoach)',
  text: 'Intake gepland; gezin werkt mee.',
};

describe('feedbackConsentDecision', () => {
  it('allows feedback only with a terugkoppeling-ontvangen consent for the recipient, sent or not', () => {
    expect(
      feedbackConsentDecision(referral(), pupil(), [feedbackConsent()], '2026-02-20'),
    ).toMatchObject({ allowed: true });
    expect(feedbackConsentDecision(referral(), pupil(), [referConsent()], '2026-02-20')).toEqual({
      allowed: false,
      reasons: [{ code: 'no-consent-for-purpose', purpose: 'terugkoppeling-ontvangen' }],
    });
    const elsewhere = feedbackConsent({ recipientOrganisationId: 'o-other' });
    expect(feedbackConsentDecision(referral(), pupil(), [elsewhere], '2026-02-20').allowed).toBe(
      false,
    );
  });
});

describe('recordFeedback', () => {
  it('is refused with feedback.no-consent without a terugkoppeling-ontvangen consent', () => {
    const r = sentOn('2026-02-10');
    const result = recordFeedback(r, note, pupil(), [referConsent()], '2026-02-20');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('feedback.no-consent');
      if (result.error.code === 'feedback.no-consent')
        expect(result.error.reasons).toEqual([
          { code: 'no-consent-for-purpose', purpose: 'terugkoppeling-ontvangen' },
        ]);
    }
    expect(r.feedback).toEqual([]);
  });

  it('is refused when the feedback consent is for another recipient or withdrawn', () => {
    const r = sentOn('2026-02-10');
    expect(
      recordFeedback(
        r,
        note,
        pupil(),
        [feedbackConsent({ recipientOrganisationId: 'o-other' })],
        '2026-02-20',
      ).ok,
    ).toBe(false);
    expect(
      recordFeedback(
        r,
        note,
        pupil(),
        [feedbackConsent({ withdrawn: { date: '2026-02-15', by: 'Marieke van der Berg' } })],
        '2026-02-20',
      ).ok,
    ).toBe(false);
  });

  it('records feedback with a valid consent', () => {
    const result = recordFeedback(
      sentOn('2026-02-10'),
      note,
      pupil(),
      [feedbackConsent()],
      '2026-02-20',
    );
    expect(result.ok && result.value.feedback).toEqual([note]);
  });

  it('refuses feedback on a concept, dated before sending, or malformed', () => {
    expect(recordFeedback(referral(), note, pupil(), [feedbackConsent()], '2026-02-20')).toEqual({
      ok: false,
      error: { code: 'feedback.not-sent' },
    });
    expect(
      recordFeedback(
        sentOn('2026-02-10'),
        { ...note, date: '2026-02-01' },
        pupil(),
        [feedbackConsent()],
        '2026-02-20',
      ),
    ).toEqual({ ok: false, error: { code: 'feedback.before-sent' } });
    expect(
      recordFeedback(
        sentOn('2026-02-10'),
        { ...note, text: '  ' },
        pupil(),
        [feedbackConsent()],
        '2026-02-20',
      ),
    ).toEqual({ ok: false, error: { code: 'feedback.invalid' } });
  });
});

describe('overdueReferrals', () => {
  // Sent Friday 20 November: contact due Friday 27 November, feedback due Friday 18 December.
  const sent = sentOn('2026-11-20');

  it('nothing is overdue on the due date itself', () => {
    expect(overdueReferrals([sent], '2026-11-27')).toEqual([]);
  });

  it('flags contact the day after the expected contact date', () => {
    expect(overdueReferrals([sent], '2026-11-28')).toEqual([
      { referralId: 'v-1', caseId: 'c-1', kind: 'contact', dueDate: '2026-11-27', daysOverdue: 1 },
    ]);
  });

  it('flags both after the feedback date, until resolved', () => {
    expect(overdueReferrals([sent], '2026-12-21').map((o) => o.kind)).toEqual([
      'contact',
      'feedback',
    ]);
    const contacted = moved(sent, 'contact-opgenomen', '2026-12-01');
    expect(overdueReferrals([contacted], '2026-12-21').map((o) => o.kind)).toEqual(['feedback']);
    const withFeedback: Referral = {
      ...contacted,
      feedback: [{ date: '2026-12-20', from: 'Wijkcoach', text: 'Hulp loopt.' }],
    };
    expect(overdueReferrals([withFeedback], '2026-12-21')).toEqual([]);
  });

  it('a closed or returned referral is no longer overdue; a concept never is', () => {
    expect(overdueReferrals([moved(sent, 'afgesloten', '2026-11-30')], '2027-01-10')).toEqual([]);
    expect(
      overdueReferrals([moved(sent, 'teruggestuurd', '2026-11-30', 'buiten gebied')], '2027-01-10'),
    ).toEqual([]);
    expect(overdueReferrals([referral()], '2027-01-10')).toEqual([]);
  });

  it('contact made late still resolves the contact reminder', () => {
    const late = moved(sent, 'contact-opgenomen', '2026-12-05');
    expect(overdueReferrals([late], '2026-12-06')).toEqual([]);
  });
});

describe('referralChronologyEvents', () => {
  it('lists status changes after the concept, feedback and the route', () => {
    const r: Referral = {
      ...moved(sentOn('2026-02-10'), 'teruggestuurd', '2026-02-12', 'buiten gebied'),
      feedback: [note],
      route: { kind: 'huisarts', date: '2026-02-15' },
    };
    expect(
      referralChronologyEvents(r, 'Wijkteam').map((e) => `${e.kind}@${e.date}: ${e.title}`),
    ).toEqual([
      'verwijzing@2026-02-10: Verwijzing verstuurd (Wijkteam)',
      'verwijzing@2026-02-12: Verwijzing teruggestuurd (Wijkteam): buiten gebied',
      'terugkoppeling@2026-02-20: Terugkoppeling van Fatma Şükrü (wijkcoach) (Wijkteam)',
      'verwijzing@2026-02-15: Gezin koos een andere route: via de huisarts',
    ]);
  });
});
