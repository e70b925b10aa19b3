// Runs in: renderer.
//
// Where the cursor goes in meeting mode: back into the field that had it when the meeting is
// reopened (or the field afronden's "Naar dit punt" named), and to the item's heading when
// the user moves to another agenda item, so a screen reader announces where they are.
import { useEffect, useRef, type RefObject } from 'react';
import type { MeetingRunState } from '../../../../../shared/meetings/runState';

/** Focuses the field marked `data-run-field`, with the caret at the end of its text. */
export function focusRunField(root: HTMLElement | null, field: string): boolean {
  const element = root?.querySelector<HTMLElement>(`[data-run-field="${CSS.escape(field)}"]`);
  if (element === null || element === undefined) return false;
  element.focus();
  if (
    (element instanceof HTMLInputElement && element.type === 'text') ||
    element instanceof HTMLTextAreaElement
  ) {
    const end = element.value.length;
    element.setSelectionRange(end, end);
  }
  return document.activeElement === element;
}

/** Once, after the first render: the stored field, or else the heading when there was a run state. */
export function useRestoredRunFocus(
  initial: MeetingRunState | undefined,
  rootRef: RefObject<HTMLElement | null>,
  headingRef: RefObject<HTMLElement | null>,
): void {
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current) return undefined;
    const handle = window.setTimeout(() => {
      restored.current = true;
      // A closed run state with a field comes from afronden's "Naar dit punt": go there too.
      const field = initial?.focusedField;
      if (field !== undefined && focusRunField(rootRef.current, field)) return;
      if (initial !== undefined) headingRef.current?.focus();
    }, 0);
    return () => window.clearTimeout(handle);
  }, [initial, rootRef, headingRef]);
}

/**
 * Focus the heading after the current item changes, when the change asked for it (the
 * returned `focusHeadingNext`): moving by keyboard or the agenda, not a resumed render.
 */
export function useHeadingFocusOnMove(
  currentId: string | undefined,
  headingRef: RefObject<HTMLElement | null>,
): RefObject<boolean> {
  const focusHeadingNext = useRef(false);
  useEffect(() => {
    if (!focusHeadingNext.current) return;
    focusHeadingNext.current = false;
    headingRef.current?.focus();
  }, [currentId, headingRef]);
  return focusHeadingNext;
}
