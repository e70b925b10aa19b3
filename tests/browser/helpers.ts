// Shared set-up for the vault's browser tests (real Chromium, real IndexedDB, real WebCrypto).
// Every test gets its own database name, a fake clock and cheap Argon2id parameters passed
// through the explicitly test-only `insecureKdfForTests` option.
import { Dexie } from 'dexie';
import { z } from 'zod';
import { profileRecordType } from '../../shared/records/profile';
import {
  createRecordRegistry,
  defineRecordType,
  type RecordRegistry,
} from '../../shared/records/registry';
import type { Result } from '../../shared/result';
import { importVaultKeys, unwrapSlot } from '../../shared/crypto/keyslots';
import { TEST_KDF_COST, testKdfPolicy } from '../../renderer/src/vault/kdfPolicy';
import {
  decryptMeta,
  encryptMeta,
  META_RECORD_ID,
  type VaultMeta,
} from '../../renderer/src/vault/meta';
import { readHeader } from '../../renderer/src/vault/storage/header';
import { VaultDatabase } from '../../renderer/src/vault/storage/db';
import { VaultService, type VaultServiceOptions } from '../../renderer/src/vault/VaultService';
import type { VaultRecordMap, VaultSession } from '../../renderer/src/vault/VaultSession';

/** A record type with free text, standing in for the app's pupil and note records. */
export const noteSchema = z
  .object({
    id: z.string(),
    pupilName: z.string(),
    text: z.string(),
    pupilId: z.string().optional(),
  })
  .strict();
export type TestNote = z.infer<typeof noteSchema>;

export const noteType = defineRecordType({
  type: 'test.note',
  version: 1,
  schema: noteSchema,
  migrations: {},
  searchText: (note) => [note.pupilName, note.text],
  parentOf: (note) => note.pupilId,
});

export const TEST_REGISTRY = createRecordRegistry([profileRecordType, noteType]);
export type TestRecordMap = typeof TEST_REGISTRY extends RecordRegistry<infer M> ? M : never;

/** Passphrases that pass the vault policy (>= 12 characters, zxcvbn score >= 3). */
export const PASSPHRASE = 'kwartel-lantaarn-grind-73';
export const OTHER_PASSPHRASE = 'zeilboot-mosterd-ijzel-58';
export const THIRD_PASSPHRASE = 'tulpenbol-orgel-vlinder-94';

export const PROFILE = {
  schoolName: 'OBS De Regenboog',
  userName: 'Fatma Yılmaz',
  role: 'ib',
} as const;

export class FakeClock {
  constructor(public time = Date.parse('2026-11-22T09:00:00.000Z')) {}
  readonly now = (): number => this.time;
  advance(ms: number): void {
    this.time += ms;
  }
}

export function uniqueDbName(): string {
  return `zorgtafel-test-${crypto.randomUUID()}`;
}

export interface Harness {
  readonly dbName: string;
  readonly clock: FakeClock;
  /** A new service on the same database, as after a page reload. */
  service(options?: Partial<VaultServiceOptions<TestRecordMap>>): VaultService<TestRecordMap>;
  /** A service with another set of record types (e.g. an older or newer release's). */
  serviceWith<M extends VaultRecordMap>(registry: RecordRegistry<M>): VaultService<M>;
  /** Closes every service made so far and deletes the database ("a fresh profile"). */
  wipe(): Promise<void>;
  /** Same as wipe; called after each test. */
  dispose(): Promise<void>;
}

export function harness(dbName = uniqueDbName()): Harness {
  const clock = new FakeClock();
  const made: { close(): void }[] = [];
  return {
    dbName,
    clock,
    service(options = {}) {
      const service = new VaultService<TestRecordMap>({
        dbName,
        registry: TEST_REGISTRY,
        now: clock.now,
        insecureKdfForTests: TEST_KDF_COST,
        appVersion: '0.1.0-test',
        ...options,
      });
      made.push(service);
      return service;
    },
    serviceWith<M extends VaultRecordMap>(registry: RecordRegistry<M>) {
      const service = new VaultService<M>({
        dbName,
        registry,
        now: clock.now,
        insecureKdfForTests: TEST_KDF_COST,
        appVersion: '0.1.0-test',
      });
      made.push(service);
      return service;
    },
    async dispose() {
      await this.wipe();
    },
    async wipe() {
      for (const service of made.splice(0)) service.close();
      // Dexie finishes opening a connection a tick after the first query resolves; closing
      // and deleting in the same tick makes Chromium report the delete as blocked.
      await new Promise((resolve) => setTimeout(resolve, 0));
      await Dexie.delete(dbName);
    },
  };
}

export function unwrap<T, E>(result: Result<T, E>): T {
  if (!result.ok) throw new Error(`Expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}

export function errorOf<T, E>(result: Result<T, E>): E {
  if (result.ok) throw new Error('Expected a failure, got success');
  return result.error;
}

/** Runs `action` and returns the `code` of what it threw (or undefined). */
export async function codeOf(action: () => unknown): Promise<string | undefined> {
  try {
    await action();
  } catch (error) {
    const code: unknown = (error as { code?: unknown }).code;
    return typeof code === 'string' ? code : `threw ${String(error)}`;
  }
  return undefined;
}

/** Every row of every table in a canonical text form (bytes as hex): for byte-for-byte comparisons. */
export async function snapshot(dbName: string): Promise<string> {
  const db = new VaultDatabase(dbName);
  try {
    const [header, records, audit, packs, manifest] = await Promise.all([
      db.header.toArray(),
      db.records.orderBy('id').toArray(),
      db.audit.orderBy('seq').toArray(),
      db.packs.orderBy('key').toArray(),
      db.manifest.orderBy('n').toArray(),
    ]);
    return JSON.stringify({ header, records, audit, packs, manifest }, (_key, value: unknown) =>
      value instanceof Uint8Array
        ? `hex:${Array.from(value, (b) => b.toString(16).padStart(2, '0')).join('')}`
        : value,
    );
  } finally {
    db.close();
  }
}

/** Opens the raw database (as an attacker with disk access would) for tampering. */
export function rawDb(dbName: string): VaultDatabase {
  return new VaultDatabase(dbName);
}

/**
 * Rewrites the encrypted meta record as someone holding the passphrase could (unwrapping the
 * data key from the header): to make a vault look as an older release left it.
 */
export async function rewriteMeta(
  dbName: string,
  change: (meta: VaultMeta) => VaultMeta,
): Promise<void> {
  const db = rawDb(dbName);
  try {
    const header = await readHeader(db);
    const slot = header?.slots.find((s) => s.kind === 'passphrase');
    if (header === null || slot === undefined) throw new Error('No vault header.');
    const dataKey = await unwrapSlot(header.row.vaultId, slot, PASSPHRASE, testKdfPolicy().options);
    const keys = await importVaultKeys(dataKey);
    const meta = await decryptMeta(keys.records, await db.records.get(META_RECORD_ID));
    await db.records.put(await encryptMeta(keys.records, change(meta)));
  } finally {
    db.close();
  }
}

export function note(id: string, pupilName: string, text: string, pupilId?: string): TestNote {
  return { id, pupilName, text, ...(pupilId === undefined ? {} : { pupilId }) };
}

export async function createVault(h: Harness): Promise<{
  service: VaultService<TestRecordMap>;
  session: VaultSession<TestRecordMap>;
  recoveryCode: string;
}> {
  const service = h.service();
  const { session, recoveryCode } = await service.createVault({
    passphrase: PASSPHRASE,
    profile: PROFILE,
  });
  return { service, session, recoveryCode };
}
