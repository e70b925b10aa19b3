// Runs in: any environment.
//
// Which records belong to a record, derived from the registry: a record belongs to X when
// its type's `parentOf` names X, or names a record that belongs to X (chains of any length:
// a case's actieplan, a draft of a referral of that case, …). Retention deletion uses this
// instead of a hand-kept list, so a new record type that declares its parent is covered by
// construction.
import type { AnyRecordTypeDef, RecordBase } from './registry';

export interface RecordRef {
  readonly type: string;
  readonly id: string;
}

/** A stored record reduced to what the tree needs: its type, id and parent id (if any). */
export interface ParentedRef extends RecordRef {
  readonly parent: string | undefined;
}

/**
 * Every record of every type in `defs` that declares `parentOf`, with its parent id.
 * `list(type)` gives the records of one type (e.g. the working set).
 */
export function parentedRecords(
  defs: readonly AnyRecordTypeDef[],
  list: (type: string) => readonly RecordBase[],
): ParentedRef[] {
  const refs: ParentedRef[] = [];
  for (const def of defs) {
    if (def.parentOf === undefined) continue;
    for (const record of list(def.type))
      refs.push({ type: def.type, id: record.id, parent: def.parentOf(record) });
  }
  return refs;
}

/**
 * The records under `rootId` (not the root itself), deepest first, so deleting them in this
 * order never leaves a child without its parent for a moment. A cycle cannot make it loop.
 */
export function recordsUnder(rootId: string, records: readonly ParentedRef[]): RecordRef[] {
  const children = new Map<string, ParentedRef[]>();
  for (const record of records) {
    if (record.parent === undefined) continue;
    const list = children.get(record.parent) ?? [];
    list.push(record);
    children.set(record.parent, list);
  }
  const seen = new Set<string>([rootId]);
  const levels: RecordRef[][] = [];
  let level = [rootId];
  while (level.length > 0) {
    const next: RecordRef[] = [];
    for (const id of level) {
      for (const child of children.get(id) ?? []) {
        if (seen.has(child.id)) continue;
        seen.add(child.id);
        next.push({ type: child.type, id: child.id });
      }
    }
    if (next.length > 0) levels.push(next);
    level = next.map((r) => r.id);
  }
  return levels.reverse().flat();
}
