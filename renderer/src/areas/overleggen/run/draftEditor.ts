// Runs in: renderer.
//
// The latest value of a draft (the meeting, its run state) apart from React, so typing does
// not re-render the whole meeting screen. A change is applied to the latest value at once and
// handed to the autosave; `apply` also shows it on screen at once (presence, adding a row),
// `edit` shows it only once typing pauses (the field that was typed in shows its own text
// meanwhile), or at the next `apply` or `sync`. Changes can be computed from the latest value,
// so a field never writes back a stale copy of a row another field changed. Free of React and
// the DOM clock: the timer functions are passed in, so the behaviour is tested without time.
import type { SaveQueueTimers } from '../../../app/autosave/saveQueue';

/** A change, or a function that computes one from the latest value (undefined: nothing to do). */
export type DraftChange<V, C> = C | ((latest: V) => C | undefined);

export interface DraftEditorOptions<V, C, R> {
  readonly initial: V | undefined;
  /** Computes the next value; `next` undefined leaves the draft as it was (refused or no change). */
  readonly change: (
    current: V | undefined,
    change: C,
  ) => { readonly next: V | undefined; readonly result: R } | undefined;
  /** A new latest value to be written (the autosave queue's push). */
  readonly onChanged: (value: V) => void;
  /** Shows a value on screen (React state); `later`: after a typing pause, not urgent. */
  readonly onShow: (value: V | undefined, later: boolean) => void;
  /** Quiet time after the last `edit` before the screen catches up. */
  readonly showDelayMs: number;
  readonly timers: SaveQueueTimers;
  /** Tells a change function apart from a change (changes that are functions are not supported). */
  readonly isChangeFunction: (change: DraftChange<V, C>) => change is (latest: V) => C | undefined;
}

export interface DraftEditor<V, C, R> {
  latest(): V | undefined;
  /** Applies a change and shows it at once. */
  apply(change: DraftChange<V, C>): R | undefined;
  /** Applies a change now and shows it once typing pauses. */
  edit(change: DraftChange<V, C>): R | undefined;
  /** Replaces the latest value without writing it (taken over from the store) and shows it. */
  replace(value: V | undefined): void;
  /** Replaces the latest value, hands it to the autosave and shows it. */
  commit(value: V): void;
  /** Shows the latest value now if the screen is behind. */
  sync(): void;
  /** Whether the screen shows an older value than the latest. */
  behind(): boolean;
  dispose(): void;
}

export function createDraftEditor<V, C, R>(
  options: DraftEditorOptions<V, C, R>,
): DraftEditor<V, C, R> {
  const { timers } = options;
  let latest = options.initial;
  let shown = options.initial;
  let timer: unknown = null;

  const clearTimer = (): void => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };

  const show = (later: boolean): void => {
    clearTimer();
    if (shown === latest) return;
    shown = latest;
    options.onShow(latest, later);
  };
  const sync = (): void => show(false);

  const run = (input: DraftChange<V, C>): R | undefined => {
    let change: C | undefined;
    if (options.isChangeFunction(input)) {
      if (latest === undefined) return undefined;
      change = input(latest);
    } else {
      change = input;
    }
    if (change === undefined) return undefined;
    const outcome = options.change(latest, change);
    if (outcome === undefined) return undefined;
    if (outcome.next !== undefined && outcome.next !== latest) {
      latest = outcome.next;
      options.onChanged(outcome.next);
    }
    return outcome.result;
  };

  return {
    latest: () => latest,
    apply(change) {
      const result = run(change);
      sync();
      return result;
    },
    edit(change) {
      const result = run(change);
      if (shown !== latest) {
        clearTimer();
        timer = timers.setTimeout(() => {
          timer = null;
          show(true);
        }, options.showDelayMs);
      }
      return result;
    },
    replace(value) {
      latest = value;
      sync();
    },
    commit(value) {
      latest = value;
      options.onChanged(value);
      sync();
    },
    sync,
    behind: () => shown !== latest,
    dispose: clearTimer,
  };
}
