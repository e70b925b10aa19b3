// Runs in: renderer.
//
// The UI talks to the outside world only through a Host. ElectronHost uses the preload
// bridge; BrowserHost implements the same with web APIs so that the renderer runs in a
// plain browser for `npm run preview` and for the end-to-end tests.
import type {
  FileFilter,
  HostEvent,
  KeystoreStatus,
  OpenedFile,
} from '../../../shared/ipc/contract';
import type { Settings, SettingsPatch } from '../../../shared/settings/schema';

export interface AppInfo {
  readonly version: string;
  readonly platform: string;
  /** 'electron' or 'browser': what shell the renderer runs in. */
  readonly shell: 'electron' | 'browser';
}

export interface SaveFileRequest {
  /** Bare file name suggested to the user; must not contain personal data. */
  readonly suggestedName: string;
  readonly bytes: Uint8Array;
  readonly filters: readonly FileFilter[];
}

export type SaveFileOutcome =
  { readonly saved: true; readonly name: string } | { readonly saved: false };

export interface OpenFileRequest {
  readonly filters: readonly FileFilter[];
  /** The limit for each file. */
  readonly maxBytes: number;
  /** Lets the user choose several files at once. */
  readonly multiple?: boolean;
}

export type OpenFileOutcome =
  | {
      readonly opened: true;
      readonly file: OpenedFile;
      /** With `multiple`: the other chosen files. */
      readonly more?: readonly OpenedFile[];
    }
  | { readonly opened: false };

/** Every file an open dialog returned, in the order chosen. */
export function openedFiles(outcome: OpenFileOutcome): readonly OpenedFile[] {
  return outcome.opened ? [outcome.file, ...(outcome.more ?? [])] : [];
}

export interface Host {
  appInfo(): Promise<AppInfo>;
  getSettings(): Promise<Settings>;
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  /** Lets the user choose where to save; resolves `{saved:false}` when they cancel. */
  saveFile(request: SaveFileRequest): Promise<SaveFileOutcome>;
  /** Lets the user choose a file; resolves `{opened:false}` when they cancel. */
  openFile(request: OpenFileRequest): Promise<OpenFileOutcome>;
  /** Prints the current view through the system dialog. */
  print(): Promise<void>;
  /** The OS keystore for "remember on this computer"; unavailable in the browser. */
  keystoreStatus(): Promise<KeystoreStatus>;
  keystoreEncrypt(plaintext: Uint8Array): Promise<Uint8Array>;
  keystoreDecrypt(ciphertext: Uint8Array): Promise<Uint8Array>;
  /** Files handed over before the UI was ready; each is returned once. */
  takePendingFiles(): Promise<readonly OpenedFile[]>;
  /** Subscribes to OS and file events; returns the unsubscribe function. */
  onEvent(listener: (event: HostEvent) => void): () => void;
  /** Answers a `close-requested` event once pending writes are flushed: the window may close. */
  confirmClose(): Promise<void>;
  /**
   * Keeps unwritten text from being lost when the page is left (closed, reloaded, navigated
   * away) in a way `close-requested` does not cover; returns the function that stops it.
   */
  guardLeaving(unwritten: () => boolean, flush: () => Promise<void>): () => void;
}

/** Thrown by a Host when the other side reports a failure; `code` is stable for i18n. */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}
