// Runs in: any environment.
//
// The rules of the recipient's lifecycle (issue 15) and its deadlines. The team promises
// contact within five working days of receipt (brief §6, 003:551-553) and a plan van aanpak
// with the family within six weeks of the intake (brief §4, 000:1002-1033). Steps go in
// order (contact → brede intake → plan → help started); the case can end at any point before
// help started by returning it with a reason or by another route (huisarts, Veilig Thuis), and
// it can always be closed. A step is never dated before receipt, before the previous step, or
// in the future.
import {
  addDays,
  compareIsoDates,
  daysBetween,
  isValidIsoDate,
  type IsoDate,
} from '../domain/dates';
import { err, ok, type Result } from '../result';
import {
  receivedStatus,
  receivedStepSchema,
  type ReceivedReferral,
  type ReceivedStatus,
  type ReceivedStep,
  type ReceivedStepKind,
} from './received';
import { addWorkingDays, DEFAULT_CONTACT_WORKING_DAYS } from './workingDays';

/** Calendar days from the intake until the plan van aanpak is due (six weeks). */
export const PLAN_DAYS_AFTER_INTAKE = 42;

/** The steps each status may be followed by; the last three are final. */
export const RECEIVED_NEXT: Readonly<Record<ReceivedStatus, readonly ReceivedStepKind[]>> = {
  ontvangen: ['contact', 'teruggestuurd', 'andere-route', 'afgesloten'],
  contact: ['intake', 'teruggestuurd', 'andere-route', 'afgesloten'],
  intake: ['plan', 'teruggestuurd', 'andere-route', 'afgesloten'],
  plan: ['hulp-gestart', 'andere-route', 'afgesloten'],
  'hulp-gestart': ['afgesloten'],
  afgesloten: [],
  teruggestuurd: [],
  'andere-route': [],
};

export type ReceivedStepError =
  | { readonly code: 'received.invalid-step' }
  | { readonly code: 'received.final'; readonly status: ReceivedStatus }
  | {
      readonly code: 'received.out-of-order';
      readonly status: ReceivedStatus;
      /** The steps that may come now, to say what to record first. */
      readonly allowed: readonly ReceivedStepKind[];
    }
  | { readonly code: 'received.before-receipt'; readonly receivedOn: IsoDate }
  | { readonly code: 'received.before-previous'; readonly previous: IsoDate }
  | { readonly code: 'received.in-future' };

/** The steps that may be recorded now (empty once the referral ended). */
export function nextSteps(record: Pick<ReceivedReferral, 'history'>): readonly ReceivedStepKind[] {
  return RECEIVED_NEXT[receivedStatus(record)];
}

/** Adds one step, or says why not. The input is never changed. */
export function recordReceivedStep(
  record: ReceivedReferral,
  step: ReceivedStep,
  today: IsoDate,
): Result<ReceivedReferral, ReceivedStepError> {
  const parsed = receivedStepSchema.safeParse(step);
  if (!parsed.success || !isValidIsoDate(step.date)) return err({ code: 'received.invalid-step' });
  const status = receivedStatus(record);
  const allowed = RECEIVED_NEXT[status];
  if (allowed.length === 0) return err({ code: 'received.final', status });
  if (!allowed.includes(step.step)) return err({ code: 'received.out-of-order', status, allowed });
  if (compareIsoDates(step.date, record.receivedOn) < 0)
    return err({ code: 'received.before-receipt', receivedOn: record.receivedOn });
  const previous = record.history.at(-1)?.date;
  if (previous !== undefined && compareIsoDates(step.date, previous) < 0)
    return err({ code: 'received.before-previous', previous });
  if (compareIsoDates(step.date, today) > 0) return err({ code: 'received.in-future' });
  return ok({ ...record, history: [...record.history, parsed.data] });
}

/** The date of a step, when it was recorded. */
export function stepDate(
  record: Pick<ReceivedReferral, 'history'>,
  step: ReceivedStepKind,
): IsoDate | undefined {
  return record.history.find((h) => h.step === step)?.date;
}

/** When contact is due: five working days after receipt, holidays skipped. */
export function contactDueDate(
  record: Pick<ReceivedReferral, 'receivedOn'>,
  holidays: readonly IsoDate[] = [],
): IsoDate {
  return addWorkingDays(record.receivedOn, DEFAULT_CONTACT_WORKING_DAYS, holidays);
}

/** When the plan van aanpak is due: six weeks after the intake (once there was one). */
export function planDueDate(record: Pick<ReceivedReferral, 'history'>): IsoDate | undefined {
  const intake = stepDate(record, 'intake');
  return intake === undefined ? undefined : addDays(intake, PLAN_DAYS_AFTER_INTAKE);
}

const FINAL: readonly ReceivedStatus[] = ['afgesloten', 'teruggestuurd', 'andere-route'];

export interface OverdueReceived {
  readonly receivedId: string;
  readonly kind: 'contact' | 'plan';
  readonly dueDate: IsoDate;
  /** Calendar days since the due date (>= 1). */
  readonly daysOverdue: number;
}

/**
 * What the waiting side must chase on `today`: no contact after the contact term, or no plan
 * six weeks after the intake, until recorded or the referral ended. Contact first, then by date.
 */
export function overdueReceived(
  records: readonly ReceivedReferral[],
  today: IsoDate,
  holidays: readonly IsoDate[] = [],
): OverdueReceived[] {
  const out: OverdueReceived[] = [];
  for (const r of records) {
    if (FINAL.includes(receivedStatus(r))) continue;
    const due = (kind: OverdueReceived['kind'], dueDate: IsoDate): void => {
      if (compareIsoDates(today, dueDate) > 0)
        out.push({ receivedId: r.id, kind, dueDate, daysOverdue: daysBetween(dueDate, today) });
    };
    if (stepDate(r, 'contact') === undefined) due('contact', contactDueDate(r, holidays));
    const plan = planDueDate(r);
    if (plan !== undefined && stepDate(r, 'plan') === undefined) due('plan', plan);
  }
  return out.sort(
    (a, b) =>
      (a.kind === b.kind ? 0 : a.kind === 'contact' ? -1 : 1) ||
      compareIsoDates(a.dueDate, b.dueDate) ||
      (a.receivedId < b.receivedId ? -1 : 1),
  );
}
