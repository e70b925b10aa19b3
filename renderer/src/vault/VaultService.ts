// Runs in: renderer.
//
// The entry point to the vault: does one exist, create it, unlock it (passphrase, recovery
// code, OS-keystore secret), restore it from a backup. Unlocking returns a VaultSession;
// wrong secrets come back as typed failures with the time until the next attempt is
// accepted. The growing delay is counted in the plaintext header (so it survives reloads);
// the failures are written to the encrypted audit trail at the next successful unlock,
// because the audit trail cannot be written without the key.
import { appendAuditEntry, auditHeadOf } from '../../../shared/audit/chain';
import { readBackupHeader, type BackupSecret } from '../../../shared/crypto/backup';
import { randomBytes, toHex, wipe } from '../../../shared/crypto/bytes';
import { encryptJson } from '../../../shared/crypto/envelope';
import { isCryptoError } from '../../../shared/crypto/errors';
import { isWeakerThan, newArgon2idParams, type Argon2idCost } from '../../../shared/crypto/kdf';
import {
  generateDataKey,
  importVaultKeys,
  toStoredSlot,
  unwrapSlot,
  wrapWithPassphrase,
  wrapWithRecoveryCode,
  type KeySlot,
  type VaultKeys,
} from '../../../shared/crypto/keyslots';
import { generateRecoveryCode, recoveryCodeProblem } from '../../../shared/crypto/recoveryCode';
import { APP_RECORD_REGISTRY } from '../../../shared/records/catalog';
import {
  PROFILE_RECORD_ID,
  profileRecordType,
  type VaultProfile,
  type VaultProfileInput,
} from '../../../shared/records/profile';
import { validateRecord, type RecordRegistry } from '../../../shared/records/registry';
import { err, ok, type Result } from '../../../shared/result';
import { AUDIT_ACTORS, encryptAuditEntry } from './auditStorage';
import { restoreFromBackup, type RestoreSummary } from './backup';
import { VaultError, type RestoreError, type UnlockError, type UnlockErrorCode } from './errors';
import { PRODUCTION_KDF, testKdfPolicy, type KdfPolicy } from './kdfPolicy';
import { loadVault } from './loader';
import { buildManifest, entryOfRow } from './manifest';
import { encryptMeta, newMeta } from './meta';
import { assertAcceptablePassphrase } from './passphraseCheck';
import { SessionCore } from './sessionCore';
import {
  HEADER_KEY,
  VaultDatabase,
  VAULT_DB_NAME,
  type HeaderRow,
  type RecordRow,
} from './storage/db';
import { readHeader, VAULT_FORMAT_VERSION, type VaultHeader } from './storage/header';
import { NO_FAILURES, retryAfterMs, withFailure } from './throttle';
import { replaceSlots, VaultSession, type UnlockMethod, type VaultRecordMap } from './VaultSession';
import { VaultWriter, type AuditDraft } from './writer';

export interface VaultServiceOptions<M extends VaultRecordMap> {
  /** IndexedDB database name; default 'zorgtafel'. Tests use their own. */
  readonly dbName?: string;
  /** Record types; default the app's catalog. Must include 'vault.profile'. */
  readonly registry?: RecordRegistry<M>;
  /** App version written into backups. */
  readonly appVersion?: string;
  /** Clock (epoch ms); tests pass a fake one to check the unlock delay without waiting. */
  readonly now?: () => number;
  /**
   * TESTS AND BENCHMARKS ONLY: Argon2id cost for new slots AND the floor enforced on unlock.
   * A vault made this way does not open in the app (whose floor is 64 MiB, 3 passes).
   */
  readonly insecureKdfForTests?: Argon2idCost;
}

export interface CreateVaultInput {
  readonly passphrase: string;
  readonly profile: VaultProfileInput;
}

export interface CreatedVault<M extends VaultRecordMap> {
  /** Show once (and offer the printable sheet); it is not stored anywhere readable. */
  readonly recoveryCode: string;
  readonly session: VaultSession<M>;
}

/** What the unlock screen needs before the user types anything. */
export interface UnlockStatus {
  readonly exists: boolean;
  /** Consecutive failed attempts since the last unlock. */
  readonly failedAttempts: number;
  /** Milliseconds until an attempt is accepted (0: now). */
  readonly retryAfterMs: number;
  /** Whether a "remember on this computer" slot exists. */
  readonly hasKeystoreSlot: boolean;
}

/** What a backup file says about itself before any secret is typed. */
export interface BackupInfo {
  /** ISO time the backup was made. */
  readonly createdAt: string;
  readonly appVersion: string;
  readonly vaultId: string;
  /** True when the backup is of the vault currently in this database. */
  readonly sameVault: boolean;
  /** Whether a recovery code can open it. */
  readonly hasRecoverySlot: boolean;
}

type UnlockSecret =
  | { readonly kind: 'passphrase'; readonly value: string }
  | { readonly kind: 'recovery'; readonly value: string }
  | { readonly kind: 'keystore'; readonly value: Uint8Array };

function unlockError(
  code: UnlockErrorCode,
  message: string,
  retry = 0,
): Result<never, UnlockError> {
  return err({ code, message, retryAfterMs: retry });
}

export class VaultService<M extends VaultRecordMap = VaultRecordMap> {
  private readonly db: VaultDatabase;
  private readonly registry: RecordRegistry<M>;
  private readonly kdf: KdfPolicy;
  private readonly now: () => number;
  private readonly appVersion: string;
  private readonly sessions = new Set<VaultSession<M>>();

  constructor(options: VaultServiceOptions<M> = {}) {
    this.db = new VaultDatabase(options.dbName ?? VAULT_DB_NAME);
    this.registry = options.registry ?? (APP_RECORD_REGISTRY as unknown as RecordRegistry<M>);
    if (this.registry.find('vault.profile') === undefined)
      throw new VaultError('record.unknown-type', "The registry must include 'vault.profile'.");
    this.kdf =
      options.insecureKdfForTests === undefined
        ? PRODUCTION_KDF
        : testKdfPolicy(options.insecureKdfForTests);
    this.now = options.now ?? (() => Date.now());
    this.appVersion = options.appVersion ?? '0.0.0';
  }

  /** True when this database holds a vault. */
  async vaultExists(): Promise<boolean> {
    return (await this.db.header.get(HEADER_KEY)) !== undefined;
  }

  /** For the unlock screen: does a vault exist, how long to wait, is "remember me" set up. */
  async unlockStatus(): Promise<UnlockStatus> {
    const header = await readHeader(this.db);
    if (header === null)
      return { exists: false, failedAttempts: 0, retryAfterMs: 0, hasKeystoreSlot: false };
    return {
      exists: true,
      failedAttempts: header.row.failedUnlocks.count,
      retryAfterMs: retryAfterMs(header.row.failedUnlocks, this.now()),
      hasKeystoreSlot: header.slots.some((slot) => slot.kind === 'keystore'),
    };
  }

  /**
   * First run: makes the data key, the passphrase slot (Argon2id, >= 64 MiB / 3 passes in the
   * app), the recovery slot, the encrypted profile and meta records and the first audit
   * entry, all in one transaction. Throws 'vault.already-exists', 'passphrase.too-weak',
   * 'record.invalid' (profile).
   */
  async createVault(input: CreateVaultInput): Promise<CreatedVault<M>> {
    if (await this.vaultExists())
      throw new VaultError('vault.already-exists', 'A vault already exists in this database.');
    const nowMs = this.now();
    const createdAt = new Date(nowMs).toISOString();
    let profile: VaultProfile;
    try {
      profile = validateRecord(profileRecordType, {
        ...input.profile,
        id: PROFILE_RECORD_ID,
        createdAt,
      });
    } catch {
      throw new VaultError('record.invalid', 'The school name, user name or role is invalid.');
    }
    await assertAcceptablePassphrase(input.passphrase, [profile.schoolName, profile.userName]);

    const vaultId = `v${toHex(randomBytes(16))}`;
    const dataKey = generateDataKey();
    let keys: VaultKeys;
    let slots: KeySlot[];
    const recoveryCode = generateRecoveryCode();
    try {
      slots = [
        await wrapWithPassphrase(
          vaultId,
          dataKey,
          input.passphrase,
          newArgon2idParams(this.kdf.cost),
          this.kdf.options,
        ),
        await wrapWithRecoveryCode(vaultId, dataKey, recoveryCode),
      ];
      keys = await importVaultKeys(dataKey);
    } finally {
      wipe(dataKey);
    }
    const first = await appendAuditEntry(null, {
      at: createdAt,
      actor: AUDIT_ACTORS.owner,
      action: 'vault.create',
    });
    const profileEnv = await encryptJson(
      keys.records,
      { id: PROFILE_RECORD_ID, type: profileRecordType.type, v: profileRecordType.version },
      profile,
    );
    const profileRow: RecordRow = {
      id: profileEnv.id,
      type: profileEnv.type,
      v: profileEnv.v,
      iv: profileEnv.iv,
      ct: profileEnv.ct,
    };
    const manifest = await buildManifest(
      keys.records,
      new Map([[profileRow.id, entryOfRow(profileRow)]]),
    );
    const meta = newMeta(auditHeadOf(first), manifest.ref);
    const header: HeaderRow = {
      key: HEADER_KEY,
      vaultId,
      formatVersion: VAULT_FORMAT_VERSION,
      createdAt,
      slots: slots.map(toStoredSlot),
      failedUnlocks: NO_FAILURES,
    };
    const [auditRow, metaRow] = await Promise.all([
      encryptAuditEntry(keys.records, first),
      encryptMeta(keys.records, meta),
    ]);
    const { db } = this;
    await db.transaction('rw', [db.header, db.records, db.audit, db.manifest], async () => {
      // Checked again inside the transaction: two first-run screens must not both create.
      if ((await db.header.get(HEADER_KEY)) !== undefined)
        throw new VaultError('vault.already-exists', 'A vault already exists in this database.');
      await db.header.add(header);
      await db.records.bulkAdd([profileRow, metaRow]);
      await db.audit.add(auditRow);
      await db.manifest.clear();
      await db.manifest.bulkPut(manifest.rows);
    });
    const session = await this.openSession(vaultId, keys, 'created', null, []);
    return { recoveryCode, session };
  }

  /** Unlocks with the passphrase. Failures: 'unlock.wrong-secret', 'unlock.throttled', 'vault.*'. */
  unlockWithPassphrase(passphrase: string): Promise<Result<VaultSession<M>, UnlockError>> {
    return this.unlock({ kind: 'passphrase', value: passphrase });
  }

  /**
   * Unlocks with the recovery code; the session has mustChangePassphrase set and the UI must
   * call session.completeRecovery(newPassphrase). A malformed code or a typo is reported as
   * 'recovery.invalid-format' / 'recovery.checksum' without counting as a failed attempt.
   */
  unlockWithRecoveryCode(code: string): Promise<Result<VaultSession<M>, UnlockError>> {
    return this.unlock({ kind: 'recovery', value: code });
  }

  /**
   * Unlocks with the secret the OS keystore kept for "remember on this computer". A secret
   * that no longer fits (slot removed or replaced) gives 'unlock.wrong-secret' or
   * 'unlock.no-keystore-slot' and does not count towards the delay: it is not a guess.
   */
  unlockWithKeystoreSecret(secret: Uint8Array): Promise<Result<VaultSession<M>, UnlockError>> {
    return this.unlock({ kind: 'keystore', value: secret });
  }

  /** What a backup file says about itself (date, app version, same vault?) without a secret. */
  async readBackupInfo(bytes: Uint8Array): Promise<Result<BackupInfo, RestoreError>> {
    try {
      const header = readBackupHeader(bytes);
      const current = await readHeader(this.db).catch(() => null);
      return ok({
        createdAt: header.createdAt,
        appVersion: header.appVersion,
        vaultId: header.vaultId,
        sameVault: current !== null && current.row.vaultId === header.vaultId,
        hasRecoverySlot: header.slots.some((slot) => slot.kind === 'recovery'),
      });
    } catch (error) {
      if (isCryptoError(error) && error.code.startsWith('backup.'))
        return err({ code: error.code as RestoreError['code'], message: error.message });
      throw error;
    }
  }

  /**
   * Replaces the vault in this database (or fills an empty one) with a backup, after verifying
   * everything in it. Any open session is locked first (without an audit entry: its vault is
   * being replaced). On any failure the database is unchanged. The keystore slot never
   * travels in a backup: the UI should forget its stored keystore secret after a restore.
   *
   * Restore cannot erase a vault: when this database holds a vault and no session of it is
   * open in this service (the unlock screen), `current` must be THAT vault's passphrase or
   * recovery code ('restore.current-secret-needed' / 'restore.current-secret-wrong'; a wrong
   * one counts towards the unlock delay like a wrong unlock). The backup's own secret opens
   * only the backup: anyone holding any Zorgtafel backup must not be able to wipe the vault.
   */
  async restoreBackup(
    bytes: Uint8Array,
    secret: BackupSecret,
    current?: string,
  ): Promise<Result<RestoreSummary, RestoreError>> {
    const allowed = await this.mayReplace(current);
    if (!allowed.ok) return allowed;
    const result = await restoreFromBackup(
      this.db,
      bytes,
      secret,
      this.registry,
      this.kdf,
      this.now(),
    );
    if (result.ok) {
      const open = [...this.sessions];
      this.sessions.clear();
      await Promise.all(open.map((session) => session.terminate()));
    }
    return result;
  }

  /**
   * Whether a restore may replace what is in the database: it is empty, a session of it is
   * open here (the user unlocked it), or `current` opens its passphrase or recovery slot.
   */
  private async mayReplace(current: string | undefined): Promise<Result<true, RestoreError>> {
    const header = await readHeader(this.db).catch(() => null);
    if (header === null) return ok(true);
    if (
      [...this.sessions].some(
        (session) => !session.isLocked && session.vaultId === header.row.vaultId,
      )
    )
      return ok(true);
    if (current === undefined || current.trim() === '')
      return err({
        code: 'restore.current-secret-needed',
        message: 'Replacing this vault needs its own passphrase or recovery code.',
      });
    if (retryAfterMs(header.row.failedUnlocks, this.now()) > 0)
      return err({
        code: 'restore.current-secret-wrong',
        message: 'Too many wrong attempts; wait before trying again.',
      });
    // A recovery code is recognised by its shape (length and check character); anything else is a passphrase.
    const kind = recoveryCodeProblem(current) === null ? 'recovery' : 'passphrase';
    for (const slot of header.slots) {
      if (slot.kind !== kind) continue;
      try {
        wipe(await unwrapSlot(header.row.vaultId, slot, current, this.kdf.options));
        return ok(true);
      } catch (error) {
        if (!isCryptoError(error, 'keyslot.wrong-secret')) throw error;
      }
    }
    await this.recordFailure(kind);
    return err({
      code: 'restore.current-secret-wrong',
      message: 'That is not the passphrase or recovery code of the vault on this computer.',
    });
  }

  /** Closes the database connection (sessions must be locked first). */
  close(): void {
    this.db.close();
  }

  // ---- Internals ------------------------------------------------------------------------

  private async unlock(secret: UnlockSecret): Promise<Result<VaultSession<M>, UnlockError>> {
    // One session at a time: a session still locking (its last audit entry on its way to
    // disk) must finish first, or the new session would read an audit head that is about to
    // move and the chain would fork.
    await Promise.all([...this.sessions].map((open) => open.lock()));
    let header: VaultHeader | null;
    try {
      header = await readHeader(this.db);
    } catch (error) {
      if (
        error instanceof VaultError &&
        (error.code === 'vault.damaged' || error.code === 'vault.newer-format')
      )
        return unlockError(error.code, error.message);
      throw error;
    }
    if (header === null)
      return unlockError('vault.not-found', 'There is no vault in this database.');
    const wait = retryAfterMs(header.row.failedUnlocks, this.now());
    if (secret.kind !== 'keystore' && wait > 0)
      return unlockError(
        'unlock.throttled',
        'Too many wrong attempts; wait before trying again.',
        wait,
      );
    if (secret.kind === 'recovery') {
      const problem = recoveryCodeProblem(secret.value);
      if (problem !== null)
        return unlockError(
          problem,
          problem === 'recovery.checksum'
            ? 'The recovery code has a typo.'
            : 'The recovery code has the wrong length or characters.',
        );
    }
    const candidates = header.slots.filter((slot) => slot.kind === secret.kind);
    if (secret.kind === 'keystore' && candidates.length === 0)
      return unlockError('unlock.no-keystore-slot', 'This vault has no keystore slot.');

    const vaultId = header.row.vaultId;
    let dataKey: Uint8Array | null = null;
    let opened: KeySlot | null = null;
    for (const slot of candidates) {
      try {
        dataKey = await unwrapSlot(vaultId, slot, secret.value, this.kdf.options);
        opened = slot;
        break;
      } catch (error) {
        if (isCryptoError(error, 'keyslot.wrong-secret')) continue;
        if (isCryptoError(error))
          return unlockError('vault.damaged', `A key slot cannot be used (${error.code}).`);
        throw error;
      }
    }
    if (dataKey === null || opened === null) {
      if (secret.kind === 'keystore')
        return unlockError(
          'unlock.wrong-secret',
          'The remembered secret no longer opens this vault.',
        );
      return this.recordFailure(secret.kind);
    }

    let keys: VaultKeys;
    let upgradedSlot: KeySlot | null = null;
    try {
      keys = await importVaultKeys(dataKey);
      // Parameters are stored per slot so they can be raised: re-wrap a slot made with a
      // lower cost than this build's, while the passphrase is at hand.
      if (
        opened.kind === 'passphrase' &&
        secret.kind === 'passphrase' &&
        isWeakerThan(opened.kdf, this.kdf.cost)
      ) {
        upgradedSlot = await wrapWithPassphrase(
          vaultId,
          dataKey,
          secret.value,
          newArgon2idParams(this.kdf.cost),
          this.kdf.options,
        );
      }
    } catch (error) {
      wipe(dataKey);
      throw error;
    }
    const recoveryKey = secret.kind === 'recovery' ? dataKey : null;
    if (recoveryKey === null) wipe(dataKey);

    const failed = header.row.failedUnlocks;
    const drafts: AuditDraft[] = [];
    const unrecorded = failed.count - failed.recent.length;
    if (unrecorded > 0) {
      drafts.push({
        action: 'vault.unlock-failed',
        actor: AUDIT_ACTORS.unknown,
        detail: `earlier-failures=${unrecorded}`,
        at: failed.recent[0]?.at ?? failed.lastAt ?? this.now(),
      });
    }
    for (const failure of failed.recent)
      drafts.push({
        action: 'vault.unlock-failed',
        actor: AUDIT_ACTORS.unknown,
        detail: `method=${failure.method}`,
        at: failure.at,
      });
    if (secret.kind === 'recovery') drafts.push({ action: 'vault.recovery-used' });
    drafts.push({ action: 'vault.unlock', detail: `method=${secret.kind}` });
    if (upgradedSlot !== null) drafts.push({ action: 'passphrase.change', detail: 'kdf-upgrade' });

    try {
      const session = await this.openSession(
        vaultId,
        keys,
        secret.kind,
        recoveryKey,
        drafts,
        (h) => ({
          ...h,
          failedUnlocks: NO_FAILURES,
          ...(upgradedSlot === null
            ? {}
            : { slots: replaceSlots(h.slots, 'passphrase', upgradedSlot) }),
        }),
      );
      return ok(session);
    } catch (error) {
      wipe(recoveryKey);
      if (error instanceof VaultError && error.code === 'vault.damaged')
        return unlockError('vault.damaged', error.message);
      throw error;
    }
  }

  /** Counts a failed attempt in the header (one transaction, so concurrent attempts all count). */
  private async recordFailure(
    method: 'passphrase' | 'recovery',
  ): Promise<Result<never, UnlockError>> {
    const now = this.now();
    const { db } = this;
    const updated = await db.transaction('rw', db.header, async () => {
      const row = await db.header.get(HEADER_KEY);
      if (row === undefined) return NO_FAILURES;
      const failedUnlocks = withFailure(row.failedUnlocks, now, method);
      await db.header.put({ ...row, failedUnlocks });
      return failedUnlocks;
    });
    const what = method === 'passphrase' ? 'passphrase' : 'recovery code';
    return unlockError(
      'unlock.wrong-secret',
      `The ${what} does not open this vault.`,
      retryAfterMs(updated, now),
    );
  }

  private async openSession(
    vaultId: string,
    keys: VaultKeys,
    method: UnlockMethod,
    recoveryDataKey: Uint8Array | null,
    audit: readonly AuditDraft[],
    header?: (h: HeaderRow) => HeaderRow,
  ): Promise<VaultSession<M>> {
    const loaded = await loadVault(this.db, keys, this.registry);
    const writer = new VaultWriter(
      this.db,
      keys,
      loaded.meta,
      loaded.lastAudit,
      this.now,
      loaded.metaIv,
    );
    if (audit.length > 0 || header !== undefined)
      await writer.commit({ audit, ...(header === undefined ? {} : { header }) });
    const core = new SessionCore(this.db, vaultId, this.registry, this.kdf, this.now, {
      keys,
      workingSet: loaded.workingSet,
      writer,
    });
    const session = new VaultSession<M>(core, {
      method,
      integrity: { unreadable: loaded.unreadable, auditHeadIntact: loaded.auditHeadIntact },
      loadedFrom: loaded.loadedFrom,
      snapshotDiscarded: loaded.snapshotDiscarded,
      snapshotHoldsDeleted: loaded.snapshotHoldsDeleted,
      appVersion: this.appVersion,
      recoveryDataKey,
    });
    this.sessions.add(session);
    session.onLock(() => {
      this.sessions.delete(session);
    });
    return session;
  }
}
