// Runs in: renderer.
//
// The Host inside the desktop app. It wraps the preload bridge `window.zorgtafel` and
// trusts nothing it returns: every response is validated against the contract's schema,
// and a `{ok:false}` result becomes a HostError carrying the stable error code.
import { z } from 'zod';
import {
  hostEventSchema,
  ipcContract,
  type ChannelName,
  type HostEvent,
  type KeystoreStatus,
  type OpenedFile,
  type ZorgtafelBridge,
} from '../../../shared/ipc/contract';
import type { Settings, SettingsPatch } from '../../../shared/settings/schema';
import {
  HostError,
  type AppInfo,
  type Host,
  type OpenFileOutcome,
  type OpenFileRequest,
  type SaveFileOutcome,
  type SaveFileRequest,
} from './Host';

/** The envelope every bridge call resolves to; its value is checked separately per channel. */
const bridgeResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({ code: z.string().min(1).max(100), message: z.string().max(2000) }),
  }),
]);

/**
 * The contract's byte fields are plain ArrayBuffer-backed arrays (a SharedArrayBuffer cannot
 * cross the bridge). Copying also keeps the caller's buffer out of the structured clone.
 */
function toBridgeBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}

export class ElectronHost implements Host {
  constructor(private readonly bridge: ZorgtafelBridge) {}

  async appInfo(): Promise<AppInfo> {
    const info = await this.call(
      'getAppInfo',
      () => this.bridge.getAppInfo({}),
      ipcContract.getAppInfo.response,
    );
    return { version: info.version, platform: info.platform, shell: 'electron' };
  }

  getSettings(): Promise<Settings> {
    return this.call(
      'getSettings',
      () => this.bridge.getSettings({}),
      ipcContract.getSettings.response,
    );
  }

  updateSettings(patch: SettingsPatch): Promise<Settings> {
    return this.call(
      'updateSettings',
      () => this.bridge.updateSettings(patch),
      ipcContract.updateSettings.response,
    );
  }

  saveFile(request: SaveFileRequest): Promise<SaveFileOutcome> {
    return this.call(
      'saveFile',
      () =>
        this.bridge.saveFile({
          suggestedName: request.suggestedName,
          bytes: toBridgeBytes(request.bytes),
          filters: [...request.filters],
        }),
      ipcContract.saveFile.response,
    );
  }

  openFile(request: OpenFileRequest): Promise<OpenFileOutcome> {
    return this.call(
      'openFile',
      () =>
        this.bridge.openFile({
          filters: [...request.filters],
          maxBytes: request.maxBytes,
          ...(request.multiple === true ? { multiple: true } : {}),
        }),
      ipcContract.openFile.response,
    );
  }

  async print(): Promise<void> {
    await this.call('printPage', () => this.bridge.printPage({}), ipcContract.printPage.response);
  }

  async confirmClose(): Promise<void> {
    await this.call(
      'confirmClose',
      () => this.bridge.confirmClose({}),
      ipcContract.confirmClose.response,
    );
  }

  /**
   * Nothing to add: the main process holds a closing window back until the renderer has
   * flushed (close-requested), and a beforeunload veto would silently keep the window open.
   */
  guardLeaving(): () => void {
    return () => undefined;
  }

  keystoreStatus(): Promise<KeystoreStatus> {
    return this.call(
      'keystoreStatus',
      () => this.bridge.keystoreStatus({}),
      ipcContract.keystoreStatus.response,
    );
  }

  async keystoreEncrypt(plaintext: Uint8Array): Promise<Uint8Array> {
    const out = await this.call(
      'keystoreEncrypt',
      () => this.bridge.keystoreEncrypt({ plaintext: toBridgeBytes(plaintext) }),
      ipcContract.keystoreEncrypt.response,
    );
    return out.ciphertext;
  }

  async keystoreDecrypt(ciphertext: Uint8Array): Promise<Uint8Array> {
    const out = await this.call(
      'keystoreDecrypt',
      () => this.bridge.keystoreDecrypt({ ciphertext: toBridgeBytes(ciphertext) }),
      ipcContract.keystoreDecrypt.response,
    );
    return out.plaintext;
  }

  takePendingFiles(): Promise<readonly OpenedFile[]> {
    return this.call(
      'takePendingFiles',
      () => this.bridge.takePendingFiles({}),
      ipcContract.takePendingFiles.response,
    );
  }

  onEvent(listener: (event: HostEvent) => void): () => void {
    return this.bridge.onHostEvent((event: unknown) => {
      const parsed = hostEventSchema.safeParse(event);
      if (parsed.success) listener(parsed.data);
    });
  }

  /** One bridge call: never lets a rejection, an error result or a malformed value through unchecked. */
  private async call<T>(
    channel: ChannelName,
    invoke: () => Promise<unknown>,
    schema: z.ZodType<T>,
  ): Promise<T> {
    let raw: unknown;
    try {
      raw = await invoke();
    } catch {
      throw new HostError('ipc.unavailable', `bridge call ${channel} failed`);
    }
    const envelope = bridgeResultSchema.safeParse(raw);
    if (!envelope.success) {
      throw new HostError('ipc.invalid-response', `bridge call ${channel} returned no Result`);
    }
    if (!envelope.data.ok) {
      throw new HostError(envelope.data.error.code, envelope.data.error.message);
    }
    const value = schema.safeParse(envelope.data.value);
    if (!value.success) {
      throw new HostError(
        'ipc.invalid-response',
        `bridge call ${channel} returned a malformed value`,
      );
    }
    return value.data;
  }
}
