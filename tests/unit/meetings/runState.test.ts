// Runs in: Node (Vitest).
//
// The run state of meeting mode: timers counted from stored moments (no real time), one
// timer at a time, moving between items, the focused field, entry drafts, reopening and
// closing, and which meeting an unlock brings the user back to.
import { describe, expect, it } from 'vitest';
import {
  closeRunState,
  EMPTY_ENTRY_DRAFT,
  entryDraftFor,
  focusField,
  formatTimer,
  meetingRunStateRecordType,
  meetingRunStateSchema,
  meetingToResume,
  neighbourItemId,
  newRunState,
  pauseTimer,
  reopenRunState,
  runningItemId,
  runStateIdFor,
  selectItem,
  setEntryDraft,
  startTimer,
  timerSeconds,
  timerView,
  toggleTimer,
} from '../../../shared/meetings/runState';
import { APP_RECORD_REGISTRY } from '../../../shared/records/catalog';

const T = (minute: number, second = 0): string =>
  `2026-12-01T15:${String(minute).padStart(2, '0')}:${String(second).padStart(2, '0')}+01:00`;

describe('run state record', () => {
  it('derives its id from the meeting and validates', () => {
    const state = newRunState('m-1', 'i-1', T(0));
    expect(state.id).toBe(runStateIdFor('m-1'));
    expect(meetingRunStateSchema.safeParse(state).success).toBe(true);
    expect(meetingRunStateSchema.safeParse({ ...state, id: 'run-other' }).success).toBe(false);
  });

  it('is registered in the app catalog as meeting.run-state', () => {
    expect(meetingRunStateRecordType.type).toBe('meeting.run-state');
    expect(APP_RECORD_REGISTRY.get('meeting.run-state')).toBeDefined();
  });

  it('refuses two running timers and field names with content-like characters', () => {
    const state = newRunState('m-1', 'i-1', T(0));
    const two = {
      ...state,
      timers: {
        'i-1': { elapsedSeconds: 0, runningSince: T(0) },
        'i-2': { elapsedSeconds: 0, runningSince: T(1) },
      },
    };
    expect(meetingRunStateSchema.safeParse(two).success).toBe(false);
    expect(
      meetingRunStateSchema.safeParse({ ...state, focusedField: 'Zoë van der Berg' }).success,
    ).toBe(false);
    expect(focusField(state, 'Zoë van der Berg', T(1))).toBe(state);
  });
});

describe('timers', () => {
  it('count from the moment they started, and stop counting when paused', () => {
    let state = newRunState('m-1', 'i-1', T(0));
    state = startTimer(state, 'i-1', T(0));
    expect(timerSeconds(state.timers['i-1'], T(2, 30))).toBe(150);
    state = pauseTimer(state, 'i-1', T(3));
    expect(state.timers['i-1']).toEqual({ elapsedSeconds: 180 });
    expect(timerSeconds(state.timers['i-1'], T(50))).toBe(180);
    state = toggleTimer(state, 'i-1', T(10));
    expect(timerSeconds(state.timers['i-1'], T(11))).toBe(240);
  });

  it('run one at a time: starting another pauses the running one', () => {
    let state = startTimer(newRunState('m-1', 'i-1', T(0)), 'i-1', T(0));
    state = startTimer(state, 'i-2', T(5));
    expect(runningItemId(state)).toBe('i-2');
    expect(state.timers['i-1']).toEqual({ elapsedSeconds: 300 });
  });

  it('show the overrun against the timebox', () => {
    const state = startTimer(newRunState('m-1', 'i-1', T(0)), 'i-1', T(0));
    expect(timerView(state.timers['i-1'], 10, T(9)).overrunSeconds).toBe(0);
    const view = timerView(state.timers['i-1'], 10, T(12, 5));
    expect(view).toEqual({
      elapsedSeconds: 725,
      timeboxSeconds: 600,
      overrunSeconds: 125,
      running: true,
    });
    expect(timerView(undefined, 5, T(0))).toEqual({
      elapsedSeconds: 0,
      timeboxSeconds: 300,
      overrunSeconds: 0,
      running: false,
    });
  });

  it('never go negative when the clock went back', () => {
    const state = startTimer(newRunState('m-1', 'i-1', T(5)), 'i-1', T(5));
    expect(timerSeconds(state.timers['i-1'], T(4))).toBe(0);
  });

  it('format as m:ss and h:mm:ss', () => {
    expect(formatTimer(0)).toBe('0:00');
    expect(formatTimer(65)).toBe('1:05');
    expect(formatTimer(3725)).toBe('1:02:05');
  });
});

describe('moving through the agenda', () => {
  it('moves the running clock along to the next item and forgets the field', () => {
    let state = focusField(
      startTimer(newRunState('m-1', 'i-1', T(0)), 'i-1', T(0)),
      'situation',
      T(1),
    );
    state = selectItem(state, 'i-2', T(4));
    expect(state.currentItemId).toBe('i-2');
    expect(state.focusedField).toBeUndefined();
    expect(state.timers['i-1']).toEqual({ elapsedSeconds: 240 });
    expect(runningItemId(state)).toBe('i-2');
  });

  it('does not start a clock when none was running', () => {
    const state = selectItem(newRunState('m-1', 'i-1', T(0)), 'i-2', T(1));
    expect(runningItemId(state)).toBeUndefined();
  });

  it('finds the neighbour items, clamped at both ends', () => {
    const ids = ['a', 'b', 'c'];
    expect(neighbourItemId(ids, 'b', 1)).toBe('c');
    expect(neighbourItemId(ids, 'c', 1)).toBe('c');
    expect(neighbourItemId(ids, 'a', -1)).toBe('a');
    expect(neighbourItemId(ids, 'gone', 1)).toBe('a');
    expect(neighbourItemId([], 'a', 1)).toBeUndefined();
  });
});

describe('entry drafts', () => {
  it('keeps what was typed per item and drops an emptied draft', () => {
    let state = newRunState('m-1', 'i-1', T(0));
    state = setEntryDraft(state, 'i-1', { decision: 'Besluit: één gesprek' }, T(1));
    expect(entryDraftFor(state, 'i-1').decision).toBe('Besluit: één gesprek');
    expect(entryDraftFor(state, 'i-2')).toEqual(EMPTY_ENTRY_DRAFT);
    expect(meetingRunStateSchema.safeParse(state).success).toBe(true);
    state = setEntryDraft(state, 'i-1', { decision: '' }, T(2));
    expect(state.entryDrafts).toEqual({});
  });
});

describe('reopening and closing', () => {
  it('reopens on the same item and field, or on the first item when the item is gone', () => {
    const closed = closeRunState(
      focusField(selectItem(newRunState('m-1', 'i-1', T(0)), 'i-2', T(1)), 'discussed', T(2)),
      T(3),
    );
    expect(closed.open).toBe(false);
    const again = reopenRunState(closed, 'm-1', ['i-1', 'i-2'], T(4));
    expect(again).toMatchObject({ open: true, currentItemId: 'i-2', focusedField: 'discussed' });
    const moved = reopenRunState(closed, 'm-1', ['i-1', 'i-3'], T(4));
    expect(moved.currentItemId).toBe('i-1');
    expect(moved.focusedField).toBeUndefined();
    expect(reopenRunState(undefined, 'm-1', ['i-9'], T(4))).toMatchObject({
      open: true,
      currentItemId: 'i-9',
      meetingId: 'm-1',
    });
  });

  it('closing pauses the running timer', () => {
    const closed = closeRunState(startTimer(newRunState('m-1', 'i-1', T(0)), 'i-1', T(0)), T(2));
    expect(closed.timers['i-1']).toEqual({ elapsedSeconds: 120 });
  });

  it('resumes the most recent open run state of a meeting that is not approved', () => {
    const a = { ...newRunState('m-a', undefined, T(1)), open: true };
    const b = { ...newRunState('m-b', undefined, T(5)), open: true };
    const c = closeRunState(newRunState('m-c', undefined, T(9)), T(9));
    const meetings = [
      { id: 'm-a', status: 'bezig' },
      { id: 'm-b', status: 'vastgesteld' },
      { id: 'm-c', status: 'bezig' },
    ];
    expect(meetingToResume([a, b, c], meetings)).toBe('m-a');
    expect(meetingToResume([a], [])).toBeUndefined();
  });
});
