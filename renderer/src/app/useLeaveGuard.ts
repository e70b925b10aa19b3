// Runs in: renderer.
//
// Holds a move to another area back while a form on the page holds unsaved changes
// (unsavedForms.ts), so the user is asked before the form and what was typed in it are
// dropped. Every in-app move goes through the location hash (links, the area shortcuts,
// search, the browser's back button), so the frame checks each change of route: the page
// that was shown stays rendered, the address is put back, and the user chooses.
import { useEffect, useState } from 'react';
import { hrefFor, type Route } from './router';
import { discardUnsavedForms, unsavedFormSections } from './unsavedForms';

export interface HeldLeave {
  readonly to: Route;
  /** The titles of the sections with unsaved changes. */
  readonly sections: readonly string[];
}

export interface LeaveGuard {
  /** The route to render: the current one, or the one being left while the user is asked. */
  readonly shown: Route;
  /** The move held back, while the user is asked; null otherwise. */
  readonly held: HeldLeave | null;
  /** Stay on the page, with the changes as they are. */
  readonly stay: () => void;
  /** Drop the unsaved changes and go where the user was going. */
  readonly leave: () => void;
}

export function useLeaveGuard(route: Route): LeaveGuard {
  const [shown, setShown] = useState(route);
  const [held, setHeld] = useState<HeldLeave | null>(null);
  const shownHref = hrefFor(shown);
  // Decided while rendering (before the new area mounts, so the old forms keep their state).
  if (held === null && hrefFor(route) !== shownHref) {
    // Moving within the area keeps its forms mounted: nothing to ask.
    const sections = route.area === shown.area ? [] : unsavedFormSections();
    if (sections.length === 0) setShown(route);
    else setHeld({ to: route, sections });
  }
  // While asking, the address shows the page that is still shown.
  useEffect(() => {
    if (held !== null && window.location.hash !== shownHref)
      window.history.replaceState(window.history.state, '', shownHref);
  }, [held, shownHref]);
  return {
    shown,
    held,
    stay: () => setHeld(null),
    leave: () => {
      if (held === null) return;
      discardUnsavedForms();
      setHeld(null);
      setShown(held.to);
      window.location.hash = hrefFor(held.to);
    },
  };
}
