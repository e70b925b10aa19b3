// Runs in: any environment. Imported by the preload, the main process and the renderer.
//
// The single source of truth for the bridge between the renderer and the main process.
// Every channel has a zod schema for its request and its response. The main process
// validates each request against it (see electron/main/ipc.ts); the renderer validates
// each response (see renderer/src/host/ElectronHost.ts). The preload exposes exactly one
// object, `window.zorgtafel`, whose type `ZorgtafelBridge` is derived from this file.
import { z } from 'zod';
import type { Result } from '../result';
import { settingsPatchSchema, settingsSchema } from '../settings/schema';

/**
 * Largest file the renderer may hand to, or receive from, the main process (512 MiB): a
 * whole-vault backup of a region's ZAT coordinator is the largest file Zorgtafel writes.
 * Other file kinds pass their own, smaller `maxBytes` when opening.
 */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

const bytesSchema = z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_FILE_BYTES, {
  message: 'file too large',
});

/** A file name without any directory part, as shown in dialogs. */
export const fileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine((n) => !/[\\/]/.test(n) && n !== '.' && n !== '..', {
    message: 'must be a bare file name',
  });

export const fileFilterSchema = z
  .object({
    name: z.string().min(1).max(100),
    extensions: z
      .array(z.string().regex(/^[a-z0-9]{1,16}$/))
      .min(1)
      .max(10),
  })
  .strict();
export type FileFilter = z.infer<typeof fileFilterSchema>;

const empty = z.object({}).strict();

/** A file the user opened: its bare name and its bytes. Never a full path. */
export const openedFileSchema = z.object({ name: fileNameSchema, bytes: bytesSchema }).strict();

/** The most files one open dialog may return (an SWV reads the figures files of 50+ schools). */
export const MAX_OPENED_FILES = 200;
export type OpenedFile = z.infer<typeof openedFileSchema>;

export const keystoreStatusSchema = z
  .object({
    /** True only where the OS keystore really protects secrets (not Linux `basic_text`). */
    available: z.boolean(),
    /** Why it is not available, as a stable code. */
    reason: z.enum(['ok', 'unsupported', 'weak-backend', 'not-electron']),
  })
  .strict();
export type KeystoreStatus = z.infer<typeof keystoreStatusSchema>;

export const ipcContract = {
  getAppInfo: {
    request: empty,
    response: z
      .object({ version: z.string(), platform: z.string(), isPackaged: z.boolean() })
      .strict(),
  },
  getSettings: { request: empty, response: settingsSchema },
  updateSettings: { request: settingsPatchSchema, response: settingsSchema },
  /** Shows a save dialog and writes the bytes where the user chooses. */
  saveFile: {
    request: z
      .object({
        suggestedName: fileNameSchema,
        bytes: bytesSchema,
        filters: z.array(fileFilterSchema).max(10),
      })
      .strict(),
    response: z.discriminatedUnion('saved', [
      z.object({ saved: z.literal(true), name: fileNameSchema }).strict(),
      z.object({ saved: z.literal(false) }).strict(),
    ]),
  },
  /** Shows an open dialog and reads the chosen file (refusing files over `maxBytes`). */
  openFile: {
    request: z
      .object({
        filters: z.array(fileFilterSchema).max(10),
        maxBytes: z.number().int().positive().max(MAX_FILE_BYTES),
        /** Lets the user choose several files; `maxBytes` holds for each. */
        multiple: z.boolean().optional(),
      })
      .strict(),
    response: z.discriminatedUnion('opened', [
      z
        .object({
          opened: z.literal(true),
          file: openedFileSchema,
          /** With `multiple`: the other chosen files, in the order chosen. */
          more: z
            .array(openedFileSchema)
            .max(MAX_OPENED_FILES - 1)
            .optional(),
        })
        .strict(),
      z.object({ opened: z.literal(false) }).strict(),
    ]),
  },
  /** Opens the system print dialog for the current window (print stylesheets apply). */
  printPage: { request: empty, response: z.object({ printed: z.boolean() }).strict() },
  /** Files handed to the app before the renderer listened (double-click, second launch). */
  takePendingFiles: { request: empty, response: z.array(openedFileSchema).max(20) },
  keystoreStatus: { request: empty, response: keystoreStatusSchema },
  /** Encrypts a small secret (a wrapped key slot) with the OS keystore. */
  keystoreEncrypt: {
    request: z
      .object({ plaintext: z.instanceof(Uint8Array).refine((b) => b.byteLength <= 4096) })
      .strict(),
    response: z.object({ ciphertext: z.instanceof(Uint8Array) }).strict(),
  },
  keystoreDecrypt: {
    request: z
      .object({ ciphertext: z.instanceof(Uint8Array).refine((b) => b.byteLength <= 8192) })
      .strict(),
    response: z.object({ plaintext: z.instanceof(Uint8Array) }).strict(),
  },
  /** The renderer has written everything it held after a `close-requested` event: close now. */
  confirmClose: { request: empty, response: empty },
} as const;

export type IpcContract = typeof ipcContract;
export type ChannelName = keyof IpcContract;
export type RequestOf<C extends ChannelName> = z.input<IpcContract[C]['request']>;
export type ResponseOf<C extends ChannelName> = z.output<IpcContract[C]['response']>;

export const CHANNEL_NAMES = Object.keys(ipcContract) as readonly ChannelName[];

/** The Electron IPC channel string for a contract entry; namespaced to avoid clashes. */
export function channelId(name: ChannelName): string {
  return `zorgtafel:${name}`;
}

/** Events the main process pushes to the renderer. */
export const hostEventSchema = z.discriminatedUnion('type', [
  /** The OS screen was locked: the vault must lock. */
  z.object({ type: z.literal('os-lock-screen') }).strict(),
  /** The machine is going to sleep: the vault must lock. */
  z.object({ type: z.literal('os-suspend') }).strict(),
  /** A file was opened from outside (double-click, second launch) while the app ran. */
  z.object({ type: z.literal('file-opened'), file: openedFileSchema }).strict(),
  /** The user closes the window: write pending typing, then answer with `confirmClose`. */
  z.object({ type: z.literal('close-requested') }).strict(),
]);
export type HostEvent = z.infer<typeof hostEventSchema>;
export const HOST_EVENT_CHANNEL = 'zorgtafel:event';

/**
 * The one object the preload exposes as `window.zorgtafel`. Each method sends one
 * contract request and resolves to a Result; nothing ever throws across the bridge.
 */
export type ZorgtafelBridge = {
  readonly [C in ChannelName]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
} & {
  /** Subscribes to host events; returns the unsubscribe function. */
  readonly onHostEvent: (listener: (event: HostEvent) => void) => () => void;
};
