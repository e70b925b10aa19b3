// Runs in: renderer.
//
// Holds the vault's state for the whole UI: loading, first run (no vault), locked, or
// unlocked with a session. Screens read it with useVault(); the unlocked app reads the
// session with useSession(). When the session locks, for whatever reason (button, idle
// time, OS screen lock), every reference to it is dropped here so the decrypted data can
// be collected, and the unlock screen says why it was locked.
// It also holds this window's claim on the vault (sessionClaim.ts): a session is open only
// while the claim is held, another tab asking for the vault locks this one first, and the
// unlock screen knows when the vault is open elsewhere.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { LockReason, VaultService, VaultSession } from '../vault';
import type { AppRecordMap } from '../../../shared/records/catalog';
import { flushPendingWrites } from '../app/pendingWrites';
import { createSessionClaim, type SessionClaim } from './sessionClaim';

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
  /** This window's claim on the vault: take it before opening a session. */
  readonly claim: SessionClaim;
  /** True while locked here and another tab or window holds the vault. */
  readonly openElsewhere: boolean;
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

export function VaultProvider({
  service,
  children,
}: {
  readonly service: AppVaultService;
  readonly children: ReactNode;
}) {
  const [phase, setPhase] = useState<VaultPhase>({ kind: 'loading' });
  const [claim] = useState(createSessionClaim);
  const [openElsewhere, setOpenElsewhere] = useState(false);

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

  const opened = useCallback(
    (session: AppSession) => {
      // Unlocking takes the claim first; a vault just created or restored takes it now.
      if (!claim.holding) void claim.tryClaim();
      setPhase({ kind: 'unlocked', session });
    },
    [claim],
  );

  // Whatever locks the session, the UI follows and forgets it, and other tabs may open it.
  const session = phase.kind === 'unlocked' ? phase.session : null;
  useEffect(() => {
    if (session === null) return undefined;
    return session.onLock((reason) => {
      claim.release();
      setPhase({ kind: 'locked', reason });
    });
  }, [session, claim]);

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
      // Only now, with the lock's audit entry written, may another tab open the vault. (The
      // onLock listener above is gone by then: the new phase unsubscribed it.)
      claim.release();
    },
    [session, claim],
  );

  // Another tab asks for the vault (or took it without waiting): save, lock, say why.
  useEffect(() => {
    if (session === null) return undefined;
    const takenOver = () => void lock('taken-over');
    const stopRequests = claim.onTakeOverRequest(takenOver);
    const stopLost = claim.onLost(takenOver);
    return () => {
      stopRequests();
      stopLost();
    };
  }, [session, claim, lock]);

  // While locked, the unlock screen says whether the vault is open in another tab.
  const locked = phase.kind === 'locked';
  useEffect(() => {
    if (!locked) return undefined;
    let current = true;
    const look = () => {
      void claim.heldElsewhere().then((elsewhere) => {
        if (!current) return;
        setOpenElsewhere(elsewhere);
        // A holder that closes or crashes says nothing: wait for its lock to go.
        if (elsewhere) void claim.whenFree().then(look);
      });
    };
    look();
    const stop = claim.onChange(look);
    return () => {
      current = false;
      stop();
    };
  }, [locked, claim]);

  const value = useMemo(
    () => ({
      phase,
      service,
      opened,
      lock,
      refresh,
      claim,
      openElsewhere: locked && openElsewhere,
    }),
    [phase, service, opened, lock, refresh, claim, locked, openElsewhere],
  );
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
  if (phase.kind !== 'unlocked')
    throw new Error('useSession() used while the vault is not unlocked');
  return phase.session;
}
