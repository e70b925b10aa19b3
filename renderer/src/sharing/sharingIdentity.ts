// Runs in: renderer.
//
// The vault's sharing identity for the screens: read from the 'sharing.identity' record, or
// generated and stored the first time anything needs it (showing the deelsleutel, sending or
// opening a file). One creation per session even when two screens ask at the same moment.
import { useEffect, useState } from 'react';
import {
  deelsleutelFingerprint,
  deelsleutelOf,
  generateSharingIdentity,
  type SharingIdentity,
} from '../../../shared/sharing/identity';
import {
  identityFromRecord,
  identityToRecord,
  SHARING_IDENTITY_RECORD_ID,
} from '../../../shared/sharing/identityRecord';
import type { AppSession } from '../security/VaultProvider';

const pending = new WeakMap<AppSession, Promise<SharingIdentity>>();

async function loadOrCreate(session: AppSession): Promise<SharingIdentity> {
  const stored = session.records.get('sharing.identity', SHARING_IDENTITY_RECORD_ID);
  if (stored !== undefined) {
    const identity = await identityFromRecord(stored);
    if (identity.ok) return identity.value;
    throw new Error(identity.error.code);
  }
  const identity = await generateSharingIdentity();
  await session.records.put(
    'sharing.identity',
    identityToRecord(identity, new Date().toISOString()),
  );
  return identity;
}

/** The session's sharing identity, created on first use. Rejects when the stored record is damaged. */
export function sharingIdentity(session: AppSession): Promise<SharingIdentity> {
  const existing = pending.get(session);
  if (existing !== undefined) return existing;
  const created = loadOrCreate(session);
  pending.set(session, created);
  created.catch(() => pending.delete(session));
  return created;
}

/** What a screen shows of the own identity; 'absent' until the user asks for one. */
export type OwnDeelsleutel =
  | { readonly state: 'absent' }
  | { readonly state: 'loading' }
  | { readonly state: 'failed' }
  | { readonly state: 'ready'; readonly text: string; readonly fingerprint: string };

function hasIdentity(session: AppSession): boolean {
  return session.records.get('sharing.identity', SHARING_IDENTITY_RECORD_ID) !== undefined;
}

/**
 * The own deelsleutel and its fingerprint. Looking at Instellingen must not write to the
 * vault, so a missing identity is reported as 'absent' until `create` is called.
 */
export function useOwnDeelsleutel(session: AppSession): {
  readonly own: OwnDeelsleutel;
  readonly create: () => void;
} {
  const [requested, setRequested] = useState(() => hasIdentity(session));
  const [value, setValue] = useState<OwnDeelsleutel>(() =>
    requested ? { state: 'loading' } : { state: 'absent' },
  );
  useEffect(() => {
    if (!requested) return undefined;
    let live = true;
    sharingIdentity(session)
      .then(async (identity) => {
        const text = deelsleutelOf(identity);
        const fingerprint = await deelsleutelFingerprint(text);
        if (live) setValue({ state: 'ready', text, fingerprint });
      })
      .catch(() => {
        if (live) setValue({ state: 'failed' });
      });
    return () => {
      live = false;
    };
  }, [session, requested]);
  const create = (): void => {
    setValue({ state: 'loading' });
    setRequested(true);
  };
  return { own: value, create };
}
