// Typed records over the encrypted store: round trips, validation, subscriptions, search,
// migrations on load, and what ends up on disk (no plaintext, swapped envelopes detected).
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { profileRecordType } from '../../shared/records/profile';
import { newRecordId } from '../../shared/records/ids';
import { createRecordRegistry, defineRecordType } from '../../shared/records/registry';
import {
  AUTOSAVE_AUDIT_WINDOW_MS,
  type RecordChange,
} from '../../renderer/src/vault/recordsRepository';
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

const MARKER = 'Zq7-MARKER-ÿ-Özdemir-9c4e';

/** True when `needle` occurs in `haystack` as UTF-8 or as UTF-16 (LE or BE) bytes. */
function bytesContain(haystack: Uint8Array, needle: string): boolean {
  const utf8 = new TextEncoder().encode(needle);
  const utf16le = new Uint8Array(needle.length * 2);
  const utf16be = new Uint8Array(needle.length * 2);
  for (let i = 0; i < needle.length; i += 1) {
    const code = needle.charCodeAt(i);
    utf16le[2 * i] = code & 0xff;
    utf16le[2 * i + 1] = code >> 8;
    utf16be[2 * i] = code >> 8;
    utf16be[2 * i + 1] = code & 0xff;
  }
  return [utf8, utf16le, utf16be].some((pattern) => {
    outer: for (let i = 0; i + pattern.length <= haystack.length; i += 1) {
      for (let j = 0; j < pattern.length; j += 1)
        if (haystack[i + j] !== pattern[j]) continue outer;
      return true;
    }
    return false;
  });
}

/** Every string (keys included) and byte array reachable from a stored row. */
function leaves(value: unknown, out: (string | Uint8Array)[] = []): (string | Uint8Array)[] {
  if (typeof value === 'string' || value instanceof Uint8Array) {
    out.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) leaves(item, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.push(key);
      leaves(item, out);
    }
  }
  return out;
}

describe('records', () => {
  it('round-trips records through put, get, list, delete and a lock/unlock', async () => {
    h = harness();
    const { session, service } = await createVault(h);
    const a = note(newRecordId(), 'Ayşe Özdemir', 'zorgsignaal van de leerkracht');
    const b = note(newRecordId(), 'Daan de Vries', 'overleg met SMW', a.id);
    expect(await session.records.put('test.note', a)).toEqual(a);
    await session.records.put('test.note', b);
    expect(session.records.get('test.note', a.id)).toEqual(a);
    expect(
      session.records
        .list('test.note')
        .map((n) => n.id)
        .sort(),
    ).toEqual([a.id, b.id].sort());
    await session.records.put('test.note', { ...a, text: 'bijgewerkt' });
    await session.records.delete('test.note', b.id);
    await session.lock();

    const reopened = unwrap(await service.unlockWithPassphrase(PASSPHRASE));
    expect(reopened.records.list('test.note')).toEqual([{ ...a, text: 'bijgewerkt' }]);
    const actions = (await reopened.audit.list()).items
      .map((item) => item.entry)
      .filter((entry) => entry?.action.startsWith('record.'));
    expect(actions.map((entry) => [entry?.action, entry?.recordType, entry?.recordId])).toEqual([
      ['record.delete', 'test.note', b.id],
      ['record.update', 'test.note', a.id],
      ['record.create', 'test.note', b.id],
      ['record.create', 'test.note', a.id],
    ]);
    await reopened.lock();
  });

  it('audits autosave updates of a record at most once per window, and every other write', async () => {
    h = harness();
    const { session } = await createVault(h);
    const a = note(newRecordId(), 'Ayşe Özdemir', 'v1');
    await session.records.put('test.note', a, { autosave: true });
    for (const text of ['v2', 'v3', 'v4']) {
      h.clock.advance(1000);
      await session.records.put('test.note', { ...a, text }, { autosave: true });
    }
    h.clock.advance(AUTOSAVE_AUDIT_WINDOW_MS);
    await session.records.put('test.note', { ...a, text: 'v5' }, { autosave: true });
    h.clock.advance(1000);
    await session.records.put('test.note', { ...a, text: 'v6' });
    expect(session.records.get('test.note', a.id)?.text).toBe('v6');
    const actions = (await session.audit.list()).items
      .map((item) => item.entry)
      .filter((entry) => entry?.action.startsWith('record.') && entry.recordId === a.id)
      .map((entry) => entry?.action);
    // The create (always audited) covers v2-v4; v5 comes after the window; v6 is no autosave.
    expect(actions).toEqual(['record.update', 'record.update', 'record.create']);
  });

  it('refuses invalid records, unknown types, bad ids, conflicts and protected deletes', async () => {
    h = harness();
    const { session } = await createVault(h);
    const invalid = { id: newRecordId(), pupilName: 'x', text: 42 } as unknown as ReturnType<
      typeof note
    >;
    expect(await codeOf(() => session.records.put('test.note', invalid))).toBe('record.invalid');
    expect(
      await codeOf(() => session.records.put('test.note', note('Jan de Vries', 'x', 'y'))),
    ).toBe('record.invalid-id');
    expect(
      await codeOf(() =>
        session.records.put('test.note', note(newRecordId(), 'x', 'y', 'Naam als parent')),
      ),
    ).toBe('record.invalid-id');
    expect(
      await codeOf(() => session.records.put('test.note', note('vault.profile', 'x', 'y'))),
    ).toBe('record.id-conflict');
    expect(
      await codeOf(() => session.records.put('nope' as 'test.note', note(newRecordId(), 'x', 'y'))),
    ).toBe('record.unknown-type');
    expect(await codeOf(() => session.records.delete('vault.profile', 'vault.profile'))).toBe(
      'record.protected',
    );
    expect(await codeOf(() => session.records.delete('test.note', newRecordId()))).toBe(
      'record.not-found',
    );
    expect(session.records.count('test.note')).toBe(0);
    // The profile can be edited like any record.
    await session.records.put('vault.profile', {
      ...session.profile,
      schoolName: 'OBS De Zonnewijzer',
    });
    expect(session.profile.schoolName).toBe('OBS De Zonnewijzer');
    await session.lock();
  });

  it('tells subscribers what changed, after it is on disk', async () => {
    h = harness();
    const { session } = await createVault(h);
    const seen: RecordChange[][] = [];
    const stop = session.records.subscribe((changes) => seen.push([...changes]));
    const id = newRecordId();
    await session.records.put('test.note', note(id, 'Sem', 'een'));
    await session.records.put('test.note', note(id, 'Sem', 'twee'));
    await session.records.delete('test.note', id);
    stop();
    await session.records.put('test.note', note(newRecordId(), 'Noor', 'drie'));
    expect(seen).toEqual([
      [{ kind: 'create', type: 'test.note', id }],
      [{ kind: 'update', type: 'test.note', id }],
      [{ kind: 'delete', type: 'test.note', id }],
    ]);
    await session.lock();
  });

  it('searches the working set diacritic- and case-insensitively and keeps the index current', async () => {
    h = harness();
    const { session } = await createVault(h);
    const id = newRecordId();
    await session.records.putMany('test.note', [
      note(id, 'Ayşe Özdemir', 'gesprek met de coördinator'),
      note(newRecordId(), 'Daan Ĳzerman', 'logopedie'),
      note(newRecordId(), 'Sem Jansen', 'dyslexie-onderzoek'),
    ]);
    expect(session.search('ozdemir').map((hit) => hit.id)).toEqual([id]);
    expect(session.search('OZDEMİR ayse').map((hit) => hit.id)).toEqual([id]);
    expect(session.search('coordinator').map((hit) => hit.id)).toEqual([id]);
    expect(
      session.search('ijzer').map((hit) => (hit.type === 'test.note' ? hit.record.pupilName : '')),
    ).toEqual(['Daan Ĳzerman']);
    expect(session.search('dyslexie onderzoek')).toHaveLength(1);
    await session.records.put('test.note', note(id, 'Ayşe Yıldız', 'verhuisd'));
    expect(session.search('ozdemir')).toEqual([]);
    expect(session.search('yildiz').map((hit) => hit.id)).toEqual([id]);
    await session.records.delete('test.note', id);
    expect(session.search('yildiz')).toEqual([]);
    await session.lock();
    expect(await codeOf(() => session.search('sem'))).toBe('vault.locked');
  });
});

describe('on disk', () => {
  it('no row, key or index holds plaintext: a unique marker is nowhere in any table', async () => {
    h = harness();
    const { session } = await createVault(h);
    const pupil = newRecordId();
    await session.records.put('test.note', note(pupil, MARKER, `notitie ${MARKER} met tekst`));
    await session.records.put(
      'test.note',
      note(newRecordId(), 'Broer', `nog eens ${MARKER}`, pupil),
    );
    await session.audit.append('print', {
      recordType: 'test.note',
      recordId: pupil,
      detail: 'format=pdf',
    });
    // The working-set snapshot (packs) holds the marker too, inside its ciphertext.
    await session.whenBackgroundWorkDone();
    await session.lock();

    const db = rawDb(h.dbName);
    try {
      expect(await db.packs.count()).toBeGreaterThan(0);
      const tables = [db.header, db.records, db.audit, db.packs] as const;
      let rows = 0;
      for (const table of tables) {
        for (const row of await table.toArray()) {
          rows += 1;
          for (const leaf of leaves(row)) {
            if (typeof leaf === 'string')
              expect(
                leaf.includes(MARKER) || leaf.includes('Özdemir') || leaf.includes('Broer'),
              ).toBe(false);
            else expect(bytesContain(leaf, MARKER) || bytesContain(leaf, 'Broer')).toBe(false);
          }
        }
      }
      expect(rows).toBeGreaterThan(5);
      // Indexes: only random ids, fixed names and type names.
      const indexValues = [
        ...(await db.records.toCollection().primaryKeys()),
        ...(await db.records.orderBy('type').keys()),
        ...(await db.records.orderBy('parent').keys()),
      ].map(String);
      expect(indexValues).toContain(pupil);
      for (const value of indexValues) {
        expect(value.includes(MARKER) || value.includes('Broer')).toBe(false);
        expect(value).toMatch(/^(r[0-9a-f]{32}|vault\.profile|vault\.meta|test\.note)$/);
      }
      // Pack keys: a random snapshot id and a pack number.
      for (const key of (await db.packs.toCollection().primaryKeys()).map(String))
        expect(key).toMatch(/^s[0-9a-f]{32}:\d+$/);
    } finally {
      db.close();
    }
  });

  it('detects envelopes whose ciphertexts were swapped or moved, and keeps the rest readable', async () => {
    h = harness();
    const { session, service } = await createVault(h);
    const [a, b, c] = [newRecordId(), newRecordId(), newRecordId()];
    await session.records.putMany('test.note', [
      note(a, 'A', 'eerste'),
      note(b, 'B', 'tweede'),
      note(c, 'C', 'derde'),
    ]);
    await session.lock();

    const db = rawDb(h.dbName);
    const rowA = await db.records.get(a);
    const rowB = await db.records.get(b);
    const rowC = await db.records.get(c);
    if (rowA === undefined || rowB === undefined || rowC === undefined)
      throw new Error('rows missing');
    await db.records.bulkPut([
      { ...rowA, iv: rowB.iv, ct: rowB.ct },
      { ...rowB, iv: rowA.iv, ct: rowA.ct },
    ]);
    db.close();

    const opened = unwrap(await service.unlockWithPassphrase(PASSPHRASE));
    expect(opened.integrity.unreadable).toEqual(
      [
        { id: a, type: 'test.note', reason: 'tampered' },
        { id: b, type: 'test.note', reason: 'tampered' },
      ].sort((x, y) => (x.id < y.id ? -1 : 1)),
    );
    expect(opened.records.list('test.note').map((n) => n.id)).toEqual([c]);
    await opened.lock();

    // Moving an envelope to another id, or relabelling its type, is detected too.
    const db2 = rawDb(h.dbName);
    const moved = newRecordId();
    await db2.records.put({ ...rowC, id: moved });
    await db2.records.put({ ...rowC, type: 'vault.profile' });
    db2.close();
    const again = unwrap(await service.unlockWithPassphrase(PASSPHRASE));
    expect(again.integrity.unreadable.map((u) => [u.id, u.reason])).toContainEqual([
      moved,
      'tampered',
    ]);
    expect(again.integrity.unreadable.map((u) => [u.id, u.reason])).toContainEqual([c, 'tampered']);
    await again.lock();
  });

  it('refuses to unlock when the vault bookkeeping (meta record) was altered', async () => {
    h = harness();
    const { session, service } = await createVault(h);
    await session.lock();
    const db = rawDb(h.dbName);
    const meta = await db.records.get('vault.meta');
    if (meta === undefined) throw new Error('meta missing');
    const ct = meta.ct.slice();
    ct[0] = (ct[0] ?? 0) ^ 1;
    await db.records.put({ ...meta, ct });
    db.close();
    const result = await service.unlockWithPassphrase(PASSPHRASE);
    expect(result.ok ? 'ok' : result.error.code).toBe('vault.damaged');
  });
});

describe('migrations on load', () => {
  it('migrates records stored at an older version in memory and re-encrypts them at the next write', async () => {
    h = harness();
    // Version 1 of a type, as an older release declared it.
    const v1 = defineRecordType({
      type: 'test.pupil',
      version: 1,
      schema: z.object({ id: z.string(), naam: z.string() }).strict(),
      migrations: {},
    });
    const oldService = h.serviceWith(createRecordRegistry([profileRecordType, v1]));
    const { session } = await oldService.createVault({
      passphrase: PASSPHRASE,
      profile: { schoolName: 'Het Kompas', userName: 'Ilse', role: 'smw' },
    });
    const ids = [newRecordId(), newRecordId()] as const;
    await session.records.putMany('test.pupil', [
      { id: ids[0], naam: 'Ayşe Özdemir' },
      { id: ids[1], naam: 'Sem Jansen' },
    ]);
    await session.lock();

    // Version 2 splits the name.
    const v2 = defineRecordType({
      type: 'test.pupil',
      version: 2,
      schema: z.object({ id: z.string(), voornaam: z.string(), achternaam: z.string() }).strict(),
      migrations: {
        1: (data) => {
          const old = z.object({ id: z.string(), naam: z.string() }).parse(data);
          const [voornaam = '', ...rest] = old.naam.split(' ');
          return { id: old.id, voornaam, achternaam: rest.join(' ') };
        },
      },
      searchText: (p) => [p.voornaam, p.achternaam],
    });
    const newService = h.serviceWith(createRecordRegistry([profileRecordType, v2]));
    const opened = unwrap(await newService.unlockWithPassphrase(PASSPHRASE));
    expect(opened.records.get('test.pupil', ids[0])).toEqual({
      id: ids[0],
      voornaam: 'Ayşe',
      achternaam: 'Özdemir',
    });
    await opened.whenBackgroundWorkDone();
    expect(opened.search('ozdemir').map((hit) => hit.id)).toEqual([ids[0]]);

    const db = rawDb(h.dbName);
    expect((await db.records.get(ids[0]))?.v).toBe(1);
    await opened.records.put('test.pupil', {
      id: ids[0],
      voornaam: 'Ayşe',
      achternaam: 'Özdemir-Yılmaz',
    });
    expect((await db.records.get(ids[0]))?.v).toBe(2);
    expect((await db.records.get(ids[1]))?.v).toBe(1);
    db.close();
    await opened.lock();
  });
});
