// The Dexie schema upgrade path: a database written by the version-1 schema (as the first
// release wrote it) opens with the current code, is upgraded, and the vault in it unlocks.
import { afterEach, describe, expect, it } from 'vitest';
import { newRecordId } from '../../shared/records/ids';
import { CURRENT_SCHEMA_VERSION, VaultDatabase } from '../../renderer/src/vault/storage/db';
import { createVault, harness, note, PASSPHRASE, uniqueDbName, unwrap, type Harness } from './helpers';

let h: Harness;
afterEach(async () => {
  await h.dispose();
});

describe('database upgrade', () => {
  it('opens a version-1 database with the current code and keeps every row', async () => {
    // Make a real vault, then copy its rows into a database declared with the v1 schema,
    // in the v1 shape (no failed-unlock counter in the header, no parent index).
    const source = harness();
    const { session } = await createVault(source);
    const pupil = newRecordId();
    await session.records.putMany('test.note', [note(pupil, 'Ayşe', 'leerling'), note(newRecordId(), 'Verslag', 'tekst', pupil)]);
    await session.lock();
    const current = new VaultDatabase(source.dbName);
    const [header, records, audit] = await Promise.all([current.header.toArray(), current.records.toArray(), current.audit.toArray()]);
    current.close();
    await source.dispose();

    h = harness(uniqueDbName());
    const v1 = new VaultDatabase(h.dbName, 1);
    await v1.open();
    expect(v1.verno).toBe(1);
    await v1.header.bulkPut(
      header.map((row) => {
        const { failedUnlocks: _dropped, ...v1Row } = row;
        return v1Row as typeof row;
      }),
    );
    await v1.records.bulkPut(records);
    await v1.audit.bulkPut(audit);
    v1.close();

    const upgraded = new VaultDatabase(h.dbName);
    await upgraded.open();
    expect(upgraded.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect((await upgraded.header.get('vault'))?.failedUnlocks).toEqual({ count: 0, lastAt: null, recent: [] });
    expect(await upgraded.records.where('parent').equals(pupil).count()).toBe(1);
    expect(await upgraded.records.count()).toBe(records.length);
    upgraded.close();

    const opened = unwrap(await h.service().unlockWithPassphrase(PASSPHRASE));
    expect(opened.records.count('test.note')).toBe(2);
    expect(await opened.audit.verify()).toMatchObject({ ok: true });
    await opened.lock();
  });

  it('every schema version is declared in ascending order', async () => {
    h = harness();
    const db = new VaultDatabase(h.dbName);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['audit', 'header', 'records']);
    expect(db.records.schema.indexes.map((i) => i.name).sort()).toEqual(['parent', 'type']);
    db.close();
  });
});
