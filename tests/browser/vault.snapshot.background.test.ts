// The work the vault does after an unlock has resolved: the search index is built in slices
// in the background (the dashboard does not wait for it), writes during the build end up
// indexed correctly, and lock stops the build at once.
import { afterEach, describe, expect, it } from 'vitest';
import { newRecordId } from '../../shared/records/ids';
import type { VaultService } from '../../renderer/src/vault/VaultService';
import {
  codeOf,
  createVault,
  harness,
  note,
  PASSPHRASE,
  unwrap,
  type Harness,
  type TestNote,
  type TestRecordMap,
} from './helpers';

let h: Harness;
afterEach(async () => {
  await h.dispose();
});

/** More records than one index slice (2,000), so the build takes several macrotasks. */
const COUNT = 5000;

function manyNotes(): TestNote[] {
  return Array.from({ length: COUNT }, (_, i) =>
    note(newRecordId(), `Leerling${i} Jansen`, `notitie nummer n${i}`),
  );
}

/** A vault holding manyNotes(), locked: the next unlock has an index to build. */
async function lockedVaultWithNotes(): Promise<{
  notes: TestNote[];
  service: VaultService<TestRecordMap>;
}> {
  h = harness();
  const { session, service } = await createVault(h);
  const notes = manyNotes();
  await session.records.putMany('test.note', notes);
  await session.lock();
  return { notes, service };
}

describe('background search index', () => {
  it('is incomplete right after unlock, reports completion, and then finds every record', async () => {
    const { notes, service } = await lockedVaultWithNotes();

    const opened = unwrap(await service.unlockWithPassphrase(PASSPHRASE));
    expect(opened.searchIndexComplete).toBe(false);
    let calls = 0;
    const completed = new Promise<void>((resolve) => {
      opened.onSearchIndexComplete(() => {
        calls += 1;
        resolve();
      });
    });
    // Lists do not wait for the index.
    expect(opened.records.count('test.note')).toBe(COUNT);
    await completed;
    expect(opened.searchIndexComplete).toBe(true);
    await opened.whenBackgroundWorkDone();
    expect(calls).toBe(1);
    for (const i of [0, 1999, 2000, 4999])
      expect(opened.search(`n${i}`).map((hit) => hit.id)).toEqual([notes[i]?.id]);
    // A listener added after completion is still called (once, asynchronously).
    let late = 0;
    opened.onSearchIndexComplete(() => {
      late += 1;
    });
    await Promise.resolve();
    expect(late).toBe(1);
    await opened.lock();
  });

  it('keeps writes made during the build: updated, deleted and new records are indexed as they are now', async () => {
    const { notes, service } = await lockedVaultWithNotes();

    // The records loaded last (highest ids) are indexed in the last slice.
    const sorted = [...notes].sort((a, b) => (a.id < b.id ? -1 : 1));
    const updated = sorted.at(-1);
    const deleted = sorted.at(-2);
    const early = sorted[0];
    if (updated === undefined || deleted === undefined || early === undefined)
      throw new Error('no notes');
    const opened = unwrap(await service.unlockWithPassphrase(PASSPHRASE));
    expect(opened.searchIndexComplete).toBe(false);
    const created = note(newRecordId(), 'Nieuw Kind', 'aangemaakt tijdens indexeren');
    await Promise.all([
      opened.records.put('test.note', { ...updated, text: 'herschreven tijdens indexeren' }),
      opened.records.put('test.note', { ...early, text: 'vroeg herschreven' }),
      opened.records.delete('test.note', deleted.id),
      opened.records.put('test.note', created),
    ]);
    await opened.whenBackgroundWorkDone();
    expect(opened.search('herschreven tijdens').map((hit) => hit.id)).toEqual([updated.id]);
    expect(opened.search('vroeg herschreven').map((hit) => hit.id)).toEqual([early.id]);
    // The old texts no longer find these records (other records may share their words).
    const ids = (query: string): string[] => opened.search(query).map((hit) => hit.id);
    expect(ids(updated.text)).not.toContain(updated.id);
    expect(ids(early.text)).not.toContain(early.id);
    expect(ids(deleted.text)).not.toContain(deleted.id);
    expect(opened.search('nieuw kind').map((hit) => hit.id)).toEqual([created.id]);
    await opened.lock();
  });

  it('stops at lock: background work settles, completion listeners are never called', async () => {
    const { service } = await lockedVaultWithNotes();

    const opened = unwrap(await service.unlockWithPassphrase(PASSPHRASE));
    let called = false;
    opened.onSearchIndexComplete(() => {
      called = true;
    });
    await opened.lock();
    await opened.whenBackgroundWorkDone();
    expect(called).toBe(false);
    expect(opened.searchIndexComplete).toBe(false);
    expect(await codeOf(() => opened.search('jansen'))).toBe('vault.locked');
  });
});
