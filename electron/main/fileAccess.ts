// Runs in: Electron main process.
//
// Reading and writing the files the user picks (exports, imports, meeting files opened from
// outside). Reads are bounded: the size limit is enforced while reading, not only by a stat
// beforehand, so a file that grows in between cannot push more bytes into memory or across
// IPC. Error codes are stable and messages never contain the path.
import { open, stat, writeFile } from 'node:fs/promises';
import { err, errorInfo, ok, type Result } from '../../shared/result';

export const FILE_ERROR = {
  tooLarge: 'file.too-large',
  notAFile: 'file.not-a-file',
  readFailed: 'file.read-failed',
  writeFailed: 'file.write-failed',
} as const;

/** What the handlers need from the file system; injected so they can be tested in memory. */
export interface FileAccess {
  /** Reads a regular file of at most `maxBytes` bytes. */
  readLimited(filePath: string, maxBytes: number): Promise<Result<Uint8Array<ArrayBuffer>>>;
  /** Writes (creates or replaces) a file. */
  write(filePath: string, bytes: Uint8Array): Promise<Result<void>>;
}

async function readLimited(
  filePath: string,
  maxBytes: number,
): Promise<Result<Uint8Array<ArrayBuffer>>> {
  // Check the type before opening: opening a FIFO or a device could block or never end.
  try {
    const before = await stat(filePath);
    if (!before.isFile()) return err(errorInfo(FILE_ERROR.notAFile, 'not a regular file'));
    if (before.size > maxBytes)
      return err(errorInfo(FILE_ERROR.tooLarge, `the file is larger than ${maxBytes} bytes`));
  } catch {
    return err(errorInfo(FILE_ERROR.readFailed, 'the file could not be opened'));
  }
  let handle;
  try {
    handle = await open(filePath, 'r');
  } catch {
    return err(errorInfo(FILE_ERROR.readFailed, 'the file could not be opened'));
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return err(errorInfo(FILE_ERROR.notAFile, 'not a regular file'));
    if (stats.size > maxBytes)
      return err(errorInfo(FILE_ERROR.tooLarge, `the file is larger than ${maxBytes} bytes`));
    // Read one byte more than the file claims to have: if it arrives, the file grew while we
    // read it (past the limit, or at least into something we did not size-check).
    const buffer = new Uint8Array(stats.size + 1);
    let filled = 0;
    while (filled < buffer.byteLength) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.byteLength - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled === buffer.byteLength) {
      return filled > maxBytes
        ? err(errorInfo(FILE_ERROR.tooLarge, `the file is larger than ${maxBytes} bytes`))
        : err(errorInfo(FILE_ERROR.readFailed, 'the file changed while it was read'));
    }
    return ok(buffer.slice(0, filled));
  } catch {
    return err(errorInfo(FILE_ERROR.readFailed, 'the file could not be read'));
  } finally {
    await handle.close().catch(() => undefined);
  }
}

async function write(filePath: string, bytes: Uint8Array): Promise<Result<void>> {
  try {
    await writeFile(filePath, bytes);
    return ok(undefined);
  } catch {
    return err(errorInfo(FILE_ERROR.writeFailed, 'the file could not be written'));
  }
}

/** The real file system. */
export const nodeFileAccess: FileAccess = { readLimited, write };
