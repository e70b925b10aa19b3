// Runs in: Node (test tooling).
//
// The recipient's lifecycle of a received referral (issue 15): steps in order (contact →
// brede intake → plan van aanpak → help started), ended by closing, returning with a reason or
// another route; never dated before receipt, before the previous step or in the future. The
// terms: contact five working days after receipt (configured holidays skipped), the plan six
// weeks after the intake; overdue ones until recorded or ended.
import { describe, expect, it } from 'vitest';
import { referralPackageContent } from '../../../shared/referrals/package';
import {
  receivedReferralSchema,
  receivedStatus,
  type ReceivedReferral,
  type ReceivedStep,
} from '../../../shared/referrals/received';
import {
  contactDueDate,
  nextSteps,
  overdueReceived,
  planDueDate,
  recordReceivedStep,
} from '../../../shared/referrals/receivedLifecycle';
import { letterContent } from './letterFixture';

// Friday 20 November 2026.
const RECEIVED_ON = '2026-11-20';
const TODAY = '2027-03-01';

async function received(id = 'r1'): Promise<ReceivedReferral> {
  return receivedReferralSchema.parse({
    id,
    receivedAt: '2026-11-20T09:00:00.000Z',
    receivedOn: RECEIVED_ON,
    fileCreatedAt: '2026-11-19T15:00:00.000Z',
    sender: { deelsleutel: 'age1school', fingerprint: 'ABCD-ABCD-ABCD-ABCD-ABCD' },
    package: await referralPackageContent(letterContent(), 'ZT-7K3Q-0000-ABCD-EFGH'),
    history: [],
  });
}

function apply(record: ReceivedReferral, ...steps: ReceivedStep[]): ReceivedReferral {
  return steps.reduce((r, step) => {
    const next = recordReceivedStep(r, step, TODAY);
    if (!next.ok) throw new Error(JSON.stringify(next.error));
    return next.value;
  }, record);
}

const plan: ReceivedStep = {
  step: 'plan',
  date: '2026-12-20',
  goals: [{ leefgebiedId: 'opvoeding-en-gezin', goal: 'Vaste bedtijden thuis' }],
};

describe('received referral lifecycle', () => {
  it('goes contact → intake → plan → help → closed, each kept with its date', async () => {
    const r = apply(
      await received(),
      { step: 'contact', date: '2026-11-24' },
      { step: 'intake', date: '2026-12-01', note: 'thuis' },
      plan,
      { step: 'hulp-gestart', date: '2027-01-05' },
      { step: 'afgesloten', date: '2027-02-01' },
    );
    expect(r.history.map((h) => h.step)).toEqual([
      'contact',
      'intake',
      'plan',
      'hulp-gestart',
      'afgesloten',
    ]);
    expect(receivedStatus(r)).toBe('afgesloten');
    expect(nextSteps(r)).toEqual([]);
  });

  it('refuses a step out of order and says which may come now', async () => {
    const r = await received();
    const intake = recordReceivedStep(r, { step: 'intake', date: '2026-11-24' }, TODAY);
    expect(intake.ok ? null : intake.error).toEqual({
      code: 'received.out-of-order',
      status: 'ontvangen',
      allowed: ['contact', 'teruggestuurd', 'andere-route', 'afgesloten'],
    });
    const afterContact = apply(r, { step: 'contact', date: '2026-11-24' });
    const help = recordReceivedStep(
      afterContact,
      { step: 'hulp-gestart', date: '2026-11-25' },
      TODAY,
    );
    expect(help.ok ? null : help.error.code).toBe('received.out-of-order');
  });

  it('refuses a date before receipt, before the previous step, or in the future', async () => {
    const r = await received();
    const early = recordReceivedStep(r, { step: 'contact', date: '2026-11-19' }, TODAY);
    expect(early.ok ? null : early.error).toEqual({
      code: 'received.before-receipt',
      receivedOn: RECEIVED_ON,
    });
    const contacted = apply(r, { step: 'contact', date: '2026-11-26' });
    const before = recordReceivedStep(contacted, { step: 'intake', date: '2026-11-25' }, TODAY);
    expect(before.ok ? null : before.error).toEqual({
      code: 'received.before-previous',
      previous: '2026-11-26',
    });
    const future = recordReceivedStep(r, { step: 'contact', date: '2027-03-02' }, TODAY);
    expect(future.ok ? null : future.error.code).toBe('received.in-future');
  });

  it('needs a reason to return it, a goal in the plan, and ends with another route', async () => {
    const r = await received();
    const noReason = recordReceivedStep(
      r,
      { step: 'teruggestuurd', date: '2026-11-23', reason: '' },
      TODAY,
    );
    expect(noReason.ok ? null : noReason.error.code).toBe('received.invalid-step');
    const atIntake = apply(
      r,
      { step: 'contact', date: '2026-11-23' },
      { step: 'intake', date: '2026-11-30' },
    );
    const noGoals = recordReceivedStep(
      atIntake,
      { step: 'plan', date: '2026-12-10', goals: [] },
      TODAY,
    );
    expect(noGoals.ok ? null : noGoals.error.code).toBe('received.invalid-step');
    const routed = apply(atIntake, {
      step: 'andere-route',
      date: '2026-12-02',
      route: 'veilig-thuis',
    });
    const after = recordReceivedStep(routed, { step: 'afgesloten', date: '2026-12-03' }, TODAY);
    expect(after.ok ? null : after.error.code).toBe('received.final');
  });

  it('contact is due five working days after receipt, configured holidays skipped', async () => {
    const r = await received();
    expect(contactDueDate(r)).toBe('2026-11-27');
    // A study day on Wednesday and a closed Thursday move it to the next Tuesday.
    expect(contactDueDate(r, ['2026-11-25', '2026-11-26'])).toBe('2026-12-01');
  });

  it('the plan is due six weeks after the intake', async () => {
    const r = apply(
      await received(),
      { step: 'contact', date: '2026-11-23' },
      { step: 'intake', date: '2026-11-30' },
    );
    expect(planDueDate(await received())).toBe(undefined);
    expect(planDueDate(r)).toBe('2027-01-11');
  });

  it('flags contact and plan overdue until recorded or ended; not on the due day', async () => {
    const waiting = await received('a');
    expect(overdueReceived([waiting], '2026-11-27')).toEqual([]);
    expect(overdueReceived([waiting], '2026-11-30')).toEqual([
      { receivedId: 'a', kind: 'contact', dueDate: '2026-11-27', daysOverdue: 3 },
    ]);
    // With the Friday a holiday the term moves to Monday: nothing overdue on Monday.
    expect(overdueReceived([waiting], '2026-11-30', ['2026-11-27'])).toEqual([]);
    const intake = apply(
      await received('b'),
      { step: 'contact', date: '2026-11-23' },
      { step: 'intake', date: '2026-11-30' },
    );
    expect(overdueReceived([intake], '2027-01-12')).toEqual([
      { receivedId: 'b', kind: 'plan', dueDate: '2027-01-11', daysOverdue: 1 },
    ]);
    expect(overdueReceived([apply(intake, { ...plan, date: '2027-01-12' })], '2027-02-01')).toEqual(
      [],
    );
    const returned = apply(await received('c'), {
      step: 'teruggestuurd',
      date: '2026-11-23',
      reason: 'Niet onze regio',
    });
    expect(overdueReceived([returned], '2027-02-01')).toEqual([]);
  });
});
