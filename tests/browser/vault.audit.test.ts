// The audit trail of a real vault: what is recorded, paging, and verification that finds
// edited, moved, deleted and cut-off entries in the database.
import { afterEach, describe, expect, it } from 'vitest';
import { newRecordId } from '../../shared/records/ids';
import {
  codeOf,
  createVault,
  harness,
  note,
  PASSPHRASE,
  rawDb,
  unwrap,
  type Harness,
} from './helpers';

let h: Harness;
afterEach(async () => {
  await h.dispose();
});

/** A vault with a few entries: create, 3 × record.create, print, lock = 6 entries. */
async function vaultWithEntries(): Promise<void> {
  const { session } = await createVault(h);
  const id = newRecordId();
  await session.records.putMany('test.note', [
    note(id, 'Ayşe', 'een'),
    note(newRecordId(), 'Daan', 'twee'),
    note(newRecordId(), 'Sem', 'drie'),
  ]);
  await session.audit.append('print', {
    recordType: 'test.note',
    recordId: id,
    detail: 'format=pdf',
  });
  await session.lock();
}

async function verifyNow(): Promise<unknown> {
  const session = unwrap(await h.service().unlockWithPassphrase(PASSPHRASE));
  // Opening appends 'vault.unlock'; verify what was there before plus that.
  const verdict = await session.audit.verify();
  await session.lock();
  return verdict;
}

describe('audit trail', () => {
  it('records who did what to which record, never content, and pages newest first', async () => {
    h = harness();
    await vaultWithEntries();
    const session = unwrap(await h.service().unlockWithPassphrase(PASSPHRASE));
    const page1 = await session.audit.list({ limit: 3 });
    const page2 = await session.audit.list({ offset: 3, limit: 3 });
    expect(page1.total).toBe(7);
    expect(page1.items.map((item) => item.seq)).toEqual([7, 6, 5]);
    expect(page2.items.map((item) => item.seq)).toEqual([4, 3, 2]);
    expect(page1.items.map((item) => item.entry?.action)).toEqual([
      'vault.unlock',
      'vault.lock',
      'print',
    ]);
    const print = page1.items[2]?.entry;
    expect(print).toMatchObject({ actor: 'owner', recordType: 'test.note', detail: 'format=pdf' });
    const all = await session.audit.list({ limit: 100 });
    const text = JSON.stringify(all.items);
    for (const word of ['Ayşe', 'Daan', 'een', 'twee', 'Regenboog', 'Fatma'])
      expect(text).not.toContain(`"${word}`);
    expect(await codeOf(() => session.audit.append('vault.create' as 'print'))).toBe(
      'audit.action-not-allowed',
    );
    expect(await session.audit.verify()).toEqual({ ok: true, count: 7 });
    await session.lock();
  });

  it('detects an edited entry', async () => {
    h = harness();
    await vaultWithEntries();
    const db = rawDb(h.dbName);
    const row = await db.audit.get(3);
    if (row === undefined) throw new Error('row missing');
    const ct = row.ct.slice();
    ct[5] = (ct[5] ?? 0) ^ 0x40;
    await db.audit.put({ ...row, ct });
    db.close();
    expect(await verifyNow()).toEqual({ ok: false, problem: { kind: 'edited', seq: 3 } });
  });

  it('detects an entry moved to another sequence number (swapped rows)', async () => {
    h = harness();
    await vaultWithEntries();
    const db = rawDb(h.dbName);
    const [two, three] = [await db.audit.get(2), await db.audit.get(3)];
    if (two === undefined || three === undefined) throw new Error('rows missing');
    await db.audit.bulkPut([
      { ...three, seq: 2, id: 'audit:2' },
      { ...two, seq: 3, id: 'audit:3' },
    ]);
    db.close();
    expect(await verifyNow()).toEqual({ ok: false, problem: { kind: 'edited', seq: 2 } });
  });

  it('detects a deleted entry in the middle', async () => {
    h = harness();
    await vaultWithEntries();
    const db = rawDb(h.dbName);
    await db.audit.delete(4);
    db.close();
    expect(await verifyNow()).toEqual({ ok: false, problem: { kind: 'missing', seq: 4 } });
  });

  it('detects entries removed from the end (against the head in the encrypted meta record)', async () => {
    h = harness();
    await vaultWithEntries();
    const db = rawDb(h.dbName);
    await db.audit.bulkDelete([5, 6]);
    db.close();
    const session = unwrap(await h.service().unlockWithPassphrase(PASSPHRASE));
    expect(session.integrity.auditHeadIntact).toBe(false);
    const verdict = await session.audit.verify();
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.problem.kind).toBe('missing');
    await session.lock();
  });

  it('detects the tail cut off while the vault is open', async () => {
    h = harness();
    await vaultWithEntries();
    const session = unwrap(await h.service().unlockWithPassphrase(PASSPHRASE));
    const db = rawDb(h.dbName);
    await db.audit.bulkDelete([6, 7]);
    db.close();
    expect(await session.audit.verify()).toEqual({
      ok: false,
      problem: { kind: 'truncated', seq: 6 },
    });
    await session.lock();
  });
});
