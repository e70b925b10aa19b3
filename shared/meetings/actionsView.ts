// Runs in: any environment.
//
// The pure part of the Acties view: which actions are "mine" (the vault's user owns them),
// the date sections including the actions due after this week (actionsOverview leaves those
// to the owner grouping), and the small summary the dashboard shows.
import { addDays, compareIsoDates, type IsoDate } from '../domain/dates';
import { actionsOverview, weekStart, type ActionsOverview } from './actieplan';
import type { CaseAction } from './actions';

function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
}

/** Whether the action's owner is the vault's user (name compared without case or extra spaces). */
export function isMine(action: Pick<CaseAction, 'ownerName'>, userName: string): boolean {
  const me = normaliseName(userName);
  return me !== '' && normaliseName(action.ownerName) === me;
}

export interface ActionsView extends ActionsOverview {
  /** Open, due after this week's Sunday, soonest first. */
  readonly later: readonly CaseAction[];
  /** Every open action shown. */
  readonly openCount: number;
}

/** The sections of the Acties view, optionally only the user's own actions. */
export function actionsView(
  actions: readonly CaseAction[],
  today: IsoDate,
  only?: { readonly userName: string },
): ActionsView {
  const shown = only === undefined ? actions : actions.filter((a) => isMine(a, only.userName));
  const overview = actionsOverview(shown, today);
  const sunday = addDays(weekStart(today), 6);
  const later = overview.byOwner
    .flatMap((g) => g.actions)
    .filter((a) => a.dueDate !== undefined && compareIsoDates(a.dueDate, sunday) > 0)
    .sort((a, b) => compareIsoDates(a.dueDate ?? '', b.dueDate ?? '') || a.id.localeCompare(b.id));
  const openCount = overview.byOwner.reduce((sum, g) => sum + g.actions.length, 0);
  return { ...overview, later, openCount };
}

/** The dashboard's action summary: overdue and due this week, the most urgent few listed. */
export function actionsSummary(
  actions: readonly CaseAction[],
  today: IsoDate,
  top = 3,
): {
  readonly overdue: number;
  readonly dueThisWeek: number;
  readonly urgent: readonly CaseAction[];
} {
  const overview = actionsOverview(actions, today);
  return {
    overdue: overview.overdue.length,
    dueThisWeek: overview.dueThisWeek.length,
    urgent: [...overview.overdue, ...overview.dueThisWeek].slice(0, top),
  };
}

/** Records by id, so a list of thousands of rows looks each one up once (not with find per row). */
export function byId<T extends { readonly id: string }>(
  records: readonly T[],
): ReadonlyMap<string, T> {
  return new Map(records.map((r) => [r.id, r]));
}
