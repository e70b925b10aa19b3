// Runs in: renderer.
//
// Hands a draft the user chose to restore (TextDraftRecovery's "Herstellen") to the screen
// that owns its dialog: the case screen opens the tab, the tab opens the dialog with the
// draft's text. A tiny store outside React, because the prompt and the case screen are far
// apart in the tree and only one restore is ever waiting.
import { useEffect, useSyncExternalStore } from 'react';
import type { TextDraft, TextDraftKind } from '../../../../shared/records/textDraft';

let waiting: TextDraft | undefined;
const listeners = new Set<() => void>();

function tell(): void {
  for (const listener of listeners) listener();
}

/** Asks the owning screen to reopen `draft`'s dialog. */
export function requestDraftRestore(draft: TextDraft): void {
  waiting = draft;
  tell();
}

/** Marks the waiting restore as handled (its dialog is open now). */
export function takeDraftRestore(draft: TextDraft): void {
  if (waiting?.id !== draft.id) return;
  waiting = undefined;
  tell();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The draft waiting to be restored for `caseId`, if any. */
export function useDraftRestore(caseId: string): TextDraft | undefined {
  const draft = useSyncExternalStore(subscribe, () => waiting);
  return draft?.caseId === caseId ? draft : undefined;
}

/**
 * For the screen that owns dialogs of `kinds`: when a draft of one of them waits for this
 * case, it is taken and `open` reopens its dialog with it.
 */
export function useRestoreInto(
  caseId: string,
  kinds: readonly TextDraftKind[],
  open: (draft: TextDraft) => void,
): void {
  const draft = useDraftRestore(caseId);
  useEffect(() => {
    if (draft === undefined || !kinds.includes(draft.kind)) return;
    takeDraftRestore(draft);
    open(draft);
  }, [draft, kinds, open]);
}
