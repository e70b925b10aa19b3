// Runs in: renderer.
//
// The case chronology's referral events (shared/referrals/chronology.ts): every status change
// after the concept ("verstuurd", "contact opgenomen", …), each feedback received (recorded
// only with a "terugkoppeling ontvangen" consent) and the family's other route. The
// chronology tab adds them to buildChronology's external events.
import { useMemo, useSyncExternalStore } from 'react';
import type { ExternalChronologyEvent } from '../../../../../../shared/domain/chronology';
import { referralChronologyEvents } from '../../../../../../shared/referrals/chronology';
import type { AppSession } from '../../../../security/VaultProvider';

const WATCHED: ReadonlySet<string> = new Set(['case.referral', 'directory.organisation']);

function read(session: AppSession, caseId: string): readonly ExternalChronologyEvent[] {
  const organisations = session.records.list('directory.organisation');
  return session.records
    .list('case.referral')
    .filter((r) => r.caseId === caseId)
    .flatMap((r) =>
      referralChronologyEvents(
        r,
        organisations.find((o) => o.id === r.recipientOrganisationId)?.name ??
          'onbekende organisatie',
      ),
    );
}

function createStore(
  session: AppSession,
  caseId: string,
): {
  subscribe: (onChange: () => void) => () => void;
  getSnapshot: () => readonly ExternalChronologyEvent[];
} {
  let snapshot = read(session, caseId);
  return {
    subscribe: (onChange) => {
      const unsubscribe = session.records.subscribe((changes) => {
        if (!changes.some((c) => WATCHED.has(c.type))) return;
        snapshot = read(session, caseId);
        onChange();
      });
      snapshot = read(session, caseId);
      onChange();
      return unsubscribe;
    },
    getSnapshot: () => snapshot,
  };
}

/** The referral events of one case, kept current. */
export function useReferralChronology(
  session: AppSession,
  caseId: string,
): readonly ExternalChronologyEvent[] {
  const store = useMemo(() => createStore(session, caseId), [session, caseId]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
