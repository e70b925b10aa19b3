// Runs in: renderer.
//
// Meeting mode's keyboard shortcuts (shortcuts.ts says which keys): next and previous agenda
// stop, jump to the situation, a new decision or a new action, and start or stop the timer.
// Listened for on the window, so they work from any field.
import { useEffect, type RefObject } from 'react';
import { neighbourItemId } from '../../../../../shared/meetings/runState';
import { focusRunField } from './runFocus';
import { meetingShortcut } from '../../../meetings/shortcuts';

export interface MeetingShortcutTargets {
  readonly stops: readonly string[];
  readonly currentId: string | undefined;
  readonly goTo: (id: string | undefined) => void;
  readonly toggleCurrentTimer: () => void;
  readonly rootRef: RefObject<HTMLElement | null>;
  readonly newDecisionRef: RefObject<HTMLInputElement | null>;
  readonly actionEntryRef: RefObject<HTMLInputElement | null>;
}

export function useMeetingShortcuts({
  stops,
  currentId,
  goTo,
  toggleCurrentTimer,
  rootRef,
  newDecisionRef,
  actionEntryRef,
}: MeetingShortcutTargets): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const shortcut = meetingShortcut(event);
      if (shortcut === undefined) return;
      event.preventDefault();
      switch (shortcut) {
        case 'next':
          goTo(neighbourItemId(stops, currentId, 1));
          return;
        case 'previous':
          goTo(neighbourItemId(stops, currentId, -1));
          return;
        case 'situation':
          focusRunField(rootRef.current, 'situation');
          return;
        case 'decision':
          newDecisionRef.current?.focus();
          return;
        case 'action':
          actionEntryRef.current?.focus();
          return;
        case 'timer':
          toggleCurrentTimer();
          return;
        default: {
          const never: never = shortcut;
          return never;
        }
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [goTo, stops, currentId, toggleCurrentTimer, rootRef, newDecisionRef, actionEntryRef]);
}
