// Runs in: Electron preload (sandboxed).
//
// Exposes exactly one object, `window.zorgtafel`, to the page. Each method sends one
// contract request on its own channel and resolves to the main process's Result; nothing
// else of Electron reaches the page (never ipcRenderer itself, never an IpcRendererEvent).
// `satisfies ZorgtafelBridge` makes the compiler check every method against the contract.
// Bundled by electron/build.mjs into ONE CommonJS file: sandboxed preloads cannot load
// ES modules or other files.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { z } from 'zod';
import {
  channelId,
  HOST_EVENT_CHANNEL,
  hostEventSchema,
  type ChannelName,
  type HostEvent,
  type RequestOf,
  type ResponseOf,
  type ZorgtafelBridge,
} from '../../shared/ipc/contract';
import { err, errorInfo, type Result } from '../../shared/result';

// The page's CSP forbids eval; zod must not even try its eval-based fast path here.
z.config({ jitless: true });

/**
 * One call; a failed invoke (no handler, uncloneable value) becomes an error Result. The
 * main process always answers with a contract-validated Result; the renderer's ElectronHost
 * validates it again, so the preload passes it through unchanged.
 */
async function invoke<C extends ChannelName>(
  channel: C,
  request: RequestOf<C>,
): Promise<Result<ResponseOf<C>>> {
  try {
    const result: unknown = await ipcRenderer.invoke(channelId(channel), request);
    return result as Result<ResponseOf<C>>;
  } catch {
    return err(errorInfo('ipc.unavailable', `bridge call ${channel} failed`));
  }
}

const bridge = {
  getAppInfo: (request) => invoke('getAppInfo', request),
  getSettings: (request) => invoke('getSettings', request),
  updateSettings: (request) => invoke('updateSettings', request),
  saveFile: (request) => invoke('saveFile', request),
  openFile: (request) => invoke('openFile', request),
  printPage: (request) => invoke('printPage', request),
  takePendingFiles: (request) => invoke('takePendingFiles', request),
  keystoreStatus: (request) => invoke('keystoreStatus', request),
  keystoreEncrypt: (request) => invoke('keystoreEncrypt', request),
  keystoreDecrypt: (request) => invoke('keystoreDecrypt', request),
  confirmClose: (request) => invoke('confirmClose', request),
  onHostEvent(listener: (event: HostEvent) => void): () => void {
    if (typeof listener !== 'function') return () => undefined;
    // Only the validated payload goes to the page, never Electron's event object.
    const forward = (_event: IpcRendererEvent, payload: unknown): void => {
      const parsed = hostEventSchema.safeParse(payload);
      if (parsed.success) listener(parsed.data);
    };
    ipcRenderer.on(HOST_EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(HOST_EVENT_CHANNEL, forward);
    };
  },
} satisfies ZorgtafelBridge;

contextBridge.exposeInMainWorld('zorgtafel', bridge);
