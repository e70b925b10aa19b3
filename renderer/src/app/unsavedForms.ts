// Runs in: renderer.
//
// Forms that save only on their own Opslaan button (the settings in Instellingen) register
// here while they hold changes that are not saved, so nothing typed there is lost without a
// word. One mechanism for all of them:
// - leaving the area inside the app asks first (useLeaveGuard in AppFrame): stay, or leave
//   without saving;
// - a lock (button, idle, OS lock, suspend) or closing the window saves them: each dirty form
//   registers its own save as a pending write (pendingWrites.ts), which the lock and the close
//   guard run first. A value the form would refuse (a term out of range) is not saved;
// - in the browser host, closing or reloading the tab raises the browser's warning
//   (hasPendingWrites), and the warning also starts the save.
// Text fields that autosave (useSaveQueue) do not register here: they are written anyway.
import { useEffect, useRef } from 'react';
import { registerPendingWrites } from './pendingWrites';

/** Saves a form as its Opslaan button would; does nothing when the form would refuse it. */
export type UnsavedFormSave = () => Promise<void>;

/** The forms holding unsaved changes now, by a key per mounted form, with the section they are in. */
const unsaved = new Map<symbol, string>();

/** The sections (their titles) with unsaved changes, each once, in the order they registered. */
export function unsavedFormSections(): string[] {
  return [...new Set(unsaved.values())];
}

/** Forgets every unsaved change: the user chose to leave without saving. */
export function discardUnsavedForms(): void {
  unsaved.clear();
}

/**
 * Registers the form while `dirty`: `section` (a title the user sees) names it when leaving
 * is asked, `save` runs when the vault locks or the window closes.
 */
export function useUnsavedForm(section: string, dirty: boolean, save: UnsavedFormSave): void {
  // The latest save (it closes over the form's current values), read when a flush runs.
  const latestSave = useRef(save);
  useEffect(() => {
    latestSave.current = save;
  }, [save]);
  useEffect(() => {
    if (!dirty) return undefined;
    const key = Symbol(section);
    unsaved.set(key, section);
    const unregister = registerPendingWrites(
      () => (unsaved.has(key) ? latestSave.current() : Promise.resolve()),
      () => unsaved.has(key),
    );
    return () => {
      unsaved.delete(key);
      unregister();
    };
  }, [dirty, section]);
}
