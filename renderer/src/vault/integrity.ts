// Runs in: renderer.
//
// Checks the rows of the records table against the record manifest (manifest.ts): every row
// must decrypt (not damaged), be the version the manifest names (not an older copy put
// back), and be known to the manifest; every id in the manifest must have a row. Used by
// the session's background check after each unlock (sliced, giving the event loop back
// between slices) and by the backup export (which refuses to call a backup made when it
// would not restore). Without a manifest (a vault from before it existed, or one whose
// manifest was found damaged) the same scan collects the entries of every row that decrypts,
// from which the session builds it.
import { decryptRecord } from '../../../shared/crypto/envelope';
import { entryOfRow, rowDigest, type ManifestEntry } from './manifest';
import { META_RECORD_ID } from './meta';
import type { RecordRow, VaultDatabase } from './storage/db';
import { mapInSlices, yieldToEventLoop } from './yieldToEventLoop';

/** What can be wrong with a record, as the user is told. */
export const INTEGRITY_PROBLEM_KINDS = [
  /** The manifest lists it, but its row is gone. */
  'missing',
  /** Its row fails authentication: altered, cut, or another record's envelope under its id. */
  'damaged',
  /** Its row decrypts but is not the version last written: an older copy was put back. */
  'older-version',
  /** A row the manifest does not know (e.g. a deleted record put back). */
  'unknown',
] as const;
export type IntegrityProblemKind = (typeof INTEGRITY_PROBLEM_KINDS)[number];

/** One record the vault cannot vouch for. Ids and type names only: nothing personal. */
export interface IntegrityProblem {
  readonly id: string;
  readonly type: string;
  /** The record it belongs to (e.g. a chronology entry's case), when known. */
  readonly parent?: string;
  readonly kind: IntegrityProblemKind;
}

/** Rows read and decrypted per slice: a few milliseconds of main-thread work. */
export const SCAN_SLICE = 500;

export interface ScanOptions {
  /** Ids to leave out (written by this session while the scan ran: consistent by construction). */
  readonly skip?: ReadonlySet<string>;
  /** Checked between slices; the scan stops (returns null) once it says false. */
  readonly keepGoing?: () => boolean;
  /** Give the event loop back between slices (the background check; not the export). */
  readonly yieldBetweenSlices?: boolean;
}

export interface ScanResult {
  readonly problems: IntegrityProblem[];
  /**
   * Without a manifest: every row as a manifest entry, damaged ones included (the damage is
   * reported, and stays reported until the user decides), to build the manifest from.
   */
  readonly entries: Map<string, ManifestEntry>;
}

/** A problem with `row`; where it belongs comes from the manifest when it knows the id (the row's clear fields may be altered too). */
function problemOf(
  row: RecordRow,
  kind: IntegrityProblemKind,
  entry?: ManifestEntry,
): IntegrityProblem {
  const parent = entry === undefined ? row.parent : entry.parent;
  return {
    id: row.id,
    type: entry?.type ?? row.type,
    kind,
    ...(parent === undefined ? {} : { parent }),
  };
}

/** Whether a row decrypts under the records key (authenticated, bound to its id, type and version). */
async function decrypts(key: CryptoKey, row: RecordRow): Promise<boolean> {
  try {
    await decryptRecord(key, row);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads every row (in id order, SCAN_SLICE at a time) and checks it against `manifest`, or,
 * when `manifest` is null, only that it decrypts. Returns null when stopped by keepGoing.
 */
export async function scanRows(
  db: VaultDatabase,
  key: CryptoKey,
  manifest: ReadonlyMap<string, ManifestEntry> | null,
  options: ScanOptions = {},
): Promise<ScanResult | null> {
  const skip = options.skip ?? new Set<string>();
  const problems: IntegrityProblem[] = [];
  const entries = new Map<string, ManifestEntry>();
  const seen = new Set<string>();
  let after: string | null = null;
  for (;;) {
    if (options.yieldBetweenSlices === true) await yieldToEventLoop();
    if (options.keepGoing !== undefined && !options.keepGoing()) return null;
    const rows: RecordRow[] = await (
      after === null ? db.records.orderBy(':id') : db.records.where(':id').above(after)
    )
      .limit(SCAN_SLICE)
      .toArray();
    if (rows.length === 0) break;
    after = (rows[rows.length - 1] as RecordRow).id;
    const check = async (row: RecordRow): Promise<void> => {
      if (row.id === META_RECORD_ID || skip.has(row.id)) return;
      seen.add(row.id);
      if (manifest === null) entries.set(row.id, entryOfRow(row));
      const entry = manifest?.get(row.id);
      if (manifest !== null && entry === undefined) {
        problems.push(problemOf(row, 'unknown'));
        return;
      }
      if (!(await decrypts(key, row))) {
        problems.push(problemOf(row, 'damaged', entry));
        return;
      }
      if (entry !== undefined && entry.digest !== rowDigest(row)) {
        problems.push(problemOf(row, 'older-version', entry));
      }
    };
    // The background check decrypts TASK_CHUNK rows per task; the export (inside the write
    // queue, behind a busy status) all of a slice at once.
    if (options.yieldBetweenSlices === true) await mapInSlices(rows, check);
    else await Promise.all(rows.map(check));
  }
  if (manifest !== null) {
    for (const [id, entry] of manifest) {
      if (seen.has(id) || skip.has(id)) continue;
      problems.push({
        id,
        type: entry.type,
        kind: 'missing',
        ...(entry.parent === undefined ? {} : { parent: entry.parent }),
      });
    }
  }
  problems.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { problems, entries };
}
