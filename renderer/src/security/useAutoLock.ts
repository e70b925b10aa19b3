// Runs in: renderer.
//
// Locks the open vault when nobody uses the computer for the configured time, when the OS
// screen locks or the machine goes to sleep (Electron host events), and on Ctrl+Shift+L.
// Activity is recorded cheaply (a timestamp per input event) and checked every few seconds,
// so moving the mouse does not re-arm timers thousands of times.
import { useEffect, useRef } from 'react';
import { useHost } from '../host/HostContext';
import type { LockReason } from '../vault';

const ACTIVITY_EVENTS = [
  'pointerdown',
  'pointermove',
  'keydown',
  'wheel',
  'touchstart',
  'focusin',
] as const;
const CHECK_EVERY_MS = 5_000;

/** True for the lock shortcut: Ctrl+Shift+L (Cmd+Shift+L on macOS). */
export function isLockShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    event.shiftKey &&
    !event.altKey &&
    event.key.toLowerCase() === 'l'
  );
}

export function useAutoLock(lock: (reason: LockReason) => void, idleMinutes: number): void {
  const host = useHost();
  // Set when the effect below starts; 0 until then.
  const lastActivity = useRef(0);
  const lockRef = useRef(lock);
  useEffect(() => {
    lockRef.current = lock;
  }, [lock]);

  useEffect(() => {
    lastActivity.current = Date.now();
    const touch = () => {
      lastActivity.current = Date.now();
    };
    for (const name of ACTIVITY_EVENTS)
      window.addEventListener(name, touch, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity.current >= idleMinutes * 60_000) lockRef.current('idle');
    }, CHECK_EVERY_MS);
    return () => {
      for (const name of ACTIVITY_EVENTS)
        window.removeEventListener(name, touch, { capture: true });
      window.clearInterval(timer);
    };
  }, [idleMinutes]);

  useEffect(
    () =>
      host.onEvent((event) => {
        switch (event.type) {
          case 'os-lock-screen':
            lockRef.current('screen-lock');
            return;
          case 'os-suspend':
            lockRef.current('suspend');
            return;
          case 'file-opened':
          case 'close-requested':
            return;
          default: {
            const never: never = event;
            return never;
          }
        }
      }),
    [host],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isLockShortcut(event)) return;
      event.preventDefault();
      lockRef.current('shortcut');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
