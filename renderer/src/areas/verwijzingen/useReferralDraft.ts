// Runs in: renderer.
//
// The wizard's draft of a concept referral, saved to the vault shortly after every change
// (and before the vault locks or the window closes, through the pending-writes registry), so
// nothing typed is lost. The referral record in status "concept" is the draft.
import { useCallback, useEffect, useRef, useState } from 'react';
import { DATA_CATEGORIES } from '../../../../shared/domain/consent';
import { referralSchema, type Referral } from '../../../../shared/referrals/referral';
import { registerPendingWrites } from '../../app/pendingWrites';
import type { AppSession } from '../../security/VaultProvider';

export type ReferralDraft = Pick<Referral, 'recipientOrganisationId' | 'composition' | 'dataCategories' | 'attachments'>;

export type SaveState = 'idle' | 'pending' | 'saved' | 'failed';

const SAVE_DELAY_MS = 600;

export function draftOf(referral: Referral): ReferralDraft {
  return { recipientOrganisationId: referral.recipientOrganisationId, composition: referral.composition, dataCategories: referral.dataCategories, attachments: referral.attachments };
}

/** Categories in the fixed order of the list, so the letter (and its fingerprint) never depends on click order. */
export function orderedCategories(categories: ReferralDraft['dataCategories']): ReferralDraft['dataCategories'] {
  return DATA_CATEGORIES.filter((c) => categories.includes(c));
}

export function useReferralDraft(session: AppSession, referral: Referral): {
  readonly draft: ReferralDraft;
  readonly update: (patch: Partial<ReferralDraft>) => void;
  readonly flush: () => Promise<void>;
  readonly saveState: SaveState;
} {
  const [draft, setDraft] = useState<ReferralDraft>(() => draftOf(referral));
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const pending = useRef<ReferralDraft | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const id = referral.id;

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    const next = pending.current;
    if (next === null) return;
    pending.current = null;
    const current = session.records.get('case.referral', id);
    // Once sent, the composition is what was sent: a late save must not change it.
    if (current === undefined || current.status !== 'concept') return;
    const parsed = referralSchema.safeParse({ ...current, ...next, updatedAt: new Date().toISOString() });
    if (!parsed.success) {
      setSaveState('failed');
      return;
    }
    try {
      await session.records.put('case.referral', parsed.data, { autosave: true });
      setSaveState(pending.current === null ? 'saved' : 'pending');
    } catch {
      setSaveState('failed');
    }
  }, [session, id]);

  useEffect(() => {
    const unregister = registerPendingWrites(flush);
    return () => {
      unregister();
      void flush();
    };
  }, [flush]);

  const update = useCallback(
    (patch: Partial<ReferralDraft>): void => {
      setDraft((previous) => {
        const next = { ...previous, ...patch };
        pending.current = next;
        return next;
      });
      setSaveState('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  return { draft, update, flush, saveState };
}
