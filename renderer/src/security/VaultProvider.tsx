// Runs in: renderer.
//
// Holds the vault's state for the whole UI: loading, first run (no vault), locked, or
// unlocked with a session. Screens read it with useVault(); the unlocked app reads the
// session with useSession(). When the session locks, for whatever reason (button, idle
// time, OS screen lock), every reference to it is dropped here so the decrypted data can
// be collected, and the unlock screen says why it was locked.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LockReason, VaultService, VaultSession } from '../vault';
import type { AppRecordMap } from '../../../shared/records/catalog';
import { flushPendingWrites } from '../app/pendingWrites';

export type AppVaultService = VaultService<AppRecordMap>;
export type AppSession = VaultSession<AppRecordMap>;

export type VaultPhase =
  | { readonly kind: 'loading' }
  | { readonly kind: 'setup' }
  | { readonly kind: 'locked'; readonly reason: LockReason | null }
  | { readonly kind: 'unlocked'; readonly session: AppSession }
  | { readonly kind: 'failed' };

export interface VaultContextValue {
  readonly phase: VaultPhase;
  readonly service: AppVaultService;
  /** Shows the app for a freshly created or unlocked session. */
  readonly opened: (session: AppSession) => void;
  /** Locks the open session (if any); the unlock screen follows. */
  readonly lock: (reason: LockReason) => Promise<void>;
  /** Looks again whether a vault exists (after a restore into an empty database). */
  readonly refresh: () => Promise<void>;
}

const VaultContext = createContext<VaultContextValue | null>(null);

/** What the database holds: no vault (first run) or a locked one. */
async function phaseOnDisk(service: AppVaultService): Promise<VaultPhase> {
  try {
    return (await service.vaultExists()) ? { kind: 'locked', reason: null } : { kind: 'setup' };
  } catch {
    return { kind: 'failed' };
  }
}

export function VaultProvider({ service, children }: { readonly service: AppVaultService; readonly children: ReactNode }) {
  const [phase, setPhase] = useState<VaultPhase>({ kind: 'loading' });

  const refresh = useCallback(async () => {
    setPhase(await phaseOnDisk(service));
  }, [service]);

  useEffect(() => {
    let current = true;
    void phaseOnDisk(service).then((next) => {
      if (current) setPhase(next);
    });
    return () => {
      current = false;
    };
  }, [service]);

  const opened = useCallback((session: AppSession) => {
    setPhase({ kind: 'unlocked', session });
  }, []);

  // Whatever locks the session, the UI follows and forgets it.
  const session = phase.kind === 'unlocked' ? phase.session : null;
  useEffect(() => {
    if (session === null) return undefined;
    return session.onLock((reason) => setPhase({ kind: 'locked', reason }));
  }, [session]);

  const lock = useCallback(
    async (reason: LockReason) => {
      if (session === null) return;
      // Typing that a screen still holds (meeting mode's autosave) is written while the
      // vault is open; after the lock it could not be encrypted any more.
      await flushPendingWrites();
      const locked = session.lock(reason);
      // The session refuses reads from this moment on; unmount the app now rather than when
      // the lock's audit entry is written, so no screen renders against a closed session.
      setPhase({ kind: 'locked', reason });
      await locked;
    },
    [session],
  );

  const value = useMemo(() => ({ phase, service, opened, lock, refresh }), [phase, service, opened, lock, refresh]);
  return <VaultContext.Provider value={value}>{children}</VaultContext.Provider>;
}

export function useVault(): VaultContextValue {
  const value = useContext(VaultContext);
  if (value === null) throw new Error('useVault() used outside <VaultProvider>');
  return value;
}

/** The open session; only for components rendered inside the unlocked app. */
export function useSession(): AppSession {
  const { phase } = useVault();
  if (phase.kind !== 'unlocked') throw new Error('useSession() used while the vault is not unlocked');
  return phase.session;
}
