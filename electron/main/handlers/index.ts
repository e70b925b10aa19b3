// Runs in: Electron main process.
//
// One handler per contract channel, built from injected dependencies so every handler runs
// in unit tests without Electron. The request each receives has already been validated by
// ipc.ts; each answers with a Result, and ipc.ts validates that answer too.
import { ok } from '../../../shared/result';
import type { PendingFiles } from '../fileArgs';
import type { IpcHandlers } from '../ipc';
import type { SettingsStore } from '../settingsStore';
import { openFile, saveFile, type FileHandlerDeps } from './files';
import type { Keystore } from './keystore';

export interface HandlerDeps extends FileHandlerDeps {
  readonly appInfo: {
    readonly version: string;
    readonly platform: string;
    readonly isPackaged: boolean;
  };
  readonly settings: SettingsStore;
  /** Opens the print dialog of the app window; resolves whether something was printed. */
  readonly print: () => Promise<boolean>;
  readonly pendingFiles: PendingFiles;
  readonly keystore: Keystore;
  /** The renderer wrote its pending typing: the held-back window close may proceed. */
  readonly confirmClose: () => void;
}

export function createIpcHandlers(deps: HandlerDeps): IpcHandlers {
  return {
    getAppInfo: () => Promise.resolve(ok({ ...deps.appInfo })),
    getSettings: () => Promise.resolve(ok(deps.settings.get())),
    updateSettings: (patch) => Promise.resolve(deps.settings.update(patch)),
    saveFile: (request) => saveFile(deps, request),
    openFile: (request) => openFile(deps, request),
    printPage: async () => ok({ printed: await deps.print() }),
    takePendingFiles: () => Promise.resolve(ok(deps.pendingFiles.take())),
    keystoreStatus: async () => ok(await deps.keystore.status()),
    keystoreEncrypt: async ({ plaintext }) => {
      const result = await deps.keystore.encrypt(plaintext);
      return result.ok ? ok({ ciphertext: result.value }) : result;
    },
    keystoreDecrypt: async ({ ciphertext }) => {
      const result = await deps.keystore.decrypt(ciphertext);
      return result.ok ? ok({ plaintext: result.value }) : result;
    },
    confirmClose: () => {
      deps.confirmClose();
      return Promise.resolve(ok({}));
    },
  };
}
