// Runs in: Node (test tooling).
//
// What the referral wizard may pick from the case: the actieplan's actions and the named
// decisions about this case ("what school already did"), and as attachments only approved
// minutes of meetings that discussed the case by name and a non-empty actieplan. Other
// cases' items and anonymous items never appear.
import { describe, expect, it } from 'vitest';
import { actieplanIdFor, type Actieplan } from '../../../shared/meetings/actieplan';
import type { Meeting } from '../../../shared/meetings/meeting';
import {
  attachmentCandidates,
  doneCandidates,
  involvementText,
} from '../../../shared/referrals/sources';
import { action, T0, threeCaseZorgteam } from '../meetings/builders';

function plan(overrides: Partial<Actieplan> = {}): Actieplan {
  return {
    id: actieplanIdFor('c-1'),
    caseId: 'c-1',
    goals: [],
    actions: [],
    evaluationMoments: [],
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

function withDecisions(meeting: Meeting): Meeting {
  return {
    ...meeting,
    agenda: meeting.agenda.map((item) => ({
      ...item,
      decisions: [
        { id: `d-${item.id}`, text: `Besluit over ${item.id}` },
        { id: `d-empty-${item.id}`, text: '   ' },
      ],
    })),
  };
}

describe('doneCandidates', () => {
  it('lists the plan actions with owner and progress, then named decisions about this case only', () => {
    const meeting = withDecisions(threeCaseZorgteam());
    const actions = [
      action({
        id: 'a-1',
        description: 'Observatie in de klas',
        status: 'gedaan',
        outcome: 'Geen zorgen over gedrag',
      }),
      action({
        id: 'a-2',
        description: 'Gesprek met de coördinator',
        ownerOrganisation: '',
        status: 'open',
      }),
      action({ id: 'a-3', description: '  ' }),
    ];
    const done = doneCandidates('c-1', plan({ actions }), [meeting]);
    expect(done).toEqual([
      {
        id: 'a-1',
        kind: 'action',
        text: 'Observatie in de klas, Anouk de Wit (OBS De Tweemaster) – gedaan: Geen zorgen over gedrag',
      },
      { id: 'a-2', kind: 'action', text: 'Gesprek met de coördinator, Anouk de Wit – loopt nog' },
      {
        id: 'd-i-zoe',
        kind: 'decision',
        text: 'Besluit zorgteam 10 maart 2026: Besluit over i-zoe',
      },
    ]);
  });

  it('leaves out anonymous items and another case’s plan', () => {
    const meeting = withDecisions(threeCaseZorgteam());
    // Daan's item is anonymous: its decisions cannot be tied to a referral.
    expect(doneCandidates('c-daan', undefined, [meeting])).toEqual([]);
    expect(
      doneCandidates('c-noor', plan({ actions: [action({ id: 'a-1' })] }), [meeting]).map(
        (d) => d.id,
      ),
    ).toEqual(['d-i-noor']);
  });
});

describe('attachmentCandidates', () => {
  it('offers approved minutes that name the case and a non-empty actieplan, never other kinds', () => {
    const approved: Meeting = {
      ...threeCaseZorgteam(),
      id: 'm-approved',
      status: 'vastgesteld',
      approvedAt: T0,
      approvedBy: 'Anouk de Wit',
    };
    const planned: Meeting = { ...threeCaseZorgteam(), id: 'm-planned' };
    expect(
      attachmentCandidates('c-1', plan({ actions: [action({ id: 'a-1' })] }), [planned, approved]),
    ).toEqual([
      { kind: 'minutes', refId: 'm-approved', label: 'Verslag zorgteam van 10 maart 2026' },
      { kind: 'actieplan', refId: actieplanIdFor('c-1'), label: 'Actieplan' },
    ]);
    // An empty plan is not worth attaching; an anonymous item does not make minutes attachable.
    expect(attachmentCandidates('c-1', plan(), [])).toEqual([]);
    expect(attachmentCandidates('c-daan', undefined, [approved])).toEqual([]);
  });
});

describe('involvementText', () => {
  it('names the person, the role and the organisation when known', () => {
    expect(
      involvementText({
        name: 'Şükrü Yılmaz',
        role: 'schoolmaatschappelijk werker',
        organisationName: 'SMW Twente',
      }),
    ).toBe('Şükrü Yılmaz, schoolmaatschappelijk werker (SMW Twente)');
    expect(
      involvementText({ name: 'Peter de Wit', role: 'jeugdarts', organisationName: undefined }),
    ).toBe('Peter de Wit, jeugdarts');
  });
});
