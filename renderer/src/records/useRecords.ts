// Runs in: renderer.
//
// Live vault records for every screen: the working
// set is in memory, so a list is read synchronously and re-read whenever a record of one of
// the watched types changes.
import { useEffect, useMemo, useState } from 'react';
import type { AppRecordMap } from '../../../shared/records/catalog';
import type { AppSession } from '../security/VaultProvider';

type RecordType = Extract<keyof AppRecordMap, string>;

/**
 * A counter that goes up after every committed change to a record of one of `types`, so a
 * component can recompute what it derives from those records.
 */
export function useRecordsVersion(session: AppSession, types: readonly RecordType[]): number {
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

/** Every record of `type`, kept current. */
export function useRecordList<K extends RecordType>(
  session: AppSession,
  type: K,
): AppRecordMap[K][] {
  const version = useRecordsVersion(session, [type]);
  return useMemo(() => (version >= 0 ? session.records.list(type) : []), [session, type, version]);
}

/** One record of `type` by id, kept current (undefined when missing). */
export function useRecord<K extends RecordType>(
  session: AppSession,
  type: K,
  id: string,
): AppRecordMap[K] | undefined {
  const version = useRecordsVersion(session, [type]);
  return useMemo(
    () => (version >= 0 ? session.records.get(type, id) : undefined),
    [session, type, id, version],
  );
}
