// Runs in: Chromium (Vitest browser mode): real IndexedDB and WebCrypto.
//
// The school takes in a recipient's answer (renderer/src/referrals/referralAnswers.ts) against
// a real vault: without a consent to receive feedback the feedback is refused with the reason
// and nothing of it is stored, while the dates and the home goal are taken over when chosen;
// with the consent the feedback lands; each take-over is audited; the same answer again
// offers and changes nothing; an answer from a contact of another organisation is refused.
import { afterEach, describe, expect, it } from 'vitest';
import { actieplanIdFor } from '../../shared/meetings/actieplan';
import { APP_RECORD_REGISTRY } from '../../shared/records/catalog';
import { REFERRAL_ANSWER_FORMAT, type ReferralAnswer } from '../../shared/referrals/answer';
import { readAnswer, takeAnswer } from '../../renderer/src/referrals/referralAnswers';
import type { AppSession } from '../../renderer/src/security/VaultProvider';
import { organisation, T0 } from '../unit/domain/builders';
import {
  feedbackConsent,
  pupil,
  referConsent,
  referral,
  WIJKTEAM,
} from '../unit/referrals/builders';
import { harness, PASSPHRASE, PROFILE, type Harness } from './helpers';

const TEAM = 'age1teamdeelsleutel';
const FINGERPRINT = 'a'.repeat(64);
const DOCUMENT_ID = 'ZT-7K3Q-0000-ABCD-EFGH';
const NOW = new Date('2026-03-02T10:00:00Z');

const answer: ReferralAnswer = {
  format: REFERRAL_ANSWER_FORMAT,
  documentId: DOCUMENT_ID,
  fingerprint: FINGERPRINT,
  from: { name: 'Fatma Şükrü', organisation: 'Wijkteam Enschede-Centrum' },
  answeredOn: '2026-03-02',
  steps: [
    { step: 'contact', date: '2026-02-12' },
    { step: 'intake', date: '2026-02-16' },
    { step: 'plan', date: '2026-02-26' },
  ],
  feedback: { kind: 'text', text: 'Gezin werkt goed mee.' },
  homeGoals: [{ leefgebiedId: 'gezin', goal: 'Vaste bedtijd om half acht' }],
};

let h: Harness;
afterEach(async () => {
  await h.dispose();
});

async function schoolVault(withFeedbackConsent: boolean): Promise<AppSession> {
  h = harness();
  const { session } = await h
    .serviceWith(APP_RECORD_REGISTRY)
    .createVault({ passphrase: PASSPHRASE, profile: PROFILE });
  await session.records.put('pupil', pupil());
  await session.records.put(
    'directory.organisation',
    organisation({ id: WIJKTEAM, name: 'Wijkteam' }),
  );
  await session.records.put('directory.contact', {
    id: 'ct-fatma',
    organisationId: WIJKTEAM,
    name: 'Fatma Şükrü',
    role: 'wijkcoach',
    deelsleutel: TEAM,
    createdAt: T0,
    updatedAt: T0,
  });
  await session.records.put(
    'case.referral',
    referral({
      status: 'verstuurd',
      history: [
        { status: 'concept', date: '2026-02-02' },
        { status: 'verstuurd', date: '2026-02-10' },
      ],
      sentVia: 'zorgtafel-bestand',
      letters: [
        {
          documentId: DOCUMENT_ID,
          fingerprint: FINGERPRINT,
          variant: 'package',
          date: '2026-02-10',
        },
      ],
    }),
  );
  await session.records.put('case.consent', referConsent());
  if (withFeedbackConsent) await session.records.put('case.consent', feedbackConsent());
  return session;
}

describe('taking in a referral answer', () => {
  it('refuses the feedback without a consent to receive it; dates and the home goal land when chosen; a replay changes nothing', async () => {
    const session = await schoolVault(false);
    const read = readAnswer(session, answer, TEAM, '2026-03-02');
    if (!read.ok) throw new Error(read.error.code);
    expect(read.value.review.feedbackRefused?.[0]?.code).toBe('no-consent-for-purpose');
    expect(read.value.review.items.map((i) => i.id)).toEqual([
      'status:contact-opgenomen',
      'status:intake-gedaan',
      'goal:0',
    ]);
    expect(await takeAnswer(session, answer, TEAM, ['feedback'], NOW)).toEqual({
      ok: false,
      error: { code: 'answer.choice-not-offered', id: 'feedback' },
    });
    expect(session.records.get('case.referral', 'v-1')?.history).toHaveLength(2);

    const taken = await takeAnswer(
      session,
      answer,
      TEAM,
      ['status:contact-opgenomen', 'status:intake-gedaan', 'goal:0'],
      NOW,
    );
    expect(taken).toEqual({ ok: true, value: 3 });
    const stored = session.records.get('case.referral', 'v-1');
    expect(stored?.status).toBe('intake-gedaan');
    expect(stored?.feedback).toEqual([]);
    expect(session.records.get('case.actieplan', actieplanIdFor('c-1'))?.goals).toMatchObject([
      { side: 'thuis', leefgebieden: ['gezin'], text: 'Vaste bedtijd om half acht' },
    ]);
    const audit = (await session.audit.list({ limit: 1 })).items[0]?.entry;
    expect(audit?.action).toBe('import');
    expect(audit?.detail).toBe('referral-answer;taken=3;offered=3');

    // The same answer again: nothing offered, nothing written.
    const again = readAnswer(session, answer, TEAM, '2026-03-02');
    expect(again.ok && again.value.review.items).toEqual([]);
    expect(await takeAnswer(session, answer, TEAM, [], NOW)).toEqual({ ok: true, value: 0 });
    expect(session.records.get('case.referral', 'v-1')).toEqual(stored);
  });

  it('stores the feedback with a valid consent to receive it', async () => {
    const session = await schoolVault(true);
    const taken = await takeAnswer(
      session,
      answer,
      TEAM,
      ['status:contact-opgenomen', 'feedback'],
      NOW,
    );
    expect(taken).toEqual({ ok: true, value: 2 });
    expect(session.records.get('case.referral', 'v-1')?.feedback).toEqual([
      {
        date: '2026-03-02',
        from: 'Fatma Şükrü (Wijkteam Enschede-Centrum)',
        text: 'Gezin werkt goed mee.',
      },
    ]);
  });

  it('refuses an answer from another organisation, and for a referral it does not know', async () => {
    const session = await schoolVault(true);
    await session.records.put('directory.contact', {
      ...session.records.get('directory.contact', 'ct-fatma'),
      id: 'ct-fatma',
      organisationId: 'o-other',
      name: 'Fatma Şükrü',
      role: 'wijkcoach',
      deelsleutel: TEAM,
      createdAt: T0,
      updatedAt: T0,
    });
    expect(readAnswer(session, answer, TEAM)).toEqual({
      ok: false,
      error: { code: 'answer.foreign-sender' },
    });
    expect(readAnswer(session, { ...answer, documentId: 'ZT-7K3Q-0000-ABCD-EFGJ' }, TEAM)).toEqual({
      ok: false,
      error: { code: 'answer.unknown-referral' },
    });
    expect(await takeAnswer(session, answer, TEAM, ['feedback'], NOW)).toEqual({
      ok: false,
      error: { code: 'answer.foreign-sender' },
    });
    expect(session.records.get('case.referral', 'v-1')?.feedback).toEqual([]);
  });
});
