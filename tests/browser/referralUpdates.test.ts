// Runs in: Chromium (Vitest browser mode): real IndexedDB and WebCrypto.
//
// The changes the referral screens make to a referral record (referralUpdates.ts), against a
// real vault: sending asks the consent gate on the saved record and sets the expected dates,
// feedback is refused without a "terugkoppeling ontvangen" consent, a later status and the
// family's route are stored, and a referral that is gone says so. A refusal stores nothing.
// Sending and closing move the case along the care route, with a status entry that says why.
// The parents' review of the draft is stored on the concept; without it sending needs a reason,
// which the sent record keeps (issue 18 point 2).
import { afterEach, describe, expect, it } from 'vitest';
import { defaultLetterhead } from '../../shared/referrals/letterhead';
import { APP_RECORD_REGISTRY } from '../../shared/records/catalog';
import {
  changeReferralStatus,
  recordReferralFeedback,
  recordReferralParentsReview,
  sendReferral,
  setReferralRoute,
} from '../../renderer/src/areas/verwijzingen/referralUpdates';
import type { AppSession } from '../../renderer/src/security/VaultProvider';
import { zorgdossier } from '../unit/domain/builders';
import { pupil, referConsent, referral } from '../unit/referrals/builders';
import { harness, PASSPHRASE, PROFILE, type Harness } from './helpers';

const ON = '2026-02-10';
const letterhead = defaultLetterhead('2026-01-01T10:00:00.000+01:00');

let h: Harness;
afterEach(async () => {
  await h.dispose();
});

async function vaultWithConcept(withConsent: boolean): Promise<AppSession> {
  h = harness();
  const { session } = await h
    .serviceWith(APP_RECORD_REGISTRY)
    .createVault({ passphrase: PASSPHRASE, profile: PROFILE });
  await session.records.put('pupil', pupil());
  await session.records.put('case.referral', referral());
  if (withConsent) await session.records.put('case.consent', referConsent());
  return session;
}

const sources = { referral: referral(), pupil: pupil(), letterhead };

describe('referral updates', () => {
  it('sends only with consent on the saved record, then records the later status and the route', async () => {
    const blocked = await vaultWithConcept(false);
    expect(await sendReferral(blocked, sources, ON, 'post')).toEqual({
      ok: false,
      error: { code: 'blocked' },
    });
    expect(blocked.records.get('case.referral', 'v-1')?.status).toBe('concept');
    await h.dispose();

    const session = await vaultWithConcept(true);
    expect(await sendReferral(session, sources, ON, 'post')).toEqual({
      ok: true,
      value: undefined,
    });
    const sent = session.records.get('case.referral', 'v-1');
    expect(sent?.status).toBe('verstuurd');
    expect(sent?.sentVia).toBe('post');
    expect(sent?.expectedContactDate).toBeDefined();

    expect(
      await changeReferralStatus(session, sources, { status: 'verstuurd', date: ON }),
    ).toMatchObject({ ok: false, error: { code: 'lifecycle' } });
    expect(await setReferralRoute(session, sources, { kind: 'huisarts', date: ON })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(session.records.get('case.referral', 'v-1')?.route).toEqual({
      kind: 'huisarts',
      date: ON,
    });
  });

  it('refuses feedback without a "terugkoppeling ontvangen" consent and stores nothing', async () => {
    const session = await vaultWithConcept(true);
    await sendReferral(session, sources, ON, 'post');
    const before = session.records.get('case.referral', 'v-1');
    const refused = await recordReferralFeedback(
      session,
      sources,
      { date: ON, from: 'Wijkteam', text: 'Gesprek gehad.' },
      ON,
    );
    expect(refused).toEqual({
      ok: false,
      error: { code: 'feedback', feedback: 'feedback.no-consent' },
    });
    expect(session.records.get('case.referral', 'v-1')).toEqual(before);
  });

  it('moves the case to "verwezen" when sent and back to "in bespreking" when the last referral closes', async () => {
    const session = await vaultWithConcept(true);
    await session.records.put('case', zorgdossier({ status: 'in-bespreking' }));
    const statusEntries = () =>
      session.records
        .list('case.entry')
        .filter((e) => e.kind === 'status')
        .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt))
        .map((e) => [e.status, e.statusCause, e.refId]);

    await sendReferral(session, sources, ON, 'post');
    expect(session.records.get('case', 'c-1')?.status).toBe('verwezen');
    expect(statusEntries()).toEqual([['verwezen', 'referral-sent', 'v-1']]);

    // Another referral of the same case still under way keeps the case "verwezen".
    const other = referral({
      id: 'v-2',
      status: 'verstuurd',
      history: [
        { status: 'concept', date: ON },
        { status: 'verstuurd', date: ON },
      ],
    });
    await session.records.put('case.referral', other);
    await changeReferralStatus(session, sources, { status: 'afgesloten', date: ON });
    expect(session.records.get('case', 'c-1')?.status).toBe('verwezen');

    await changeReferralStatus(
      session,
      { referral: other, pupil: pupil() },
      { status: 'teruggestuurd', date: ON, reason: 'Past niet bij ons aanbod.' },
    );
    expect(session.records.get('case', 'c-1')?.status).toBe('in-bespreking');
    expect(statusEntries()).toEqual([
      ['verwezen', 'referral-sent', 'v-1'],
      ['in-bespreking', 'referral-closed', 'v-2'],
    ]);
  });

  it("keeps the parents' review on the concept; without one sending needs a reason, which is kept", async () => {
    const session = await vaultWithConcept(true);
    const { parentsReview: _seen, ...unreviewed } = referral();
    await session.records.put('case.referral', unreviewed);
    expect(await sendReferral(session, sources, ON, 'post')).toEqual({
      ok: false,
      error: { code: 'lifecycle', lifecycle: 'referral.parents-review-required' },
    });
    expect(session.records.get('case.referral', 'v-1')?.status).toBe('concept');

    const review = {
      date: '2026-02-09',
      how: 'gesprek',
      reaction: 'Vader wil eerst zelf bellen.',
      corrections: 'Zin over oma weggelaten.',
    } as const;
    expect(await recordReferralParentsReview(session, sources, review, ON)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(session.records.get('case.referral', 'v-1')?.parentsReview).toEqual(review);
    await sendReferral(session, sources, ON, 'post');
    expect(
      await recordReferralParentsReview(session, sources, { ...review, date: ON }, ON),
    ).toEqual({
      ok: false,
      error: { code: 'parents-review', parentsReview: 'parents-review.not-concept' },
    });
    expect(session.records.get('case.referral', 'v-1')?.parentsReview).toEqual(review);
    await h.dispose();

    const urgent = await vaultWithConcept(true);
    await urgent.records.put('case.referral', unreviewed);
    await sendReferral(urgent, sources, ON, 'post', 'Moeder is onbereikbaar; de zorg is acuut.');
    const sent = urgent.records.get('case.referral', 'v-1');
    expect(sent?.status).toBe('verstuurd');
    expect(sent?.sentWithoutParentsReview).toBe('Moeder is onbereikbaar; de zorg is acuut.');
  });

  it('says the referral is gone when it was deleted meanwhile', async () => {
    const session = await vaultWithConcept(true);
    await session.records.delete('case.referral', 'v-1');
    expect(await setReferralRoute(session, sources, { kind: 'huisarts', date: ON })).toEqual({
      ok: false,
      error: { code: 'missing' },
    });
  });
});
