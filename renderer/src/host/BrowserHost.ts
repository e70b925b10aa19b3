// Runs in: renderer.
//
// The Host for a plain browser: `npm run preview` and the end-to-end tests. It offers the
// same behaviour as the Electron host with web APIs only: settings in localStorage, a
// download link for saving, a hidden file input for opening, window.print for printing.
// OS events cannot come from a browser, so tests simulate them with a window CustomEvent.
// The version is put in at build time (vite.config.ts `define`): the renderer imports nothing outside its layer.
import {
  hostEventSchema,
  ipcContract,
  MAX_OPENED_FILES,
  type HostEvent,
  type KeystoreStatus,
  type OpenedFile,
} from '../../../shared/ipc/contract';
import {
  applySettingsPatch,
  parseStoredSettings,
  settingsPatchSchema,
  type Settings,
  type SettingsPatch,
} from '../../../shared/settings/schema';
import { readChosenFile } from './chosenFile';
import { acceptAttribute } from './fileFilters';
import {
  HostError,
  type AppInfo,
  type Host,
  type OpenFileOutcome,
  type OpenFileRequest,
  type SaveFileOutcome,
  type SaveFileRequest,
} from './Host';

/** The window event tests dispatch to simulate an OS event; `detail` must be a HostEvent. */
export const HOST_EVENT_DOM_NAME = 'zorgtafel:host-event';

/** localStorage key of the (non-sensitive) settings. */
export const SETTINGS_STORAGE_KEY = 'zorgtafel.settings';

/** How long a download's object URL stays valid; the browser needs it after the click returns. */
const DOWNLOAD_URL_LIFETIME_MS = 30_000;

/** The part of Web Storage the host uses; injectable for unit tests. */
export type SettingsStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface BrowserHostOptions {
  readonly storage?: SettingsStorage;
}

export class BrowserHost implements Host {
  private readonly storage: SettingsStorage | undefined;

  constructor(options: BrowserHostOptions = {}) {
    this.storage = options.storage;
  }

  appInfo(): Promise<AppInfo> {
    return Promise.resolve({ version: __APP_VERSION__, platform: 'web', shell: 'browser' });
  }

  getSettings(): Promise<Settings> {
    return Promise.resolve(this.readSettings());
  }

  updateSettings(patch: SettingsPatch): Promise<Settings> {
    const parsed = settingsPatchSchema.safeParse(patch);
    if (!parsed.success) {
      return Promise.reject(
        new HostError('settings.invalid', 'settings patch does not match the schema'),
      );
    }
    const next = applySettingsPatch(this.readSettings(), parsed.data);
    try {
      this.settingsStorage().setItem(SETTINGS_STORAGE_KEY, JSON.stringify(next));
    } catch {
      return Promise.reject(new HostError('settings.unavailable', 'settings could not be stored'));
    }
    return Promise.resolve(next);
  }

  saveFile(request: SaveFileRequest): Promise<SaveFileOutcome> {
    const parsed = ipcContract.saveFile.request.safeParse(request);
    if (!parsed.success) {
      return Promise.reject(
        new HostError('file.invalid-request', 'save request does not match the contract'),
      );
    }
    // Copy into a fresh ArrayBuffer-backed array: a Blob may not share a SharedArrayBuffer.
    const blob = new Blob([new Uint8Array(parsed.data.bytes)], {
      type: 'application/octet-stream',
    });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = parsed.data.suggestedName;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
    // A browser does not tell whether the user kept the download; report what was offered.
    return Promise.resolve({ saved: true, name: parsed.data.suggestedName });
  }

  openFile(request: OpenFileRequest): Promise<OpenFileOutcome> {
    const parsed = ipcContract.openFile.request.safeParse(request);
    if (!parsed.success) {
      return Promise.reject(
        new HostError('file.invalid-request', 'open request does not match the contract'),
      );
    }
    const limits = parsed.data;
    return new Promise<OpenFileOutcome>((resolve, reject) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = acceptAttribute(limits.filters);
      input.multiple = limits.multiple === true;
      input.hidden = true;
      input.tabIndex = -1;
      const done = (): void => input.remove();
      input.addEventListener(
        'cancel',
        () => {
          done();
          resolve({ opened: false });
        },
        { once: true },
      );
      input.addEventListener(
        'change',
        () => {
          const [file, ...others] = [...(input.files ?? [])];
          done();
          if (file === undefined) {
            resolve({ opened: false });
            return;
          }
          if (others.length >= MAX_OPENED_FILES) {
            reject(new HostError('file.too-many', `choose at most ${MAX_OPENED_FILES} files`));
            return;
          }
          Promise.all([file, ...others].map((f) => readChosenFile(f, limits))).then(
            ([opened, ...more]: OpenedFile[]) =>
              resolve(
                opened === undefined
                  ? { opened: false }
                  : { opened: true, file: opened, ...(more.length > 0 ? { more } : {}) },
              ),
            (error: unknown) =>
              reject(
                error instanceof HostError
                  ? error
                  : new HostError('file.unreadable', 'file could not be read'),
              ),
          );
        },
        { once: true },
      );
      document.body.append(input);
      input.click();
    });
  }

  print(): Promise<void> {
    window.print();
    return Promise.resolve();
  }

  /** A browser tab cannot hold its close back, so there is nothing to confirm. */
  confirmClose(): Promise<void> {
    return Promise.resolve();
  }

  /**
   * A tab cannot hold its close back long enough to encrypt and write, so while anything is
   * unwritten the browser's own "leave this page?" warning is raised, and the write starts at
   * once: whoever stays has it stored a moment later.
   */
  guardLeaving(unwritten: () => boolean, flush: () => Promise<void>): () => void {
    const handler = (event: BeforeUnloadEvent): void => {
      if (!unwritten()) return;
      event.preventDefault();
      // Older Chromium versions show the warning only when returnValue is set.
      event.returnValue = '';
      void flush().catch(() => undefined);
    };
    window.addEventListener('beforeunload', handler);
    return () => window.removeEventListener('beforeunload', handler);
  }

  keystoreStatus(): Promise<KeystoreStatus> {
    return Promise.resolve({ available: false, reason: 'not-electron' });
  }

  keystoreEncrypt(): Promise<Uint8Array> {
    return Promise.reject(new HostError('keystore.unavailable', 'no OS keystore in a browser'));
  }

  keystoreDecrypt(): Promise<Uint8Array> {
    return Promise.reject(new HostError('keystore.unavailable', 'no OS keystore in a browser'));
  }

  takePendingFiles(): Promise<readonly OpenedFile[]> {
    return Promise.resolve([]);
  }

  onEvent(listener: (event: HostEvent) => void): () => void {
    const handler = (event: Event): void => {
      if (!(event instanceof CustomEvent)) return;
      const parsed = hostEventSchema.safeParse(event.detail);
      // Anything that is not a well-formed HostEvent is ignored, as the Electron host does.
      if (parsed.success) listener(parsed.data);
    };
    window.addEventListener(HOST_EVENT_DOM_NAME, handler);
    return () => window.removeEventListener(HOST_EVENT_DOM_NAME, handler);
  }

  private settingsStorage(): SettingsStorage {
    return this.storage ?? window.localStorage;
  }

  private readSettings(): Settings {
    let raw: string | null;
    try {
      raw = this.settingsStorage().getItem(SETTINGS_STORAGE_KEY);
    } catch {
      // Storage disabled (private mode, policy): run with defaults rather than fail.
      raw = null;
    }
    if (raw === null) return parseStoredSettings(undefined);
    try {
      return parseStoredSettings(JSON.parse(raw));
    } catch {
      return parseStoredSettings(undefined);
    }
  }
}
