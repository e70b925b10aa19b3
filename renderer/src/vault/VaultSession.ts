// Runs in: renderer.
//
// An unlocked vault. Holds the vault keys (non-extractable CryptoKeys), the decrypted
// working set and the search index; offers typed records, the audit trail, security changes
// (passphrase, recovery code, keystore slot) and backup export. lock() drops every one of
// those references and wipes the raw key bytes it still holds; afterwards every method
// throws VaultError 'vault.locked'.
import { wipe } from '../../../shared/crypto/bytes';
import { isCryptoError } from '../../../shared/crypto/errors';
import { newArgon2idParams } from '../../../shared/crypto/kdf';
import {
  generateSlotSecret,
  toStoredSlot,
  unwrapSlot,
  wrapWithPassphrase,
  wrapWithRecoveryCode,
  wrapWithSecret,
  type KeySlot,
  type KeySlotKind,
  type StoredKeySlot,
} from '../../../shared/crypto/keyslots';
import { generateRecoveryCode } from '../../../shared/crypto/recoveryCode';
import { PROFILE_RECORD_ID, type VaultProfile } from '../../../shared/records/profile';
import type { RecordMap } from '../../../shared/records/registry';
import { buildBackup } from './backup';
import { VaultError } from './errors';
import type { LoadSource, UnreadableRecord } from './loader';
import { assertAcceptablePassphrase } from './passphraseCheck';
import { RecordsRepository } from './recordsRepository';
import { SessionAudit } from './sessionAudit';
import type { SessionCore } from './sessionCore';
import { notifySafely, SessionBackground } from './sessionBackground';
import { SessionIntegrity, type IntegrityReport } from './sessionIntegrity';
import type { IntegrityProblem } from './integrity';
import { readHeader } from './storage/header';

/** Why the vault was locked; recorded in the audit entry as "reason=<value>". */
/** Why a session ended; 'restored': a backup replaced the vault under it. */
export type LockReason =
  | 'manual'
  | 'shortcut'
  | 'idle'
  | 'screen-lock'
  | 'suspend'
  | 'quit'
  | 'restored'
  | 'taken-over'
  | 'changed-elsewhere';

/** How the session was opened. */
export type UnlockMethod = 'created' | 'passphrase' | 'recovery' | 'keystore';

/** A record type with the profile: every vault has one. */
export type VaultRecordMap = RecordMap & { readonly 'vault.profile': VaultProfile };

/** One search result: the record with its type, best match first. */
export type SearchHit<M extends RecordMap> = {
  [K in keyof M & string]: { readonly type: K; readonly id: string; readonly record: M[K] };
}[keyof M & string];

/** What the unlock found wrong, for a warning with "restore a backup" advice. */
export interface VaultIntegrity {
  /** Records left out of the working set (altered, swapped, unreadable); empty when all is well. */
  readonly unreadable: readonly UnreadableRecord[];
  /** False when the newest audit entry is missing or altered; audit.verify() gives details. */
  readonly auditHeadIntact: boolean;
}

/** Whether to remind the user to make a backup. */
export interface BackupStatus {
  /** ISO time of the last saved backup, or null when there never was one. */
  readonly lastBackupAt: string | null;
  /** True when there is no backup or the last one is older than BACKUP_REMINDER_MS. */
  readonly reminderDue: boolean;
}

/** A backup older than a week earns a reminder. */
export const BACKUP_REMINDER_MS = 7 * 24 * 60 * 60 * 1000;

export interface SessionInit {
  readonly method: UnlockMethod;
  readonly integrity: VaultIntegrity;
  readonly appVersion: string;
  /** Where the unlock read the working set from. */
  readonly loadedFrom: LoadSource;
  /** True when a snapshot existed but could not be used (the rows were read instead). */
  readonly snapshotDiscarded: boolean;
  /** True when the snapshot still holds records deleted since it was written. */
  readonly snapshotHoldsDeleted: boolean;
  /** Only for a recovery-code unlock: the data key, kept until completeRecovery() or lock. */
  readonly recoveryDataKey: Uint8Array | null;
}

export class VaultSession<M extends VaultRecordMap = VaultRecordMap> {
  /** Typed records: get/list (from memory), put/putMany/delete (encrypted, audited), subscribe. */
  readonly records: RecordsRepository<M>;
  /** The audit trail: append (UI actions), list (newest first), verify. */
  readonly audit: SessionAudit;
  readonly method: UnlockMethod;
  readonly integrity: VaultIntegrity;
  /**
   * Where this unlock read the working set from: 'snapshot' (the encrypted packs plus the rows
   * changed since) or 'rows' (every row: no snapshot yet, or it could not be used).
   */
  readonly loadedFrom: LoadSource;
  /** True when the vault had a snapshot that was damaged or incomplete; it is rewritten. */
  readonly snapshotDiscarded: boolean;
  /** True when the snapshot read still held records deleted since; it is rewritten. */
  readonly snapshotHoldsDeleted: boolean;
  private recoveryDataKey: Uint8Array | null;
  private readonly lockListeners = new Set<(reason: LockReason) => void>();
  private lockPromise: Promise<void> | null = null;
  private readonly background: SessionBackground;
  private readonly integrityCheck: SessionIntegrity;

  /** @internal Created by VaultService. */
  constructor(
    private readonly core: SessionCore,
    private readonly init: SessionInit,
  ) {
    this.records = new RecordsRepository<M>(core);
    this.audit = new SessionAudit(core);
    this.method = init.method;
    this.integrity = init.integrity;
    this.recoveryDataKey = init.recoveryDataKey;
    this.loadedFrom = init.loadedFrom;
    this.snapshotDiscarded = init.snapshotDiscarded;
    this.snapshotHoldsDeleted = init.snapshotHoldsDeleted;
    this.integrityCheck = new SessionIntegrity(core, init.method === 'created');
    this.background = new SessionBackground(
      core,
      init.integrity.unreadable,
      init.snapshotDiscarded || init.snapshotHoldsDeleted,
      this.integrityCheck,
    );
    // No audit entry: the chain on disk is no longer this session's to extend.
    core.onReplaced = () => {
      this.lockPromise ??= this.shutDown('changed-elsewhere', false);
    };
  }

  get vaultId(): string {
    return this.core.vaultId;
  }

  get isLocked(): boolean {
    return !this.core.isOpen;
  }

  /** True after a recovery-code unlock until completeRecovery() sets a new passphrase. */
  get mustChangePassphrase(): boolean {
    return this.recoveryDataKey !== null && this.core.isOpen;
  }

  /** The school, user name and role of this vault. */
  get profile(): VaultProfile {
    const profile = this.core.open().workingSet.get('vault.profile', PROFILE_RECORD_ID);
    if (profile === undefined)
      throw new VaultError('vault.damaged', 'The vault profile is missing.');
    return profile as VaultProfile;
  }

  /**
   * False while the search index is still being built after unlock (the dashboard is usable
   * before it is complete): search results may then be incomplete.
   */
  get searchIndexComplete(): boolean {
    return this.background.indexComplete;
  }

  /**
   * Calls `listener` once the search index is complete (on a microtask when it already is);
   * returns the unsubscribe function. Listeners are dropped at lock without being called.
   */
  onSearchIndexComplete(listener: () => void): () => void {
    return this.background.onIndexComplete(listener);
  }

  /**
   * Resolves when the session's background work (search index, snapshot write) is done, or
   * was abandoned because the session locked. Never rejects.
   */
  whenBackgroundWorkDone(): Promise<void> {
    return this.background.whenDone();
  }

  // ---- Integrity ------------------------------------------------------------------------

  /**
   * What the background check after unlock found (every row against the record manifest,
   * the audit chain against its head), or null while it runs. See docs/storage.md.
   */
  get integrityReport(): IntegrityReport | null {
    return this.integrityCheck.report;
  }

  /** Calls `listener` with each new integrity report; returns the unsubscribe function. */
  onIntegrityReport(listener: (report: IntegrityReport) => void): () => void {
    this.core.open();
    return this.integrityCheck.onReport(listener);
  }

  /**
   * The type of the record with `id` as this session holds it in memory, or null: tells the
   * integrity warning where a reported record belongs and whether it can be repaired.
   */
  typeInMemory(id: string): string | null {
    return this.core.open().workingSet.entry(id)?.type ?? null;
  }

  /**
   * The way out for records the check reported. 'repair': write the record again from the
   * copy this session holds in memory (from the snapshot), where it has one; 'without':
   * continue without it: its row (if any) and manifest entry are removed and it leaves the
   * working set. Both are audited ('integrity.resolve'). Returns the ids handled.
   */
  async resolveIntegrity(
    problems: readonly IntegrityProblem[],
    choice: 'repair' | 'without',
  ): Promise<ReadonlySet<string>> {
    const done =
      choice === 'repair'
        ? await this.records.rewriteFromMemory(problems)
        : await this.records.dropForIntegrity(problems);
    this.integrityCheck.resolved(done);
    return done;
  }

  /** Records matching `query` (diacritic- and case-insensitive prefix search), best first. */
  search(query: string, limit = 50): SearchHit<M>[] {
    return this.core.open().workingSet.search(query, limit) as SearchHit<M>[];
  }

  // ---- Security -------------------------------------------------------------------------

  /** True when "remember on this computer" (a keystore slot) is set up. */
  async hasKeystoreSlot(): Promise<boolean> {
    this.core.open();
    return (await this.slots()).some((slot) => slot.kind === 'keystore');
  }

  /**
   * Replaces the passphrase. Only the passphrase key slot changes: no record is re-encrypted.
   * Throws 'passphrase.wrong' (current is wrong) or 'passphrase.too-weak'.
   */
  async changePassphrase(current: string, next: string): Promise<void> {
    await assertAcceptablePassphrase(next, this.userInputs());
    await this.core.write(async ({ writer }) => {
      const dataKey = await this.unwrapWithPassphrase(current);
      try {
        const slot = await wrapWithPassphrase(
          this.vaultId,
          dataKey,
          next,
          newArgon2idParams(this.core.kdf.cost),
          this.core.kdf.options,
        );
        await writer.commit({
          audit: [{ action: 'passphrase.change' }],
          header: (h) => ({ ...h, slots: replaceSlots(h.slots, 'passphrase', slot) }),
        });
      } finally {
        wipe(dataKey);
      }
    });
  }

  /**
   * After a recovery-code unlock: sets the new passphrase without asking for the old one
   * (the user has forgotten it). Throws 'session.not-in-recovery' or 'passphrase.too-weak'.
   */
  async completeRecovery(next: string): Promise<void> {
    if (this.recoveryDataKey === null)
      throw new VaultError(
        'session.not-in-recovery',
        'This session was not opened with the recovery code.',
      );
    await assertAcceptablePassphrase(next, this.userInputs());
    this.core.open();
    if (this.recoveryDataKey === null)
      throw new VaultError('session.not-in-recovery', 'The recovery was already completed.');
    // A copy: lock() wipes the session's key at once, while this write may still be running
    // Argon2id; it must wrap the real key, never a zeroed buffer.
    const dataKey = this.recoveryDataKey.slice();
    await this.core
      .write(async ({ writer }) => {
        try {
          const slot = await wrapWithPassphrase(
            this.vaultId,
            dataKey,
            next,
            newArgon2idParams(this.core.kdf.cost),
            this.core.kdf.options,
          );
          await writer.commit({
            audit: [{ action: 'passphrase.change', detail: 'after-recovery' }],
            header: (h) => ({ ...h, slots: replaceSlots(h.slots, 'passphrase', slot) }),
          });
        } finally {
          wipe(dataKey);
        }
        wipe(this.recoveryDataKey);
        this.recoveryDataKey = null;
      })
      .catch((error: unknown) => {
        wipe(dataKey);
        throw error;
      });
  }

  /** Makes a new recovery code (the old one stops working) and returns it, to show once. */
  async regenerateRecoveryCode(currentPassphrase: string): Promise<string> {
    return this.core.write(async ({ writer }) => {
      const dataKey = await this.unwrapWithPassphrase(currentPassphrase);
      try {
        const code = generateRecoveryCode();
        const slot = await wrapWithRecoveryCode(this.vaultId, dataKey, code);
        await writer.commit({
          audit: [{ action: 'recovery.regenerate' }],
          header: (h) => ({ ...h, slots: replaceSlots(h.slots, 'recovery', slot) }),
        });
        return code;
      } finally {
        wipe(dataKey);
      }
    });
  }

  /**
   * Adds (or replaces) the "remember on this computer" slot and returns its 32-byte secret.
   * The caller encrypts it with the OS keystore (Host.keystoreEncrypt), stores only that
   * ciphertext, and wipes the returned bytes.
   */
  async enableKeystoreSlot(currentPassphrase: string): Promise<Uint8Array> {
    return this.core.write(async ({ writer }) => {
      const dataKey = await this.unwrapWithPassphrase(currentPassphrase);
      const secret = generateSlotSecret();
      try {
        const slot = await wrapWithSecret(this.vaultId, dataKey, secret);
        await writer.commit({
          audit: [{ action: 'keystore.enable' }],
          header: (h) => ({ ...h, slots: replaceSlots(h.slots, 'keystore', slot) }),
        });
        return secret;
      } catch (error) {
        wipe(secret);
        throw error;
      } finally {
        wipe(dataKey);
      }
    });
  }

  /** Removes the keystore slot; the stored keystore secret is useless afterwards. */
  async disableKeystoreSlot(): Promise<void> {
    await this.core.write(({ writer }) =>
      writer.commit({
        audit: [{ action: 'keystore.disable' }],
        header: (h) => ({ ...h, slots: h.slots.filter((s) => s.kind !== 'keystore') }),
      }),
    );
  }

  // ---- Backup ---------------------------------------------------------------------------

  /**
   * The whole vault as an encrypted backup file (opens with the current passphrase or the
   * recovery code). Appends 'backup.export' first, so the file contains its own export entry.
   * Throws 'backup.integrity' (nothing written, nothing exported) when a record is missing,
   * damaged, older than it should be or unknown: `integrityReport` then lists them.
   * Call markBackupSaved() once the user has actually saved the file.
   */
  async exportBackup(): Promise<Uint8Array> {
    return this.core.write(async ({ keys, writer }) => {
      // A backup is only made when it will restore with everything in it: every row is
      // checked against the manifest first; problems go to the report (and the trail).
      const problems = await this.integrityCheck.problemsForBackup();
      if (problems.length > 0)
        throw new VaultError(
          'backup.integrity',
          `${problems.length} records cannot be vouched for; resolve them first.`,
        );
      await writer.commit({ audit: [{ action: 'backup.export' }] });
      return buildBackup(this.core.db, keys, this.vaultId, this.init.appVersion, this.core.now());
    });
  }

  /** Records that a backup file was saved now (for the weekly reminder). */
  async markBackupSaved(): Promise<void> {
    const at = new Date(this.core.now()).toISOString();
    await this.core.write(({ writer }) =>
      writer.commit({ audit: [], meta: (m) => ({ ...m, lastBackupAt: at }) }),
    );
  }

  /** When the last backup was saved and whether a reminder is due. */
  backupStatus(now: number = this.core.now()): BackupStatus {
    const { lastBackupAt } = this.core.open().writer.currentMeta;
    const reminderDue =
      lastBackupAt === null || now - Date.parse(lastBackupAt) > BACKUP_REMINDER_MS;
    return { lastBackupAt, reminderDue };
  }

  // ---- Lock -----------------------------------------------------------------------------

  /** Calls `listener` once when the session locks; returns the unsubscribe function. */
  onLock(listener: (reason: LockReason) => void): () => void {
    this.lockListeners.add(listener);
    return () => {
      this.lockListeners.delete(listener);
    };
  }

  /**
   * Locks at once: from this call on every method refuses with 'vault.locked', the working
   * set and search index are cleared and listeners dropped. The returned promise resolves
   * after the 'vault.lock' audit entry is written (behind any write already running) and the
   * keys are released.
   */
  lock(reason: LockReason = 'manual'): Promise<void> {
    this.lockPromise ??= this.shutDown(reason, true);
    return this.lockPromise;
  }

  /** @internal Locks without an audit entry: the database under this session was replaced (restore). */
  terminate(): Promise<void> {
    this.lockPromise ??= this.shutDown('restored', false);
    return this.lockPromise;
  }

  private async shutDown(reason: LockReason, audit: boolean): Promise<void> {
    const state = this.core.close();
    wipe(this.recoveryDataKey);
    this.recoveryDataKey = null;
    this.records.clearListeners();
    this.background.stop();
    state?.workingSet.clear();
    if (state !== null && audit) {
      try {
        await this.core.queue.run(() =>
          state.writer.commit({ audit: [{ action: 'vault.lock', detail: `reason=${reason}` }] }),
        );
      } catch {
        // The lock itself must happen even if the entry cannot be written (e.g. database closed).
      }
    } else {
      await this.core.queue.idle();
    }
    // A write that was already running when lock() was called may have put its record back.
    state?.workingSet.clear();
    const listeners = [...this.lockListeners];
    this.lockListeners.clear();
    for (const listener of listeners) notifySafely(() => listener(reason));
  }

  // ---- Helpers --------------------------------------------------------------------------

  private userInputs(): string[] {
    const profile = this.profile;
    return [profile.schoolName, profile.userName];
  }

  private async slots(): Promise<readonly KeySlot[]> {
    const header = await readHeader(this.core.db);
    if (header === null) throw new VaultError('vault.not-found', 'The vault header is gone.');
    return header.slots;
  }

  /** The raw data key, opened with the passphrase; the caller wipes it. Throws 'passphrase.wrong'. */
  private async unwrapWithPassphrase(passphrase: string): Promise<Uint8Array> {
    for (const slot of await this.slots()) {
      if (slot.kind !== 'passphrase') continue;
      try {
        return await unwrapSlot(this.vaultId, slot, passphrase, this.core.kdf.options);
      } catch (error) {
        if (isCryptoError(error, 'keyslot.wrong-secret')) continue;
        throw error;
      }
    }
    throw new VaultError('passphrase.wrong', 'The current passphrase is wrong.');
  }
}

/** The header's slots with every slot of `kind` replaced by `slot`. */
export function replaceSlots(
  slots: readonly StoredKeySlot[],
  kind: KeySlotKind,
  slot: KeySlot,
): StoredKeySlot[] {
  return [...slots.filter((s) => s.kind !== kind), toStoredSlot(slot)];
}
