// Runs in: renderer.
//
// Where `.zorgtafel` files enter the app from inside the UI: the "Bestand openen" button puts
// a chosen file here and OpenSharedFile (mounted once while unlocked) takes it, the same way it
// takes files from the OS hand-over and from drag and drop. Also the shared file filter.
import type { FileFilter, OpenedFile } from '../../../shared/ipc/contract';

/** The file filter for shared meeting files. */
export const ZORGTAFEL_FILTERS: FileFilter[] = [{ name: 'Zorgtafel', extensions: ['zorgtafel'] }];

/** Largest file opened (a meeting of 100 items with minutes stays far below this). */
export const MAX_SHARED_FILE_BYTES = 8 * 1024 * 1024;

type Listener = (file: OpenedFile) => void;
const listeners = new Set<Listener>();

/** Hands a file to the opener. */
export function openSharedFileBytes(file: OpenedFile): void {
  for (const listener of listeners) listener(file);
}

/** Subscribes the opener; returns the unsubscribe function. */
export function onSharedFile(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
