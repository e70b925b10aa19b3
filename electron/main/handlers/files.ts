// Runs in: Electron main process.
//
// saveFile and openFile: the only way bytes leave or enter the app as files. The user picks
// the place in the system dialog; the renderer only ever learns the bare file name, never a
// path. Dialogs ask the OS not to add the file to its "recent documents" list: exported care
// documents must not show up there on a shared school computer.
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { FileFilter, ResponseOf } from '../../../shared/ipc/contract';
import { err, errorInfo, ok, type Result } from '../../../shared/result';
import type { FileAccess } from '../fileAccess';
import type { ParsedRequestOf } from '../ipc';
import type { SettingsStore } from '../settingsStore';

/** The dialogs, already bound to the app window by main.ts. */
export interface FileDialogs {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string | undefined }>;
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export interface FileHandlerDeps {
  readonly dialogs: FileDialogs;
  readonly files: FileAccess;
  readonly settings: SettingsStore;
  /** Where dialogs start before a folder was remembered (the user's Documents folder). */
  readonly defaultFolder: string;
}

function toDialogFilters(filters: readonly FileFilter[]): { name: string; extensions: string[] }[] {
  return filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] }));
}

/** Remembers a folder for the next dialog; a failure here must not fail the save or open. */
function rememberFolder(settings: SettingsStore, which: 'export' | 'import', filePath: string): void {
  settings.update({ lastFolders: { [which]: path.dirname(filePath) } });
}

export async function saveFile(
  deps: FileHandlerDeps,
  request: ParsedRequestOf<'saveFile'>,
): Promise<Result<ResponseOf<'saveFile'>>> {
  const folder = deps.settings.get().lastFolders.export ?? deps.defaultFolder;
  const choice = await deps.dialogs.showSaveDialog({
    defaultPath: path.join(folder, request.suggestedName),
    filters: toDialogFilters(request.filters),
    properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
  });
  if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return ok({ saved: false });
  const written = await deps.files.write(choice.filePath, request.bytes);
  if (!written.ok) return written;
  rememberFolder(deps.settings, 'export', choice.filePath);
  return ok({ saved: true, name: path.basename(choice.filePath) });
}

export async function openFile(
  deps: FileHandlerDeps,
  request: ParsedRequestOf<'openFile'>,
): Promise<Result<ResponseOf<'openFile'>>> {
  const folder = deps.settings.get().lastFolders.import ?? deps.defaultFolder;
  const choice = await deps.dialogs.showOpenDialog({
    defaultPath: folder,
    filters: toDialogFilters(request.filters),
    properties: ['openFile', 'dontAddToRecent'],
  });
  const filePath = choice.filePaths[0];
  if (choice.canceled || filePath === undefined) return ok({ opened: false });
  const bytes = await deps.files.readLimited(filePath, request.maxBytes);
  if (!bytes.ok) return bytes;
  rememberFolder(deps.settings, 'import', filePath);
  const name = path.basename(filePath);
  if (name.length === 0 || name.length > 255) return err(errorInfo('file.bad-name', 'the file name cannot be used'));
  return ok({ opened: true, file: { name, bytes: bytes.value } });
}
