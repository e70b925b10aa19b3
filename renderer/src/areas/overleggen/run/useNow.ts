// Runs in: renderer.
//
// The current time as a timestamp, refreshed every second while `ticking` (a timer runs),
// so the timers on screen count without anything being written. While nothing ticks the
// value stays the same, so the agenda and the timer are not re-rendered by unrelated
// renders (typing); it is taken afresh the moment a timer starts.
import { useEffect, useState } from 'react';
import { localTimestamp } from '../../../../../shared/domain/dates';

export function useNow(ticking: boolean): string {
  const [now, setNow] = useState(() => localTimestamp());
  const [wasTicking, setWasTicking] = useState(ticking);
  if (ticking !== wasTicking) {
    setWasTicking(ticking);
    setNow(localTimestamp());
  }
  useEffect(() => {
    if (!ticking) return undefined;
    const handle = window.setInterval(() => setNow(localTimestamp()), 1000);
    return () => window.clearInterval(handle);
  }, [ticking]);
  return now;
}
