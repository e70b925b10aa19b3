// The Dexie schema upgrade path: a database written by the version-1 schema (as the first
// release wrote it) opens with the current code, is upgraded, and the vault in it unlocks.
import { afterEach, describe, expect, it } from 'vitest';
import { newRecordId } from '../../shared/records/ids';
import { vaultMetaSchema } from '../../renderer/src/vault/meta';
import {
  CURRENT_SCHEMA_VERSION,
  VaultDatabase,
  type AuditRow,
  type HeaderRow,
  type RecordRow,
} from '../../renderer/src/vault/storage/db';
import {
  createVault,
  harness,
  note,
  PASSPHRASE,
  uniqueDbName,
  unwrap,
  type Harness,
} from './helpers';

let h: Harness;
afterEach(async () => {
  await h.dispose();
});

/** A real vault with two notes (the second a child of the first), as rows copied out of its database. */
async function rowsOfRealVault(): Promise<{
  pupil: string;
  child: string;
  header: HeaderRow[];
  records: RecordRow[];
  audit: AuditRow[];
}> {
  const source = harness();
  const { session } = await createVault(source);
  const pupil = newRecordId();
  const child = newRecordId();
  await session.records.putMany('test.note', [
    note(pupil, 'Ayşe', 'leerling'),
    note(child, 'Verslag', 'tekst', pupil),
  ]);
  await session.lock();
  const current = new VaultDatabase(source.dbName);
  const [header, records, audit] = await Promise.all([
    current.header.toArray(),
    current.records.toArray(),
    current.audit.toArray(),
  ]);
  current.close();
  await source.dispose();
  return { pupil, child, header, records, audit };
}

describe('database upgrade', () => {
  it('opens a version-1 database with the current code and keeps every row', async () => {
    // Make a real vault, then copy its rows into a database declared with the v1 schema,
    // in the v1 shape (no failed-unlock counter in the header, no parent index).
    const { pupil, header, records, audit } = await rowsOfRealVault();

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
    expect((await upgraded.header.get('vault'))?.failedUnlocks).toEqual({
      count: 0,
      lastAt: null,
      recent: [],
    });
    expect(await upgraded.records.where('parent').equals(pupil).count()).toBe(1);
    expect(await upgraded.records.count()).toBe(records.length);
    upgraded.close();

    const opened = unwrap(await h.service().unlockWithPassphrase(PASSPHRASE));
    expect(opened.records.count('test.note')).toBe(2);
    expect(await opened.audit.verify()).toMatchObject({ ok: true });
    await opened.lock();
  });

  it('opens a version-2 database (no packs table, meta without snapshot): unlocks from the rows, then writes a snapshot', async () => {
    // A vault as the v2 release wrote it: its rows in a database declared with the v2 schema.
    const { pupil, child, header, records, audit } = await rowsOfRealVault();

    h = harness(uniqueDbName());
    const v2 = new VaultDatabase(h.dbName, 2);
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(v2.tables.map((t) => t.name).sort()).toEqual(['audit', 'header', 'records']);
    await v2.header.bulkPut(header);
    await v2.records.bulkPut(records);
    await v2.audit.bulkPut(audit);
    v2.close();

    // The v2 code wrote meta records without a `snapshot` field; they still parse.
    expect(
      vaultMetaSchema.safeParse({
        id: 'vault.meta',
        auditHead: { seq: 3, hash: 'a'.repeat(64) },
        lastBackupAt: null,
      }).success,
    ).toBe(true);
    const service = h.service();
    const first = unwrap(await service.unlockWithPassphrase(PASSPHRASE));
    expect(first.loadedFrom).toBe('rows');
    expect(first.records.count('test.note')).toBe(2);
    await first.whenBackgroundWorkDone();
    await first.lock();

    const upgraded = new VaultDatabase(h.dbName);
    await upgraded.open();
    expect(upgraded.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await upgraded.packs.count()).toBeGreaterThan(0);
    upgraded.close();

    const again = unwrap(await h.service().unlockWithPassphrase(PASSPHRASE));
    expect(again.loadedFrom).toBe('snapshot');
    expect(again.records.get('test.note', child)).toMatchObject({
      pupilName: 'Verslag',
      pupilId: pupil,
    });
    expect(await again.audit.verify()).toMatchObject({ ok: true });
    await again.lock();
  });

  it('every schema version is declared in ascending order', async () => {
    h = harness();
    const db = new VaultDatabase(h.dbName);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'audit',
      'header',
      'manifest',
      'packs',
      'records',
    ]);
    expect(db.records.schema.indexes.map((i) => i.name).sort()).toEqual(['parent', 'type']);
    db.close();
  });
});
