// Runs in: any environment.
//
// Where the user is while running a meeting (issue 5 §4: "reopening resumes exactly where
// the user was"): the agenda item on screen, the field that had focus, and the timer of each
// item. Kept apart from the meeting record on purpose: it changes with every click and is
// not part of the minutes; its id is derived from the meeting's id, so a meeting has one.
// Timers store elapsed seconds plus the moment a running timer was started, so time keeps
// counting while the app is closed and no tick ever has to be written.
import { z } from 'zod';
import { timestampSchema } from '../domain/dates';
import { recordIdSchema } from '../domain/fields';
import { defineRecordType } from '../records/registry';
import { ownerKindSchema } from './actions';

/**
 * A field in meeting mode, as the screen names it (e.g. "situation", "decision-new",
 * "action-description", "decision:<id>"): letters, digits and ":._-", never content.
 */
export const runFieldSchema = z.string().regex(/^[a-zA-Z0-9:._-]{1,120}$/);

export const itemTimerSchema = z
  .object({
    /** Seconds counted before the current run (or in total when paused). */
    elapsedSeconds: z.number().int().min(0).max(1_000_000),
    /** When the timer was (re)started; absent while paused. */
    runningSince: timestampSchema.optional(),
  })
  .strict();
export type ItemTimer = z.infer<typeof itemTimerSchema>;

/**
 * What is typed in an item's entry rows but not added yet (the new decision, the new
 * action): kept with the run state so even text before Enter survives a crash.
 */
export const entryDraftSchema = z
  .object({
    decision: z.string().max(4000),
    actionDescription: z.string().max(2000),
    actionOwner: z.string().max(200),
    actionOrganisation: z.string().max(200),
    actionOwnerKind: ownerKindSchema,
    /** "" or a date as the date field gives it ("YYYY-MM-DD"). */
    actionDue: z.string().max(10),
  })
  .strict();
export type EntryDraft = z.infer<typeof entryDraftSchema>;

export const EMPTY_ENTRY_DRAFT: EntryDraft = {
  decision: '',
  actionDescription: '',
  actionOwner: '',
  actionOrganisation: '',
  actionOwnerKind: 'school',
  actionDue: '',
};

export const meetingRunStateSchema = z
  .object({
    id: recordIdSchema,
    meetingId: recordIdSchema,
    currentItemId: recordIdSchema.optional(),
    focusedField: runFieldSchema.optional(),
    /** Per agenda item id. */
    timers: z.record(recordIdSchema, itemTimerSchema),
    /** Per agenda item id: entry rows typed but not added yet. */
    entryDrafts: z.record(recordIdSchema, entryDraftSchema).optional(),
    /** True while the meeting is being run; "Vergadering afsluiten" / "Naar afronden" close it. */
    open: z.boolean(),
    updatedAt: timestampSchema,
  })
  .strict()
  .refine((s) => s.id === runStateIdFor(s.meetingId), {
    message: 'the id is derived from the meeting id',
    path: ['id'],
  })
  .refine((s) => Object.values(s.timers).filter((t) => t.runningSince !== undefined).length <= 1, {
    message: 'at most one timer runs',
    path: ['timers'],
  });
export type MeetingRunState = z.infer<typeof meetingRunStateSchema>;

/** The run state's id for a meeting: derived, so a meeting has at most one. */
export function runStateIdFor(meetingId: string): string {
  return `run-${meetingId}`.slice(0, 80);
}

export const meetingRunStateRecordType = defineRecordType({
  type: 'meeting.run-state',
  version: 1,
  schema: meetingRunStateSchema,
  migrations: {},
  parentOf: (s) => s.meetingId,
});

/** A fresh, open run state on the first item (or none). */
export function newRunState(
  meetingId: string,
  firstItemId: string | undefined,
  now: string,
): MeetingRunState {
  return {
    id: runStateIdFor(meetingId),
    meetingId,
    ...(firstItemId === undefined ? {} : { currentItemId: firstItemId }),
    timers: {},
    open: true,
    updatedAt: now,
  };
}

function ms(timestamp: string): number {
  return Date.parse(timestamp);
}

/** Seconds a timer shows at `now`: the stored seconds plus the current run (never negative). */
export function timerSeconds(timer: ItemTimer | undefined, now: string): number {
  if (timer === undefined) return 0;
  if (timer.runningSince === undefined) return timer.elapsedSeconds;
  const run = Math.floor((ms(now) - ms(timer.runningSince)) / 1000);
  return timer.elapsedSeconds + Math.max(0, Number.isFinite(run) ? run : 0);
}

function paused(timer: ItemTimer | undefined, now: string): ItemTimer {
  return { elapsedSeconds: Math.min(1_000_000, timerSeconds(timer, now)) };
}

/** The item whose timer runs, if any. */
export function runningItemId(state: Pick<MeetingRunState, 'timers'>): string | undefined {
  return Object.entries(state.timers).find(([, t]) => t.runningSince !== undefined)?.[0];
}

/** Every running timer paused at `now`. */
function pauseAll(timers: MeetingRunState['timers'], now: string): MeetingRunState['timers'] {
  return Object.fromEntries(
    Object.entries(timers).map(([id, t]) => [
      id,
      t.runningSince === undefined ? t : paused(t, now),
    ]),
  );
}

/** Starts an item's timer; any other running timer pauses (one item is discussed at a time). */
export function startTimer(state: MeetingRunState, itemId: string, now: string): MeetingRunState {
  if (state.timers[itemId]?.runningSince !== undefined) return state;
  const timers = pauseAll(state.timers, now);
  return {
    ...state,
    timers: {
      ...timers,
      [itemId]: { elapsedSeconds: timers[itemId]?.elapsedSeconds ?? 0, runningSince: now },
    },
    updatedAt: now,
  };
}

/** Pauses an item's timer (no change when it does not run). */
export function pauseTimer(state: MeetingRunState, itemId: string, now: string): MeetingRunState {
  const timer = state.timers[itemId];
  if (timer?.runningSince === undefined) return state;
  return { ...state, timers: { ...state.timers, [itemId]: paused(timer, now) }, updatedAt: now };
}

/** Starts or pauses an item's timer. */
export function toggleTimer(state: MeetingRunState, itemId: string, now: string): MeetingRunState {
  return state.timers[itemId]?.runningSince === undefined
    ? startTimer(state, itemId, now)
    : pauseTimer(state, itemId, now);
}

/**
 * Goes to another item. When a timer was running the clock moves along with the discussion:
 * the previous item's timer pauses and the new item's starts. The focused field is cleared
 * (the screen records the next one).
 */
export function selectItem(state: MeetingRunState, itemId: string, now: string): MeetingRunState {
  if (state.currentItemId === itemId) return state;
  const running = runningItemId(state);
  const { focusedField: _dropped, ...rest } = state;
  const moved: MeetingRunState = { ...rest, currentItemId: itemId, updatedAt: now };
  return running === undefined ? moved : startTimer(moved, itemId, now);
}

/** Records the field that has focus (no change when it is the same). */
export function focusField(
  state: MeetingRunState,
  field: string | undefined,
  now: string,
): MeetingRunState {
  if (state.focusedField === field) return state;
  if (field !== undefined && !runFieldSchema.safeParse(field).success) return state;
  const { focusedField: _old, ...rest } = state;
  return { ...rest, ...(field === undefined ? {} : { focusedField: field }), updatedAt: now };
}

/** The entry rows of an item as last typed (empty when nothing was typed). */
export function entryDraftFor(
  state: Pick<MeetingRunState, 'entryDrafts'> | undefined,
  itemId: string,
): EntryDraft {
  return state?.entryDrafts?.[itemId] ?? EMPTY_ENTRY_DRAFT;
}

/** Updates an item's entry rows; an all-empty draft is dropped. */
export function setEntryDraft(
  state: MeetingRunState,
  itemId: string,
  patch: Partial<EntryDraft>,
  now: string,
): MeetingRunState {
  const next = { ...entryDraftFor(state, itemId), ...patch };
  const { [itemId]: _old, ...others } = state.entryDrafts ?? {};
  const isEmpty = (Object.keys(EMPTY_ENTRY_DRAFT) as (keyof EntryDraft)[]).every(
    (key) => next[key] === EMPTY_ENTRY_DRAFT[key],
  );
  return {
    ...state,
    entryDrafts: isEmpty ? others : { ...others, [itemId]: next },
    updatedAt: now,
  };
}

/** Reopens (or keeps open) a run state; the item must still be on the agenda, else the first item. */
export function reopenRunState(
  state: MeetingRunState | undefined,
  meetingId: string,
  itemIds: readonly string[],
  now: string,
): MeetingRunState {
  const base = state ?? newRunState(meetingId, itemIds[0], now);
  const current =
    base.currentItemId !== undefined && itemIds.includes(base.currentItemId)
      ? base.currentItemId
      : itemIds[0];
  const { currentItemId: _c, ...rest } = base;
  const keepField = current === base.currentItemId;
  const { focusedField, ...withoutField } = rest;
  return {
    ...withoutField,
    ...(current === undefined ? {} : { currentItemId: current }),
    ...(keepField && focusedField !== undefined ? { focusedField } : {}),
    open: true,
    updatedAt: now,
  };
}

/** Closes the run state ("Vergadering afsluiten", "Naar afronden"): timers pause, nothing resumes. */
export function closeRunState(state: MeetingRunState, now: string): MeetingRunState {
  return { ...state, timers: pauseAll(state.timers, now), open: false, updatedAt: now };
}

/** The item `step` places further on the agenda (clamped), given the ids in agenda order. */
export function neighbourItemId(
  orderedIds: readonly string[],
  currentId: string | undefined,
  step: number,
): string | undefined {
  if (orderedIds.length === 0) return undefined;
  const index = currentId === undefined ? -1 : orderedIds.indexOf(currentId);
  if (index < 0) return orderedIds[0];
  return orderedIds[Math.min(orderedIds.length - 1, Math.max(0, index + step))];
}

export interface TimerView {
  readonly elapsedSeconds: number;
  readonly timeboxSeconds: number;
  /** Seconds past the timebox (0 while within it). */
  readonly overrunSeconds: number;
  readonly running: boolean;
}

/** What an item's timer shows against its timebox. */
export function timerView(
  timer: ItemTimer | undefined,
  timeboxMinutes: number,
  now: string,
): TimerView {
  const elapsedSeconds = timerSeconds(timer, now);
  const timeboxSeconds = timeboxMinutes * 60;
  return {
    elapsedSeconds,
    timeboxSeconds,
    overrunSeconds: Math.max(0, elapsedSeconds - timeboxSeconds),
    running: timer?.runningSince !== undefined,
  };
}

/** "m:ss" (or "h:mm:ss" from an hour) for a number of seconds. */
export function formatTimer(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/**
 * The meeting to bring the user back to after an unlock: the most recently used open run
 * state whose meeting still exists and is not approved.
 */
export function meetingToResume(
  states: readonly MeetingRunState[],
  meetings: readonly { readonly id: string; readonly status: string }[],
): string | undefined {
  const candidates = states
    .filter((s) => s.open)
    .filter((s) => meetings.some((m) => m.id === s.meetingId && m.status !== 'vastgesteld'))
    .sort((a, b) => ms(b.updatedAt) - ms(a.updatedAt));
  return candidates[0]?.meetingId;
}
