// Backup export and restore against real IndexedDB: a round trip into a freshly deleted
// database restores every record; a damaged, cut-short or wrongly unlocked backup is refused
// and leaves the existing vault byte-for-byte unchanged.
import { afterEach, describe, expect, it } from 'vitest';
import { newRecordId } from '../../shared/records/ids';
import {
  createVault,
  errorOf,
  harness,
  note,
  OTHER_PASSPHRASE,
  PASSPHRASE,
  snapshot,
  unwrap,
  type Harness,
  type TestNote,
} from './helpers';

let h: Harness;
afterEach(async () => {
  await h.dispose();
});

const DAY = 24 * 60 * 60 * 1000;

async function vaultWithNotes(
  count: number,
): Promise<{ notes: TestNote[]; backup: Uint8Array; recoveryCode: string }> {
  const { session, recoveryCode } = await createVault(h);
  const notes = Array.from({ length: count }, (_, i) =>
    note(newRecordId(), `Leerling ${i} Özdemir`, `verslag nummer ${i}`),
  );
  await session.records.putMany('test.note', notes);
  const backup = await session.exportBackup();
  await session.markBackupSaved();
  await session.lock();
  return { notes, backup, recoveryCode };
}

describe('backup', () => {
  it('round-trips into a freshly deleted database: every record, the audit trail and the passphrase', async () => {
    h = harness();
    const { notes, backup } = await vaultWithNotes(25);
    await h.wipe();

    const service = h.service();
    expect(await service.vaultExists()).toBe(false);
    const info = unwrap(await service.readBackupInfo(backup));
    expect(info).toMatchObject({
      appVersion: '0.1.0-test',
      sameVault: false,
      hasRecoverySlot: true,
    });
    const summary = unwrap(await service.restoreBackup(backup, { passphrase: PASSPHRASE }));
    expect(summary.records).toBe(26); // 25 notes + the profile

    const session = unwrap(await service.unlockWithPassphrase(PASSPHRASE));
    expect(session.records.list('test.note').sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(
      [...notes].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    expect(session.profile.schoolName).toBe('OBS De Regenboog');
    await session.whenBackgroundWorkDone();
    expect(session.search('ozdemir 7').map((hit) => hit.id)).toEqual([notes[7]?.id]);
    expect(await session.audit.verify()).toMatchObject({ ok: true });
    const actions = (await session.audit.list({ limit: 3 })).items.map(
      (item) => item.entry?.action,
    );
    expect(actions).toEqual(['vault.unlock', 'backup.restore', 'backup.export']);
    await session.lock();
  });

  it('restores with the recovery code as well', async () => {
    h = harness();
    const { backup, recoveryCode } = await vaultWithNotes(3);
    await h.wipe();
    const service = h.service();
    unwrap(await service.restoreBackup(backup, { recoveryCode }));
    const session = unwrap(await service.unlockWithRecoveryCode(recoveryCode));
    expect(session.records.count('test.note')).toBe(3);
    await session.lock();
  });

  it('replaces an existing vault and locks its open session', async () => {
    h = harness();
    const { backup } = await vaultWithNotes(2);
    const service = h.service();
    const open = unwrap(await service.unlockWithPassphrase(PASSPHRASE));
    await open.records.put(
      'test.note',
      note(newRecordId(), 'Na de backup', 'verdwijnt bij terugzetten'),
    );
    await open.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE);
    expect(unwrap(await service.readBackupInfo(backup)).sameVault).toBe(true);
    unwrap(await service.restoreBackup(backup, { passphrase: PASSPHRASE }));
    expect(open.isLocked).toBe(true);
    // The backup's passphrase is the one that works now.
    expect(errorOf(await service.unlockWithPassphrase(OTHER_PASSPHRASE)).code).toBe(
      'unlock.wrong-secret',
    );
    const session = unwrap(await service.unlockWithPassphrase(PASSPHRASE));
    expect(session.records.count('test.note')).toBe(2);
    await session.lock();
  });

  it('refuses flipped bytes, a cut-short file, a wrong passphrase and non-backups, leaving the vault unchanged', async () => {
    h = harness();
    const { backup } = await vaultWithNotes(5);
    const before = await snapshot(h.dbName);
    const service = h.service();

    const refusals: string[] = [];
    const positions = [
      0,
      20,
      40,
      Math.floor(backup.length / 2),
      backup.length - 40,
      backup.length - 1,
    ];
    for (const position of positions) {
      const flipped = backup.slice();
      flipped[position] = (flipped[position] ?? 0) ^ 0x01;
      refusals.push(
        errorOf(await service.restoreBackup(flipped, { passphrase: PASSPHRASE }, PASSPHRASE)).code,
      );
    }
    for (const code of refusals)
      expect([
        'backup.not-a-backup',
        'backup.unsupported-version',
        'backup.tampered',
        'backup.truncated',
        'backup.invalid-content',
      ]).toContain(code);
    expect(refusals[0]).toBe('backup.not-a-backup');
    expect(refusals[3]).toBe('backup.tampered');

    expect(
      errorOf(
        await service.restoreBackup(
          backup.slice(0, backup.length - 100),
          { passphrase: PASSPHRASE },
          PASSPHRASE,
        ),
      ).code,
    ).toBe('backup.truncated');
    expect(
      errorOf(
        await service.restoreBackup(backup.slice(0, 10), { passphrase: PASSPHRASE }, PASSPHRASE),
      ).code,
    ).toBe('backup.truncated');
    expect(
      errorOf(await service.restoreBackup(backup, { passphrase: OTHER_PASSPHRASE }, PASSPHRASE))
        .code,
    ).toBe('backup.wrong-secret');
    expect(
      errorOf(
        await service.restoreBackup(
          new TextEncoder().encode('geen backup'),
          { passphrase: PASSPHRASE },
          PASSPHRASE,
        ),
      ).code,
    ).toBe('backup.not-a-backup');
    expect(errorOf(await service.readBackupInfo(backup.slice(0, 30))).code).toBe(
      'backup.truncated',
    );

    expect(await snapshot(h.dbName)).toBe(before);
    const session = unwrap(await service.unlockWithPassphrase(PASSPHRASE));
    expect(session.records.count('test.note')).toBe(5);
    await session.lock();
  });

  it('a backup of another vault cannot replace this one without THIS vault’s passphrase or recovery code', async () => {
    // Someone passing by with any Zorgtafel backup and its own passphrase.
    const foreign = harness();
    const other = await createVault(foreign);
    await other.session.records.put(
      'test.note',
      note(newRecordId(), 'Vreemd', 'uit een andere kluis'),
    );
    const foreignBackup = await other.session.exportBackup();
    await other.session.lock();
    await foreign.dispose();

    h = harness();
    const { recoveryCode } = await vaultWithNotes(3);
    const service = h.service();
    expect(
      errorOf(await service.restoreBackup(foreignBackup, { passphrase: PASSPHRASE })).code,
    ).toBe('restore.current-secret-needed');
    expect(
      errorOf(
        await service.restoreBackup(foreignBackup, { passphrase: PASSPHRASE }, OTHER_PASSPHRASE),
      ).code,
    ).toBe('restore.current-secret-wrong');
    // A wrong guess counts like a wrong unlock; the vault is whole.
    expect((await service.unlockStatus()).failedAttempts).toBe(1);
    const session = unwrap(await service.unlockWithPassphrase(PASSPHRASE));
    expect(session.records.count('test.note')).toBe(3);
    await session.lock();

    // The vault's own recovery code (or passphrase) does allow it.
    unwrap(await service.restoreBackup(foreignBackup, { passphrase: PASSPHRASE }, recoveryCode));
    const replaced = unwrap(await service.unlockWithPassphrase(PASSPHRASE));
    expect(replaced.records.list('test.note').map((n) => n.pupilName)).toEqual(['Vreemd']);
    await replaced.lock();
  });

  it('tracks when the last backup was saved and reminds after a week', async () => {
    h = harness();
    const { session } = await createVault(h);
    expect(session.backupStatus()).toEqual({ lastBackupAt: null, reminderDue: true });
    await session.exportBackup();
    // Exporting alone does not count: the user may cancel the save dialog.
    expect(session.backupStatus().lastBackupAt).toBeNull();
    await session.markBackupSaved();
    const savedAt = new Date(h.clock.now()).toISOString();
    expect(session.backupStatus()).toEqual({ lastBackupAt: savedAt, reminderDue: false });
    expect(session.backupStatus(h.clock.now() + 6 * DAY).reminderDue).toBe(false);
    expect(session.backupStatus(h.clock.now() + 8 * DAY).reminderDue).toBe(true);
    await session.lock();
    const reopened = unwrap(await h.service().unlockWithPassphrase(PASSPHRASE));
    expect(reopened.backupStatus().lastBackupAt).toBe(savedAt);
    await reopened.lock();
  });
});
