// Runs in: renderer.
//
// Moves focus to an element that appears only after the next render (a just-added, edited or
// restored list item), so keyboard and screen-reader users land on what they just changed.
// The target is kept in a ref, as focusing is not state; a counter forces the render that
// brings the element, and the effect keeps trying until the element is there.
import { useCallback, useEffect, useRef, useState } from 'react';

/** Returns `focusLater(domId)`: focus the element with that id once it is rendered. */
export function usePendingFocus(): (domId: string) => void {
  const pending = useRef<string | null>(null);
  const [, rerender] = useState(0);
  useEffect(() => {
    if (pending.current === null) return;
    const element = document.getElementById(pending.current);
    if (element !== null) {
      element.focus();
      pending.current = null;
    }
  });
  return useCallback((domId: string) => {
    pending.current = domId;
    rerender((n) => n + 1);
  }, []);
}
