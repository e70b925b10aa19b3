// Runs in: Chromium (Vitest browser mode).
//
// Two sessions on one database (two windows where the one-session claim could not keep them
// apart): once the second writes, the first can never commit again. It must not stay open and
// fail every save (the old dead end: "Opslaan lukt op dit moment niet … Sluit Zorgtafel niet
// af"); it locks itself with the reason 'changed-elsewhere' so the UI can say why.
import { afterEach, describe, expect, it } from 'vitest';
import { newRecordId } from '../../shared/records/ids';
import type { LockReason } from '../../renderer/src/vault/VaultSession';
import { createVault, harness, note, PASSPHRASE, unwrap, type Harness } from './helpers';

let h: Harness;
afterEach(async () => {
  await h.dispose();
});

describe('two sessions on one vault', () => {
  it('the older session locks itself with a reason once the other has written', async () => {
    h = harness();
    const { session: first } = await createVault(h);
    await first.records.put('test.note', note(newRecordId(), 'Eerste venster', 'blijft'));
    const reasons: LockReason[] = [];
    first.onLock((reason) => reasons.push(reason));

    const second = unwrap(await h.service().unlockWithPassphrase(PASSPHRASE));
    await second.records.put('test.note', note(newRecordId(), 'Tweede venster', 'wint'));

    await expect(
      first.records.put('test.note', note(newRecordId(), 'Te laat', 'mag niet landen')),
    ).rejects.toMatchObject({ code: 'vault.locked' });
    await first.lock();
    expect(reasons).toEqual(['changed-elsewhere']);
    expect(first.isLocked).toBe(true);

    expect(
      second.records
        .list('test.note')
        .map((n) => n.pupilName)
        .sort(),
    ).toEqual(['Eerste venster', 'Tweede venster']);
    expect(await second.audit.verify()).toMatchObject({ ok: true });
    await second.lock();
  });
});
