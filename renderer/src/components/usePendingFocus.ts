// Runs in: renderer.
//
// Moves focus to new or changed content after a dialog closes (keyboard and screen-reader
// users land on what they just saved). The request is kept until the element exists, and it
// is applied in an effect, i.e. after the closing dialog has handed focus back to its button.
import { useCallback, useEffect, useRef, useState } from 'react';

/** Returns `focusWhenReady(id)`: focuses the element with that id after the next render that has it. */
export function usePendingFocus(): (id: string) => void {
  const pending = useRef<string | null>(null);
  const [, setRequests] = useState(0);
  useEffect(() => {
    const id = pending.current;
    if (id === null) return;
    const element = document.getElementById(id);
    if (element !== null) {
      pending.current = null;
      element.focus();
    }
  });
  return useCallback((id: string) => {
    pending.current = id;
    setRequests((n) => n + 1);
  }, []);
}
