// Runs in: Node (Vitest).
//
// The pure pieces of meeting mode and afronden: the autosave queue (with hand-driven
// timers, no real time), the keyboard shortcuts, item titles that never show an anonymous
// pupil's name, file names, the approval problems' links, and landing actions in the plans;
// the draft editor that lets typing skip re-rendering the screen, and the changes it applies.
import { describe, expect, it } from 'vitest';
import { actieplanIdFor, type Actieplan } from '../../../shared/meetings/actieplan';
import type { MeetingAction } from '../../../shared/meetings/actions';
import type { Meeting } from '../../../shared/meetings/meeting';
import type { MinutesChange } from '../../../shared/meetings/minutes';
import { newRunState, setEntryDraft } from '../../../shared/meetings/runState';
import type { MeetingProblem } from '../../../shared/meetings/problems';
import { plansForMeeting, unlandedActionCount } from '../../../shared/meetings/actionLanding';
import { problemEntry, textFieldTarget } from '../../../shared/meetings/problemLinks';
import {
  itemTitle,
  minutesFileName,
  ownerKindSuggestion,
} from '../../../shared/meetings/meetingLabels';
import { runErrorKey } from '../../../renderer/src/areas/overleggen/run/runErrors';
import {
  createDraftEditor,
  type DraftChange,
} from '../../../renderer/src/areas/overleggen/run/draftEditor';
import {
  actionUpdate,
  applyMinutesChange,
  nextRunState,
} from '../../../shared/meetings/meetingChanges';
import {
  createSaveQueue,
  type SaveQueueTimers,
  type SaveStatus,
} from '../../../renderer/src/app/autosave/saveQueue';
import { meetingShortcut } from '../../../renderer/src/meetings/shortcuts';
import { combineStatus } from '../../../renderer/src/areas/overleggen/run/SaveStatusLine';
import { daan, emptyZorgteam, zoe } from './builders';

/** Timers that only fire when the test says so. */
function manualTimers(): SaveQueueTimers & { fire(): void; pending(): number[] } {
  let next = 1;
  const waiting = new Map<number, { run: () => void; ms: number }>();
  return {
    setTimeout: (run, ms) => {
      const id = next++;
      waiting.set(id, { run, ms });
      return id;
    },
    clearTimeout: (handle) => {
      waiting.delete(handle as number);
    },
    fire() {
      const all = [...waiting.values()];
      waiting.clear();
      for (const entry of all) entry.run();
    },
    pending: () => [...waiting.values()].map((w) => w.ms),
  };
}

const settle = async (): Promise<void> => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

describe('autosave queue', () => {
  it('writes only the latest value after the debounce', async () => {
    const timers = manualTimers();
    const saved: string[] = [];
    const statuses: SaveStatus[] = [];
    const queue = createSaveQueue<string>({
      save: (v) => {
        saved.push(v);
        return Promise.resolve();
      },
      delayMs: 300,
      timers,
      onStatus: (s) => statuses.push(s),
    });
    queue.push('a');
    queue.push('ab');
    queue.push('abc');
    expect(timers.pending()).toEqual([300]);
    expect(queue.status()).toBe('pending');
    timers.fire();
    await settle();
    expect(saved).toEqual(['abc']);
    expect(queue.status()).toBe('saved');
    expect(statuses).toEqual(['pending', 'saving', 'saved']);
  });

  it('flushes at once without waiting for the debounce', async () => {
    const timers = manualTimers();
    const saved: string[] = [];
    const queue = createSaveQueue<string>({
      save: (v) => {
        saved.push(v);
        return Promise.resolve();
      },
      delayMs: 300,
      timers,
    });
    queue.push('typed');
    await queue.flush();
    expect(saved).toEqual(['typed']);
    expect(timers.pending()).toEqual([]);
  });

  it('never has two writes in flight, and the latest value wins', async () => {
    const timers = manualTimers();
    const saved: string[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const releases: (() => void)[] = [];
    const queue = createSaveQueue<string>({
      save: (v) =>
        new Promise<void>((resolve) => {
          inFlight += 1;
          maxInFlight = Math.max(maxInFlight, inFlight);
          releases.push(() => {
            inFlight -= 1;
            saved.push(v);
            resolve();
          });
        }),
      delayMs: 300,
      timers,
    });
    queue.push('one');
    const first = queue.flush();
    await settle();
    queue.push('two');
    queue.push('three');
    const second = queue.flush();
    await settle();
    expect(releases).toHaveLength(1);
    releases[0]?.();
    await settle();
    releases[1]?.();
    await Promise.all([first, second]);
    expect(saved).toEqual(['one', 'three']);
    expect(maxInFlight).toBe(1);
  });

  it('ends on "saved" when typing during a write is stored before its debounce fires', async () => {
    // Found by CI: the status stayed "Opslaan…" for good when the debounce timer of a value
    // typed during a write fired after that value had already been written.
    const timers = manualTimers();
    const saved: string[] = [];
    const releases: (() => void)[] = [];
    const queue = createSaveQueue<string>({
      save: (v) =>
        new Promise<void>((resolve) => {
          releases.push(() => {
            saved.push(v);
            resolve();
          });
        }),
      delayMs: 300,
      timers,
    });
    queue.push('Ïsa');
    timers.fire();
    await settle();
    queue.push('Ïsa komt');
    releases[0]?.();
    await settle();
    releases[1]?.();
    await settle();
    timers.fire();
    await settle();
    expect(saved).toEqual(['Ïsa', 'Ïsa komt']);
    expect(releases).toHaveLength(2);
    expect(queue.status()).toBe('saved');
  });

  it('keeps the value after a failed write and retries until it is stored', async () => {
    const timers = manualTimers();
    const saved: string[] = [];
    let fail = true;
    const queue = createSaveQueue<string>({
      save: (v) => {
        if (fail) return Promise.reject(new Error('disk full'));
        saved.push(v);
        return Promise.resolve();
      },
      delayMs: 300,
      retryMs: [1000],
      timers,
    });
    queue.push('Besluit: één gesprek');
    await expect(queue.flush()).rejects.toThrow('disk full');
    expect(queue.status()).toBe('failed');
    expect(timers.pending()).toEqual([1000]);
    queue.push('Besluit: één gesprek met ouders');
    expect(queue.status()).toBe('failed');
    fail = false;
    timers.fire();
    await settle();
    expect(saved).toEqual(['Besluit: één gesprek met ouders']);
    expect(queue.status()).toBe('saved');
  });

  it('combines statuses: the worst counts', () => {
    expect(combineStatus(['saved', 'saved'])).toBe('saved');
    expect(combineStatus(['saved', 'pending'])).toBe('pending');
    expect(combineStatus(['saving', 'pending'])).toBe('saving');
    expect(combineStatus(['failed', 'saved'])).toBe('failed');
  });
});

describe('meeting shortcuts', () => {
  const key = (
    over: Partial<
      Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>
    >,
  ) => ({
    key: '',
    code: '',
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    ...over,
  });
  it('maps Alt+PageDown/PageUp/S/B/A/T', () => {
    expect(meetingShortcut(key({ altKey: true, key: 'PageDown', code: 'PageDown' }))).toBe('next');
    expect(meetingShortcut(key({ altKey: true, key: 'PageUp', code: 'PageUp' }))).toBe('previous');
    expect(meetingShortcut(key({ altKey: true, key: '∫', code: 'KeyB' }))).toBe('decision');
    expect(meetingShortcut(key({ altKey: true, key: 'a', code: 'KeyA' }))).toBe('action');
    expect(meetingShortcut(key({ altKey: true, key: 't', code: 'KeyT' }))).toBe('timer');
    expect(meetingShortcut(key({ altKey: true, key: 's', code: 'KeyS' }))).toBe('situation');
  });
  it('leaves AltGr, Ctrl, Shift and plain keys alone', () => {
    expect(meetingShortcut(key({ altKey: true, ctrlKey: true, code: 'KeyB' }))).toBeUndefined();
    expect(meetingShortcut(key({ altKey: true, shiftKey: true, key: 'PageDown' }))).toBeUndefined();
    expect(meetingShortcut(key({ key: 'PageDown' }))).toBeUndefined();
    expect(meetingShortcut(key({ altKey: true, code: 'Digit1', key: '1' }))).toBeUndefined();
  });
});

describe('labels', () => {
  it('names a named item by the pupil and an anonymous item ONLY by its pseudonym', () => {
    expect(itemTitle({ mode: 'named', pupilId: zoe.id }, [zoe], '?')).toBe('Zoë van der Berg');
    const anonymous = itemTitle(
      { mode: 'anonymous', pupilId: daan.id, pseudonym: 'Leerling B' },
      [daan],
      '?',
    );
    expect(anonymous).toBe('Leerling B');
    expect(anonymous).not.toContain('Daan');
    expect(itemTitle({ mode: 'named', pupilId: 'gone' }, [zoe], 'Leerling (niet gevonden)')).toBe(
      'Leerling (niet gevonden)',
    );
  });

  it("suggests an owner kind only when the organisation says otherwise than the user's choice", () => {
    const school = 'OBS De Tweemaster';
    // Nothing typed: nothing to suggest, whatever was chosen.
    expect(ownerKindSuggestion('', school, 'school')).toBeUndefined();
    expect(ownerKindSuggestion('  ', school, 'partner')).toBeUndefined();
    // The school's own name suggests school, any other organisation a partner...
    expect(ownerKindSuggestion(' obs de tweemaster ', school, 'partner')).toBe('school');
    expect(ownerKindSuggestion('Buurtteam Oost', school, 'school')).toBe('partner');
    // ...and a choice that already matches leaves nothing to suggest.
    expect(ownerKindSuggestion('OBS De Tweemaster', school, 'school')).toBeUndefined();
    expect(ownerKindSuggestion('Buurtteam Oost', school, 'partner')).toBeUndefined();
  });

  it('names the minutes file by kind and date only', () => {
    expect(minutesFileName({ kind: 'zorgteam', date: '2026-12-01' }, 'pdf')).toBe(
      'notulen-zorgteam-2026-12-01.pdf',
    );
    expect(minutesFileName({ kind: 'zat', date: '2026-12-01' }, 'docx')).toBe(
      'notulen-zat-2026-12-01.docx',
    );
  });

  it('maps refused changes to messages', () => {
    expect(runErrorKey({ code: 'anonymous-partner-action', itemId: 'i' })).toBe(
      'anonymous-partner-action',
    );
    expect(runErrorKey({ code: 'item-not-found', itemId: 'i' })).toBe('stale');
    expect(runErrorKey({ code: 'invalid-meeting', paths: [] })).toBe('invalid');
  });
});

describe('approval problems', () => {
  it('link every item problem to the field in meeting mode', () => {
    const cases: [MeetingProblem, Record<string, unknown>][] = [
      [
        { code: 'presence-unknown', attendeeIds: ['a', 'b'] },
        { runField: 'presence', count: 2 },
      ],
      [
        { code: 'decision-empty', itemId: 'i', decisionId: 'd' },
        { itemId: 'i', runField: 'decision:d' },
      ],
      [
        {
          code: 'action-incomplete',
          itemId: 'i',
          actionId: 'x',
          missing: ['ownerName', 'dueDate'],
        },
        { itemId: 'i', runField: 'action:x:owner', missing: ['ownerName', 'dueDate'] },
      ],
      [
        { code: 'feedback-reason-missing', itemId: 'i' },
        { itemId: 'i', runField: 'feedback-reason' },
      ],
      [
        { code: 'anonymous-item-names-pupil', itemId: 'i', field: 'situation' },
        { itemId: 'i', runField: 'situation', field: 'situation' },
      ],
      [
        { code: 'anonymous-partner-action', itemId: 'i', actionId: 'x' },
        { itemId: 'i', runField: 'action:x:kind' },
      ],
      [{ code: 'process-evaluation-empty' }, { runField: 'process-wentWell' }],
      [{ code: 'named-without-consent', itemId: 'i', reasons: [] }, { itemId: 'i' }],
      [{ code: 'meeting-still-concept' }, {}],
      [{ code: 'meeting-in-future', date: '2026-12-14' }, { date: '2026-12-14' }],
    ];
    for (const [problem, expected] of cases)
      expect(problemEntry(problem)).toEqual({ code: problem.code, ...expected });
  });

  it('understands the text field names approvalProblems reports', () => {
    expect(textFieldTarget('decisions.d1')).toEqual({ key: 'decision', runField: 'decision:d1' });
    expect(textFieldTarget('actions.a1.description')).toEqual({
      key: 'actionDescription',
      runField: 'action:a1:description',
    });
    expect(textFieldTarget('actions.a1.outcome')).toEqual({ key: 'actionOutcome' });
    expect(textFieldTarget('parentsFeedback')).toEqual({
      key: 'parentsFeedback',
      runField: 'feedback-reason',
    });
    expect(textFieldTarget('question')).toEqual({ key: 'question' });
    expect(textFieldTarget('weird')).toEqual({ key: 'other' });
  });
});

describe('landing actions', () => {
  const action = (id: string): MeetingAction => ({
    id,
    description: 'Observatie in de klas',
    ownerName: 'Anouk',
    ownerOrganisation: 'OBS De Tweemaster',
    ownerKind: 'school',
    dueDate: '2026-12-15',
    status: 'open',
    outcome: '',
  });
  const item = (id: string, caseId: string, order: number, actions: MeetingAction[]) => ({
    id,
    caseId,
    pupilId: `p-${caseId}`,
    order,
    bespreekdoel: 'informatie-advies' as const,
    question: '',
    timeboxMinutes: 10,
    mode: 'named' as const,
    situation: '',
    discussed: '',
    decisions: [],
    actions,
  });
  const meeting: Meeting = emptyZorgteam({
    agenda: [
      item('i1', 'c1', 0, [action('a1'), action('a2')]),
      item('i2', 'c2', 1, [action('a3')]),
      item('i3', 'c3', 2, []),
    ],
  });

  it('gives each case with actions one plan with them, and is idempotent', () => {
    const plans = new Map<string, Actieplan>();
    const first = plansForMeeting(meeting, (id) => plans.get(id), '2026-12-01T16:00:00+01:00');
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.value.map((p) => p.id)).toEqual([actieplanIdFor('c1'), actieplanIdFor('c2')]);
    expect(first.value[0]?.actions.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(unlandedActionCount(meeting, (id) => plans.get(id))).toBe(3);
    for (const plan of first.value) plans.set(plan.id, plan);
    expect(unlandedActionCount(meeting, (id) => plans.get(id))).toBe(0);
    const again = plansForMeeting(meeting, (id) => plans.get(id), '2026-12-01T16:05:00+01:00');
    expect(again.ok && again.value[0]?.actions.length).toBe(2);
  });
});

describe('draft editor', () => {
  type Change = { readonly add: string };
  const isFn = (
    change: DraftChange<string, Change>,
  ): change is (latest: string) => Change | undefined => typeof change === 'function';
  const make = (initial = '') => {
    const timers = manualTimers();
    const written: string[] = [];
    const shown: (string | undefined)[] = [];
    const later: boolean[] = [];
    const editor = createDraftEditor<string, Change, number>({
      initial,
      change: (current, change) =>
        change.add === '!'
          ? { next: undefined, result: -1 }
          : { next: `${current ?? ''}${change.add}`, result: 1 },
      onChanged: (value) => written.push(value),
      onShow: (value, after) => {
        shown.push(value);
        later.push(after);
      },
      showDelayMs: 300,
      timers,
      isChangeFunction: isFn,
    });
    return { editor, timers, written, shown, later };
  };

  it('hands every typed change to the autosave but shows it only once typing pauses', () => {
    const { editor, timers, written, shown, later } = make();
    editor.edit({ add: 'a' });
    editor.edit({ add: 'b' });
    expect(editor.latest()).toBe('ab');
    expect(written).toEqual(['a', 'ab']);
    expect(shown).toEqual([]);
    expect(editor.behind()).toBe(true);
    expect(timers.pending()).toEqual([300]);
    timers.fire();
    expect(shown).toEqual(['ab']);
    expect(later).toEqual([true]);
    expect(editor.behind()).toBe(false);
  });

  it('shows at once on apply and on sync, with the typed changes before them', () => {
    const { editor, timers, shown, later } = make();
    editor.edit({ add: 'a' });
    editor.apply({ add: 'b' });
    expect(shown).toEqual(['ab']);
    expect(later).toEqual([false]);
    expect(timers.pending()).toEqual([]);
    editor.edit({ add: 'c' });
    editor.sync();
    editor.sync();
    expect(shown).toEqual(['ab', 'abc']);
  });

  it('leaves the draft as it was on a refused change and returns the result', () => {
    const { editor, written, shown } = make('x');
    expect(editor.apply({ add: '!' })).toBe(-1);
    expect(editor.latest()).toBe('x');
    expect(written).toEqual([]);
    expect(shown).toEqual([]);
  });

  it('computes a change from the latest value, also when the screen is behind', () => {
    const { editor } = make('a');
    editor.edit({ add: 'b' });
    editor.edit((latest) => ({ add: latest.toUpperCase() }));
    expect(editor.latest()).toBe('abAB');
    expect(editor.edit(() => undefined)).toBeUndefined();
    expect(editor.latest()).toBe('abAB');
  });

  it('takes over a stored value without writing it, and writes a committed one', () => {
    const { editor, written, shown } = make('a');
    editor.replace('stored');
    expect(written).toEqual([]);
    editor.commit('mine');
    expect(written).toEqual(['mine']);
    expect(shown).toEqual(['stored', 'mine']);
  });

  it('stops its timer on dispose', () => {
    const { editor, timers } = make();
    editor.edit({ add: 'a' });
    editor.dispose();
    expect(timers.pending()).toEqual([]);
  });
});

describe('meeting mode changes', () => {
  const action: MeetingAction = {
    id: 'a1',
    description: 'Observatie',
    ownerName: 'Anouk',
    ownerOrganisation: '',
    ownerKind: 'school',
    dueDate: '2026-12-15',
    status: 'open',
    outcome: '',
  };
  const meeting: Meeting = emptyZorgteam({
    status: 'bezig',
    agenda: [
      {
        id: 'i1',
        caseId: 'c1',
        pupilId: zoe.id,
        order: 0,
        bespreekdoel: 'informatie-advies',
        question: '',
        timeboxMinutes: 10,
        mode: 'named',
        situation: '',
        discussed: '',
        decisions: [],
        actions: [action],
      },
    ],
  });

  it('updates an action from the latest meeting, so other typed fields stay', () => {
    const typed: Meeting = {
      ...meeting,
      agenda: meeting.agenda.map((i) => ({
        ...i,
        actions: [{ ...action, ownerName: 'Anouk de Vries' }],
      })),
    };
    const change = actionUpdate('i1', 'a1', { description: 'Observatie in de klas' })(typed);
    expect(change).toEqual({
      kind: 'update-action',
      itemId: 'i1',
      action: { ...action, ownerName: 'Anouk de Vries', description: 'Observatie in de klas' },
    });
    const cleared = actionUpdate('i1', 'a1', { dueDate: undefined })(typed);
    expect(cleared?.kind === 'update-action' && 'dueDate' in cleared.action).toBe(false);
    expect(actionUpdate('i1', 'gone', { description: 'x' })(typed)).toBeUndefined();
  });

  it('applies a minutes change through the domain rules', () => {
    const change: MinutesChange = {
      kind: 'item-fields',
      itemId: 'i1',
      patch: { situation: 'Zoë komt te laat ' },
    };
    const applied = applyMinutesChange(meeting, change, '2026-03-10T16:00:00.000+01:00');
    expect(applied?.next?.agenda[0]?.situation).toBe('Zoë komt te laat ');
    const refused = applyMinutesChange(
      meeting,
      { kind: 'item-fields', itemId: 'nope', patch: { situation: 'x' } },
      '2026-03-10T16:00:00.000+01:00',
    );
    expect(refused?.next).toBeUndefined();
    expect(refused?.result.ok).toBe(false);
    expect(applyMinutesChange(undefined, change, '2026-03-10T16:00:00.000+01:00')).toBeUndefined();
  });

  it('takes a run state change only when it differs and is valid', () => {
    const now = '2026-03-10T16:00:00.000+01:00';
    const state = newRunState('m-1', 'i1', now);
    expect(nextRunState(state, (s) => s ?? state, now)).toBeUndefined();
    expect(
      nextRunState(
        state,
        (s, at) => setEntryDraft(s ?? state, 'i1', { decision: 'Verwijzen' }, at),
        now,
      )?.entryDrafts?.['i1']?.decision,
    ).toBe('Verwijzen');
    expect(nextRunState(state, (s) => ({ ...(s ?? state), meetingId: '' }), now)).toBeUndefined();
  });
});
