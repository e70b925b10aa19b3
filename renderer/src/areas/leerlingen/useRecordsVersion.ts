// Runs in: renderer.
//
// Re-renders a screen when records of the given types change (also from another screen or
// dialog), by counting change notifications: screens derive their lists from the session
// with useMemo keyed on this number.
import { useEffect, useState } from 'react';
import type { AppSession } from '../../security/VaultProvider';

export function useRecordsVersion(session: AppSession, types: readonly string[]): number {
  const [version, setVersion] = useState(0);
  const key = types.join('|');
  useEffect(() => {
    const watched = new Set(key.split('|'));
    return session.records.subscribe((changes) => {
      if (changes.some((c) => watched.has(c.type))) setVersion((v) => v + 1);
    });
  }, [session, key]);
  return version;
}
