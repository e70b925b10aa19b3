// Runs in: Node (Vitest). Meeting files from the command line / second launch, and bounded file reads.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, type HostEvent, type OpenedFile } from '../../../shared/ipc/contract';
import { err, errorInfo, ok } from '../../../shared/result';
import { nodeFileAccess, type FileAccess } from '../../../electron/main/fileAccess';
import {
  acceptFiles,
  filesFromArgv,
  MAX_PENDING_FILES,
  PendingFiles,
  readOpenedFile,
} from '../../../electron/main/fileArgs';

describe('filesFromArgv', () => {
  it('picks .zorgtafel paths and ignores the executable, the app path and flags', () => {
    expect(
      filesFromArgv([
        'C:\\Program Files\\Zorgtafel\\Zorgtafel.exe',
        '--allow-file-access-from-files',
        '--original-process-start-time=13370000000000000',
        'C:\\Users\\ib\\Downloads\\ZAT 12 maart.zorgtafel',
      ]),
    ).toEqual(['C:\\Users\\ib\\Downloads\\ZAT 12 maart.zorgtafel']);
    expect(
      filesFromArgv(['/usr/lib/electron/electron', '.', '/home/ib/overleg.zorgtafel']),
    ).toEqual(['/home/ib/overleg.zorgtafel']);
  });

  it('accepts several files, any letter case, keeps order and drops duplicates', () => {
    expect(
      filesFromArgv([
        '/opt/Zorgtafel/zorgtafel',
        'a.zorgtafel',
        'B.ZORGTAFEL',
        'a.zorgtafel',
        'c.zorgtafel',
      ]),
    ).toEqual(['a.zorgtafel', 'B.ZORGTAFEL', 'c.zorgtafel']);
  });

  it('ignores flags that look like files, other file types and junk', () => {
    expect(
      filesFromArgv([
        '--file=evil.zorgtafel',
        '-x.zorgtafel',
        '-psn_0_12345',
        'notes.txt',
        'overleg.zorgtafel.exe',
        '.zorgtafel',
        '/home/ib/.zorgtafel',
        '',
        'a\u0000b.zorgtafel',
      ]),
    ).toEqual([]);
  });

  it('reads both forms a Linux desktop entry passes: a path (%F, the .deb) and a local file:// URI (%U, the AppImage)', () => {
    if (process.platform === 'win32') return;
    expect(
      filesFromArgv(['/opt/Zorgtafel/zorgtafel', '/home/ib/Downloads/ZAT 12 maart.zorgtafel']),
    ).toEqual(['/home/ib/Downloads/ZAT 12 maart.zorgtafel']);
    expect(
      filesFromArgv([
        '/tmp/.mount_Zorg/AppRun',
        'file:///home/ib/Downloads/ZAT%2012%20maart.zorgtafel',
      ]),
    ).toEqual(['/home/ib/Downloads/ZAT 12 maart.zorgtafel']);
    expect(filesFromArgv(['FILE://localhost/home/ib/a.zorgtafel'])).toEqual([
      '/home/ib/a.zorgtafel',
    ]);
  });

  it('ignores URIs of other schemes, file:// URIs with a host (a network location) and broken ones', () => {
    expect(
      filesFromArgv([
        'https://evil.example/ZAT.zorgtafel',
        'smb://server/zorg/ZAT.zorgtafel',
        'file://server/zorg/ZAT.zorgtafel',
        'file:///home/ib/a%00b.zorgtafel',
        'file:///home/ib/a%2Fb.zorgtafel',
        'zorgtafel:ZAT.zorgtafel',
      ]),
    ).toEqual([]);
  });

  it('handles an empty argv', () => {
    expect(filesFromArgv([])).toEqual([]);
  });
});

function memoryFiles(files: Record<string, Uint8Array>): Pick<FileAccess, 'readLimited'> {
  return {
    readLimited: (filePath, maxBytes) => {
      const bytes = files[filePath];
      if (bytes === undefined)
        return Promise.resolve(err(errorInfo('file.read-failed', 'missing')));
      if (bytes.byteLength > maxBytes)
        return Promise.resolve(err(errorInfo('file.too-large', 'too large')));
      return Promise.resolve(ok(new Uint8Array(bytes)));
    },
  };
}

describe('readOpenedFile', () => {
  it('resolves relative paths against the working directory and returns only the bare name', async () => {
    const files = memoryFiles({
      [path.resolve('/home/ib/overleg.zorgtafel')]: new Uint8Array([1, 2, 3]),
    });
    const file = await readOpenedFile('overleg.zorgtafel', '/home/ib', files);
    expect(file).toEqual({ name: 'overleg.zorgtafel', bytes: new Uint8Array([1, 2, 3]) });
  });

  it('returns null for missing or too large files', async () => {
    expect(await readOpenedFile('/nope.zorgtafel', '/', memoryFiles({}))).toBeNull();
    const big = memoryFiles({
      [path.resolve('/big.zorgtafel')]: new Uint8Array(MAX_FILE_BYTES + 1),
    });
    expect(await readOpenedFile('/big.zorgtafel', '/', big)).toBeNull();
  });
});

describe('PendingFiles', () => {
  const file = (name: string): OpenedFile => ({ name, bytes: new Uint8Array([1]) });

  it('queues files until the renderer takes them, then pushes them as events', () => {
    const pending = new PendingFiles();
    const sent: HostEvent[] = [];
    const send = (event: HostEvent) => {
      sent.push(event);
      return true;
    };
    pending.deliver(file('a.zorgtafel'), send);
    expect(sent).toEqual([]);
    expect(pending.take()).toEqual([file('a.zorgtafel')]);
    expect(pending.take()).toEqual([]);
    pending.deliver(file('b.zorgtafel'), send);
    expect(sent).toEqual([{ type: 'file-opened', file: file('b.zorgtafel') }]);
    expect(pending.size).toBe(0);
  });

  it('queues again after a reload and when sending fails', () => {
    const pending = new PendingFiles();
    pending.take();
    pending.rendererReset();
    const send = () => true;
    pending.deliver(file('a.zorgtafel'), send);
    expect(pending.size).toBe(1);
    pending.take();
    pending.deliver(file('b.zorgtafel'), () => false);
    expect(pending.take()).toEqual([file('b.zorgtafel')]);
  });

  it('holds at most the contract limit', () => {
    const pending = new PendingFiles();
    for (let i = 0; i < MAX_PENDING_FILES + 5; i += 1)
      pending.deliver(file(`${i}.zorgtafel`), () => true);
    expect(pending.take()).toHaveLength(MAX_PENDING_FILES);
  });
});

describe('acceptFiles', () => {
  it('reads and delivers every readable file, skipping the rest', async () => {
    const files = memoryFiles({
      [path.resolve('/w/a.zorgtafel')]: new Uint8Array([1]),
      [path.resolve('/w/c.zorgtafel')]: new Uint8Array([3]),
    });
    const pending = new PendingFiles();
    const delivered = await acceptFiles(['a.zorgtafel', 'b.zorgtafel', 'c.zorgtafel'], '/w', {
      files,
      pending,
      send: () => true,
    });
    expect(delivered).toBe(2);
    expect(pending.take().map((f) => f.name)).toEqual(['a.zorgtafel', 'c.zorgtafel']);
  });
});

describe('nodeFileAccess (real files in a temporary folder)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'zorgtafel-files-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file within the limit', async () => {
    const filePath = path.join(dir, 'small.zorgtafel');
    writeFileSync(filePath, new Uint8Array([7, 8, 9]));
    expect(await nodeFileAccess.readLimited(filePath, 3)).toEqual({
      ok: true,
      value: new Uint8Array([7, 8, 9]),
    });
  });

  it('refuses a file over the limit, a directory and a missing file, without the path in the message', async () => {
    const big = path.join(dir, 'big.zorgtafel');
    writeFileSync(big, new Uint8Array(11));
    const tooLarge = await nodeFileAccess.readLimited(big, 10);
    expect(tooLarge).toMatchObject({ ok: false, error: { code: 'file.too-large' } });
    const folder = path.join(dir, 'folder.zorgtafel');
    mkdirSync(folder);
    expect(await nodeFileAccess.readLimited(folder, 10)).toMatchObject({
      ok: false,
      error: { code: 'file.not-a-file' },
    });
    const missing = await nodeFileAccess.readLimited(path.join(dir, 'Jan de Vries.zorgtafel'), 10);
    expect(missing).toMatchObject({ ok: false, error: { code: 'file.read-failed' } });
    if (!missing.ok) expect(missing.error.message).not.toContain('Jan');
  });

  it('writes bytes and reports a failed write as a Result', async () => {
    const target = path.join(dir, 'export.pdf');
    expect(await nodeFileAccess.write(target, new Uint8Array([1, 2]))).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await nodeFileAccess.readLimited(target, 10)).toEqual({
      ok: true,
      value: new Uint8Array([1, 2]),
    });
    const failed = await nodeFileAccess.write(
      path.join(dir, 'no', 'such', 'dir', 'x.pdf'),
      new Uint8Array([1]),
    );
    expect(failed).toMatchObject({ ok: false, error: { code: 'file.write-failed' } });
  });
});
