// Runs in: any environment.
//
// The checks behind the case screen's dialogs (chronology entry, working note, status change),
// as plain functions: they decide what the user may save and which Dutch error each field
// shows, and they are unit-tested under Node without a browser. Dates are calendar dates
// (YYYY-MM-DD); "today" is passed in so a test can fix it.
import { changeCaseStatus, type Zorgdossier } from './case';
import type { CaseEntry, CaseEntryInput, CaseEntryKind } from './caseEntry';
import { allowedTransitions, type CaseStatus } from './caseStatus';
import { compareIsoDates, isValidIsoDate, type IsoDate } from './dates';

/** Kinds a user may add by hand. Status entries come from "Status wijzigen", consents from the register. */
export const ENTRY_KIND_CHOICES = [
  'signaal',
  'notitie',
  'gesprek',
  'overleg',
  'actie',
  'verwijzing',
  'terugkoppeling',
] as const satisfies readonly CaseEntryKind[];
export type EntryKindChoice = (typeof ENTRY_KIND_CHOICES)[number];

export function isEntryKindChoice(kind: CaseEntryKind): kind is EntryKindChoice {
  return (ENTRY_KIND_CHOICES as readonly string[]).includes(kind);
}

/** Why a field cannot be saved; each maps to a Dutch message under cases.errors. */
export type FieldError =
  'required' | 'too-long' | 'invalid-date' | 'date-in-future' | 'date-before-signal';

export const TITLE_MAX = 200;
export const BODY_MAX = 20_000;
export const REASON_MAX = 1000;

/** Checks an event date: required, a real date, not after today. */
export function checkEventDate(date: string, today: IsoDate): FieldError | undefined {
  if (date.trim() === '') return 'required';
  if (!isValidIsoDate(date)) return 'invalid-date';
  if (compareIsoDates(date, today) > 0) return 'date-in-future';
  return undefined;
}

export interface EntryFormValues {
  readonly kind: EntryKindChoice;
  readonly date: string;
  readonly title: string;
  readonly body: string;
}

export type EntryFormErrors = Partial<Record<'date' | 'title' | 'body', FieldError>>;

export function validateEntryForm(values: EntryFormValues, today: IsoDate): EntryFormErrors {
  const errors: { date?: FieldError; title?: FieldError; body?: FieldError } = {};
  const date = checkEventDate(values.date, today);
  if (date !== undefined) errors.date = date;
  const title = values.title.trim();
  if (title === '') errors.title = 'required';
  else if (title.length > TITLE_MAX) errors.title = 'too-long';
  if (values.body.length > BODY_MAX) errors.body = 'too-long';
  return errors;
}

export function hasErrors(errors: object): boolean {
  return Object.values(errors).some((e) => e !== undefined);
}

/** A new entry from valid form values. */
export function newEntry(
  values: EntryFormValues,
  context: {
    readonly id: string;
    readonly caseId: string;
    readonly author: string;
    readonly now: string;
  },
): CaseEntry {
  return {
    id: context.id,
    caseId: context.caseId,
    kind: values.kind,
    date: values.date,
    recordedAt: context.now,
    title: values.title.trim(),
    body: values.body,
    author: context.author,
  };
}

/** An existing entry with the form's values; when it was first recorded stays as it was. */
export function editedEntry(entry: CaseEntry, values: EntryFormValues): CaseEntry {
  return {
    ...entry,
    kind: values.kind,
    date: values.date,
    title: values.title.trim(),
    body: values.body,
  };
}

/**
 * Entries the current user may change: hand-made entries they recorded. Status entries stay
 * as written (they are the history of the status field).
 */
export function canEditEntry(entry: CaseEntry, userName: string): boolean {
  return entry.author === userName && isEntryKindChoice(entry.kind);
}

export interface WorkingNoteFormValues {
  readonly date: string;
  readonly body: string;
}

export type WorkingNoteFormErrors = Partial<Record<'date' | 'body', FieldError>>;

/** A dated text (a working note; with a smaller `max`, a parents' or pupil's voice). */
export function validateWorkingNoteForm(
  values: WorkingNoteFormValues,
  today: IsoDate,
  max: number = BODY_MAX,
): WorkingNoteFormErrors {
  const errors: { date?: FieldError; body?: FieldError } = {};
  const date = checkEventDate(values.date, today);
  if (date !== undefined) errors.date = date;
  if (values.body.trim() === '') errors.body = 'required';
  else if (values.body.length > max) errors.body = 'too-long';
  return errors;
}

export interface StatusFormValues {
  readonly to: CaseStatus | '';
  readonly on: string;
  readonly reason: string;
}

export type StatusFormErrors = Partial<Record<'to' | 'on' | 'reason', FieldError>>;

export type StatusFormResult =
  | { readonly ok: true; readonly case: Zorgdossier; readonly entry: CaseEntryInput }
  | { readonly ok: false; readonly errors: StatusFormErrors };

/**
 * Checks the status dialog and, when all is well, applies changeCaseStatus: the new case and
 * the chronology entry to store with it.
 */
export function applyStatusForm(
  current: Zorgdossier,
  values: StatusFormValues,
  context: { readonly today: IsoDate; readonly now: string; readonly author: string },
): StatusFormResult {
  const errors: { to?: FieldError; on?: FieldError; reason?: FieldError } = {};
  const to = values.to;
  if (to === '' || !allowedTransitions(current.status).includes(to)) errors.to = 'required';
  const on = checkEventDate(values.on, context.today);
  if (on !== undefined) errors.on = on;
  else if (to === 'afgesloten' && compareIsoDates(values.on, current.signal.date) < 0)
    errors.on = 'date-before-signal';
  if (to === 'afgesloten') {
    const reason = values.reason.trim();
    if (reason === '') errors.reason = 'required';
    else if (reason.length > REASON_MAX) errors.reason = 'too-long';
  }
  if (to === '' || hasErrors(errors)) return { ok: false, errors };
  const changed = changeCaseStatus(current, to, {
    on: values.on,
    reason: values.reason,
    now: context.now,
    author: context.author,
  });
  if (!changed.ok) {
    switch (changed.error.code) {
      case 'case.closed-reason-required':
        return { ok: false, errors: { reason: 'required' } };
      case 'case.closed-before-signal':
        return { ok: false, errors: { on: 'date-before-signal' } };
      case 'case.status-unchanged':
      case 'case.transition-not-allowed':
        return { ok: false, errors: { to: 'required' } };
      default: {
        const never: never = changed.error.code;
        throw new Error(`unknown status error ${String(never)}`);
      }
    }
  }
  return { ok: true, case: changed.value.case, entry: changed.value.entry };
}

export interface SignalFormValues {
  readonly date: string;
  readonly raisedBy: string;
  readonly description: string;
  readonly hulpvraag: string;
}

export type SignalFormErrors = Partial<
  Record<'date' | 'raisedBy' | 'description' | 'hulpvraag', FieldError>
>;

export const SIGNAL_TEXT_MAX = 4000;
export const RAISED_BY_MAX = 200;

/** Checks the signal dialog; a closed case's signal may not move past the closing day. */
export function validateSignalForm(
  values: SignalFormValues,
  current: Zorgdossier,
  today: IsoDate,
): SignalFormErrors {
  const errors: {
    date?: FieldError;
    raisedBy?: FieldError;
    description?: FieldError;
    hulpvraag?: FieldError;
  } = {};
  const date = checkEventDate(values.date, today);
  if (date !== undefined) errors.date = date;
  else if (current.closedAt !== undefined && compareIsoDates(values.date, current.closedAt) > 0)
    errors.date = 'date-before-signal';
  const raisedBy = values.raisedBy.trim();
  if (raisedBy === '') errors.raisedBy = 'required';
  else if (raisedBy.length > RAISED_BY_MAX) errors.raisedBy = 'too-long';
  if (values.description.length > SIGNAL_TEXT_MAX) errors.description = 'too-long';
  if (values.hulpvraag.length > SIGNAL_TEXT_MAX) errors.hulpvraag = 'too-long';
  return errors;
}

/** The case with the signal dialog's values. */
export function withSignal(
  current: Zorgdossier,
  values: SignalFormValues,
  now: string,
): Zorgdossier {
  return {
    ...current,
    signal: {
      date: values.date,
      raisedBy: values.raisedBy.trim(),
      description: values.description.trim(),
    },
    hulpvraag: values.hulpvraag.trim(),
    updatedAt: now,
  };
}
