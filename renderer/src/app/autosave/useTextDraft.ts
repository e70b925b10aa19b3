// Runs in: renderer.
//
// The draft of a dialog that saves only on "Opslaan" (issue 12, point 5): while the user
// types, the dialog's fields are written to an encrypted `text.draft` record through the
// shared autosave (useSaveQueue: a pause in typing, or at most AUTOSAVE_MAX_WAIT_MS), so a
// crash or a kill leaves the text behind and the next unlock offers it back
// (TextDraftRecovery). Saving or cancelling the dialog calls `discard`, which deletes it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TextDraft, TextDraftKind } from '../../../../shared/records/textDraft';
import { useSession } from '../../security/VaultProvider';
import { newRecordId } from '../../vault';
import { useSaveQueue } from './useSaveQueue';

export type DraftValues = Readonly<Record<string, string>>;

export interface TextDraftOptions {
  readonly kind: TextDraftKind;
  readonly caseId: string;
  /** The record the dialog edits; undefined when it adds a new one. */
  readonly targetId?: string | undefined;
  /** The draft the dialog was opened with (Herstellen): its record is carried on and deleted at the end. */
  readonly restored?: TextDraft | undefined;
}

export interface TextDraftHandle {
  /** Deletes the draft (after saving or cancelling); nothing is written for this dialog afterwards. */
  readonly discard: () => Promise<void>;
}

/**
 * Keeps `values` in a draft record while `dirty` (or once a draft exists). Pass the same
 * `values` object while nothing changed (state, or a memo): a new object is a new write.
 */
export function useTextDraft(
  options: TextDraftOptions,
  values: DraftValues,
  dirty: boolean,
): TextDraftHandle {
  const session = useSession();
  const { kind, caseId, targetId, restored } = options;
  const [id] = useState(() => restored?.id ?? newRecordId());
  const discarded = useRef(false);
  // A restored draft is already stored: it stays current even when its text is taken back.
  const started = useRef(restored !== undefined);

  const save = useCallback(
    async (next: DraftValues): Promise<void> => {
      const draft: TextDraft = {
        id,
        kind,
        caseId,
        ...(targetId !== undefined ? { targetId } : {}),
        values: next,
        updatedAt: new Date().toISOString(),
      };
      await session.records.put('text.draft', draft, { autosave: true });
    },
    [session, id, kind, caseId, targetId],
  );
  const { queue } = useSaveQueue(save);

  useEffect(() => {
    if (discarded.current || (!dirty && !started.current)) return;
    started.current = true;
    queue.push(values);
  }, [queue, values, dirty]);

  const discard = useCallback(async (): Promise<void> => {
    discarded.current = true;
    await queue.drop();
    queue.dispose();
    if (session.records.get('text.draft', id) === undefined) return;
    // When this fails (the vault locked meanwhile) the draft is offered at the next unlock:
    // a stale offer is better than a dialog that cannot close.
    await session.records.delete('text.draft', id).catch(() => undefined);
  }, [queue, session, id]);

  return { discard };
}

/** One field of a restored draft, or `fallback` when the draft has none (or there is no draft). */
export function draftText(
  restored: TextDraft | undefined,
  field: string,
  fallback: string,
): string {
  return restored?.values[field] ?? fallback;
}
