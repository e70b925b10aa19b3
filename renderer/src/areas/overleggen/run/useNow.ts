// Runs in: renderer.
//
// The current time as a timestamp, refreshed every second while `ticking` (a timer runs),
// so the timers on screen count without anything being written.
import { useEffect, useState } from 'react';
import { localTimestamp } from './clock';

export function useNow(ticking: boolean): string {
  const [now, setNow] = useState(() => localTimestamp());
  useEffect(() => {
    if (!ticking) return undefined;
    const handle = window.setInterval(() => setNow(localTimestamp()), 1000);
    return () => window.clearInterval(handle);
  }, [ticking]);
  return ticking ? now : localTimestamp();
}
