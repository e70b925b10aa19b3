// Runs in: renderer.
//
// Delete with undo: the item is deleted at once (after the screen's own confirmation) and a
// snackbar offers "Ongedaan maken" for ten seconds, which writes the item back as it was.
// Focus never falls to the page: after the delete it goes where the screen says (usually the
// list's add button, as the item's own buttons are gone), after an undo to the restored item.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';

export interface UndoableDeleteOptions<T> {
  /** Deletes the item from the vault. */
  readonly erase: (item: T) => Promise<unknown>;
  /** Writes the deleted item back unchanged. */
  readonly restore: (item: T) => Promise<unknown>;
  /** Runs after a delete (close the dialog, move focus). */
  readonly afterDelete: () => void;
  /** Runs after a restore (focus the item again). */
  readonly afterRestore: (item: T) => void;
}

export interface UndoableDelete<T> {
  /** The item the snackbar can still bring back, or null. */
  readonly deleted: T | null;
  readonly remove: (item: T) => Promise<void>;
  readonly undo: () => Promise<void>;
  readonly dismiss: () => void;
}

export function useUndoableDelete<T>(options: UndoableDeleteOptions<T>): UndoableDelete<T> {
  const [deleted, setDeleted] = useState<T | null>(null);
  const remove = async (item: T) => {
    await options.erase(item);
    setDeleted(item);
    options.afterDelete();
  };
  const undo = async () => {
    if (deleted === null) return;
    const item = deleted;
    setDeleted(null);
    try {
      await options.restore(item);
      options.afterRestore(item);
    } catch {
      // Offer the undo again rather than lose the item silently.
      setDeleted(item);
    }
  };
  return { deleted, remove, undo, dismiss: () => setDeleted(null) };
}

/** The snackbar that says what was deleted and offers the undo. */
export function UndoDeleteSnackbar<T>({
  undoable,
  message,
}: {
  readonly undoable: UndoableDelete<T>;
  readonly message: string;
}) {
  const { t } = useTranslation();
  return (
    <Snackbar
      open={undoable.deleted !== null}
      autoHideDuration={10_000}
      onClose={(_event, reason) => {
        if (reason !== 'clickaway') undoable.dismiss();
      }}
      message={message}
      action={
        <Button color="inherit" size="small" onClick={() => void undoable.undo()}>
          {t('cases.common.undo')}
        </Button>
      }
    />
  );
}
