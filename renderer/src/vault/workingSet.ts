// Runs in: renderer.
//
// The decrypted records of an unlocked vault, held in memory so that lists and search never
// wait for decryption, plus the search index over them. Exists only between unlock and lock;
// clear() drops every reference.
//
// The index is built after the unlock, in slices (buildIndexSlice), so the dashboard does not
// wait for it. Records loaded at unlock are queued by id; set() and delete() always update the
// index at once. A queued id is indexed from the record held at the moment its slice runs
// (or skipped when it was deleted), so a write during the build can never be undone by it.
import type { AnyRecordTypeDef, RecordBase } from '../../../shared/records/registry';
import { SearchIndex } from '../../../shared/search/index';

export interface WorkingSetEntry {
  readonly def: AnyRecordTypeDef;
  readonly type: string;
  readonly record: RecordBase;
  /** Version the record is stored at on disk; lower than its type's version until rewritten. */
  readonly storedVersion: number;
}

export class WorkingSet {
  private readonly byId = new Map<string, WorkingSetEntry>();
  private readonly byType = new Map<string, Map<string, RecordBase>>();
  private readonly index = new SearchIndex();
  /** Ids loaded but not yet indexed, and how far the build has come. */
  private pending: string[] = [];
  private pendingAt = 0;

  get size(): number {
    return this.byId.size;
  }

  /** True when every loaded record is in the search index. */
  get indexComplete(): boolean {
    return this.pendingAt >= this.pending.length;
  }

  /** Adds a record at load time WITHOUT indexing it: it joins the queue of buildIndexSlice. */
  load(def: AnyRecordTypeDef, record: RecordBase, storedVersion: number): void {
    if (!this.byId.has(record.id)) this.pending.push(record.id);
    this.store(def, record, storedVersion);
  }

  /** Adds or replaces a record and re-indexes its search texts. */
  set(def: AnyRecordTypeDef, record: RecordBase, storedVersion: number): void {
    this.store(def, record, storedVersion);
    this.indexRecord(def, record);
  }

  delete(id: string): void {
    const entry = this.byId.get(id);
    if (entry === undefined) return;
    this.byId.delete(id);
    this.byType.get(entry.type)?.delete(id);
    this.index.remove(id);
  }

  /**
   * Indexes up to `count` queued records, each as it is now (deleted ones are skipped).
   * Returns true when the index is complete.
   */
  buildIndexSlice(count: number): boolean {
    const end = Math.min(this.pending.length, this.pendingAt + count);
    for (; this.pendingAt < end; this.pendingAt += 1) {
      const id = this.pending[this.pendingAt];
      const entry = id === undefined ? undefined : this.byId.get(id);
      if (entry !== undefined) this.indexRecord(entry.def, entry.record);
    }
    if (this.indexComplete) {
      this.pending = [];
      this.pendingAt = 0;
    }
    return this.indexComplete;
  }

  entry(id: string): WorkingSetEntry | undefined {
    return this.byId.get(id);
  }

  /** Every entry, in no particular order (a copy: records are immutable, the array is not shared). */
  entries(): WorkingSetEntry[] {
    return [...this.byId.values()];
  }

  get(type: string, id: string): RecordBase | undefined {
    return this.byType.get(type)?.get(id);
  }

  list(type: string): RecordBase[] {
    return [...(this.byType.get(type)?.values() ?? [])];
  }

  count(type: string): number {
    return this.byType.get(type)?.size ?? 0;
  }

  /** Ids of records stored at an older version than their type (rewritten on their next save). */
  staleIds(currentVersion: (type: string) => number | undefined): string[] {
    const ids: string[] = [];
    for (const [id, entry] of this.byId)
      if (entry.storedVersion < (currentVersion(entry.type) ?? entry.storedVersion)) ids.push(id);
    return ids;
  }

  search(query: string, limit: number): { type: string; id: string; record: RecordBase }[] {
    const hits: { type: string; id: string; record: RecordBase }[] = [];
    for (const id of this.index.query(query, limit)) {
      const entry = this.byId.get(id);
      if (entry !== undefined) hits.push({ type: entry.type, id, record: entry.record });
    }
    return hits;
  }

  clear(): void {
    this.byId.clear();
    this.byType.clear();
    this.index.clear();
    this.pending = [];
    this.pendingAt = 0;
  }

  private store(def: AnyRecordTypeDef, record: RecordBase, storedVersion: number): void {
    const previous = this.byId.get(record.id);
    if (previous !== undefined && previous.type !== def.type)
      this.byType.get(previous.type)?.delete(record.id);
    this.byId.set(record.id, { def, type: def.type, record, storedVersion });
    let ofType = this.byType.get(def.type);
    if (ofType === undefined) {
      ofType = new Map();
      this.byType.set(def.type, ofType);
    }
    ofType.set(record.id, record);
  }

  private indexRecord(def: AnyRecordTypeDef, record: RecordBase): void {
    const texts = def.searchText?.(record) ?? [];
    if (texts.length > 0) this.index.update(record.id, texts);
    else this.index.remove(record.id);
  }
}
