// Runs in: Electron main process.
//
// saveFile and openFile: the only way bytes leave or enter the app as files. The user picks
// the place in the system dialog; the renderer only ever learns the bare file name, never a
// path. Dialogs ask the OS not to add the file to its "recent documents" list: exported care
// documents must not show up there on a shared school computer.
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import {
  MAX_OPENED_FILES,
  type FileFilter,
  type OpenedFile,
  type ResponseOf,
} from '../../../shared/ipc/contract';
import { err, errorInfo, ok, type Result } from '../../../shared/result';
import type { FileAccess } from '../fileAccess';
import type { ParsedRequestOf } from '../ipc';
import type { DialogFolders } from '../dialogFolders';

/** The dialogs, already bound to the app window by main.ts. */
export interface FileDialogs {
  showSaveDialog(
    options: SaveDialogOptions,
  ): Promise<{ canceled: boolean; filePath?: string | undefined }>;
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export interface FileHandlerDeps {
  readonly dialogs: FileDialogs;
  readonly files: FileAccess;
  /** Where dialogs start: the last folder of this session, else Documents; never a network path. */
  readonly folders: DialogFolders;
}

/**
 * The only kinds of file the app writes (every saveFile call in the renderer): documents
 * (.pdf, .docx), the invitation (.ics, .txt), tables (.csv: an import's refused rows, the
 * Cijfers tables, written with formula-looking cells as text), the Cijfers figures file
 * (.json, read as text), shared meeting files (.zorgtafel) and backups
 * (.ztbackup). Anything else, above all what Windows would run or interpret on a double-click
 * (.lnk, .url, .hta, .bat, .cmd, .exe, .js, .vbs, .ps1, .scr, .html), is refused in main, so a
 * compromised renderer cannot plant one.
 */
export const SAVE_FILE_EXTENSIONS: ReadonlySet<string> = new Set([
  'pdf',
  'docx',
  'ics',
  'txt',
  'csv',
  'json',
  'zorgtafel',
  'ztbackup',
]);

export const SAVE_ERROR = { typeRefused: 'file.type-refused' } as const;

/** The lower-case extension without the dot ('' when there is none, or the name ends in a dot or a space). */
export function fileExtension(name: string): string {
  const ext = path.extname(name);
  return ext.length > 1 && ext === ext.trimEnd() ? ext.slice(1).toLowerCase() : '';
}

/**
 * The extensions a save may end with: the request's filter extensions, or the suggested
 * name's own when there are no filters. Null when the request asks for anything outside
 * SAVE_FILE_EXTENSIONS.
 */
export function allowedSaveExtensions(
  request: Pick<ParsedRequestOf<'saveFile'>, 'suggestedName' | 'filters'>,
): ReadonlySet<string> | null {
  const suggested = fileExtension(request.suggestedName);
  const wanted =
    request.filters.length > 0 ? request.filters.flatMap((f) => f.extensions) : [suggested];
  if (!SAVE_FILE_EXTENSIONS.has(suggested) || !wanted.every((ext) => SAVE_FILE_EXTENSIONS.has(ext)))
    return null;
  return new Set(wanted);
}

/**
 * The path the user chose must end in one of the allowed extensions (a user or a dialog that
 * typed `verslag.pdf.lnk` is refused) and its name may hold no colon: on NTFS
 * `x.lnk:y.pdf` writes into a hidden stream of `x.lnk`.
 */
export function isAllowedSavePath(filePath: string, allowed: ReadonlySet<string>): boolean {
  const name = path.basename(filePath);
  return !name.includes(':') && allowed.has(fileExtension(name));
}

function typeRefused(allowed: Iterable<string>) {
  const list = [...allowed].map((ext) => `.${ext}`).join(', ');
  return err(
    errorInfo(SAVE_ERROR.typeRefused, `save the file under a name ending in ${list}`.slice(0, 500)),
  );
}

function toDialogFilters(filters: readonly FileFilter[]): { name: string; extensions: string[] }[] {
  return filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] }));
}

export async function saveFile(
  deps: FileHandlerDeps,
  request: ParsedRequestOf<'saveFile'>,
): Promise<Result<ResponseOf<'saveFile'>>> {
  const allowed = allowedSaveExtensions(request);
  if (allowed === null) return typeRefused(SAVE_FILE_EXTENSIONS);
  const folder = deps.folders.startFolder('export');
  const choice = await deps.dialogs.showSaveDialog({
    defaultPath:
      folder !== undefined ? path.join(folder, request.suggestedName) : request.suggestedName,
    filters: toDialogFilters(request.filters),
    properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
  });
  if (choice.canceled || choice.filePath === undefined || choice.filePath === '')
    return ok({ saved: false });
  if (!isAllowedSavePath(choice.filePath, allowed)) return typeRefused(allowed);
  const written = await deps.files.write(choice.filePath, request.bytes);
  if (!written.ok) return written;
  deps.folders.remember('export', choice.filePath);
  return ok({ saved: true, name: path.basename(choice.filePath) });
}

export async function openFile(
  deps: FileHandlerDeps,
  request: ParsedRequestOf<'openFile'>,
): Promise<Result<ResponseOf<'openFile'>>> {
  const folder = deps.folders.startFolder('import');
  const choice = await deps.dialogs.showOpenDialog({
    ...(folder !== undefined ? { defaultPath: folder } : {}),
    filters: toDialogFilters(request.filters),
    properties:
      request.multiple === true
        ? ['openFile', 'multiSelections', 'dontAddToRecent']
        : ['openFile', 'dontAddToRecent'],
  });
  const [filePath, ...others] = choice.filePaths;
  if (choice.canceled || filePath === undefined) return ok({ opened: false });
  if (others.length >= MAX_OPENED_FILES)
    return err(errorInfo('file.too-many', `choose at most ${MAX_OPENED_FILES} files at a time`));
  const first = await readOpened(deps, filePath, request.maxBytes);
  if (!first.ok) return first;
  const more: OpenedFile[] = [];
  for (const other of request.multiple === true ? others : []) {
    const read = await readOpened(deps, other, request.maxBytes);
    if (!read.ok) return read;
    more.push(read.value);
  }
  deps.folders.remember('import', filePath);
  return ok({ opened: true, file: first.value, ...(more.length > 0 ? { more } : {}) });
}

async function readOpened(
  deps: FileHandlerDeps,
  filePath: string,
  maxBytes: number,
): Promise<Result<OpenedFile>> {
  const bytes = await deps.files.readLimited(filePath, maxBytes);
  if (!bytes.ok) return bytes;
  const name = path.basename(filePath);
  if (name.length === 0 || name.length > 255)
    return err(errorInfo('file.bad-name', 'the file name cannot be used'));
  return ok({ name, bytes: bytes.value });
}
