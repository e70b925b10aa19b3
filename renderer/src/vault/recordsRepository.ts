// Runs in: renderer.
//
// Typed access to the records of an unlocked vault. Reads come from the in-memory working
// set (no decryption on the way to the screen); every write validates against the record
// type's schema, encrypts a fresh envelope, writes it with its audit entry in one
// transaction, then updates the working set and search index and tells subscribers.
import { encryptJson } from '../../../shared/crypto/envelope';
import { isRecordId } from '../../../shared/records/ids';
import { PROFILE_RECORD_ID } from '../../../shared/records/profile';
import {
  RecordError,
  validateRecord,
  type AnyRecordTypeDef,
  type RecordBase,
  type RecordMap,
} from '../../../shared/records/registry';
import { VaultError } from './errors';
import type { OpenState, SessionCore } from './sessionCore';
import type { RecordRow } from './storage/db';
import type { AuditDraft } from './writer';

/** What changed; ids and types only, so listeners can re-read what they show. */
export interface RecordChange {
  readonly kind: 'create' | 'update' | 'delete';
  readonly type: string;
  readonly id: string;
}

export type RecordListener = (changes: readonly RecordChange[]) => void;

/**
 * How long after an audited update further autosave writes of the same record go unaudited.
 * Meeting mode saves while the IB types; an audit entry per pause in typing would bury the
 * trail in noise without saying more than "this meeting was edited between 14:02 and 14:09".
 */
export const AUTOSAVE_AUDIT_WINDOW_MS = 5 * 60_000;

export interface PutOptions {
  /**
   * A background save of typing in progress: not audited when the same record got an audit
   * entry (create or update) less than AUTOSAVE_AUDIT_WINDOW_MS ago in this session.
   * Creates are always audited.
   */
  readonly autosave?: boolean;
}

/** Record types that exist once per vault and cannot be deleted. */
const PROTECTED_IDS: ReadonlySet<string> = new Set([PROFILE_RECORD_ID]);

export class RecordsRepository<M extends RecordMap> {
  private readonly listeners = new Set<RecordListener>();
  /** When each record's last audit entry (create or update) was written in this session (ms). */
  private readonly lastAuditedUpdate = new Map<string, number>();

  /** @internal Created by the session. */
  constructor(private readonly core: SessionCore) {}

  /** The record of `type` with `id`, or undefined. */
  get<K extends keyof M & string>(type: K, id: string): M[K] | undefined {
    return this.core.open().workingSet.get(type, id) as M[K] | undefined;
  }

  /** Every record of `type` (in no particular order). */
  list<K extends keyof M & string>(type: K): M[K][] {
    return this.core.open().workingSet.list(type) as M[K][];
  }

  count<K extends keyof M & string>(type: K): number {
    return this.core.open().workingSet.count(type);
  }

  /**
   * Creates or replaces a record (by its `id`; use newRecordId() for new ones). Resolves to
   * the validated record once it is on disk. Throws VaultError 'record.unknown-type',
   * 'record.invalid', 'record.invalid-id', 'record.id-conflict' or 'vault.locked'.
   */
  async put<K extends keyof M & string>(
    type: K,
    record: M[K],
    options: PutOptions = {},
  ): Promise<M[K]> {
    const [saved] = await this.putMany(type, [record], options);
    return saved as M[K];
  }

  /** Creates or replaces several records of one type in a single transaction. */
  async putMany<K extends keyof M & string>(
    type: K,
    records: readonly M[K][],
    options: PutOptions = {},
  ): Promise<M[K][]> {
    const def = this.definition(type);
    const validated = records.map((record) => this.validate(def, record));
    const ids = new Set<string>();
    for (const record of validated) {
      if (ids.has(record.id))
        throw new VaultError('record.id-conflict', `Id ${record.id} appears twice in one save.`);
      ids.add(record.id);
    }
    const changes = await this.core.write((state) =>
      this.commitPuts(state, def, validated, options, []),
    );
    this.emit(changes);
    return validated as M[K][];
  }

  /** Deletes a record for real (envelope removed). Throws 'record.not-found' or 'record.protected'. */
  async delete<K extends keyof M & string>(type: K, id: string): Promise<void> {
    const def = this.definition(type);
    if (PROTECTED_IDS.has(id))
      throw new VaultError('record.protected', `Record ${id} cannot be deleted.`);
    const change = await this.core.write(async ({ workingSet, writer }) => {
      if (workingSet.get(def.type, id) === undefined)
        throw new VaultError('record.not-found', `No ${def.type} record with id ${id}.`);
      await writer.commit({
        deletes: [id],
        audit: [{ action: 'record.delete', recordType: def.type, recordId: id }],
      });
      workingSet.delete(id);
      return { kind: 'delete' as const, type: def.type, id };
    });
    this.emit([change]);
  }

  /**
   * @internal The "repair" way out of an integrity problem: writes each record again from the
   * copy in memory (a snapshot unlock holds it even when its row is gone or damaged). Problems
   * without a copy in memory are left as they are. Returns the ids repaired.
   */
  async rewriteFromMemory(
    problems: readonly { readonly id: string }[],
  ): Promise<ReadonlySet<string>> {
    const done = new Set<string>();
    const changes = await this.core.write(async (state) => {
      const byType = new Map<AnyRecordTypeDef, RecordBase[]>();
      for (const { id } of problems) {
        const entry = state.workingSet.entry(id);
        if (entry === undefined || done.has(id)) continue;
        done.add(id);
        byType.set(entry.def, [...(byType.get(entry.def) ?? []), entry.record]);
      }
      const all: RecordChange[] = [];
      for (const [def, records] of byType) {
        const resolve: AuditDraft[] = records.map((r) => ({
          action: 'integrity.resolve',
          recordType: def.type,
          recordId: r.id,
          detail: 'action=repair',
        }));
        all.push(...(await this.commitPuts(state, def, records, {}, resolve)));
      }
      return all;
    });
    this.emit(changes);
    return done;
  }

  /**
   * @internal The "continue without it" way out: removes each record's row (if any) and
   * manifest entry, and the record from memory, with an 'integrity.resolve' entry each.
   */
  async dropForIntegrity(
    problems: readonly { readonly id: string; readonly type: string }[],
  ): Promise<ReadonlySet<string>> {
    const ids = [...new Set(problems.map((p) => p.id))].filter((id) => !PROTECTED_IDS.has(id));
    const changes = await this.core.write(async ({ workingSet, writer }) => {
      const audit: AuditDraft[] = problems
        .filter((p) => ids.includes(p.id))
        .map((p) => ({
          action: 'integrity.resolve',
          recordType: p.type,
          recordId: p.id,
          detail: 'action=without',
        }));
      await writer.commit({ deletes: ids, audit });
      const gone: RecordChange[] = [];
      for (const id of ids) {
        const entry = workingSet.entry(id);
        if (entry === undefined) continue;
        workingSet.delete(id);
        gone.push({ kind: 'delete', type: entry.type, id });
      }
      return gone;
    });
    this.emit(changes);
    return new Set(ids);
  }

  /**
   * Deletes several records of any types for real in ONE transaction (a retention deletion
   * must not stop half-way), each with its own 'record.delete' audit entry. Records already
   * gone are skipped. Throws 'record.unknown-type' or 'record.protected' before anything is written.
   */
  async deleteMany(refs: readonly { readonly type: string; readonly id: string }[]): Promise<void> {
    const defs = refs.map((ref) => {
      if (PROTECTED_IDS.has(ref.id))
        throw new VaultError('record.protected', `Record ${ref.id} cannot be deleted.`);
      return { def: this.definition(ref.type), id: ref.id };
    });
    const changes = await this.core.write(async ({ workingSet, writer }) => {
      const present = defs.filter(({ def, id }) => workingSet.get(def.type, id) !== undefined);
      if (present.length === 0) return [];
      await writer.commit({
        deletes: present.map((p) => p.id),
        audit: present.map(({ def, id }) => ({
          action: 'record.delete' as const,
          recordType: def.type,
          recordId: id,
        })),
      });
      for (const { id } of present) workingSet.delete(id);
      return present.map(({ def, id }) => ({ kind: 'delete' as const, type: def.type, id }));
    });
    if (changes.length > 0) this.emit(changes);
  }

  /** Calls `listener` after every committed change; returns the unsubscribe function. */
  subscribe(listener: RecordListener): () => void {
    this.core.open();
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** @internal Drops all listeners (at lock). */
  clearListeners(): void {
    this.listeners.clear();
  }

  /** Encrypts `validated` records of one type and commits them with their audit entries (in the write queue). */
  private async commitPuts(
    { keys, workingSet, writer }: OpenState,
    def: AnyRecordTypeDef,
    validated: readonly RecordBase[],
    options: PutOptions,
    extraAudit: readonly AuditDraft[],
  ): Promise<RecordChange[]> {
    const rows: RecordRow[] = [];
    const audit: AuditDraft[] = [];
    const result: RecordChange[] = [];
    for (const record of validated) {
      const existing = workingSet.entry(record.id);
      if (existing !== undefined && existing.type !== def.type) {
        throw new VaultError(
          'record.id-conflict',
          `Id ${record.id} belongs to a record of type ${existing.type}.`,
        );
      }
      const kind = existing === undefined ? 'create' : 'update';
      const env = await encryptJson(
        keys.records,
        { id: record.id, type: def.type, v: def.version },
        record,
      );
      const parent = def.parentOf?.(record);
      rows.push({
        id: env.id,
        type: env.type,
        v: env.v,
        iv: env.iv,
        ct: env.ct,
        ...(parent === undefined ? {} : { parent }),
      });
      if (this.shouldAudit(kind, record.id, options)) {
        audit.push({
          action: kind === 'create' ? 'record.create' : 'record.update',
          recordType: def.type,
          recordId: record.id,
        });
      }
      result.push({ kind, type: def.type, id: record.id });
    }
    await writer.commit({ puts: rows, audit: [...audit, ...extraAudit] });
    const at = this.core.now();
    for (const draft of audit)
      if (draft.recordId !== undefined) this.lastAuditedUpdate.set(draft.recordId, at);
    for (const record of validated) workingSet.set(def, record, def.version);
    return result;
  }

  private shouldAudit(kind: 'create' | 'update', id: string, options: PutOptions): boolean {
    if (kind === 'create' || options.autosave !== true) return true;
    const last = this.lastAuditedUpdate.get(id);
    return last === undefined || this.core.now() - last >= AUTOSAVE_AUDIT_WINDOW_MS;
  }

  private definition(type: string): AnyRecordTypeDef {
    this.core.open();
    const def = this.core.registry.find(type);
    if (def === undefined)
      throw new VaultError('record.unknown-type', `Record type "${type}" is not registered.`);
    return def;
  }

  private validate(def: AnyRecordTypeDef, record: RecordBase): RecordBase {
    let validated: RecordBase;
    try {
      validated = validateRecord(def, record);
    } catch (error) {
      throw new VaultError(
        'record.invalid',
        error instanceof RecordError ? error.message : `Record of type ${def.type} is invalid.`,
      );
    }
    if (!isRecordId(validated.id))
      throw new VaultError(
        'record.invalid-id',
        'Record id must be a random token (newRecordId) or a fixed name.',
      );
    const parent = def.parentOf?.(validated);
    if (parent !== undefined && !isRecordId(parent))
      throw new VaultError('record.invalid-id', 'A parent must be a record id.');
    return validated;
  }

  private emit(changes: readonly RecordChange[]): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(changes);
      } catch (error) {
        // A failing listener must not undo a committed write or starve the other listeners;
        // rethrow outside this call stack so it still surfaces as an uncaught error.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}
