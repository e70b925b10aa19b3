// Tests for the referral lifecycle: allowed transitions keep a dated history, sending sets the
// expected dates, and every refusal has its stable code.
import { describe, expect, it } from 'vitest';
import {
  REFERRAL_STATUSES,
  referralSchema,
  type Referral,
  type ReferralStatus,
} from '../../../shared/referrals/referral';
import {
  canTransition,
  REFERRAL_TRANSITIONS,
  sentDate,
  transitionReferral,
  type TransitionOptions,
} from '../../../shared/referrals/lifecycle';
import { referral } from './builders';

function step(r: Referral, to: ReferralStatus, options: TransitionOptions): Referral {
  const result = transitionReferral(r, to, options);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('transitionReferral', () => {
  it('walks the whole happy path with a dated history', () => {
    let r = referral();
    r = step(r, 'verstuurd', { date: '2026-11-20', sentVia: 'beveiligde-mail' });
    expect(r.sentVia).toBe('beveiligde-mail');
    expect(r.expectedContactDate).toBe('2026-11-27');
    expect(r.expectedFeedbackDate).toBe('2026-12-18');
    r = step(r, 'contact-opgenomen', { date: '2026-11-24' });
    r = step(r, 'intake-gedaan', { date: '2026-12-01' });
    r = step(r, 'hulp-gestart', { date: '2026-12-08' });
    r = step(r, 'afgesloten', { date: '2027-03-01', now: '2027-03-01T10:00:00.000Z' });
    expect(r.history.map((h) => `${h.status}@${h.date}`)).toEqual([
      'concept@2026-02-02',
      'verstuurd@2026-11-20',
      'contact-opgenomen@2026-11-24',
      'intake-gedaan@2026-12-01',
      'hulp-gestart@2026-12-08',
      'afgesloten@2027-03-01',
    ]);
    expect(r.updatedAt).toBe('2027-03-01T10:00:00.000Z');
    expect(sentDate(r)).toBe('2026-11-20');
    expect(referralSchema.safeParse(r).success).toBe(true);
  });

  it('uses configured working days for the expected dates', () => {
    const r = step(referral(), 'verstuurd', {
      date: '2026-11-20',
      sentVia: 'post',
      contactWorkingDays: 3,
      feedbackWorkingDays: 10,
    });
    expect(r.expectedContactDate).toBe('2026-11-25');
    expect(r.expectedFeedbackDate).toBe('2026-12-04');
  });

  it('teruggestuurd needs a reason and keeps it', () => {
    const sent = step(referral(), 'verstuurd', { date: '2026-11-20', sentVia: 'post' });
    const refused = transitionReferral(sent, 'teruggestuurd', { date: '2026-11-23' });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'referral.reason-required', from: 'verstuurd', to: 'teruggestuurd' },
    });
    const back = step(sent, 'teruggestuurd', {
      date: '2026-11-23',
      reason: ' Gezin woont buiten ons gebied. ',
    });
    expect(back.history.at(-1)).toEqual({
      status: 'teruggestuurd',
      date: '2026-11-23',
      reason: 'Gezin woont buiten ons gebied.',
    });
  });

  it('refuses with stable codes', () => {
    const concept = referral();
    const code = (
      r: Referral,
      to: ReferralStatus,
      options: TransitionOptions,
    ): string | undefined => {
      const result = transitionReferral(r, to, options);
      return result.ok ? undefined : result.error.code;
    };
    expect(code(concept, 'verstuurd', { date: '2026-11-20' })).toBe('referral.sent-via-required');
    expect(code(concept, 'concept', { date: '2026-11-20' })).toBe('referral.status-unchanged');
    expect(code(concept, 'contact-opgenomen', { date: '2026-11-20' })).toBe(
      'referral.transition-not-allowed',
    );
    expect(code(concept, 'teruggestuurd', { date: '2026-11-20', reason: 'x' })).toBe(
      'referral.transition-not-allowed',
    );
    expect(code(concept, 'verstuurd', { date: '2026-01-01', sentVia: 'post' })).toBe(
      'referral.date-before-previous',
    );
    expect(code(concept, 'verstuurd', { date: '2026-02-31', sentVia: 'post' })).toBe(
      'referral.invalid-date',
    );
    expect(code(concept, 'verstuurd', { date: '2026-11-20', sentVia: 'post', reason: 'why' })).toBe(
      'referral.reason-not-allowed',
    );
    const closed = step(
      step(concept, 'verstuurd', { date: '2026-11-20', sentVia: 'post' }),
      'afgesloten',
      { date: '2026-11-21' },
    );
    for (const to of REFERRAL_STATUSES)
      if (to !== 'afgesloten')
        expect(code(closed, to, { date: '2026-12-01', reason: 'x' })).toBe(
          'referral.transition-not-allowed',
        );
  });

  it('the transition table matches canTransition, and nothing returns to concept', () => {
    for (const from of REFERRAL_STATUSES) {
      for (const to of REFERRAL_STATUSES)
        expect(canTransition(from, to)).toBe(REFERRAL_TRANSITIONS[from].includes(to));
      expect(canTransition(from, 'concept')).toBe(false);
    }
    expect(REFERRAL_TRANSITIONS.teruggestuurd).toEqual([]);
  });

  it('does not change its input', () => {
    const r = referral();
    const copy = structuredClone(r);
    step(r, 'verstuurd', { date: '2026-11-20', sentVia: 'post' });
    expect(r).toEqual(copy);
  });
});
