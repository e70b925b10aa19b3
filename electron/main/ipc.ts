// Runs in: Electron main process.
//
// The main-process end of the bridge. Every call is checked in the same order: the sender
// must be the main frame of a page from our own origin, the request must match the
// contract's zod schema, and the handler's answer must match the contract too. Whatever
// happens, the renderer receives a Result: nothing is ever thrown across IPC, and error
// messages never contain personal data (no paths, no file names, no exception text).
import type { z } from 'zod';
import {
  CHANNEL_NAMES,
  channelId,
  ipcContract,
  type ChannelName,
  type IpcContract,
  type ResponseOf,
} from '../../shared/ipc/contract';
import { err, errorInfo, ok, type ErrorInfo, type Result } from '../../shared/result';
import { APP_HOST, APP_SCHEME } from './protocol';

/** The request a handler receives: the contract schema's output after parsing. */
export type ParsedRequestOf<C extends ChannelName> = z.output<IpcContract[C]['request']>;

/** One handler per channel; expected failures are `err` results, never exceptions. */
export type IpcHandler<C extends ChannelName> = (
  request: ParsedRequestOf<C>,
) => Promise<Result<ResponseOf<C>>>;

export type IpcHandlers = { readonly [C in ChannelName]: IpcHandler<C> };

/** What we know about the frame that sent a call. */
export interface SenderInfo {
  readonly url: string | undefined;
  readonly isMainFrame: boolean;
}

export const IPC_ERROR = {
  forbiddenSender: 'ipc.forbidden-sender',
  invalidPayload: 'ipc.invalid-payload',
  internal: 'ipc.internal',
} as const;

/** Only the main frame of a document served from app://zorgtafel may call the bridge. */
export function validateSender(info: SenderInfo): Result<void> {
  const refused = err(
    errorInfo(IPC_ERROR.forbiddenSender, 'call from a frame that may not use the bridge'),
  );
  if (!info.isMainFrame || typeof info.url !== 'string') return refused;
  let parsed: URL;
  try {
    parsed = new URL(info.url);
  } catch {
    return refused;
  }
  // URL.origin is "null" for custom schemes, so compare the parts.
  const sameOrigin =
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '';
  return sameOrigin ? ok(undefined) : refused;
}

/** Copies only the two documented fields, so nothing else a handler attached can leak. */
function cleanError(error: ErrorInfo): ErrorInfo {
  const code =
    typeof error.code === 'string' && error.code.length > 0
      ? error.code.slice(0, 100)
      : IPC_ERROR.internal;
  const message = typeof error.message === 'string' ? error.message.slice(0, 500) : '';
  return errorInfo(code, message);
}

/**
 * The contract seen as a map from channel to its two schemas, typed by what they produce.
 * Indexing this mapped type with a generic channel keeps request and response of the SAME
 * channel tied together (the "correlated union" pattern), so no cast is needed below.
 */
type ChannelSchemas = {
  readonly [C in ChannelName]: {
    readonly request: z.ZodType<ParsedRequestOf<C>>;
    readonly response: z.ZodType<ResponseOf<C>>;
  };
};
const channelSchemas: ChannelSchemas = ipcContract;

/** Validates and runs one call against explicit schemas; `handleIpcCall` picks them from the contract. */
async function runValidated<Req, Res>(
  channel: ChannelName,
  requestSchema: z.ZodType<Req>,
  responseSchema: z.ZodType<Res>,
  handler: (request: Req) => Promise<Result<Res>>,
  sender: SenderInfo,
  rawRequest: unknown,
): Promise<Result<Res>> {
  const senderCheck = validateSender(sender);
  if (!senderCheck.ok) return senderCheck;

  const request = requestSchema.safeParse(rawRequest);
  if (!request.success) {
    // Only the schema paths of the problems, never the values.
    const where = request.error.issues.map((issue) => issue.path.join('.') || '(root)').join(', ');
    return err(
      errorInfo(
        IPC_ERROR.invalidPayload,
        `malformed request for ${channel} at ${where}`.slice(0, 500),
      ),
    );
  }

  let result: Result<Res>;
  try {
    result = await handler(request.data);
  } catch {
    return err(errorInfo(IPC_ERROR.internal, `handler for ${channel} failed`));
  }
  if (!result.ok) return err(cleanError(result.error));

  const response = responseSchema.safeParse(result.value);
  if (!response.success)
    return err(errorInfo(IPC_ERROR.internal, `handler for ${channel} gave a malformed response`));
  return ok(response.data);
}

/**
 * Handles one call: sender check, request validation, handler, response validation.
 * Never throws and never rejects.
 */
export function handleIpcCall<C extends ChannelName>(
  channel: C,
  handler: IpcHandler<C>,
  sender: SenderInfo,
  rawRequest: unknown,
): Promise<Result<ResponseOf<C>>> {
  const entry = channelSchemas[channel];
  return runValidated(channel, entry.request, entry.response, handler, sender, rawRequest);
}

/** The frame-related part of Electron's IpcMainInvokeEvent. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
  readonly sender: { readonly mainFrame: unknown };
}

/** Reads the sender from an invoke event; a destroyed or missing frame is never trusted. */
export function senderInfoFromEvent(event: InvokeEventLike): SenderInfo {
  try {
    const frame = event.senderFrame;
    if (frame === null) return { url: undefined, isMainFrame: false };
    return { url: frame.url, isMainFrame: frame === event.sender.mainFrame };
  } catch {
    // Electron throws when a frame was disposed before it could be accessed.
    return { url: undefined, isMainFrame: false };
  }
}

/** The part of Electron's ipcMain used here. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>,
  ): void;
}

function registerOne<C extends ChannelName>(
  ipcMain: IpcMainLike,
  channel: C,
  handler: IpcHandler<C>,
): void {
  ipcMain.handle(channelId(channel), (event, ...args) => {
    // The preload always sends exactly one argument.
    const raw = args.length === 1 ? args[0] : args;
    return handleIpcCall(channel, handler, senderInfoFromEvent(event), raw);
  });
}

/** Registers a handler for every channel of the contract (and for nothing else). */
export function registerIpcHandlers(ipcMain: IpcMainLike, handlers: IpcHandlers): void {
  // Generic per channel so that each handler keeps its own request and response types.
  const registerChannel = <C extends ChannelName>(channel: C): void =>
    registerOne(ipcMain, channel, handlers[channel]);
  for (const channel of CHANNEL_NAMES) registerChannel(channel);
}
