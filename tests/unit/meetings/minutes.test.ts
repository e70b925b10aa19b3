// Unit tests for running and closing a meeting: edits go through editMinutes and are
// refused once approved; approval checks consent, completeness and anonymity; feedback
// tasks; addenda; actions landing in plans and chronology.
import { describe, expect, it } from 'vitest';
import { consent } from '../domain/builders';
import {
  actionsFromMeeting,
  addAddendum,
  approvalProblems,
  approveMinutes,
  editMinutes,
  feedbackTaskFor,
  feedbackTaskId,
  meetingChronologyEvents,
  setMeetingStatus,
  type ApprovalContext,
} from '../../../shared/meetings/minutes';
import { createMeeting } from '../../../shared/meetings/agenda';
import type { Meeting } from '../../../shared/meetings/meeting';
import { DEFAULT_MEETING_TEMPLATES } from '../../../shared/meetings/templates';
import {
  action,
  addItem,
  consents,
  emptyZorgteam,
  NOW,
  pupils,
  T0,
  threeCaseZorgteam,
  unwrap,
} from './builders';

const context: ApprovalContext = {
  by: 'Anouk de Wit',
  at: NOW,
  pupils,
  consents,
  feedback: {
    defaultOwner: { name: 'Anouk de Wit', organisation: 'OBS De Tweemaster', kind: 'school' },
    dueDays: 7,
  },
};

function held(): Meeting {
  let meeting = unwrap(setMeetingStatus(threeCaseZorgteam(), 'bezig', T0));
  meeting = unwrap(
    editMinutes(
      meeting,
      {
        kind: 'item-fields',
        itemId: 'i-zoe',
        patch: {
          situation: 'Zoë is stil in de klas.',
          discussed: 'Mogelijk spanningen thuis.',
          nextEvaluationDate: '2026-04-14',
        },
      },
      T0,
    ),
  );
  meeting = unwrap(
    editMinutes(
      meeting,
      {
        kind: 'add-decision',
        itemId: 'i-zoe',
        decision: { id: 'd-1', text: 'De coördinator van het SMW neemt contact op met ouders.' },
      },
      T0,
    ),
  );
  meeting = unwrap(
    editMinutes(
      meeting,
      {
        kind: 'add-action',
        itemId: 'i-zoe',
        action: action({
          id: 'x-smw',
          description: 'Gesprek met ouders',
          ownerName: 'Joost Kamphuis',
          ownerOrganisation: 'SMW Twente',
          ownerKind: 'partner',
        }),
      },
      T0,
    ),
  );
  meeting = unwrap(
    editMinutes(
      meeting,
      { kind: 'add-action', itemId: 'i-daan', action: action({ id: 'x-obs' }) },
      T0,
    ),
  );
  meeting = unwrap(
    editMinutes(
      meeting,
      {
        kind: 'item-fields',
        itemId: 'i-daan',
        patch: {
          situation: 'Leerling A komt vaak te laat.',
          parentsFeedback: {
            given: false,
            reasonIfNot: 'Eerst observeren; ouders horen het in het oudergesprek van april.',
          },
        },
      },
      T0,
    ),
  );
  meeting = unwrap(
    editMinutes(
      meeting,
      {
        kind: 'item-fields',
        itemId: 'i-noor',
        patch: {
          parentsFeedback: {
            given: true,
            by: { name: 'Joost Kamphuis', organisation: 'SMW Twente', kind: 'partner' },
          },
        },
      },
      T0,
    ),
  );
  return meeting;
}

describe('editMinutes', () => {
  it('records presence, fields, decisions and actions', () => {
    const meeting = unwrap(
      editMinutes(held(), { kind: 'presence', attendeeId: 'a-jgz', presence: 'afwezig' }, NOW),
    );
    expect(meeting.attendees.find((a) => a.id === 'a-jgz')?.presence).toBe('afwezig');
    expect(meeting.updatedAt).toBe(NOW);
    const zoe = meeting.agenda.find((i) => i.id === 'i-zoe');
    expect(zoe).toMatchObject({
      situation: 'Zoë is stil in de klas.',
      nextEvaluationDate: '2026-04-14',
      decisions: [{ id: 'd-1' }],
      actions: [{ id: 'x-smw' }],
    });
  });

  it('clears a field with null and updates and removes decisions and actions', () => {
    let meeting = unwrap(
      editMinutes(
        held(),
        { kind: 'item-fields', itemId: 'i-zoe', patch: { nextEvaluationDate: null } },
        T0,
      ),
    );
    expect(meeting.agenda.find((i) => i.id === 'i-zoe')?.nextEvaluationDate).toBeUndefined();
    meeting = unwrap(
      editMinutes(
        meeting,
        {
          kind: 'update-decision',
          itemId: 'i-zoe',
          decision: { id: 'd-1', text: 'Anders besloten.' },
        },
        T0,
      ),
    );
    expect(meeting.agenda.find((i) => i.id === 'i-zoe')?.decisions[0]?.text).toBe(
      'Anders besloten.',
    );
    meeting = unwrap(
      editMinutes(meeting, { kind: 'remove-decision', itemId: 'i-zoe', decisionId: 'd-1' }, T0),
    );
    meeting = unwrap(
      editMinutes(
        meeting,
        {
          kind: 'update-action',
          itemId: 'i-zoe',
          action: action({ id: 'x-smw', status: 'gedaan' }),
        },
        T0,
      ),
    );
    expect(meeting.agenda.find((i) => i.id === 'i-zoe')?.actions[0]?.status).toBe('gedaan');
    meeting = unwrap(
      editMinutes(meeting, { kind: 'remove-action', itemId: 'i-zoe', actionId: 'x-smw' }, T0),
    );
    expect(meeting.agenda.find((i) => i.id === 'i-zoe')).toMatchObject({
      decisions: [],
      actions: [],
    });
  });

  it('refuses a partner action or a partner giving feedback on an anonymous item', () => {
    expect(
      editMinutes(
        held(),
        {
          kind: 'add-action',
          itemId: 'i-daan',
          action: action({ id: 'x-p', ownerKind: 'partner' }),
        },
        T0,
      ),
    ).toEqual({
      ok: false,
      error: { code: 'anonymous-partner-action', itemId: 'i-daan', actionId: 'x-p' },
    });
    expect(
      editMinutes(
        held(),
        {
          kind: 'update-action',
          itemId: 'i-daan',
          action: action({ id: 'x-obs', ownerKind: 'partner' }),
        },
        T0,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'anonymous-partner-action' },
    });
    expect(
      editMinutes(
        held(),
        {
          kind: 'item-fields',
          itemId: 'i-daan',
          patch: {
            parentsFeedback: {
              given: true,
              by: { name: 'Joost Kamphuis', organisation: 'SMW Twente', kind: 'partner' },
            },
          },
        },
        T0,
      ),
    ).toMatchObject({ ok: false, error: { code: 'anonymous-partner-action' } });
  });

  it('reports stale references and duplicate ids', () => {
    expect(
      editMinutes(held(), { kind: 'presence', attendeeId: 'nope', presence: 'aanwezig' }, T0),
    ).toEqual({ ok: false, error: { code: 'attendee-not-found', attendeeId: 'nope' } });
    expect(
      editMinutes(
        held(),
        { kind: 'add-decision', itemId: 'nope', decision: { id: 'd-9', text: '' } },
        T0,
      ),
    ).toEqual({ ok: false, error: { code: 'item-not-found', itemId: 'nope' } });
    expect(
      editMinutes(
        held(),
        { kind: 'add-action', itemId: 'i-noor', action: action({ id: 'x-obs' }) },
        T0,
      ),
    ).toEqual({ ok: false, error: { code: 'duplicate-id', id: 'x-obs' } });
    expect(
      editMinutes(held(), { kind: 'remove-action', itemId: 'i-noor', actionId: 'x-obs' }, T0),
    ).toEqual({
      ok: false,
      error: { code: 'action-not-found', itemId: 'i-noor', actionId: 'x-obs' },
    });
  });

  it('refuses every edit once the minutes are approved', () => {
    const approved = unwrap(approveMinutes(held(), context));
    expect(
      editMinutes(
        approved,
        { kind: 'item-fields', itemId: 'i-zoe', patch: { situation: 'later gewijzigd' } },
        NOW,
      ),
    ).toEqual({ ok: false, error: { code: 'minutes-approved' } });
    expect(
      editMinutes(approved, { kind: 'presence', attendeeId: 'a-ib', presence: 'afwezig' }, NOW),
    ).toEqual({ ok: false, error: { code: 'minutes-approved' } });
    expect(setMeetingStatus(approved, 'bezig', NOW)).toEqual({
      ok: false,
      error: { code: 'minutes-approved' },
    });
  });
});

describe('setMeetingStatus', () => {
  it('follows concept → gepland → bezig and refuses skipping or approving by status', () => {
    const concept = emptyZorgteam();
    expect(setMeetingStatus(concept, 'bezig', T0)).toEqual({
      ok: false,
      error: { code: 'status-transition-not-allowed', from: 'concept', to: 'bezig' },
    });
    const planned = unwrap(setMeetingStatus(concept, 'gepland', T0));
    expect(unwrap(setMeetingStatus(planned, 'bezig', T0)).status).toBe('bezig');
    expect(setMeetingStatus(planned, 'vastgesteld', T0)).toMatchObject({
      ok: false,
      error: { code: 'status-transition-not-allowed' },
    });
  });
});

describe('feedbackTaskFor', () => {
  const ctx = {
    meeting: { date: '2026-03-10' },
    defaultOwner: {
      name: 'Anouk de Wit',
      organisation: 'OBS De Tweemaster',
      kind: 'school' as const,
    },
    dueDays: 7,
  };

  it('makes a task for the default owner when nothing was recorded, due a week later', () => {
    expect(feedbackTaskFor({ id: 'i-1' }, ctx)).toEqual({
      task: {
        id: feedbackTaskId('i-1'),
        description: 'Terugkoppeling aan ouders over de bespreking',
        ownerName: 'Anouk de Wit',
        ownerOrganisation: 'OBS De Tweemaster',
        ownerKind: 'school',
        dueDate: '2026-03-17',
        status: 'open',
        outcome: '',
        kind: 'terugkoppeling-ouders',
      },
    });
  });

  it('gives the task to whom the team named', () => {
    const result = feedbackTaskFor(
      {
        id: 'i-1',
        parentsFeedback: {
          given: true,
          by: { name: 'Joost Kamphuis', organisation: 'SMW Twente', kind: 'partner' },
        },
      },
      ctx,
    );
    expect(result.task).toMatchObject({ ownerName: 'Joost Kamphuis', ownerKind: 'partner' });
  });

  it('makes no task when the team recorded why not, but still one when the reason is missing', () => {
    expect(
      feedbackTaskFor(
        {
          id: 'i-1',
          parentsFeedback: { given: false, reasonIfNot: 'Ouders waren bij het overleg.' },
        },
        ctx,
      ),
    ).toEqual({ task: undefined, because: 'team-decided-no-feedback' });
    expect(
      feedbackTaskFor({ id: 'i-1', parentsFeedback: { given: false } }, ctx).task,
    ).toBeDefined();
  });
});

describe('approveMinutes', () => {
  it('approves, stamps who and when, and adds the feedback tasks', () => {
    const approved = unwrap(approveMinutes(held(), context));
    expect(approved).toMatchObject({
      status: 'vastgesteld',
      approvedAt: NOW,
      approvedBy: 'Anouk de Wit',
    });
    const feedbackOwners = approved.agenda.map(
      (i) => i.actions.find((a) => a.kind === 'terugkoppeling-ouders')?.ownerName,
    );
    // Zoë: default owner; Daan: team decided no feedback (with reason); Noor: the SMW.
    expect(feedbackOwners).toEqual(['Anouk de Wit', undefined, 'Joost Kamphuis']);
  });

  it('refuses minutes before the meeting’s date, and approves them once it is moved to that day', () => {
    const early = { ...context, at: '2026-03-03T16:45:00.000+01:00' };
    expect(approveMinutes(held(), early)).toEqual({
      ok: false,
      error: [{ code: 'meeting-in-future', date: '2026-03-10' }],
    });
    // The meeting was held a week early: moved to that day, its minutes can be approved.
    expect(approveMinutes({ ...held(), date: '2026-03-03' }, early).ok).toBe(true);
  });

  it('refuses while a named item lost its consent (withdrawn before the meeting, or before approval)', () => {
    const withdrawnBefore = consents.map((c) =>
      c.id === 'k-1' ? { ...c, withdrawn: { date: '2026-03-01', by: 'moeder' } } : c,
    );
    expect(approveMinutes(held(), { ...context, consents: withdrawnBefore })).toMatchObject({
      ok: false,
      error: [{ code: 'named-without-consent', itemId: 'i-zoe', reasons: [{ code: 'withdrawn' }] }],
    });
    const withdrawnAfter = consents.map((c) =>
      c.id === 'k-1' ? { ...c, withdrawn: { date: '2026-03-10', by: 'moeder' } } : c,
    );
    expect(approveMinutes(held(), { ...context, consents: withdrawnAfter }).ok).toBe(false);
    const withdrawnLater = consents.map((c) =>
      c.id === 'k-1' ? { ...c, withdrawn: { date: '2026-03-20', by: 'moeder' } } : c,
    );
    expect(approveMinutes(held(), { ...context, consents: withdrawnLater }).ok).toBe(true);
    // An expiry after the meeting does not undo a discussion held while valid.
    expect(
      approveMinutes(held(), {
        ...context,
        consents: [consent({ validUntil: '2026-03-10' }), ...consents.slice(1)],
      }).ok,
    ).toBe(true);
  });

  it('lists every problem at once: presence, incomplete actions, empty decisions, missing feedback reason, a name in an anonymous item', () => {
    let meeting = held();
    meeting = unwrap(
      editMinutes(meeting, { kind: 'presence', attendeeId: 'a-jgz', presence: 'onbekend' }, T0),
    );
    meeting = unwrap(
      editMinutes(
        meeting,
        {
          kind: 'add-action',
          itemId: 'i-noor',
          action: action({ id: 'x-half', description: ' ', dueDate: undefined }),
        },
        T0,
      ),
    );
    meeting = unwrap(
      editMinutes(
        meeting,
        { kind: 'add-decision', itemId: 'i-noor', decision: { id: 'd-empty', text: '  ' } },
        T0,
      ),
    );
    meeting = unwrap(
      editMinutes(
        meeting,
        {
          kind: 'item-fields',
          itemId: 'i-daan',
          patch: { discussed: 'Daan zit vaak alleen.', parentsFeedback: { given: false } },
        },
        T0,
      ),
    );
    expect(approvalProblems(meeting, context)).toEqual([
      { code: 'presence-unknown', attendeeIds: ['a-jgz'] },
      { code: 'anonymous-item-names-pupil', itemId: 'i-daan', field: 'discussed' },
      { code: 'feedback-reason-missing', itemId: 'i-daan' },
      {
        code: 'action-incomplete',
        itemId: 'i-noor',
        actionId: 'x-half',
        missing: ['description', 'dueDate'],
      },
      { code: 'decision-empty', itemId: 'i-noor', decisionId: 'd-empty' },
    ]);
  });

  it('catches the name typed without accents or in capitals, the parents’ names and the date of birth', () => {
    for (const text of [
      'DAAN was er niet',
      'Celik',
      'Moeder Fatima belde',
      'geboren 23-09-2016',
      'F. Celik belde',
    ]) {
      const meeting = unwrap(
        editMinutes(
          held(),
          { kind: 'item-fields', itemId: 'i-daan', patch: { situation: text } },
          T0,
        ),
      );
      expect(approvalProblems(meeting, context)).toContainEqual({
        code: 'anonymous-item-names-pupil',
        itemId: 'i-daan',
        field: 'situation',
      });
    }
  });

  it('refuses a concept meeting, approved minutes, and a ZAT without process evaluation', () => {
    expect(approveMinutes(emptyZorgteam(), context)).toEqual({
      ok: false,
      error: [{ code: 'meeting-still-concept' }],
    });
    const approved = unwrap(approveMinutes(held(), context));
    expect(approveMinutes(approved, context)).toEqual({
      ok: false,
      error: [{ code: 'minutes-approved' }],
    });
    let zat = unwrap(
      createMeeting(
        { kind: 'zat', date: '2026-03-10', startTime: '13:00', place: 'Gemeentehuis' },
        DEFAULT_MEETING_TEMPLATES.zat,
        { id: 'm-z', now: T0 },
      ),
    );
    zat = { ...zat, status: 'bezig' };
    expect(approveMinutes(zat, context)).toEqual({
      ok: false,
      error: [{ code: 'process-evaluation-empty' }],
    });
    zat = unwrap(
      editMinutes(
        zat,
        {
          kind: 'process-evaluation',
          patch: { wentWell: 'Goed voorbereid; de coördinator had alles rond.' },
        },
        T0,
      ),
    );
    expect(approveMinutes(zat, context).ok).toBe(true);
  });
});

describe('addAddendum', () => {
  it('adds dated corrections to approved minutes only', () => {
    expect(
      addAddendum(
        held(),
        { id: 'ad-1', date: '2026-03-11', author: 'Anouk de Wit', text: 'x' },
        NOW,
      ),
    ).toEqual({ ok: false, error: { code: 'minutes-not-approved' } });
    const approved = unwrap(approveMinutes(held(), context));
    const corrected = unwrap(
      addAddendum(
        approved,
        {
          id: 'ad-1',
          date: '2026-03-12',
          author: 'Anouk de Wit',
          text: 'Datum evaluatie wordt 21 april.',
        },
        NOW,
      ),
    );
    expect(corrected.addenda).toEqual([
      {
        id: 'ad-1',
        date: '2026-03-12',
        author: 'Anouk de Wit',
        text: 'Datum evaluatie wordt 21 april.',
      },
    ]);
    expect(corrected.agenda).toEqual(approved.agenda);
    expect(
      addAddendum(
        approved,
        { id: 'ad-2', date: '2026-03-01', author: 'Anouk de Wit', text: 'x' },
        NOW,
      ),
    ).toEqual({ ok: false, error: { code: 'addendum-before-approval' } });
    expect(
      addAddendum(
        corrected,
        { id: 'ad-1', date: '2026-03-12', author: 'Anouk de Wit', text: 'y' },
        NOW,
      ),
    ).toEqual({ ok: false, error: { code: 'duplicate-id', id: 'ad-1' } });
  });
});

describe('actionsFromMeeting and chronology', () => {
  it('gives each case its actions with the meeting as source', () => {
    const approved = unwrap(approveMinutes(held(), context));
    const landed = actionsFromMeeting(approved);
    expect(landed.map((l) => [l.caseId, l.action.id])).toEqual([
      ['c-1', 'x-smw'],
      ['c-1', feedbackTaskId('i-zoe')],
      ['c-daan', 'x-obs'],
      ['c-noor', feedbackTaskId('i-noor')],
    ]);
    expect(landed[0]?.action.source).toEqual({
      meetingId: 'm-1',
      meetingKind: 'zorgteam',
      meetingDate: '2026-03-10',
      itemId: 'i-zoe',
    });
  });

  it('describes the meeting in each case’s chronology without pupil names', () => {
    const events = meetingChronologyEvents(unwrap(approveMinutes(held(), context)));
    expect(events.filter((e) => e.caseId === 'c-daan').map((e) => e.event.title)).toEqual([
      'Besproken in het zorgteam (zonder naam)',
      'Actie: Observatie in de klas',
    ]);
    expect(events.every((e) => e.event.kind === 'overleg' || e.event.kind === 'actie')).toBe(true);
    expect(JSON.stringify(events)).not.toContain('Daan');
  });

  it('works for a driehoeksoverleg with one pupil', () => {
    const d = unwrap(
      createMeeting(
        { kind: 'driehoeksoverleg', date: '2026-03-10', startTime: '09:00', place: 'Kamer IB' },
        DEFAULT_MEETING_TEMPLATES.driehoeksoverleg,
        { id: 'm-d', now: T0 },
      ),
    );
    const withItem = addItem(
      { ...d, status: 'gepland' },
      { id: 'i-1', caseId: 'c-1', pupilId: 'p-zoe' },
    );
    expect(unwrap(approveMinutes(withItem, context)).status).toBe('vastgesteld');
  });
});
