// Runs in: Electron main process.
//
// Meeting files (`.zorgtafel`) reach the app from outside: as a command-line argument at
// first launch, from a second launch (handed over by the single-instance lock), or through
// macOS `open-file`. This module picks them out of argv, reads them (size-limited, bare name
// only: the renderer never learns where a file lives) and keeps them until the renderer asks,
// or pushes them as a `file-opened` host event once it listens.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  MAX_FILE_BYTES,
  openedFileSchema,
  type HostEvent,
  type OpenedFile,
} from '../../shared/ipc/contract';
import type { FileAccess } from './fileAccess';

export const MEETING_FILE_EXTENSION = '.zorgtafel';

/** Most files held for the renderer at once (the contract's limit for takePendingFiles). */
export const MAX_PENDING_FILES = 20;
/** Most bytes held for the renderer at once. */
export const MAX_PENDING_BYTES = 2 * MAX_FILE_BYTES;

/**
 * A local path from a `file://` URI (Linux desktop entries with `%U`, such as the AppImage's,
 * pass them), or null for a URI with a host (a network location) or any other scheme.
 * Drive letters (`C:\…`) are not schemes: a scheme here has at least two characters.
 */
export function localPathFromArg(arg: string): string | null {
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(arg)?.[1];
  if (scheme === undefined) return arg;
  if (scheme.toLowerCase() !== 'file') return null;
  try {
    const url = new URL(arg);
    if (url.host !== '' && url.host !== 'localhost') return null;
    return fileURLToPath(url);
  } catch {
    return null;
  }
}

/**
 * The `.zorgtafel` paths in an argv, given as paths or as local `file://` URIs. Flags
 * (`--foo`, `-x`, Chromium's own switches), the executable, the app path (`.` in development)
 * and anything else are ignored. Duplicates are dropped; order is kept.
 */
export function filesFromArgv(argv: readonly string[]): string[] {
  const seen = new Set<string>();
  const files: string[] = [];
  for (const raw of argv) {
    if (typeof raw !== 'string' || raw.length === 0 || raw.length > 4096) continue;
    if (raw.startsWith('-')) continue;
    const arg = localPathFromArg(raw);
    if (arg === null || arg.length === 0) continue;
    if (arg.includes('\u0000')) continue;
    if (!arg.toLowerCase().endsWith(MEETING_FILE_EXTENSION)) continue;
    // A bare `.zorgtafel` is a hidden file name without a stem, not a meeting file.
    if (path.basename(arg).length <= MEETING_FILE_EXTENSION.length) continue;
    if (seen.has(arg)) continue;
    seen.add(arg);
    files.push(arg);
  }
  return files;
}

/**
 * Reads one meeting file given on the command line or by the OS. Returns null (silently:
 * nothing about the file is logged) when it is missing, not a regular file, too large or
 * has a name the contract would refuse.
 */
export async function readOpenedFile(
  filePath: string,
  workingDirectory: string,
  files: Pick<FileAccess, 'readLimited'>,
): Promise<OpenedFile | null> {
  const absolute = path.resolve(workingDirectory, filePath);
  const bytes = await files.readLimited(absolute, MAX_FILE_BYTES);
  if (!bytes.ok) return null;
  const parsed = openedFileSchema.safeParse({ name: path.basename(absolute), bytes: bytes.value });
  return parsed.success ? parsed.data : null;
}

/**
 * Files waiting for the renderer. Until the renderer has called takePendingFiles it is not
 * known to listen, so files are queued; afterwards they are pushed as host events. When the
 * page starts loading again (a reload) the queue goes back to holding files.
 */
export class PendingFiles {
  #queue: OpenedFile[] = [];
  #bytes = 0;
  #rendererListening = false;

  /**
   * Hands a file to the renderer: pushed through `send` when the renderer listens (and
   * `send` succeeded), queued otherwise. Returns false when the queue is full and the file
   * was dropped.
   */
  deliver(file: OpenedFile, send: (event: HostEvent) => boolean): boolean {
    if (this.#rendererListening && send({ type: 'file-opened', file })) return true;
    if (this.#queue.length >= MAX_PENDING_FILES) return false;
    if (this.#bytes + file.bytes.byteLength > MAX_PENDING_BYTES) return false;
    this.#queue.push(file);
    this.#bytes += file.bytes.byteLength;
    return true;
  }

  /** Returns every queued file once and marks the renderer as listening. */
  take(): OpenedFile[] {
    const files = this.#queue;
    this.#queue = [];
    this.#bytes = 0;
    this.#rendererListening = true;
    return files;
  }

  /** The renderer's page is (re)loading: hold files again until it asks. */
  rendererReset(): void {
    this.#rendererListening = false;
  }

  get size(): number {
    return this.#queue.length;
  }
}

/** Reads every given path and delivers the files that could be read. */
export async function acceptFiles(
  paths: readonly string[],
  workingDirectory: string,
  deps: {
    readonly files: Pick<FileAccess, 'readLimited'>;
    readonly pending: PendingFiles;
    readonly send: (event: HostEvent) => boolean;
  },
): Promise<number> {
  let delivered = 0;
  for (const filePath of paths) {
    const file = await readOpenedFile(filePath, workingDirectory, deps.files);
    if (file !== null && deps.pending.deliver(file, deps.send)) delivered += 1;
  }
  return delivered;
}
