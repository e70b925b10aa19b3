// Tests for "parents see the draft first" (issue 18 point 2): the review is recorded on a
// concept only, dated between the concept's start and today; sending needs it or a reason,
// which the referral keeps; a version-1 referral reads as version 2 unchanged.
import { describe, expect, it } from 'vitest';
import { migrateRecord } from '../../../shared/records/registry';
import { transitionReferral } from '../../../shared/referrals/lifecycle';
import { parentsReviewState, recordParentsReview } from '../../../shared/referrals/parentsReview';
import { referralRecordType } from '../../../shared/referrals/recordTypes';
import {
  referralSchema,
  type ParentsReview,
  type Referral,
} from '../../../shared/referrals/referral';
import { referral } from './builders';

const REVIEW: ParentsReview = {
  date: '2026-02-05',
  how: 'gesprek',
  reaction: ' Moeder herkent het beeld; vader wil eerst zelf bellen. ',
  corrections: 'Zin over oma weggelaten op verzoek van moeder.',
};

/** The builder's concept without its review: nobody recorded one yet. */
function unreviewed(overrides: Partial<Referral> = {}): Referral {
  const { parentsReview: _seen, ...rest } = referral(overrides);
  return rest;
}

describe('recordParentsReview', () => {
  it('keeps the review (texts trimmed) on a concept and replaces an earlier one', () => {
    const first = recordParentsReview(unreviewed(), REVIEW, '2026-02-10', '2026-02-10T09:00:00Z');
    if (!first.ok) throw new Error(first.error);
    expect(first.value.parentsReview).toEqual({
      ...REVIEW,
      reaction: 'Moeder herkent het beeld; vader wil eerst zelf bellen.',
    });
    expect(first.value.updatedAt).toBe('2026-02-10T09:00:00Z');
    const again = recordParentsReview(first.value, { ...REVIEW, how: 'post' }, '2026-02-10');
    expect(again.ok && again.value.parentsReview?.how).toBe('post');
    expect(referralSchema.safeParse(first.value).success).toBe(true);
  });

  it('refuses a review after sending, in the future, before the concept or malformed', () => {
    const sent = unreviewed({
      status: 'verstuurd',
      history: [
        { status: 'concept', date: '2026-02-02' },
        { status: 'verstuurd', date: '2026-02-04' },
      ],
    });
    expect(recordParentsReview(sent, REVIEW, '2026-02-10')).toEqual({
      ok: false,
      error: 'parents-review.not-concept',
    });
    expect(recordParentsReview(unreviewed(), REVIEW, '2026-02-04')).toEqual({
      ok: false,
      error: 'parents-review.in-future',
    });
    expect(
      recordParentsReview(unreviewed(), { ...REVIEW, date: '2026-02-01' }, '2026-02-10'),
    ).toEqual({ ok: false, error: 'parents-review.before-concept' });
    expect(
      recordParentsReview(unreviewed(), { ...REVIEW, date: '2026-02-30' }, '2026-02-10'),
    ).toEqual({ ok: false, error: 'parents-review.invalid' });
  });
});

describe('sending and the parents review', () => {
  const send = (r: Referral, withoutParentsReview?: string) =>
    transitionReferral(r, 'verstuurd', {
      date: '2026-02-10',
      sentVia: 'post',
      ...(withoutParentsReview === undefined ? {} : { withoutParentsReview }),
    });
  const code = (result: ReturnType<typeof send>): string | undefined =>
    result.ok ? undefined : result.error.code;

  it('needs the review or a reason; the reason is kept and shown', () => {
    expect(code(send(unreviewed()))).toBe('referral.parents-review-required');
    expect(code(send(unreviewed(), '   '))).toBe('referral.parents-review-required');
    const without = send(unreviewed(), ' Moeder is onbereikbaar; de zorg is acuut. ');
    if (!without.ok) throw new Error(without.error.code);
    expect(without.value.sentWithoutParentsReview).toBe(
      'Moeder is onbereikbaar; de zorg is acuut.',
    );
    expect(parentsReviewState(without.value)).toEqual({
      kind: 'sent-without',
      reason: 'Moeder is onbereikbaar; de zorg is acuut.',
    });
    expect(referralSchema.safeParse(without.value).success).toBe(true);

    const seen = send(referral());
    if (!seen.ok) throw new Error(seen.error.code);
    expect(seen.value.sentWithoutParentsReview).toBeUndefined();
    expect(parentsReviewState(seen.value)).toEqual({
      kind: 'seen',
      review: referral().parentsReview,
    });
  });

  it('refuses a reason next to a review, a review dated after sending, and a reason on other steps', () => {
    expect(code(send(referral(), 'toch'))).toBe('referral.parents-review-reason-not-allowed');
    expect(code(send(referral({ parentsReview: { ...REVIEW, date: '2026-02-11' } })))).toBe(
      'referral.parents-review-after-sending',
    );
    const sent = send(referral());
    if (!sent.ok) throw new Error(sent.error.code);
    const later = transitionReferral(sent.value, 'afgesloten', {
      date: '2026-02-12',
      withoutParentsReview: 'x',
    });
    expect(code(later)).toBe('referral.parents-review-reason-not-allowed');
  });

  it('the schema refuses a reason on a concept and a reason next to a review', () => {
    expect(referralSchema.safeParse(unreviewed({ sentWithoutParentsReview: 'x' })).success).toBe(
      false,
    );
    const sent = send(referral());
    if (!sent.ok) throw new Error(sent.error.code);
    expect(referralSchema.safeParse({ ...sent.value, sentWithoutParentsReview: 'x' }).success).toBe(
      false,
    );
  });
});

describe('the referral record version 2', () => {
  it('reads a version-1 referral unchanged; one sent then shows the review as not recorded', () => {
    const v1 = unreviewed({
      status: 'verstuurd',
      sentVia: 'post',
      history: [
        { status: 'concept', date: '2026-02-02' },
        { status: 'verstuurd', date: '2026-02-04' },
      ],
    });
    const read = migrateRecord(referralRecordType, 1, structuredClone(v1));
    expect(read).toEqual(v1);
    expect(parentsReviewState(read)).toEqual({ kind: 'not-recorded' });
    expect(parentsReviewState(unreviewed())).toEqual({ kind: 'open' });
    expect(referralRecordType.version).toBe(2);
  });
});
