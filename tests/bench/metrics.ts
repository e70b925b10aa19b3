// Runs in: Node (Playwright test runner).
//
// The benchmark's metrics in one list: id (the key in the JSON and in budgets.json), what it
// measures, its unit, and, for a measurement whose screen is not (reliably) built, why it is
// not measured (`pending`). The table and the JSON pick metrics up from this list; how each
// is measured is described in docs/performance.md (Method).

export type MetricUnit = 'ms' | 'MB' | 'count';

export interface MetricDef {
  readonly id: string;
  readonly label: string;
  readonly unit: MetricUnit;
  /**
   * Set while the UI needed for this measurement is not (reliably) built: the table says "not
   * yet measurable" when there is no value, and budgets.json may only list it under "pending".
   */
  readonly pending?: string;
  /**
   * The id of this figure's floor (issue 22): the least this storage, library or probe must
   * pay for the same work, measured in the same run. The report prints figure, floor, ratio.
   */
  readonly floor?: string;
}

export const METRICS: readonly MetricDef[] = [
  // Seeding (bench page): the vault every other figure is measured on.
  { id: 'seed.records', label: 'records in the vault', unit: 'count' },
  {
    id: 'seed.ms',
    label: 'seeding: putMany of all records (validate, encrypt, audit, IndexedDB)',
    unit: 'ms',
  },
  {
    id: 'seed.backgroundMs',
    label: 'seeding: wait for the background work (working-set snapshot) before locking',
    unit: 'ms',
  },
  // Key derivation and unlock.
  {
    id: 'kdf.medianMs',
    label: 'key derivation, Argon2id 64 MiB t=3 (median of 5; 1 at tiny)',
    unit: 'ms',
  },
  {
    id: 'unlock.api.ms',
    label: 'unlock via VaultService (bench page), incl. key derivation',
    unit: 'ms',
  },
  {
    id: 'unlock.api.backgroundMs',
    label:
      'after that unlock: background work done (search index, then the integrity check of every row and the audit chain; bench page)',
    unit: 'ms',
  },
  {
    id: 'unlock.api.backgroundLongTasks',
    label:
      'during that background work: main-thread tasks over 50 ms that began in it (longtask observer)',
    unit: 'count',
  },
  {
    id: 'unlock.api.backgroundLongestTaskMs',
    label: 'during that background work: longest main-thread task over 50 ms (0: none)',
    unit: 'ms',
  },
  {
    id: 'unlock.ui.rawMs',
    label: 'unlock to usable dashboard (UI click to Overzicht painted), raw',
    unit: 'ms',
  },
  {
    id: 'unlock.ui.netMs',
    label: 'unlock to usable dashboard, minus key derivation',
    unit: 'ms',
    floor: 'floor.unlockMs',
  },
  {
    id: 'floor.unlockMs',
    label:
      'floor of the unlock: the snapshot packs read from IndexedDB, decrypted and parsed (median of 3)',
    unit: 'ms',
  },
  { id: 'unlockParts.readMs', label: 'unlock part: read all rows from IndexedDB', unit: 'ms' },
  {
    id: 'unlockParts.decryptMs',
    label: 'unlock part: AES-GCM decrypt all records (batches of 256)',
    unit: 'ms',
  },
  { id: 'unlockParts.validateMs', label: 'unlock part: zod validation of all records', unit: 'ms' },
  { id: 'unlockParts.indexMs', label: 'unlock part: build the search index', unit: 'ms' },
  // Search.
  {
    id: 'search.typeahead.medianMs',
    label: 'vault search per keystroke, median',
    unit: 'ms',
    floor: 'floor.search.medianMs',
  },
  {
    id: 'search.typeahead.p95Ms',
    label: 'vault search per keystroke, p95',
    unit: 'ms',
    floor: 'floor.search.p95Ms',
  },
  {
    id: 'floor.search.medianMs',
    label:
      'floor of the vault search: one pass over the postings of the typed words, per keystroke, median',
    unit: 'ms',
  },
  {
    id: 'floor.search.p95Ms',
    label: 'floor of the vault search: one pass over the postings, per keystroke, p95',
    unit: 'ms',
  },
  { id: 'search.full.medianMs', label: 'vault search, whole query, median', unit: 'ms' },
  { id: 'search.full.p95Ms', label: 'vault search, whole query, p95', unit: 'ms' },
  {
    id: 'search.ui.medianMs',
    label: 'search dialog (Ctrl+K): keystroke to results painted, median',
    unit: 'ms',
    floor: 'control.keystroke.medianMs',
  },
  {
    id: 'search.ui.p95Ms',
    label: 'search dialog (Ctrl+K): keystroke to results painted, p95',
    unit: 'ms',
    floor: 'control.keystroke.p95Ms',
  },
  { id: 'heap.afterUnlockMB', label: 'JS heap used after unlock (after GC), app page', unit: 'MB' },
  // Backup (bench page).
  { id: 'backup.exportMs', label: 'backup export (session.exportBackup)', unit: 'ms' },
  { id: 'backup.sizeMB', label: 'backup file size', unit: 'MB' },
  {
    id: 'backup.restoreMs',
    label: 'backup restore into an empty database, incl. key derivation',
    unit: 'ms',
  },
  // Screens of the app (tests/bench/screens.ts), on the seeded targets (renderer/bench/targets.ts).
  { id: 'list.openMs', label: 'pupil list: #/leerlingen to the first rows painted', unit: 'ms' },
  {
    id: 'list.scroll.p95FrameMs',
    label: 'pupil list scrolled to the end: frame interval, p95',
    unit: 'ms',
  },
  {
    id: 'list.scroll.maxFrameMs',
    label: 'pupil list scrolled to the end: longest frame',
    unit: 'ms',
  },
  {
    id: 'list.rowsInDom',
    label: 'pupil list: most rows in the DOM while scrolling',
    unit: 'count',
  },
  {
    id: 'case.openMs',
    label: 'open a case with its chronology (hash to screen, tab to entries painted)',
    unit: 'ms',
  },
  {
    id: 'cijfers.openMs',
    label: 'Cijfers of the school year and the year before: #/cijfers to the first table painted',
    unit: 'ms',
  },
  {
    id: 'meeting.openMs',
    label: 'open meeting mode, 10-item agenda (incl. "Vergadering starten")',
    unit: 'ms',
  },
  {
    id: 'meeting.keystroke.medianMs',
    label: 'keystroke to screen in meeting mode, median',
    unit: 'ms',
    floor: 'control.keystroke.medianMs',
  },
  {
    id: 'meeting.keystroke.p95Ms',
    label: 'keystroke to screen in meeting mode, p95',
    unit: 'ms',
    floor: 'control.keystroke.p95Ms',
  },
  {
    id: 'control.keystroke.medianMs',
    label: 'control: the same probe on a bare textarea, median',
    unit: 'ms',
  },
  {
    id: 'control.keystroke.p95Ms',
    label:
      'control: the same probe on a bare textarea, p95 (the floor of the probe: up to one frame)',
    unit: 'ms',
  },
  {
    id: 'action.saveMs',
    label: 'save an action in meeting mode (Enter to "Alles opgeslagen", incl. 300 ms debounce)',
    unit: 'ms',
  },
  {
    id: 'pdf.referralMs',
    label: 'referral PDF (click to file handed to the host)',
    unit: 'ms',
    floor: 'floor.pdf.referralMs',
  },
  {
    id: 'floor.pdf.referralMs',
    label:
      'floor of the referral PDF: pdf-lib writing its pages of plain text with the same font (median of 3)',
    unit: 'ms',
  },
  {
    id: 'pdf.minutesMs',
    label: 'minutes PDF (click to file handed to the host)',
    unit: 'ms',
    floor: 'floor.pdf.minutesMs',
  },
  {
    id: 'floor.pdf.minutesMs',
    label:
      'floor of the minutes PDF: pdf-lib writing its pages of plain text with the same font (median of 3)',
    unit: 'ms',
  },
  {
    id: 'sharedFile.exportMs',
    label: 'export a shared meeting file with a passphrase (click to file)',
    unit: 'ms',
  },
  {
    id: 'sharedFile.openMs',
    label: 'open a shared meeting file (passphrase, scrypt in a worker) to dialog painted',
    unit: 'ms',
  },
];

export function metricById(id: string): MetricDef | undefined {
  return METRICS.find((m) => m.id === id);
}

/** The median of `samples` (NaN when empty). */
export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Nearest-rank percentile (p in 0..100) of `samples` (NaN when empty). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  if (p === 50 && sorted.length % 2 === 0) {
    const mid = sorted.length / 2;
    return ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  }
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}
