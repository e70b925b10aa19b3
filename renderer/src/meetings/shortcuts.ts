// Runs in: renderer.
//
// Meeting mode's keyboard shortcuts, chosen not to clash with the app's own (Alt+1…5 areas,
// Ctrl+K and / search, Ctrl+Shift+L lock, F9 privacy screen): Alt+PageDown / Alt+PageUp
// next and previous item, Alt+S the situation field, Alt+B the new-decision field, Alt+A the action entry row, Alt+T
// the item's timer; in afronden Alt+V approves the minutes (after the confirmation). `event.code` for letters so they work on every keyboard layout; Ctrl+Alt
// (AltGr) is left alone because it types characters.

export type MeetingShortcut = 'next' | 'previous' | 'situation' | 'decision' | 'action' | 'timer';

/** The keys per shortcut, for the help on screen and aria-keyshortcuts. */
export const MEETING_SHORTCUT_KEYS: Readonly<Record<MeetingShortcut, string>> = {
  next: 'Alt+PageDown',
  previous: 'Alt+PageUp',
  situation: 'Alt+S',
  decision: 'Alt+B',
  action: 'Alt+A',
  timer: 'Alt+T',
};

export function meetingShortcut(
  event: Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
): MeetingShortcut | undefined {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  if (event.key === 'PageDown') return 'next';
  if (event.key === 'PageUp') return 'previous';
  if (event.code === 'KeyS') return 'situation';
  if (event.code === 'KeyB') return 'decision';
  if (event.code === 'KeyA') return 'action';
  if (event.code === 'KeyT') return 'timer';
  return undefined;
}

/** Afronden: "Notulen vaststellen" (opens its confirmation) without tabbing through the minutes. */
export const APPROVE_MINUTES_KEYS = 'Alt+V';

export function isApproveMinutesShortcut(
  event: Pick<KeyboardEvent, 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
): boolean {
  return (
    event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === 'KeyV'
  );
}
