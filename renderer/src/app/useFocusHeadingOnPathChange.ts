// Runs in: renderer.
//
// Inside an area, going from one screen to another (list to record, record to sub-page)
// does not change the area, so AppFrame does not move focus. Each area puts this ref on its
// root: when the path inside the area changes, focus goes to the new screen's h1, so a
// screen-reader user hears the new page and Tab continues from its top.
import { useEffect, useRef, type RefObject } from 'react';

/** A ref for the area's root element; focuses its h1 whenever `path` changes (not on first render). */
export function useFocusHeadingOnPathChange(
  path: readonly string[],
): RefObject<HTMLDivElement | null> {
  const key = path.join('/');
  const shown = useRef(key);
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (shown.current === key) return;
    shown.current = key;
    rootRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [key]);
  return rootRef;
}
