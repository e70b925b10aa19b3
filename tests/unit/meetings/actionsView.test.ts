// Runs in: Node (Vitest).
//
// The Acties view's pure part: "mine" by name (case-insensitive), the date sections including
// later actions, and the dashboard summary.
import { describe, expect, it } from 'vitest';
import type { CaseAction } from '../../../shared/meetings/actions';
import { actionsSummary, actionsView, isMine } from '../../../shared/meetings/actionsView';

const TODAY = '2026-11-18'; // a Wednesday: this week runs to Sunday 22 November

function action(
  id: string,
  ownerName: string,
  dueDate?: string,
  status: CaseAction['status'] = 'open',
): CaseAction {
  return {
    id,
    caseId: 'rcase0000000000000001',
    description: `actie ${id}`,
    ownerName,
    ownerOrganisation: 'OBS De Linde',
    ownerKind: 'school',
    status,
    outcome: '',
    ...(dueDate === undefined ? {} : { dueDate }),
  };
}

const ACTIONS = [
  action('r1', 'Sanne de Vries', '2026-11-10'),
  action('r2', 'sanne de vries ', '2026-11-22'),
  action('r3', 'Karim', '2026-11-23'),
  action('r4', 'Karim'),
  action('r5', 'Sanne de Vries', '2026-11-01', 'gedaan'),
];

describe('isMine', () => {
  it('compares names without case or extra spaces and never matches an empty user name', () => {
    expect(isMine({ ownerName: ' SANNE de  Vries' }, 'Sanne de Vries')).toBe(true);
    expect(isMine({ ownerName: 'Sanne' }, 'Sanne de Vries')).toBe(false);
    expect(isMine({ ownerName: '' }, ' ')).toBe(false);
  });
});

describe('actionsView', () => {
  it('puts every open action in exactly one date section', () => {
    const view = actionsView(ACTIONS, TODAY);
    expect(view.overdue.map((a) => a.id)).toEqual(['r1']);
    expect(view.dueThisWeek.map((a) => a.id)).toEqual(['r2']);
    expect(view.later.map((a) => a.id)).toEqual(['r3']);
    expect(view.withoutDueDate.map((a) => a.id)).toEqual(['r4']);
    expect(view.openCount).toBe(4);
  });

  it("shows only the user's own actions when asked", () => {
    const view = actionsView(ACTIONS, TODAY, { userName: 'sanne de vries' });
    expect(view.openCount).toBe(2);
    expect(view.byOwner).toHaveLength(1);
  });
});

describe('actionsSummary', () => {
  it('counts overdue and this week and lists the most urgent first', () => {
    const summary = actionsSummary(ACTIONS, TODAY, 1);
    expect(summary).toMatchObject({ overdue: 1, dueThisWeek: 1 });
    expect(summary.urgent.map((a) => a.id)).toEqual(['r1']);
  });
});
