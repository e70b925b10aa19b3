// The encrypted working-set snapshot ("packs"): written in the background after an unlock,
// read by the next unlock instead of every row, and only ever a cache over the rows. Every
// test compares what a snapshot unlock yields with what a full row read yields.
import { afterEach, describe, expect, it } from 'vitest';
import { newRecordId } from '../../shared/records/ids';
import type { VaultSession } from '../../renderer/src/vault/VaultSession';
import {
  createVault,
  harness,
  note,
  PASSPHRASE,
  rawDb,
  unwrap,
  type Harness,
  type TestNote,
  type TestRecordMap,
} from './helpers';

let h: Harness;
afterEach(async () => {
  await h.dispose();
});

function notes(count: number, tag = 'n'): TestNote[] {
  return Array.from({ length: count }, (_, i) =>
    note(newRecordId(), `Leerling${i} de Vries`, `notitie ${tag}${i}`),
  );
}

/** The working set as comparable data: every note sorted by id, and the profile. */
function contents(session: VaultSession<TestRecordMap>): { notes: TestNote[]; school: string } {
  const list = [...session.records.list('test.note')].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { notes: list, school: session.profile.schoolName };
}

async function unlock(): Promise<VaultSession<TestRecordMap>> {
  return unwrap(await h.service().unlockWithPassphrase(PASSPHRASE));
}

/** The contents a full row read gives: the packs are removed first, so the unlock must read rows. */
async function contentsFromRows(): Promise<{ notes: TestNote[]; school: string }> {
  const db = rawDb(h.dbName);
  await db.packs.clear();
  db.close();
  const session = await unlock();
  expect(session.loadedFrom).toBe('rows');
  const result = contents(session);
  await session.lock();
  return result;
}

/** A vault with `count` notes and a snapshot of them. */
async function vaultWithSnapshot(count: number): Promise<TestNote[]> {
  h = harness();
  const { session } = await createVault(h);
  const written = notes(count);
  await session.records.putMany('test.note', written);
  await session.whenBackgroundWorkDone();
  await session.lock();
  return written;
}

async function packKeys(): Promise<string[]> {
  const db = rawDb(h.dbName);
  try {
    return (await db.packs.toCollection().primaryKeys())
      .map(String)
      .sort((a, b) => Number(a.split(':')[1]) - Number(b.split(':')[1]));
  } finally {
    db.close();
  }
}

describe('working-set snapshot', () => {
  it('is written after unlock; the next unlock reads it and yields the same working set as a full row read', async () => {
    const written = await vaultWithSnapshot(2500);
    // 2,501 records (the profile too) in packs of 1,000.
    expect(await packKeys()).toHaveLength(3);

    const session = await unlock();
    expect(session.loadedFrom).toBe('snapshot');
    expect(session.snapshotDiscarded).toBe(false);
    expect(session.integrity).toEqual({ unreadable: [], auditHeadIntact: true });
    const fromSnapshot = contents(session);
    expect(fromSnapshot.notes).toHaveLength(2500);
    expect(fromSnapshot.notes).toEqual([...written].sort((a, b) => (a.id < b.id ? -1 : 1)));
    await session.whenBackgroundWorkDone();
    expect(session.search('n1234').map((hit) => hit.id)).toEqual([written[1234]?.id]);
    expect(await session.audit.verify()).toMatchObject({ ok: true });
    await session.lock();

    expect(await contentsFromRows()).toEqual(fromSnapshot);
  });

  it('sees records written and deleted after the snapshot at the next unlock', async () => {
    const written = await vaultWithSnapshot(50);
    const [changed, removed] = written;
    if (changed === undefined || removed === undefined) throw new Error('no notes');
    const session = await unlock();
    expect(session.loadedFrom).toBe('snapshot');
    const added = note(newRecordId(), 'Nieuw Kind', 'na de snapshot');
    await session.records.put('test.note', { ...changed, text: 'bijgewerkt na de snapshot' });
    await session.records.put('test.note', added);
    await session.records.delete('test.note', removed.id);
    await session.lock();

    const again = await unlock();
    expect(again.loadedFrom).toBe('snapshot');
    // The snapshot of before the changes was read; the delete makes a rewrite due, which may
    // already be running in the background (so the pack keys are not compared here).
    expect(again.snapshotHoldsDeleted).toBe(true);
    expect(again.records.get('test.note', changed.id)?.text).toBe('bijgewerkt na de snapshot');
    expect(again.records.get('test.note', added.id)).toEqual(added);
    expect(again.records.get('test.note', removed.id)).toBeUndefined();
    expect(again.records.count('test.note')).toBe(50);
    const fromSnapshot = contents(again);
    await again.lock();
    expect(await contentsFromRows()).toEqual(fromSnapshot);
  });

  it('a delete is real in the snapshot too: it is rewritten after the delete, or at the next unlock', async () => {
    const written = await vaultWithSnapshot(20);
    const [first, second] = written;
    if (first === undefined || second === undefined) throw new Error('no notes');
    const idOf = (keys: string[]): string | undefined => keys[0]?.split(':')[0];

    // In the session: the delete makes a rewrite due although only one record changed.
    const session = await unlock();
    await session.whenBackgroundWorkDone();
    const before = idOf(await packKeys());
    await session.records.delete('test.note', first.id);
    await session.whenBackgroundWorkDone();
    const afterDelete = idOf(await packKeys());
    expect(afterDelete).not.toBe(before);
    await session.lock();

    // A change that deletes nothing stays below the rewrite threshold: no rewrite.
    const calm = await unlock();
    await calm.records.put('test.note', { ...second, text: 'alleen bijgewerkt' });
    await calm.lock();
    const notDue = await unlock();
    expect(notDue.snapshotHoldsDeleted).toBe(false);
    await notDue.whenBackgroundWorkDone();
    expect(idOf(await packKeys())).toBe(afterDelete);

    // Locked before the rewrite could run: the next unlock sees the deleted record in the
    // snapshot's changed ids and rewrites it.
    await notDue.records.delete('test.note', second.id);
    await notDue.lock();
    expect(idOf(await packKeys())).toBe(afterDelete);
    const last = await unlock();
    expect(last.loadedFrom).toBe('snapshot');
    expect(last.records.get('test.note', second.id)).toBeUndefined();
    await last.whenBackgroundWorkDone();
    expect(idOf(await packKeys())).not.toBe(afterDelete);
    expect(last.records.count('test.note')).toBe(18);
    await last.lock();
  });

  it('falls back to the rows when a pack is tampered with or missing, with the same result, and rewrites the snapshot', async () => {
    await vaultWithSnapshot(2500);
    const first = await unlock();
    expect(first.loadedFrom).toBe('snapshot');
    const reference = contents(first);
    await first.lock();
    const db = rawDb(h.dbName);
    const keys = await packKeys();
    const second = await db.packs.get(keys[1] ?? '');
    if (second === undefined) throw new Error('pack missing');
    const flipped = second.ct.slice();
    flipped[100] = (flipped[100] ?? 0) ^ 0x01;
    await db.packs.put({ ...second, ct: flipped });
    db.close();

    const tampered = await unlock();
    expect(tampered.loadedFrom).toBe('rows');
    expect(tampered.snapshotDiscarded).toBe(true);
    expect(tampered.integrity.unreadable).toEqual([]);
    expect(contents(tampered)).toEqual(reference);
    await tampered.whenBackgroundWorkDone();
    await tampered.lock();
    expect(await packKeys()).not.toEqual(keys);

    const rewritten = await unlock();
    expect(rewritten.loadedFrom).toBe('snapshot');
    expect(contents(rewritten)).toEqual(reference);
    await rewritten.lock();

    const db2 = rawDb(h.dbName);
    await db2.packs.delete((await packKeys())[2] ?? '');
    db2.close();
    const missing = await unlock();
    expect(missing.loadedFrom).toBe('rows');
    expect(missing.snapshotDiscarded).toBe(true);
    expect(contents(missing)).toEqual(reference);
    await missing.lock();
  });

  it('refuses packs swapped between positions or taken from another snapshot', async () => {
    await vaultWithSnapshot(2500);
    const keys = await packKeys();
    const db = rawDb(h.dbName);
    const [p0, p1] = await db.packs.bulkGet([keys[0] ?? '', keys[1] ?? '']);
    if (p0 === undefined || p1 === undefined) throw new Error('packs missing');
    await db.packs.bulkPut([
      { key: p0.key, iv: p1.iv, ct: p1.ct },
      { key: p1.key, iv: p0.iv, ct: p0.ct },
    ]);
    db.close();
    const swapped = await unlock();
    expect(swapped.loadedFrom).toBe('rows');
    expect(swapped.records.count('test.note')).toBe(2500);
    // The fallback rewrites the snapshot under a new id.
    await swapped.whenBackgroundWorkDone();
    await swapped.lock();
    const newKeys = await packKeys();
    expect(newKeys[0]?.split(':')[0]).not.toBe(keys[0]?.split(':')[0]);

    // The first pack of the old snapshot (p0 is authentic for its own position) under the new id.
    const db2 = rawDb(h.dbName);
    await db2.packs.put({ key: newKeys[0] ?? '', iv: p0.iv, ct: p0.ct });
    db2.close();
    const mixed = await unlock();
    expect(mixed.loadedFrom).toBe('rows');
    expect(mixed.snapshotDiscarded).toBe(true);
    expect(mixed.records.count('test.note')).toBe(2500);
    await mixed.lock();
  });

  it('a lock during a snapshot write leaves a consistent vault, at whatever point it comes', async () => {
    h = harness();
    const { session } = await createVault(h);
    const written = notes(3000);
    await session.records.putMany('test.note', written);
    await session.whenBackgroundWorkDone();
    await session.lock();
    const expected = await contentsFromRows();

    for (const delay of [0, 1, 2, 3, 5, 8]) {
      // Drop the snapshot so that this unlock writes one, and lock while it is being written.
      const db = rawDb(h.dbName);
      await db.packs.clear();
      db.close();
      const opened = await unlock();
      await new Promise<void>((resolve) => {
        opened.onSearchIndexComplete(resolve);
      });
      for (let i = 0; i < delay; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
      await opened.lock();
      await opened.whenBackgroundWorkDone();

      const next = await unlock();
      expect(next.integrity).toEqual({ unreadable: [], auditHeadIntact: true });
      expect(contents(next)).toEqual(expected);
      expect(await next.audit.verify()).toMatchObject({ ok: true });
      await next.lock();
    }
  });

  it('drops the snapshot (and its packs) when too many records change after it', async () => {
    await vaultWithSnapshot(10);
    const session = await unlock();
    expect(session.loadedFrom).toBe('snapshot');
    await session.records.putMany('test.note', notes(2001, 'extra'));
    // In the same transaction as the write: the packs are gone, before any rewrite.
    expect(await packKeys()).toEqual([]);
    await session.lock();

    const again = await unlock();
    expect(again.loadedFrom).toBe('rows');
    expect(again.snapshotDiscarded).toBe(false);
    expect(again.records.count('test.note')).toBe(2011);
    await again.whenBackgroundWorkDone();
    await again.lock();
    const last = await unlock();
    expect(last.loadedFrom).toBe('snapshot');
    expect(last.records.count('test.note')).toBe(2011);
    await last.lock();
  });

  it('carries records found unreadable on a row read over to the snapshot unlocks', async () => {
    const written = await vaultWithSnapshot(5);
    const [a, b] = written;
    if (a === undefined || b === undefined) throw new Error('no notes');
    // Swap two rows' ciphertexts, and drop the snapshot so the next unlock reads the rows.
    const db = rawDb(h.dbName);
    const [rowA, rowB] = await db.records.bulkGet([a.id, b.id]);
    if (rowA === undefined || rowB === undefined) throw new Error('rows missing');
    await db.records.bulkPut([
      { ...rowA, iv: rowB.iv, ct: rowB.ct },
      { ...rowB, iv: rowA.iv, ct: rowA.ct },
    ]);
    await db.packs.clear();
    db.close();
    const expectedUnreadable = [
      { id: a.id, type: 'test.note', reason: 'tampered' },
      { id: b.id, type: 'test.note', reason: 'tampered' },
    ].sort((x, y) => (x.id < y.id ? -1 : 1));

    const fromRows = await unlock();
    expect(fromRows.loadedFrom).toBe('rows');
    expect(fromRows.integrity.unreadable).toEqual(expectedUnreadable);
    await fromRows.whenBackgroundWorkDone();
    await fromRows.lock();

    const fromSnapshot = await unlock();
    expect(fromSnapshot.loadedFrom).toBe('snapshot');
    expect(fromSnapshot.integrity.unreadable).toEqual(expectedUnreadable);
    // Writing one of them again makes it readable; the other stays reported.
    await fromSnapshot.records.put('test.note', a);
    await fromSnapshot.lock();
    const repaired = await unlock();
    expect(repaired.loadedFrom).toBe('snapshot');
    expect(repaired.integrity.unreadable).toEqual([
      { id: b.id, type: 'test.note', reason: 'tampered' },
    ]);
    expect(repaired.records.get('test.note', a.id)).toEqual(a);
    await repaired.lock();
  });

  it('a restored backup has no snapshot; the first unlock reads the rows and writes a new one', async () => {
    const written = await vaultWithSnapshot(20);
    const session = await unlock();
    const backup = await session.exportBackup();
    await session.lock();
    const service = h.service();
    unwrap(await service.restoreBackup(backup, { passphrase: PASSPHRASE }, PASSPHRASE));
    expect(await packKeys()).toEqual([]);

    const restored = unwrap(await service.unlockWithPassphrase(PASSPHRASE));
    expect(restored.loadedFrom).toBe('rows');
    expect(restored.snapshotDiscarded).toBe(false);
    expect(restored.records.count('test.note')).toBe(written.length);
    await restored.whenBackgroundWorkDone();
    await restored.lock();
    const again = unwrap(await service.unlockWithPassphrase(PASSPHRASE));
    expect(again.loadedFrom).toBe('snapshot');
    expect(contents(again).notes).toEqual([...written].sort((x, y) => (x.id < y.id ? -1 : 1)));
    await again.lock();
  });

  it('a session whose vault was replaced under it (restore through another service) writes nothing more', async () => {
    const written = await vaultWithSnapshot(20);
    const stale = await unlock();
    const backup = await stale.exportBackup();
    await stale.records.put(
      'test.note',
      note(newRecordId(), 'Na de backup', 'verdwijnt bij het terugzetten'),
    );
    // Another window's service restores; `stale` belongs to this one and is not terminated.
    unwrap(await h.service().restoreBackup(backup, { passphrase: PASSPHRASE }, PASSPHRASE));
    await expect(
      stale.records.put('test.note', note(newRecordId(), 'Te laat', 'mag niet landen')),
    ).rejects.toMatchObject({ code: 'vault.locked' });
    await stale.whenBackgroundWorkDone();
    await stale.lock();

    const restored = await unlock();
    expect(restored.records.count('test.note')).toBe(written.length);
    expect(await restored.audit.verify()).toMatchObject({ ok: true });
    await restored.lock();
  });
});
