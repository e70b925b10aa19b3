// Runs in: renderer.
//
// The contract between the benchmark page (renderer/bench/main.ts) and the Playwright
// benchmark (tests/bench): what `window.zorgtafelBench` offers and what each call returns.
// Plain JSON-able values only, because they cross page.evaluate.
import type { BenchTargets } from './targets';

export type { BenchTargets } from './targets';

export interface SeedResult {
  readonly size: string;
  readonly target: number;
  /** Records written per type (the profile not counted). */
  readonly records: Readonly<Record<string, number>>;
  readonly total: number;
  readonly batches: number;
  /** createVault with the production Argon2id cost (key derivation included). */
  readonly createMs: number;
  /** All putMany batches (validate, encrypt, audit, IndexedDB, index). */
  readonly writeMs: number;
  /** Waiting for the session's background work (the encrypted working-set snapshot) before locking. */
  readonly backgroundMs: number;
  /** The records the UI measurements open (meeting, case, referral, minutes). */
  readonly targets: BenchTargets;
}

export interface KdfResult {
  readonly samplesMs: readonly number[];
  readonly medianMs: number;
}

export interface UnlockResult {
  /** unlockWithPassphrase, key derivation included. */
  readonly ms: number;
  /** Records in the working set after unlock. */
  readonly records: number;
  /**
   * From the unlock resolving to its background work done (search index complete; a
   * snapshot write if one was due). Search is measured after it.
   */
  readonly backgroundMs: number;
  /** Main-thread tasks over 50 ms (PerformanceObserver 'longtask') during that background work. */
  readonly backgroundLongTasks: number;
  /** The longest of them (0: none over 50 ms). */
  readonly backgroundLongestTaskMs: number;
  /** Every long task seen from the unlock's resolution on: start (relative to the background work's start; negative: the unlock's own) and duration. */
  readonly backgroundLongTasksAt: readonly {
    readonly startMs: number;
    readonly durationMs: number;
  }[];
}

/** A floor (issue 22): the least the storage or library must pay for a figure, timed alone. */
export interface FloorResult {
  readonly samplesMs: readonly number[];
  readonly medianMs: number;
}

export interface SearchResult {
  /** One sample per keystroke: every prefix of every query. */
  readonly typeaheadMs: readonly number[];
  /** One sample per whole query. */
  readonly fullMs: readonly number[];
  /** Hits per whole query (limit 50), to show that the queries find something. */
  readonly hits: readonly number[];
  /** The five slowest keystrokes (typed text and time): where to look when p95 grows. */
  readonly slowest: readonly { readonly typed: string; readonly ms: number }[];
}

export type BackupResult =
  | {
      readonly ok: true;
      readonly exportMs: number;
      readonly bytes: number;
      readonly restoreMs: number;
      readonly restoredRecords: number;
      readonly restoredAuditEntries: number;
    }
  | { readonly ok: false; readonly stage: 'export' | 'restore'; readonly error: string };

/**
 * The unlock pipeline taken apart, to show where unlock time goes: a raw read of the seeded
 * records table, and AES-GCM decryption (parallel batches of 256, as the loader does), schema
 * validation and search indexing of the same generated records in memory.
 */
export interface UnlockParts {
  readonly rows: number;
  readonly readMs: number;
  readonly decryptMs: number;
  readonly validateMs: number;
  readonly indexMs: number;
}

export interface GeneratorCheck {
  readonly total: number;
  /** Same seed twice gives byte-identical JSON. */
  readonly deterministic: boolean;
  /** "type: message" for every record the registry refuses (should be empty). */
  readonly invalid: readonly string[];
  readonly records: Readonly<Record<string, number>>;
}

export interface BenchApi {
  /** Creates the vault in the app's database (production Argon2id) and writes `size` records through putMany. */
  seed(size: string, passphrase: string): Promise<SeedResult>;
  /** Argon2id with the production cost, `runs` times. */
  measureKdf(runs: number): Promise<KdfResult>;
  /** Unlocks the seeded vault programmatically and keeps the session for search/backup. */
  unlock(passphrase: string): Promise<UnlockResult>;
  /** vault search over the fixed queries, per keystroke and per whole query. */
  search(): SearchResult;
  /** exportBackup of the open session, restore into a second database, then delete that database. */
  backup(passphrase: string): Promise<BackupResult>;
  /** Times the parts of an unlock separately (see UnlockParts). */
  unlockParts(size: string): Promise<UnlockParts>;
  /** Locks the open session (if any). */
  lock(): Promise<void>;
  /** Generates `size` twice in memory and validates every record with the registry. */
  checkGenerator(size: string): GeneratorCheck;
  /** The unlock's floor: the snapshot's packs read, decrypted and parsed, `runs` times. */
  unlockFloor(passphrase: string, runs: number): Promise<FloorResult>;
  /** A PDF's floor: pdf-lib writing these pages of plain text with the app's font, `runs` times. */
  pdfFloor(pageTexts: readonly string[], runs: number): Promise<FloorResult>;
  /** The vault search's floor per typed prefix (after unlockParts): one pass over the postings. */
  searchFloor(): number[];
}

declare global {
  interface Window {
    zorgtafelBench?: BenchApi;
  }
}
