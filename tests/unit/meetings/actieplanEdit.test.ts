// Runs in: Node (Vitest).
//
// The actieplan screen's edits: field checks, creating the plan on the first write, keeping a
// meeting action's source when it is edited, overdue and the plan's working order.
import { describe, expect, it } from 'vitest';
import { actieplanIdFor, emptyActieplan } from '../../../shared/meetings/actieplan';
import type { PlanAction } from '../../../shared/meetings/actions';
import {
  actionErrors,
  actionsInPlanOrder,
  applyActionInput,
  dueDateInPast,
  evaluationErrors,
  evaluationState,
  isEmptyActieplan,
  goalErrors,
  isOverdue,
  removeGoal,
  saveEvaluation,
  saveGoal,
  savePlanAction,
  type ActionInput,
} from '../../../shared/meetings/actieplanEdit';

const NOW = '2026-11-22T10:00:00.000Z';
const CASE_ID = 'rcase0000000000000001';

function unwrap<T>(result: { readonly ok: true; readonly value: T } | { readonly ok: false }): T {
  if (!result.ok) throw new Error('expected ok');
  return result.value;
}

const input: ActionInput = {
  description: ' Observatie in de klas ',
  ownerName: ' Sanne ',
  ownerOrganisation: 'OBS De Linde',
  ownerKind: 'school',
  dueDate: '2026-12-01',
  status: 'open',
  outcome: '',
};

describe('goals', () => {
  it('requires a text and a leefgebied', () => {
    expect(goalErrors({ side: 'school', leefgebieden: [], text: '  ' })).toEqual({
      text: 'required',
      leefgebieden: 'required',
    });
    expect(
      goalErrors({ side: 'thuis', leefgebieden: ['onderwijs'], text: 'x'.repeat(2001) }),
    ).toEqual({ text: 'tooLong' });
    expect(
      goalErrors({ side: 'thuis', leefgebieden: ['onderwijs'], text: 'Zoë doet weer mee' }),
    ).toEqual({});
  });

  it('creates the plan on the first write, with the derived id, and edits and removes goals', () => {
    const plan = unwrap(
      saveGoal(
        undefined,
        CASE_ID,
        'rgoal0000000000000001',
        { side: 'school', leefgebieden: ['onderwijs', 'welzijn'], text: ' Doel ' },
        NOW,
      ),
    );
    expect(plan.id).toBe(actieplanIdFor(CASE_ID));
    expect(plan.goals).toEqual([
      {
        id: 'rgoal0000000000000001',
        side: 'school',
        leefgebieden: ['onderwijs', 'welzijn'],
        text: 'Doel',
      },
    ]);
    const edited = unwrap(
      saveGoal(
        plan,
        CASE_ID,
        'rgoal0000000000000001',
        { side: 'thuis', leefgebieden: ['opvoeding'], text: 'Ander doel' },
        NOW,
      ),
    );
    expect(edited.goals).toHaveLength(1);
    expect(edited.goals[0]?.side).toBe('thuis');
    expect(unwrap(removeGoal(edited, 'rgoal0000000000000001', NOW)).goals).toEqual([]);
  });
});

describe('actions', () => {
  it('checks description, owner and date', () => {
    expect(
      actionErrors({ ...input, description: '', ownerName: ' ', dueDate: '2026-02-30' }),
    ).toEqual({ description: 'required', ownerName: 'required', dueDate: 'invalidDate' });
    expect(actionErrors({ ...input, dueDate: '' })).toEqual({});
  });

  it('refuses an agreement to look again (the meldcode monitoring) without its date', () => {
    expect(actionErrors({ ...input, dueDate: '' }, { dueDateRequired: true })).toEqual({
      dueDate: 'required',
    });
    expect(actionErrors({ ...input, dueDate: '2026-12-01' }, { dueDateRequired: true })).toEqual(
      {},
    );
  });

  it('trims input, drops an emptied due date and keeps a meeting source and kind', () => {
    const previous: PlanAction = {
      id: 'ract00000000000000001',
      description: 'Terugkoppeling',
      ownerName: 'Sanne',
      ownerOrganisation: '',
      ownerKind: 'school',
      dueDate: '2026-11-30',
      status: 'open',
      outcome: '',
      kind: 'terugkoppeling-ouders',
      source: {
        meetingId: 'rmeet0000000000000001',
        meetingKind: 'zorgteam',
        meetingDate: '2026-11-20',
        itemId: 'ritem0000000000000001',
      },
    };
    const next = applyActionInput(
      previous.id,
      { ...input, dueDate: '', status: 'gedaan', outcome: ' Gebeld ' },
      previous,
    );
    expect(next).toEqual({
      ...previous,
      description: 'Observatie in de klas',
      ownerName: 'Sanne',
      ownerOrganisation: 'OBS De Linde',
      dueDate: undefined,
      status: 'gedaan',
      outcome: 'Gebeld',
    });
    expect('dueDate' in next).toBe(false);
  });

  it('adds and replaces actions in the plan', () => {
    const action = applyActionInput('ract00000000000000002', input);
    const plan = unwrap(savePlanAction(undefined, CASE_ID, action, NOW));
    expect(plan.actions).toEqual([action]);
    const again = unwrap(savePlanAction(plan, CASE_ID, { ...action, status: 'gedaan' }, NOW));
    expect(again.actions).toHaveLength(1);
    expect(again.actions[0]?.status).toBe('gedaan');
  });

  it('marks only open actions with a past due date as overdue', () => {
    expect(isOverdue({ status: 'open', dueDate: '2026-11-21' }, '2026-11-22')).toBe(true);
    expect(isOverdue({ status: 'open', dueDate: '2026-11-22' }, '2026-11-22')).toBe(false);
    expect(isOverdue({ status: 'gedaan', dueDate: '2026-11-01' }, '2026-11-22')).toBe(false);
    expect(isOverdue({ status: 'open' }, '2026-11-22')).toBe(false);
  });

  it('lists open actions first, soonest due first, without a date last', () => {
    const a = (id: string, status: PlanAction['status'], dueDate?: string): PlanAction => ({
      ...applyActionInput(id, { ...input, dueDate: dueDate ?? '' }),
      status,
    });
    const order = actionsInPlanOrder([
      a('ra3', 'gedaan', '2026-01-01'),
      a('ra2', 'open'),
      a('ra1', 'open', '2026-12-05'),
      a('ra0', 'open', '2026-11-01'),
    ]).map((x) => x.id);
    expect(order).toEqual(['ra0', 'ra1', 'ra2', 'ra3']);
  });
});

describe('a due date in the past', () => {
  it('is flagged for an open action only, and only once the date is complete', () => {
    const today = '2026-12-07';
    expect(dueDateInPast({ dueDate: '2026-12-06', status: 'open' }, today)).toBe(true);
    expect(dueDateInPast({ dueDate: '2026-12-07', status: 'open' }, today)).toBe(false);
    expect(dueDateInPast({ dueDate: '2026-12-06', status: 'gedaan' }, today)).toBe(false);
    expect(dueDateInPast({ dueDate: '', status: 'open' }, today)).toBe(false);
    expect(dueDateInPast({ dueDate: '2026-02-30', status: 'open' }, today)).toBe(false);
  });
});

describe('evaluation moments', () => {
  it('require a real date', () => {
    expect(evaluationErrors({ date: '', note: '' })).toEqual({ date: 'required' });
    expect(evaluationErrors({ date: '2026-13-01', note: '' })).toEqual({ date: 'invalidDate' });
    expect(evaluationErrors({ date: '2027-01-15', note: 'Kijken of het werkt' })).toEqual({});
  });

  it('are added and then marked done in place', () => {
    const plan = unwrap(
      saveEvaluation(
        emptyActieplan(CASE_ID, NOW),
        CASE_ID,
        { id: 'reval0000000000000001', date: '2027-01-15', note: '', done: false },
        NOW,
      ),
    );
    const done = unwrap(
      saveEvaluation(
        plan,
        CASE_ID,
        { id: 'reval0000000000000001', date: '2027-01-15', note: 'Doel gehaald', done: true },
        NOW,
      ),
    );
    expect(done.evaluationMoments).toEqual([
      { id: 'reval0000000000000001', date: '2027-01-15', note: 'Doel gehaald', done: true },
    ]);
  });
});

describe("the tab's view of a plan", () => {
  it('calls a moment overdue only when its date has passed and it was not held', () => {
    const today = '2027-01-15';
    expect(evaluationState({ date: '2027-01-14', done: false }, today)).toBe('overdue');
    expect(evaluationState({ date: '2027-01-15', done: false }, today)).toBe('planned');
    expect(evaluationState({ date: '2027-01-14', done: true }, today)).toBe('done');
  });

  it('is empty without a plan or with nothing in any of its three parts', () => {
    const plan = emptyActieplan(CASE_ID, NOW);
    expect(isEmptyActieplan(undefined)).toBe(true);
    expect(isEmptyActieplan(plan)).toBe(true);
    const moment = { id: 'reval0000000000000001', date: '2027-01-15', note: '', done: false };
    expect(isEmptyActieplan({ ...plan, evaluationMoments: [moment] })).toBe(false);
    const action = applyActionInput('ract00000000000000001', input);
    const withAction = unwrap(savePlanAction(plan, CASE_ID, action, NOW));
    expect(isEmptyActieplan(withAction)).toBe(false);
  });
});
