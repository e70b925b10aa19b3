// Create, unlock, lock, wrong secrets with a growing delay, recovery code, passphrase and
// keystore slot changes: in real Chromium against real IndexedDB and WebCrypto.
import { afterEach, describe, expect, it } from 'vitest';
import { isWellFormedRecoveryCode } from '../../shared/crypto/recoveryCode';
import { newRecordId } from '../../shared/records/ids';
import { delayAfterFailures } from '../../renderer/src/vault/throttle';
import { VaultService } from '../../renderer/src/vault/VaultService';
import {
  codeOf,
  createVault,
  errorOf,
  harness,
  note,
  OTHER_PASSPHRASE,
  PASSPHRASE,
  PROFILE,
  rawDb,
  snapshot,
  TEST_REGISTRY,
  THIRD_PASSPHRASE,
  unwrap,
  type Harness,
} from './helpers';

let h: Harness;
afterEach(async () => {
  await h.dispose();
});

describe('create, unlock, lock', () => {
  it('creates a vault, locks it and unlocks it again with the passphrase', async () => {
    h = harness();
    const service = h.service();
    expect(await service.vaultExists()).toBe(false);
    expect((await service.unlockStatus()).exists).toBe(false);
    const { session, recoveryCode } = await service.createVault({
      passphrase: PASSPHRASE,
      profile: PROFILE,
    });
    expect(isWellFormedRecoveryCode(recoveryCode)).toBe(true);
    expect(await service.vaultExists()).toBe(true);
    expect(session.profile).toMatchObject(PROFILE);
    expect(session.method).toBe('created');
    expect(session.mustChangePassphrase).toBe(false);

    await session.records.put('test.note', note('n1', 'Ayşe Özdemir', 'gesprek met ouders'));
    await session.lock();
    expect(session.isLocked).toBe(true);
    expect(await codeOf(() => session.records.list('test.note'))).toBe('vault.locked');
    expect(await codeOf(() => session.search('ayse'))).toBe('vault.locked');
    expect(await codeOf(() => session.audit.list())).toBe('vault.locked');
    expect(await codeOf(() => session.exportBackup())).toBe('vault.locked');
    expect(await codeOf(() => session.records.put('test.note', note('n2', 'x', 'y')))).toBe(
      'vault.locked',
    );
    expect(await codeOf(() => session.profile)).toBe('vault.locked');

    // A reload: a new service on the same database.
    const again = unwrap(await h.service().unlockWithPassphrase(PASSPHRASE));
    expect(again.method).toBe('passphrase');
    expect(again.records.get('test.note', 'n1')?.text).toBe('gesprek met ouders');
    expect(again.integrity).toEqual({ unreadable: [], auditHeadIntact: true });
    const actions = (await again.audit.list()).items.map((item) => item.entry?.action);
    expect(actions).toEqual(['vault.unlock', 'vault.lock', 'record.create', 'vault.create']);
    expect(await again.audit.verify()).toEqual({ ok: true, count: 4 });
    await again.lock();
  });

  it('calls lock listeners, and lock is idempotent', async () => {
    h = harness();
    const { session } = await createVault(h);
    const reasons: string[] = [];
    session.onLock((reason) => reasons.push(reason));
    await Promise.all([session.lock('idle'), session.lock('manual')]);
    expect(reasons).toEqual(['idle']);
    const reopened = unwrap(await h.service().unlockWithPassphrase(PASSPHRASE));
    const [, lockEntry] = (await reopened.audit.list()).items;
    expect(lockEntry?.entry).toMatchObject({ action: 'vault.lock', detail: 'reason=idle' });
    await reopened.lock();
  });

  it('lock waits for a write already running, then refuses new ones', async () => {
    h = harness();
    const { session } = await createVault(h);
    const id = newRecordId();
    const saving = session.records.put('test.note', note(id, 'Lotte', 'tijdens het vergrendelen'));
    const locking = session.lock('shortcut');
    expect(await codeOf(() => session.records.list('test.note'))).toBe('vault.locked');
    await saving;
    await locking;
    const reopened = unwrap(await h.service().unlockWithPassphrase(PASSPHRASE));
    expect(reopened.records.get('test.note', id)?.pupilName).toBe('Lotte');
    expect(await reopened.audit.verify()).toMatchObject({ ok: true });
    await reopened.lock();
  });

  it('an unlock right after a lock waits for the lock to finish, so the audit chain never forks', async () => {
    h = harness();
    const { session, service } = await createVault(h);
    // A large write is still running when the lock starts, so the lock's own audit entry is
    // written well after the lock began; the UI shows the unlock screen at once.
    const notes = Array.from({ length: 3000 }, (_, i) =>
      note(newRecordId(), `Bram ${i}`, 'vlak voor het vergrendelen'),
    );
    const saving = session.records.putMany('test.note', notes);
    void session.lock('shortcut');
    const reopened = unwrap(await service.unlockWithPassphrase(PASSPHRASE));
    const actions = (await reopened.audit.list()).items.map((item) => item.entry?.action);
    expect(actions.slice(0, 2)).toEqual(['vault.unlock', 'vault.lock']);
    expect(await reopened.audit.verify()).toMatchObject({ ok: true });
    await saving;
    expect(reopened.records.count('test.note')).toBe(3000);
    await reopened.lock();
  });

  it('a lock during completeRecovery still leaves a working passphrase slot', async () => {
    h = harness();
    const { session, recoveryCode } = await createVault(h);
    await session.lock();
    const recovered = unwrap(await h.service().unlockWithRecoveryCode(recoveryCode));
    const completing = recovered.completeRecovery(OTHER_PASSPHRASE);
    // The policy check runs first; lock once the write is queued or running.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const locking = recovered.lock();
    const outcome = await codeOf(() => completing);
    await locking;
    // Either the policy check was still running (refused: locked) or the write completed.
    expect([undefined, 'vault.locked']).toContain(outcome);
    const service = h.service();
    const result = await service.unlockWithPassphrase(
      outcome === undefined ? OTHER_PASSPHRASE : PASSPHRASE,
    );
    expect(result.ok).toBe(true);
    if (result.ok) await result.value.lock();
  });

  it('refuses a second vault, a weak passphrase and an invalid profile', async () => {
    h = harness();
    const service = h.service();
    expect(
      await codeOf(() => service.createVault({ passphrase: 'wachtwoord', profile: PROFILE })),
    ).toBe('passphrase.too-weak');
    expect(
      await codeOf(() =>
        service.createVault({ passphrase: 'OBS De Regenboog 2026!', profile: PROFILE }),
      ),
    ).toBe('passphrase.too-weak');
    expect(
      await codeOf(() =>
        service.createVault({ passphrase: PASSPHRASE, profile: { ...PROFILE, schoolName: ' ' } }),
      ),
    ).toBe('record.invalid');
    expect(await service.vaultExists()).toBe(false);
    const { session } = await service.createVault({ passphrase: PASSPHRASE, profile: PROFILE });
    expect(
      await codeOf(() => service.createVault({ passphrase: PASSPHRASE, profile: PROFILE })),
    ).toBe('vault.already-exists');
    await session.lock();
  });

  it('reports a missing vault', async () => {
    h = harness();
    expect(errorOf(await h.service().unlockWithPassphrase(PASSPHRASE)).code).toBe(
      'vault.not-found',
    );
  });

  it('keeps nothing personal in the header', async () => {
    h = harness();
    const { session } = await createVault(h);
    await session.lock();
    const db = rawDb(h.dbName);
    const header = JSON.stringify(await db.header.toArray());
    db.close();
    for (const word of ['Regenboog', 'Fatma', 'Yılmaz']) expect(header).not.toContain(word);
    // The role is checked as a whole JSON value: random slot ids and base64 may end in "ib".
    expect(header).not.toMatch(/:"ib"/);
  });
});

describe('the production Argon2id floor', () => {
  it('a vault made with test parameters does not open with the production settings', async () => {
    h = harness();
    const { session } = await createVault(h);
    await session.lock();
    const production = new VaultService({ dbName: h.dbName, registry: TEST_REGISTRY });
    try {
      expect(errorOf(await production.unlockWithPassphrase(PASSPHRASE)).code).toBe('vault.damaged');
    } finally {
      production.close();
    }
  });

  it('re-wraps a passphrase slot whose parameters are below the configured cost', async () => {
    h = harness();
    const { session } = await createVault(h);
    await session.lock();
    const stronger = h.service({
      insecureKdfForTests: { memoryKiB: 2048, iterations: 2, parallelism: 1 },
    });
    const reopened = unwrap(await stronger.unlockWithPassphrase(PASSPHRASE));
    await reopened.lock();
    const db = rawDb(h.dbName);
    const slot = (await db.header.get('vault'))?.slots.find((s) => s.kind === 'passphrase');
    db.close();
    expect(slot?.kind === 'passphrase' ? [slot.kdf.memoryKiB, slot.kdf.iterations] : null).toEqual([
      2048, 2,
    ]);
    expect((await stronger.unlockWithPassphrase(PASSPHRASE)).ok).toBe(true);
  });
});

describe('wrong secrets', () => {
  it('the delay grows 0, 0, 0, 2 s, 4 s, 8 s … and stops at 60 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 50].map(delayAfterFailures)).toEqual([
      0, 0, 0, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000,
    ]);
  });

  it('refuses a wrong passphrase with a growing delay that survives a reload, and audits the failures at the next unlock', async () => {
    h = harness();
    const { session } = await createVault(h);
    await session.lock();
    const service = h.service();
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expect(errorOf(await service.unlockWithPassphrase(`fout-${attempt}`))).toMatchObject({
        code: 'unlock.wrong-secret',
        retryAfterMs: 0,
      });
      h.clock.advance(1000);
    }
    expect(errorOf(await service.unlockWithPassphrase('fout-4'))).toMatchObject({
      code: 'unlock.wrong-secret',
      retryAfterMs: 2000,
    });
    // Too soon: refused without even trying (not counted), even with the right passphrase.
    h.clock.advance(500);
    expect(errorOf(await service.unlockWithPassphrase(PASSPHRASE))).toMatchObject({
      code: 'unlock.throttled',
      retryAfterMs: 1500,
    });
    h.clock.advance(1500);
    expect(errorOf(await service.unlockWithPassphrase('fout-5'))).toMatchObject({
      code: 'unlock.wrong-secret',
      retryAfterMs: 4000,
    });

    // A reload keeps the count and the wait.
    const reloaded = h.service();
    expect(await reloaded.unlockStatus()).toMatchObject({
      exists: true,
      failedAttempts: 5,
      retryAfterMs: 4000,
    });
    h.clock.advance(4000);
    const opened = unwrap(await reloaded.unlockWithPassphrase(PASSPHRASE));
    expect(await reloaded.unlockStatus()).toMatchObject({ failedAttempts: 0, retryAfterMs: 0 });
    const entries = (await opened.audit.list({ limit: 100 })).items.map((item) => item.entry);
    const failures = entries.filter((entry) => entry?.action === 'vault.unlock-failed');
    expect(failures).toHaveLength(5);
    expect(
      failures.every((entry) => entry?.actor === 'unknown' && entry.detail === 'method=passphrase'),
    ).toBe(true);
    expect(await opened.audit.verify()).toMatchObject({ ok: true });
    await opened.lock();
  });

  it('does not count a mistyped recovery code (checksum) as an attempt', async () => {
    h = harness();
    const { session, recoveryCode } = await createVault(h);
    await session.lock();
    const service = h.service();
    const typo = (recoveryCode[0] === 'A' ? 'B' : 'A') + recoveryCode.slice(1);
    expect(errorOf(await service.unlockWithRecoveryCode(typo)).code).toBe('recovery.checksum');
    expect(errorOf(await service.unlockWithRecoveryCode('ABCD')).code).toBe(
      'recovery.invalid-format',
    );
    expect((await service.unlockStatus()).failedAttempts).toBe(0);
  });
});

describe('recovery code', () => {
  it('unlocks, forces a new passphrase, and the old passphrase stops working', async () => {
    h = harness();
    const { session, recoveryCode } = await createVault(h);
    await session.records.put('test.note', note('n1', 'Daan', 'verslag'));
    await session.lock();
    const service = h.service();
    const recovered = unwrap(
      await service.unlockWithRecoveryCode(recoveryCode.toLowerCase().replace(/-/g, ' ')),
    );
    expect(recovered.mustChangePassphrase).toBe(true);
    expect(recovered.method).toBe('recovery');
    expect(recovered.records.get('test.note', 'n1')?.text).toBe('verslag');
    expect(await codeOf(() => recovered.completeRecovery('kort'))).toBe('passphrase.too-weak');
    await recovered.completeRecovery(OTHER_PASSPHRASE);
    expect(recovered.mustChangePassphrase).toBe(false);
    expect(await codeOf(() => recovered.completeRecovery(THIRD_PASSPHRASE))).toBe(
      'session.not-in-recovery',
    );
    const actions = (await recovered.audit.list()).items.map((item) => [
      item.entry?.action,
      item.entry?.detail,
    ]);
    expect(actions.slice(0, 3)).toEqual([
      ['passphrase.change', 'after-recovery'],
      ['vault.unlock', 'method=recovery'],
      ['vault.recovery-used', undefined],
    ]);
    await recovered.lock();

    expect(errorOf(await service.unlockWithPassphrase(PASSPHRASE)).code).toBe(
      'unlock.wrong-secret',
    );
    const withNew = unwrap(await service.unlockWithPassphrase(OTHER_PASSPHRASE));
    expect(withNew.mustChangePassphrase).toBe(false);
    await withNew.lock();
    // The recovery code itself stays valid until it is regenerated.
    const again = unwrap(await service.unlockWithRecoveryCode(recoveryCode));
    await again.lock();
  });

  it('a wrong (well-formed) recovery code counts as a failed attempt', async () => {
    h = harness();
    const { session } = await createVault(h);
    await session.lock();
    const elsewhere = harness();
    try {
      const other = await createVault(elsewhere);
      await other.session.lock();
      const service = h.service();
      expect(errorOf(await service.unlockWithRecoveryCode(other.recoveryCode)).code).toBe(
        'unlock.wrong-secret',
      );
      expect((await service.unlockStatus()).failedAttempts).toBe(1);
    } finally {
      await elsewhere.dispose();
    }
  });

  it('regenerating the recovery code retires the old one', async () => {
    h = harness();
    const { session, recoveryCode } = await createVault(h);
    expect(await codeOf(() => session.regenerateRecoveryCode(OTHER_PASSPHRASE))).toBe(
      'passphrase.wrong',
    );
    const fresh = await session.regenerateRecoveryCode(PASSPHRASE);
    expect(fresh).not.toBe(recoveryCode);
    await session.lock();
    const service = h.service();
    expect(errorOf(await service.unlockWithRecoveryCode(recoveryCode)).code).toBe(
      'unlock.wrong-secret',
    );
    const opened = unwrap(await service.unlockWithRecoveryCode(fresh));
    await opened.lock();
  });
});

describe('change passphrase', () => {
  it('re-wraps the data key only: every record ciphertext stays byte-identical', async () => {
    h = harness();
    const { session } = await createVault(h);
    await session.records.putMany('test.note', [
      note(newRecordId(), 'Sem', 'een'),
      note(newRecordId(), 'Noor', 'twee'),
    ]);
    const recordBytes = async (): Promise<string> => {
      const all = JSON.parse(await snapshot(h.dbName)) as { records: { id: string }[] };
      // The meta record changes (it carries the audit head); every other envelope must not.
      return JSON.stringify(all.records.filter((row) => row.id !== 'vault.meta'));
    };
    const before = await recordBytes();
    expect(await codeOf(() => session.changePassphrase(OTHER_PASSPHRASE, THIRD_PASSPHRASE))).toBe(
      'passphrase.wrong',
    );
    expect(await codeOf(() => session.changePassphrase(PASSPHRASE, 'abc'))).toBe(
      'passphrase.too-weak',
    );
    await session.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE);
    expect(await recordBytes()).toBe(before);
    await session.lock();

    const service = h.service();
    expect(errorOf(await service.unlockWithPassphrase(PASSPHRASE)).code).toBe(
      'unlock.wrong-secret',
    );
    const opened = unwrap(await service.unlockWithPassphrase(OTHER_PASSPHRASE));
    expect(opened.records.count('test.note')).toBe(2);
    expect(
      (await opened.audit.list()).items.some((item) => item.entry?.action === 'passphrase.change'),
    ).toBe(true);
    await opened.lock();
  });
});

describe('keystore slot ("remember on this computer")', () => {
  it('enables, unlocks with the secret, and disables', async () => {
    h = harness();
    const { session } = await createVault(h);
    expect(await session.hasKeystoreSlot()).toBe(false);
    expect(await codeOf(() => session.enableKeystoreSlot(OTHER_PASSPHRASE))).toBe(
      'passphrase.wrong',
    );
    const secret = await session.enableKeystoreSlot(PASSPHRASE);
    expect(secret).toHaveLength(32);
    expect(await session.hasKeystoreSlot()).toBe(true);
    await session.lock();

    const service = h.service();
    expect((await service.unlockStatus()).hasKeystoreSlot).toBe(true);
    const wrong = new Uint8Array(32).fill(7);
    expect(errorOf(await service.unlockWithKeystoreSecret(wrong)).code).toBe('unlock.wrong-secret');
    expect((await service.unlockStatus()).failedAttempts).toBe(0);
    const opened = unwrap(await service.unlockWithKeystoreSecret(secret));
    expect(opened.method).toBe('keystore');
    await opened.disableKeystoreSlot();
    expect(await opened.hasKeystoreSlot()).toBe(false);
    await opened.lock();
    expect(errorOf(await service.unlockWithKeystoreSecret(secret)).code).toBe(
      'unlock.no-keystore-slot',
    );
  });
});
