// Runs in: Node (unit tests).
//
// Every way a file reaches the one opener, without Electron (which cannot run here): a
// double-clicked `.zorgtafel` file while Zorgtafel runs starts a second instance, whose argv
// the running app takes over (filesFromArgv → acceptFiles → a validated `file-opened` host
// event); the renderer takes the file from that event (fileOfHostEvent) into the same queue
// as drag and drop and "Bestand openen…", and the opener tells from the bytes what it is.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hostEventSchema, type HostEvent } from '../../../shared/ipc/contract';
import { peekFile } from '../../../shared/sharing/peek';
import { generateSharingIdentity } from '../../../shared/sharing/identity';
import { nodeFileAccess } from '../../../electron/main/fileAccess';
import { acceptFiles, filesFromArgv, PendingFiles } from '../../../electron/main/fileArgs';
import {
  decideDrop,
  dragCarriesFiles,
  fileOfHostEvent,
  readDroppedFile,
} from '../../../renderer/src/sharing/incoming';
import { deelsleutelFor, OPEN, seal } from './helpers';

const tmp = mkdtempSync(path.join(tmpdir(), 'zt-incoming-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('desktop: a double-clicked file is taken over by the running app', () => {
  it('reaches the opener as a file-opened event and is recognised as a meeting file', async () => {
    const school = await generateSharingIdentity();
    const member = await generateSharingIdentity();
    const bytes = await seal(school, { recipients: [deelsleutelFor(member)] });
    writeFileSync(path.join(tmp, 'overleg-2026-03-10.zorgtafel'), bytes);

    // The running app: the renderer already asked for pending files, so files are pushed.
    const pending = new PendingFiles();
    expect(pending.take()).toEqual([]);
    const sent: HostEvent[] = [];
    const send = (event: HostEvent): boolean => {
      sent.push(hostEventSchema.parse(event));
      return true;
    };
    // The second instance's argv as Windows passes it for a double-click.
    const argv = [
      'C:\\Program Files\\Zorgtafel\\Zorgtafel.exe',
      '--original-process-start-time=1',
      'overleg-2026-03-10.zorgtafel',
    ];
    expect(
      await acceptFiles(filesFromArgv(argv), tmp, { files: nodeFileAccess, pending, send }),
    ).toBe(1);

    expect(sent).toHaveLength(1);
    const [event] = sent;
    if (event === undefined) throw new Error('no event');
    const file = fileOfHostEvent(event);
    expect(file?.name).toBe('overleg-2026-03-10.zorgtafel');
    expect(file === null ? null : await peekFile(file.bytes, OPEN)).toMatchObject({
      type: 'share',
      kind: 'meeting-agenda',
      mode: 'recipients',
    });
  });

  it('a file handed over before the window listened waits for takePendingFiles', async () => {
    writeFileSync(path.join(tmp, 'verslag.zorgtafel'), new Uint8Array([1, 2, 3]));
    const pending = new PendingFiles();
    const sent: HostEvent[] = [];
    await acceptFiles(filesFromArgv(['/opt/Zorgtafel/zorgtafel', 'verslag.zorgtafel']), tmp, {
      files: nodeFileAccess,
      pending,
      send: (e) => sent.push(e) > 0,
    });
    expect(sent).toEqual([]);
    const taken = pending.take();
    expect(taken.map((f) => f.name)).toEqual(['verslag.zorgtafel']);
    // The opener refuses these bytes with its own message instead of ignoring them.
    expect(await peekFile(taken[0]?.bytes ?? new Uint8Array(), OPEN)).toEqual({
      type: 'refused',
      code: 'share.not-a-file',
    });
  });

  it('other host events carry no file', () => {
    expect(fileOfHostEvent({ type: 'os-lock-screen' })).toBeNull();
    expect(fileOfHostEvent({ type: 'close-requested' })).toBeNull();
  });
});

describe('drag and drop onto the window', () => {
  const a = { name: 'a.zorgtafel' };
  const b = { name: 'b.zorgtafel' };

  it('opens exactly one dropped file', () => {
    expect(decideDrop(['Files'], [a])).toEqual({ type: 'one', file: a });
  });

  it('refuses several files at once with a message', () => {
    expect(decideDrop(['Files'], [a, b])).toEqual({ type: 'several' });
  });

  it('ignores drags of text and links, and drops without files', () => {
    expect(dragCarriesFiles(['text/plain', 'text/uri-list'])).toBe(false);
    expect(dragCarriesFiles(undefined)).toBe(false);
    expect(decideDrop(['text/plain'], [])).toEqual({ type: 'ignore' });
    expect(decideDrop(['Files'], [])).toEqual({ type: 'ignore' });
  });

  it('does not read a file over the limit into memory', async () => {
    const huge = {
      name: 'groot.zorgtafel',
      size: 100,
      arrayBuffer: (): Promise<ArrayBuffer> => Promise.reject(new Error('read')),
    };
    const read = await readDroppedFile(huge, 10);
    expect(read.bytes.length).toBe(11);
    expect(await peekFile(read.bytes, { ...OPEN, maxBytes: 10 })).toEqual({
      type: 'refused',
      code: 'share.too-large',
    });
    const small = new File([new Uint8Array([7, 8])], 'klein.zorgtafel');
    expect((await readDroppedFile(small, 10)).bytes).toEqual(new Uint8Array([7, 8]));
  });
});
