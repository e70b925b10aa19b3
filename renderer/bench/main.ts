// Runs in: renderer.
//
// The benchmark page (built only with `vite build --mode bench`). It shares the app's origin
// under `vite preview`, so the vault it seeds in IndexedDB is the vault the real app at "/"
// then opens. It writes through the app's own VaultService and putMany (validated, encrypted,
// audited) and offers Playwright the measurements that have no screen yet, as
// `window.zorgtafelBench`.
import { z } from 'zod';
import { decryptJson, encryptJson, type Envelope } from '../../shared/crypto/envelope';
import { deriveKeyBytes, newArgon2idParams, DEFAULT_ARGON2ID } from '../../shared/crypto/kdf';
import { generateDataKey, importVaultKeys, unwrapSlot } from '../../shared/crypto/keyslots';
import { wipe } from '../../shared/crypto/bytes';
import { PDFDocument } from '@cantoo/pdf-lib';
import { cachingFontkit } from '../../shared/documents/fontMetrics';
import { SearchIndex } from '../../shared/search/index';
import { APP_RECORD_REGISTRY, type AppRecordMap } from '../../shared/records/catalog';
import { RecordError, validateRecord } from '../../shared/records/registry';
import { VaultService, type VaultSession } from '../src/vault';
import { decryptMeta, META_RECORD_ID } from '../src/vault/meta';
import { readSnapshot } from '../src/vault/snapshot';
import { VaultDatabase } from '../src/vault/storage/db';
import { readHeader } from '../src/vault/storage/header';
import { loadDocumentFonts } from '../src/security/documentFonts';
import type {
  BackupResult,
  BenchApi,
  FloorResult,
  GeneratorCheck,
  KdfResult,
  SearchResult,
  SeedResult,
  UnlockParts,
  UnlockResult,
} from './api';
import {
  BENCH_SIZES,
  benchTargets,
  generateVault,
  isBenchSize,
  type GeneratedBatch,
} from './generate';
import { BENCH_QUERIES, typedPrefixes } from './queries';

// As in the app: zod would otherwise probe for eval(), which the CSP forbids.
z.config({ jitless: true });

const RESTORE_DB_NAME = 'zorgtafel-bench-restore';
const PROFILE = {
  schoolName: 'OBS De Tweemaster',
  userName: 'Anouk van den Berg',
  role: 'ib',
} as const;

type Session = VaultSession<AppRecordMap>;

let service: VaultService<AppRecordMap> | null = null;
let session: Session | null = null;

function vaultService(): VaultService<AppRecordMap> {
  service ??= new VaultService<AppRecordMap>({
    registry: APP_RECORD_REGISTRY,
    appVersion: 'bench',
  });
  return service;
}

function openSession(): Session {
  if (session === null || session.isLocked)
    throw new Error('No open session: call unlock() first.');
  return session;
}

function targetOf(size: string): number {
  if (!isBenchSize(size))
    throw new Error(`Unknown size "${size}"; known: ${Object.keys(BENCH_SIZES).join(', ')}`);
  return BENCH_SIZES[size];
}

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function putBatch(target: Session, batch: GeneratedBatch): Promise<unknown> {
  return target.records.putMany(batch.type, batch.records);
}

function setStatus(text: string): void {
  const status = document.getElementById('status');
  if (status !== null) status.textContent = text;
}

async function seed(size: string, passphrase: string): Promise<SeedResult> {
  const target = targetOf(size);
  const vault = vaultService();
  await session?.lock();
  const started = performance.now();
  const created = await vault.createVault({ passphrase, profile: PROFILE });
  const createMs = performance.now() - started;
  const records: Record<string, number> = {};
  let total = 0;
  let batches = 0;
  const writing = performance.now();
  for (const batch of generateVault(target)) {
    await putBatch(created.session, batch);
    records[batch.type] = (records[batch.type] ?? 0) + batch.records.length;
    total += batch.records.length;
    batches += 1;
    if (batches % 10 === 0) setStatus(`Seeding ${size}: ${String(total)} records`);
  }
  const writeMs = performance.now() - writing;
  // The vault writes an encrypted snapshot of the working set in the background; the app
  // must find it complete, as it would after a real session, so wait before locking.
  const waiting = performance.now();
  await created.session.whenBackgroundWorkDone();
  const backgroundMs = performance.now() - waiting;
  await created.session.lock();
  setStatus(`Seeded ${size}: ${String(total)} records`);
  return {
    size,
    target,
    records,
    total,
    batches,
    createMs,
    writeMs,
    backgroundMs,
    targets: benchTargets(target),
  };
}

async function measureKdf(runs: number): Promise<KdfResult> {
  const samplesMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const params = newArgon2idParams(DEFAULT_ARGON2ID);
    const started = performance.now();
    const key = await deriveKeyBytes('tafel regenjas fluit oktober zeilboot', params);
    samplesMs.push(performance.now() - started);
    key.fill(0);
  }
  return { samplesMs, medianMs: median(samplesMs) };
}

async function unlock(passphrase: string): Promise<UnlockResult> {
  await session?.lock();
  session = null;
  const started = performance.now();
  const result = await vaultService().unlockWithPassphrase(passphrase);
  const ms = performance.now() - started;
  if (!result.ok) throw new Error(`Unlock failed: ${result.error.code}`);
  session = result.value;
  // Main-thread tasks over 50 ms while the background work runs (issue 12: the integrity
  // check must run in slices; a long task is a frame the user sees stall).
  const longTasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => {
    longTasks.push(...list.getEntries());
  });
  observer.observe({ type: 'longtask' });
  const background = performance.now();
  await session.whenBackgroundWorkDone();
  const backgroundMs = performance.now() - background;
  // Entries are delivered after their task: give the last one a turn to arrive.
  await new Promise((resolve) => setTimeout(resolve, 0));
  longTasks.push(...observer.takeRecords());
  observer.disconnect();
  // A task that began before this point is the unlock's own (the one resolving it), not
  // background work.
  const inBackground = longTasks.filter((entry) => entry.startTime >= background);
  let records = 0;
  for (const type of APP_RECORD_REGISTRY.types()) records += session.records.count(type);
  return {
    ms,
    records,
    backgroundMs,
    backgroundLongTasks: inBackground.length,
    backgroundLongestTaskMs: Math.max(0, ...inBackground.map((entry) => entry.duration)),
    backgroundLongTasksAt: longTasks.map((entry) => ({
      startMs: entry.startTime - background,
      durationMs: entry.duration,
    })),
  };
}

/** Times `run` `runs` times (after one untimed warm-up when `warmUp`). */
async function timed(
  runs: number,
  warmUp: boolean,
  run: () => Promise<unknown>,
): Promise<FloorResult> {
  if (warmUp) await run();
  const samplesMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    samplesMs.push(performance.now() - started);
  }
  return { samplesMs, medianMs: median(samplesMs) };
}

/**
 * The unlock's floor (issue 22): read the snapshot's packs from IndexedDB, decrypt and parse
 * them, nothing else (no rows, no audit, no working set, no dashboard). The key derivation
 * and the meta record that names the snapshot are outside the timing.
 */
async function unlockFloor(passphrase: string, runs: number): Promise<FloorResult> {
  const db = new VaultDatabase();
  try {
    const header = await readHeader(db);
    const slot = header?.slots.find((s) => s.kind === 'passphrase');
    if (header === null || slot === undefined)
      throw new Error('No vault with a passphrase slot to measure.');
    const dataKey = await unwrapSlot(header.row.vaultId, slot, passphrase);
    let keys;
    try {
      keys = await importVaultKeys(dataKey);
    } finally {
      wipe(dataKey);
    }
    const metaRow = await db.records.get(META_RECORD_ID);
    if (metaRow === undefined) throw new Error('The vault has no meta record.');
    const ref = (await decryptMeta(keys.records, metaRow)).snapshot ?? null;
    if (ref === null)
      throw new Error('The vault has no snapshot: the floor of a snapshot unlock needs one.');
    const records = keys.records;
    return await timed(runs, false, () =>
      readSnapshot(db, records, APP_RECORD_REGISTRY, ref, () => undefined),
    );
  } finally {
    db.close();
  }
}

/** Words of the floor PDF's text, drawn in lines of this many characters at most. */
const FLOOR_PDF_LINE_CHARS = 90;

/**
 * A PDF's floor (issue 22): pdf-lib writing `pages` pages of plain text with the app's
 * regular document font (parsed once per session, as the app's documents use it), the same
 * characters per page as the app's document, without layout rules, headers or styles.
 */
async function pdfFloor(pageTexts: readonly string[], runs: number): Promise<FloorResult> {
  const fonts = await loadDocumentFonts();
  const pageLines = pageTexts.map((text) => {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/).filter((w) => w !== '')) {
      if (line.length + word.length + 1 > FLOOR_PDF_LINE_CHARS) {
        lines.push(line);
        line = '';
      }
      line = line === '' ? word : `${line} ${word}`;
    }
    if (line !== '') lines.push(line);
    return lines;
  });
  return timed(runs, true, async () => {
    const doc = await PDFDocument.create();
    doc.registerFontkit(cachingFontkit);
    const font = await doc.embedFont(fonts.regular, { subset: true });
    for (const lines of pageLines) {
      const page = doc.addPage([595.28, 841.89]);
      lines.forEach((text, i) => page.drawText(text, { x: 56, y: 780 - i * 14, size: 10, font }));
    }
    return doc.save();
  });
}

function search(): SearchResult {
  const open = openSession();
  const typeaheadMs: number[] = [];
  const fullMs: number[] = [];
  const hits: number[] = [];
  const timed: { typed: string; ms: number }[] = [];
  // One untimed pass first: the index merges new tokens lazily at the first query.
  for (const query of BENCH_QUERIES) open.search(query, 50);
  for (const query of BENCH_QUERIES) {
    for (const prefix of typedPrefixes(query)) {
      const started = performance.now();
      open.search(prefix, 50);
      const ms = performance.now() - started;
      typeaheadMs.push(ms);
      timed.push({ typed: prefix, ms });
    }
    const started = performance.now();
    const found = open.search(query, 50);
    fullMs.push(performance.now() - started);
    hits.push(found.length);
  }
  const slowest = timed.sort((a, b) => b.ms - a.ms).slice(0, 5);
  return { typeaheadMs, fullMs, hits, slowest };
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(new Error(`Could not delete ${name}`));
    request.onblocked = () => resolve();
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
}

async function backup(passphrase: string): Promise<BackupResult> {
  const open = openSession();
  let bytes: Uint8Array;
  const exporting = performance.now();
  try {
    bytes = await open.exportBackup();
  } catch (error) {
    return { ok: false, stage: 'export', error: describe(error) };
  }
  const exportMs = performance.now() - exporting;
  const target = new VaultService<AppRecordMap>({
    dbName: RESTORE_DB_NAME,
    registry: APP_RECORD_REGISTRY,
    appVersion: 'bench',
  });
  try {
    const restoring = performance.now();
    const result = await target.restoreBackup(bytes, { passphrase });
    const restoreMs = performance.now() - restoring;
    if (!result.ok) return { ok: false, stage: 'restore', error: result.error.code };
    return {
      ok: true,
      exportMs,
      bytes: bytes.byteLength,
      restoreMs,
      restoredRecords: result.value.records,
      restoredAuditEntries: result.value.auditEntries,
    };
  } catch (error) {
    return { ok: false, stage: 'restore', error: describe(error) };
  } finally {
    target.close();
    await deleteDatabase(RESTORE_DB_NAME);
  }
}

async function unlockParts(size: string): Promise<UnlockParts> {
  const target = targetOf(size);
  const db = new VaultDatabase();
  let readMs: number;
  let rows: number;
  try {
    const reading = performance.now();
    rows = (await db.records.toArray()).length;
    readMs = performance.now() - reading;
  } finally {
    db.close();
  }
  const keys = await importVaultKeys(generateDataKey());
  const sealed: { readonly type: GeneratedBatch['type']; readonly env: Envelope }[] = [];
  for (const batch of generateVault(target)) {
    for (const record of batch.records)
      sealed.push({
        type: batch.type,
        env: await encryptJson(keys.records, { id: record.id, type: batch.type, v: 1 }, record),
      });
  }
  const decrypting = performance.now();
  const plain: { readonly type: GeneratedBatch['type']; readonly value: unknown }[] = [];
  for (let i = 0; i < sealed.length; i += 256) {
    const slice = sealed.slice(i, i + 256);
    const values = await Promise.all(slice.map((item) => decryptJson(keys.records, item.env)));
    values.forEach((value, j) => plain.push({ type: slice[j]?.type ?? 'pupil', value }));
  }
  const decryptMs = performance.now() - decrypting;
  const validating = performance.now();
  const valid = plain.map((item) => {
    const def = APP_RECORD_REGISTRY.get(item.type);
    return { def, record: validateRecord(def, item.value) };
  });
  const validateMs = performance.now() - validating;
  const indexing = performance.now();
  const index = new SearchIndex();
  for (const { def, record } of valid) {
    const texts = def.searchText?.(record) ?? [];
    if (texts.length > 0) index.add(record.id, texts);
  }
  index.query('a', 1);
  const indexMs = performance.now() - indexing;
  partsIndex = index;
  return { rows, readMs, decryptMs, validateMs, indexMs };
}

/** The index unlockParts built over the generated records (the vault's records): searchFloor's. */
let partsIndex: SearchIndex | null = null;

/**
 * The vault search's floor (issue 22), per typed prefix as search(): one pass over the
 * postings of the tokens each query word is a prefix of, without intersecting or ranking.
 */
function searchFloor(): number[] {
  const index = partsIndex;
  if (index === null)
    throw new Error('Call unlockParts() first: it builds the index the floor reads.');
  for (const query of BENCH_QUERIES) index.scanPostings(query);
  const samples: number[] = [];
  for (const query of BENCH_QUERIES) {
    for (const prefix of typedPrefixes(query)) {
      const started = performance.now();
      index.scanPostings(prefix);
      samples.push(performance.now() - started);
    }
  }
  return samples;
}

async function lock(): Promise<void> {
  await session?.lock();
  session = null;
}

function checkGenerator(size: string): GeneratorCheck {
  const target = targetOf(size);
  const first: GeneratedBatch[] = [...generateVault(target)];
  const again = JSON.stringify([...generateVault(target)]);
  const invalid: string[] = [];
  const records: Record<string, number> = {};
  let total = 0;
  for (const batch of first) {
    const def = APP_RECORD_REGISTRY.find(batch.type);
    records[batch.type] = (records[batch.type] ?? 0) + batch.records.length;
    total += batch.records.length;
    for (const record of batch.records) {
      try {
        if (def === undefined) throw new Error('type not in the registry');
        validateRecord(def, record);
      } catch (error) {
        invalid.push(
          `${batch.type}: ${error instanceof RecordError ? error.message : describe(error)}`,
        );
      }
    }
  }
  return { total, deterministic: JSON.stringify(first) === again, invalid, records };
}

const api: BenchApi = {
  seed,
  measureKdf,
  unlock,
  search,
  backup,
  unlockParts,
  lock,
  checkGenerator,
  unlockFloor,
  pdfFloor,
  searchFloor,
};
window.zorgtafelBench = api;
setStatus('Ready');
