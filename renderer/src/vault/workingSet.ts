// Runs in: renderer.
//
// The decrypted records of an unlocked vault, held in memory so that lists and search never
// wait for decryption, plus the search index over them. Exists only between unlock and lock;
// clear() drops every reference.
import type { AnyRecordTypeDef, RecordBase } from '../../../shared/records/registry';
import { SearchIndex } from '../../../shared/search/index';

interface Entry {
  readonly type: string;
  readonly record: RecordBase;
  /** Version the record is stored at on disk; lower than its type's version until rewritten. */
  readonly storedVersion: number;
}

export class WorkingSet {
  private readonly byId = new Map<string, Entry>();
  private readonly byType = new Map<string, Map<string, RecordBase>>();
  private readonly index = new SearchIndex();

  get size(): number {
    return this.byId.size;
  }

  /** Adds or replaces a record and re-indexes its search texts. */
  set(def: AnyRecordTypeDef, record: RecordBase, storedVersion: number): void {
    const previous = this.byId.get(record.id);
    if (previous !== undefined && previous.type !== def.type) this.byType.get(previous.type)?.delete(record.id);
    this.byId.set(record.id, { type: def.type, record, storedVersion });
    let ofType = this.byType.get(def.type);
    if (ofType === undefined) {
      ofType = new Map();
      this.byType.set(def.type, ofType);
    }
    ofType.set(record.id, record);
    const texts = def.searchText?.(record) ?? [];
    if (texts.length > 0) this.index.update(record.id, texts);
    else this.index.remove(record.id);
  }

  delete(id: string): void {
    const entry = this.byId.get(id);
    if (entry === undefined) return;
    this.byId.delete(id);
    this.byType.get(entry.type)?.delete(id);
    this.index.remove(id);
  }

  entry(id: string): Entry | undefined {
    return this.byId.get(id);
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
    for (const [id, entry] of this.byId) if (entry.storedVersion < (currentVersion(entry.type) ?? entry.storedVersion)) ids.push(id);
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
  }
}
