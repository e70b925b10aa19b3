// Unit tests for the actieplan: one plan per case, actions landing from meetings without
// resetting progress, goals side by side per leefgebied, and the Acties overview.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEEFGEBIEDEN } from '../../../shared/domain/leefgebieden';
import type { CaseAction } from '../../../shared/meetings/actions';
import {
  actieplanIdFor,
  actieplanSchema,
  actionsOverview,
  caseActions,
  emptyActieplan,
  goalsSideBySide,
  landActions,
  pendingEvaluations,
  updatePlanAction,
  weekStart,
} from '../../../shared/meetings/actieplan';
import { action, T0, unwrap } from './builders';

const source = {
  meetingId: 'm-1',
  meetingKind: 'zorgteam' as const,
  meetingDate: '2026-03-10',
  itemId: 'i-1',
};

describe('actieplan record', () => {
  it('is one plan per case: the id is derived from the case id', () => {
    const plan = emptyActieplan('c-1', T0);
    expect(plan.id).toBe(actieplanIdFor('c-1'));
    expect(actieplanSchema.safeParse(plan).success).toBe(true);
    expect(actieplanSchema.safeParse({ ...plan, id: 'plan-c-2' }).success).toBe(false);
  });
});

describe('landActions', () => {
  it('creates the plan when needed and never resets an action already in it', () => {
    const first = unwrap(
      landActions(
        undefined,
        'c-1',
        [{ caseId: 'c-1', action: { ...action({ id: 'x-1' }), source } }],
        T0,
      ),
    );
    expect(first.actions.map((a) => a.id)).toEqual(['x-1']);
    const progressed = unwrap(
      updatePlanAction(
        first,
        { ...action({ id: 'x-1', status: 'gedaan', outcome: 'Gedaan op 12 maart' }), source },
        T0,
      ),
    );
    const again = unwrap(
      landActions(
        progressed,
        'c-1',
        [
          { caseId: 'c-1', action: { ...action({ id: 'x-1' }), source } },
          { caseId: 'c-1', action: action({ id: 'x-2' }) },
        ],
        T0,
      ),
    );
    expect(again.actions.map((a) => [a.id, a.status])).toEqual([
      ['x-1', 'gedaan'],
      ['x-2', 'open'],
    ]);
  });

  it('refuses actions of another case', () => {
    expect(
      landActions(undefined, 'c-1', [{ caseId: 'c-2', action: action({ id: 'x-1' }) }], T0),
    ).toEqual({ ok: false, error: { code: 'actieplan.wrong-case', caseId: 'c-2' } });
    expect(updatePlanAction(emptyActieplan('c-1', T0), action({ id: 'nope' }), T0)).toEqual({
      ok: false,
      error: { code: 'actieplan.action-not-found', actionId: 'nope' },
    });
  });
});

describe('goalsSideBySide', () => {
  it('puts school and home goals next to each other per leefgebied, in the configured order', () => {
    const plan = {
      goals: [
        {
          id: 'g-1',
          side: 'thuis' as const,
          leefgebieden: ['opvoeding-en-gezin'],
          text: 'Vaste bedtijd',
        },
        {
          id: 'g-2',
          side: 'school' as const,
          leefgebieden: ['onderwijs'],
          text: 'Elke dag op tijd in de klas',
        },
        {
          id: 'g-3',
          side: 'thuis' as const,
          leefgebieden: ['onderwijs', 'opvoeding-en-gezin'],
          text: 'Samen lezen',
        },
        { id: 'g-4', side: 'school' as const, leefgebieden: ['eigen-gebied'], text: 'Iets eigens' },
      ],
    };
    const rows = goalsSideBySide(plan, DEFAULT_LEEFGEBIEDEN);
    expect(rows.map((r) => [r.label, r.school.map((g) => g.id), r.thuis.map((g) => g.id)])).toEqual(
      [
        ['Onderwijs', ['g-2'], ['g-3']],
        ['Opvoeding en gezin', [], ['g-1']],
        ['eigen-gebied', ['g-4'], []],
      ],
    );
  });
});

describe('actionsOverview', () => {
  // Wednesday 11 March 2026: the week runs Monday 9 to Sunday 15 March.
  const today = '2026-03-11';
  const list: CaseAction[] = [
    {
      ...action({
        id: 'x-late',
        dueDate: '2026-03-02',
        ownerName: 'Joost Kamphuis',
        ownerOrganisation: 'SMW Twente',
      }),
      caseId: 'c-1',
    },
    { ...action({ id: 'x-yesterday', dueDate: '2026-03-10' }), caseId: 'c-2' },
    { ...action({ id: 'x-today', dueDate: '2026-03-11' }), caseId: 'c-1' },
    {
      ...action({ id: 'x-sunday', dueDate: '2026-03-15', ownerName: 'anouk de wit ' }),
      caseId: 'c-2',
    },
    { ...action({ id: 'x-next-week', dueDate: '2026-03-16' }), caseId: 'c-1' },
    { ...action({ id: 'x-done', dueDate: '2026-03-01', status: 'gedaan' }), caseId: 'c-1' },
    { ...action({ id: 'x-no-date', dueDate: undefined }), caseId: 'c-1' },
    {
      ...action({ id: 'fb-i-1', dueDate: '2026-03-17', kind: 'terugkoppeling-ouders' }),
      caseId: 'c-1',
    },
  ];

  it('lists overdue, due this week (Monday to Sunday) and without date; done actions nowhere', () => {
    const view = actionsOverview(list, today);
    expect(view.overdue.map((a) => a.id)).toEqual(['x-late', 'x-yesterday']);
    expect(view.dueThisWeek.map((a) => a.id)).toEqual(['x-today', 'x-sunday']);
    expect(view.withoutDueDate.map((a) => a.id)).toEqual(['x-no-date']);
    expect(view.openFeedbackTasks.map((a) => a.id)).toEqual(['fb-i-1']);
    expect(JSON.stringify(view)).not.toContain('x-done');
  });

  it('groups open actions by owner, ignoring case and stray spaces', () => {
    const view = actionsOverview(list, today);
    expect(view.byOwner.map((g) => [g.ownerName, g.ownerOrganisation, g.actions.length])).toEqual([
      ['Anouk de Wit', 'OBS De Tweemaster', 6],
      ['Joost Kamphuis', 'SMW Twente', 1],
    ]);
  });

  it('knows where the week starts', () => {
    expect(weekStart('2026-03-11')).toBe('2026-03-09');
    expect(weekStart('2026-03-09')).toBe('2026-03-09');
    expect(weekStart('2026-03-15')).toBe('2026-03-09');
    expect(weekStart('2026-01-01')).toBe('2025-12-29');
  });

  it('flattens plans into case actions', () => {
    const plan = unwrap(
      landActions(undefined, 'c-7', [{ caseId: 'c-7', action: action({ id: 'x-1' }) }], T0),
    );
    expect(caseActions([plan])).toEqual([{ ...action({ id: 'x-1' }), caseId: 'c-7' }]);
  });
});

describe('pendingEvaluations', () => {
  it('splits evaluation moments not yet done into overdue and upcoming', () => {
    const plan = {
      evaluationMoments: [
        { id: 'e-3', date: '2026-05-01', note: '', done: false },
        { id: 'e-1', date: '2026-02-01', note: 'Gaat beter', done: true },
        { id: 'e-2', date: '2026-03-01', note: '', done: false },
      ],
    };
    const result = pendingEvaluations(plan, '2026-03-11');
    expect(result.overdue.map((e) => e.id)).toEqual(['e-2']);
    expect(result.upcoming.map((e) => e.id)).toEqual(['e-3']);
  });
});
