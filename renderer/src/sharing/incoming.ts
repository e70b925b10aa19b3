// Runs in: renderer.
//
// Every way a file reaches the one opener (OpenSharedFile), as plain functions tested under
// Node: the desktop hand-over (double-click, second launch, macOS open-file: the main process
// queues the file and sends a `file-opened` host event, or returns it from takePendingFiles),
// drag and drop onto the window, and the "Bestand openen" button. The opener itself decides
// from the bytes what a file is, so nothing here filters by name.
import type { HostEvent, OpenedFile } from '../../../shared/ipc/contract';
import type { ChosenFile } from '../host/chosenFile';

/** The file a host event hands over, or null for every other event. */
export function fileOfHostEvent(event: HostEvent): OpenedFile | null {
  return event.type === 'file-opened' ? event.file : null;
}

/** What a drag over the window carries: files (from the file manager) or something else (text, links). */
export function dragCarriesFiles(types: readonly string[] | undefined): boolean {
  return types?.includes('Files') === true;
}

/** What to do with a drop: not ours (text, a link), exactly one file, or several (refused with a message). */
export type DropDecision<F> =
  | { readonly type: 'ignore' }
  | { readonly type: 'one'; readonly file: F }
  | { readonly type: 'several' };

export function decideDrop<F>(
  types: readonly string[] | undefined,
  files: readonly F[],
): DropDecision<F> {
  if (!dragCarriesFiles(types) || files.length === 0) return { type: 'ignore' };
  const [only] = files;
  return files.length === 1 && only !== undefined
    ? { type: 'one', file: only }
    : { type: 'several' };
}

/**
 * Reads a dropped file for the opener. A file over the limit is not read into memory: a
 * marker one byte over the limit stands in for it, which the opener refuses as too large.
 */
export async function readDroppedFile(file: ChosenFile, maxBytes: number): Promise<OpenedFile> {
  if (file.size > maxBytes) return { name: file.name, bytes: new Uint8Array(maxBytes + 1) };
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
