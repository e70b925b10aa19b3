// Runs in: Electron main process.
//
// Where the save and open dialogs start. The folder of the last save and of the last open is
// remembered in this process's memory only: never written to settings.json (folder names can
// name a pupil: "Leerlingen/Jan de Vries") and never sent to the renderer, which learns only
// bare file names. After a restart the dialogs start in the Documents folder again.
//
// A network path (`\\server\share`, `//server/share`) is never used as a start folder: on
// Windows just showing a dialog there makes the OS contact that server (SMB, with the user's
// credentials). The user can still browse to a share; the app does not go there by itself.
import path from 'node:path';

export type DialogKind = 'export' | 'import';

/**
 * True for UNC and other network-style paths: two leading separators in any mix of `\` and
 * `/` (`\\server\share`, `//server/share`, `\\?\UNC\server\share`, `\\.\pipe\x`). Mapped
 * network drives (`Z:`) look like local paths and cannot be told apart here.
 */
export function isNetworkPath(folder: string): boolean {
  return /^[\\/]{2}/.test(folder);
}

export class DialogFolders {
  readonly #last = new Map<DialogKind, string>();
  readonly #fallback: string | undefined;

  /** `defaultFolder`: the user's Documents folder (itself refused when it is redirected to a share). */
  constructor(defaultFolder: string) {
    this.#fallback = DialogFolders.#usable(defaultFolder);
  }

  static #usable(folder: string): string | undefined {
    return folder.length > 0 && path.isAbsolute(folder) && !isNetworkPath(folder)
      ? folder
      : undefined;
  }

  /** The folder a dialog of this kind starts in; undefined lets the OS choose. */
  startFolder(kind: DialogKind): string | undefined {
    return this.#last.get(kind) ?? this.#fallback;
  }

  /** Remembers the folder of a file the user chose (a network folder is not remembered). */
  remember(kind: DialogKind, filePath: string): void {
    const folder = DialogFolders.#usable(path.dirname(filePath));
    if (folder === undefined) this.#last.delete(kind);
    else this.#last.set(kind, folder);
  }
}
