// Runs in: renderer.
//
// The wizard's draft of a concept referral, saved to the vault shortly after every change
// through the shared autosave (useSaveQueue: a pause in typing or at most
// AUTOSAVE_MAX_WAIT_MS, and before the vault locks or the window closes), so nothing typed is
// lost. The referral record in status "concept" is the draft.
import { useCallback, useState } from 'react';
import { DATA_CATEGORIES } from '../../../../shared/domain/consent';
import { referralSchema, type Referral } from '../../../../shared/referrals/referral';
import type { SaveStatus } from '../../app/autosave/saveQueue';
import { useSaveQueue } from '../../app/autosave/useSaveQueue';
import type { AppSession } from '../../security/VaultProvider';

export type ReferralDraft = Pick<
  Referral,
  'recipientOrganisationId' | 'composition' | 'dataCategories' | 'attachments' | 'meldcodePart'
>;

export type SaveState = 'idle' | 'pending' | 'saved' | 'failed';

export function draftOf(referral: Referral): ReferralDraft {
  return {
    recipientOrganisationId: referral.recipientOrganisationId,
    composition: referral.composition,
    dataCategories: referral.dataCategories,
    attachments: referral.attachments,
    ...(referral.meldcodePart === undefined ? {} : { meldcodePart: referral.meldcodePart }),
  };
}

/** Categories in the fixed order of the list, so the letter (and its fingerprint) never depends on click order. */
export function orderedCategories(
  categories: ReferralDraft['dataCategories'],
): ReferralDraft['dataCategories'] {
  return DATA_CATEGORIES.filter((c) => categories.includes(c));
}

export function useReferralDraft(
  session: AppSession,
  referral: Referral,
): {
  readonly draft: ReferralDraft;
  readonly update: (patch: Partial<ReferralDraft>) => void;
  readonly flush: () => Promise<void>;
  readonly saveState: SaveState;
} {
  const [draft, setDraft] = useState<ReferralDraft>(() => draftOf(referral));
  const [edited, setEdited] = useState(false);
  const id = referral.id;

  const save = useCallback(
    async (next: ReferralDraft): Promise<void> => {
      const current = session.records.get('case.referral', id);
      // Once sent, the composition is what was sent: a late save must not change it.
      if (current === undefined || current.status !== 'concept') return;
      // The draft is the whole of what the wizard edits: a meldcode part it no longer holds
      // was unticked, so it goes (never kept from the stored record).
      const { meldcodePart: _stored, ...rest } = current;
      const { meldcodePart, ...edited } = next;
      const parsed = referralSchema.safeParse({
        ...rest,
        ...edited,
        ...(meldcodePart === undefined ? {} : { meldcodePart }),
        updatedAt: new Date().toISOString(),
      });
      // Shown as "not saved"; the next change (or the retry) tries again.
      if (!parsed.success) throw new Error('referral.draft-invalid');
      await session.records.put('case.referral', parsed.data, { autosave: true });
    },
    [session, id],
  );
  const { queue, status } = useSaveQueue(save);

  const update = useCallback(
    (patch: Partial<ReferralDraft>): void => {
      setDraft((previous) => {
        const next = { ...previous, ...patch };
        queue.push(next);
        return next;
      });
      setEdited(true);
    },
    [queue],
  );

  const flush = useCallback(() => queue.flush().catch(() => undefined), [queue]);

  return { draft, update, flush, saveState: saveStateOf(edited, status) };
}

function saveStateOf(edited: boolean, status: SaveStatus): SaveState {
  if (!edited) return 'idle';
  switch (status) {
    case 'pending':
    case 'saving':
      return 'pending';
    case 'saved':
      return 'saved';
    case 'failed':
      return 'failed';
  }
}
