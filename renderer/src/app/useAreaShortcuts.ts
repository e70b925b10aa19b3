// Runs in: renderer.
//
// Alt+1 … Alt+7 switch between the areas, in navigation order. `event.code` is used instead
// of `event.key` so the shortcut works on every keyboard layout; Ctrl+Alt (AltGr on Windows)
// is left alone because it types characters.
import { useEffect } from 'react';
import { AREA_IDS, type AreaId, type RouteTarget } from './router';

/** The keys for an area's shortcut, for display and for aria-keyshortcuts. */
export function shortcutKeysFor(area: AreaId): readonly string[] {
  return ['Alt', String(AREA_IDS.indexOf(area) + 1)];
}

/** The area an Alt+digit key press selects, or undefined when it is not one of ours. */
export function areaForShortcut(
  event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code'>,
): AreaId | undefined {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
  if (match?.[1] === undefined) return undefined;
  return AREA_IDS[Number(match[1]) - 1];
}

export function useAreaShortcuts(navigate: (route: RouteTarget) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const area = areaForShortcut(event);
      if (area === undefined) return;
      event.preventDefault();
      navigate({ area });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate]);
}
