// Runs in: Node (Playwright test runner), driving Chromium.
//
// `npm run bench`: per size, seeds a vault through the app's own storage code on the bench
// page (same origin as the app, so the same IndexedDB), measures there what is not a screen
// (key derivation, vault search, backup), then opens the REAL app at "/" with its Date shifted
// to the benchmark's "today" (benchClock.ts) and measures through the UI: unlock to a usable dashboard, the
// JS heap, the search dialog, the pupil list (open and scroll), a case with its chronology,
// meeting mode (open, keystrokes, saving an action), the referral and minutes PDFs and a
// shared meeting file (screens.ts). The last test prints the table, writes
// results/<run>.json and checks budgets.json.
//
// To add a measurement: add its metric in metrics.ts, measure it in measureSize below (a
// helper per screen in screens.ts), set `values[id]`, and give it a budget in budgets.json.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import '../../renderer/bench/api';
import { BENCH_SIZES, type BenchSize } from '../../renderer/bench/generate';
import { BENCH_QUERIES } from '../../renderer/bench/queries';
import { PASSPHRASE } from '../e2e/vault';
import { expect, test } from './fixtures';
import { median, percentile } from './metrics';
import { shiftDateTo } from './benchClock';
import {
  measureCaseOpen,
  measureCijfersOpen,
  measureControlKeystrokes,
  measureMeetingMode,
  measureMinutesPdf,
  measurePupilList,
  measureReferralPdf,
  measureSharedFile,
} from './screens';
import {
  checkBudgets as judge,
  describeChecks,
  failingChecks,
  formatFloorTable,
  formatTable,
  loadBudgets,
  readRunResults,
  runId,
  writeRunFile,
  writeSizeResult,
  type SizeResult,
} from './report';

const ALL_SIZES = Object.keys(BENCH_SIZES) as BenchSize[];

/** Generous per-size limits: the machine is shared and has two cores. */
const TIMEOUT_MS: Readonly<Record<BenchSize, number>> = {
  tiny: 3 * 60_000,
  '1k': 5 * 60_000,
  '10k': 10 * 60_000,
  large: 30 * 60_000,
  region: 60 * 60_000,
};
/** UI unlocks per size (median taken); fewer for the big ones, each costs a full load. */
/** Queries typed into the search dialog (each keystroke waits for the screen to settle, ~0.2 s); all 30 except in the smoke run. */
const UI_SEARCH_QUERIES: Readonly<Record<BenchSize, number>> = {
  tiny: 3,
  '1k': 30,
  '10k': 30,
  large: 30,
  region: 30,
};
const UI_UNLOCK_RUNS: Readonly<Record<BenchSize, number>> = {
  tiny: 1,
  '1k': 3,
  '10k': 3,
  large: 3,
  region: 3,
};
/** Key derivations for the median; one in the tiny smoke run, which only has to prove the path works. */
const KDF_RUNS: Readonly<Record<BenchSize, number>> = {
  tiny: 1,
  '1k': 5,
  '10k': 5,
  large: 5,
  region: 5,
};
/** Characters typed into meeting mode's situation field (one keystroke sample each). */
const MEETING_CHARACTERS: Readonly<Record<BenchSize, number>> = {
  tiny: 20,
  '1k': 100,
  '10k': 100,
  large: 100,
  region: 100,
};
const MB = 1024 * 1024;
const NO_API =
  'window.zorgtafelBench is missing: is this the bench page of a `vite build --mode bench`?';

/** `window.zorgtafelBench` inside page functions (they run in the page and cannot close over helpers). */
interface UnlockProbe {
  clickAt: number;
  paintedAt: number;
}
type ProbeWindow = Window & { __zorgtafelUnlockProbe?: UnlockProbe };

/**
 * Unlocks through the real unlock screen and returns the time from the click on
 * "Ontgrendelen" to the first frame after the Overzicht heading appeared, measured inside the
 * page (performance.now), so Playwright's polling adds nothing.
 */
async function unlockThroughUi(page: Page): Promise<number> {
  await expect(
    page.getByRole('heading', { level: 1, name: 'Zorgtafel is vergrendeld' }),
  ).toBeVisible({ timeout: 60_000 });
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill(PASSPHRASE);
  await page.evaluate(() => {
    const probe: UnlockProbe = { clickAt: -1, paintedAt: -1 };
    (window as ProbeWindow).__zorgtafelUnlockProbe = probe;
    document.addEventListener(
      'click',
      () => {
        probe.clickAt = performance.now();
      },
      { capture: true, once: true },
    );
    const observer = new MutationObserver(() => {
      const heading = document.querySelector('main h1');
      if (probe.clickAt < 0 || heading?.textContent?.trim() !== 'Overzicht') return;
      observer.disconnect();
      // A message posted from requestAnimationFrame arrives right after that frame is painted.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          probe.paintedAt = performance.now();
        };
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await page.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
  await expect(
    page.getByRole('main').getByRole('heading', { level: 1, name: 'Overzicht' }),
  ).toBeVisible({ timeout: 5 * 60_000 });
  const handle = await page.waitForFunction(() => {
    const probe = (window as ProbeWindow).__zorgtafelUnlockProbe;
    return probe !== undefined && probe.paintedAt >= 0 ? probe : null;
  });
  const probe = (await handle.jsonValue()) as UnlockProbe;
  return probe.paintedAt - probe.clickAt;
}

/** JS heap in use after a forced garbage collection, via the DevTools protocol. */
async function heapAfterGc(page: Page): Promise<{ usedMB: number; totalMB: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    return { usedMB: metric('JSHeapUsedSize') / MB, totalMB: metric('JSHeapTotalSize') / MB };
  } finally {
    await cdp.detach();
  }
}

interface SearchProbe {
  inputAt: number;
  paintedAt: number;
}
type SearchWindow = Window & { __zorgtafelSearchProbe?: SearchProbe };

/** Waits until the search dialog has been quiet for a while; the time from the last input to its last painted change, or null when nothing changed. */
async function settledSearch(page: Page): Promise<number | null> {
  const handle = await page.waitForFunction(
    () => {
      const probe = (window as SearchWindow).__zorgtafelSearchProbe;
      if (probe === undefined) return null;
      const now = performance.now();
      if (probe.paintedAt > probe.inputAt && now - probe.paintedAt > 100)
        return { ms: probe.paintedAt - probe.inputAt };
      if (probe.paintedAt <= probe.inputAt && now - probe.inputAt > 500) return { ms: null };
      return null;
    },
    undefined,
    { polling: 'raf', timeout: 120_000 },
  );
  return ((await handle.jsonValue()) as { ms: number | null }).ms;
}

/**
 * Search as you type through the app's search dialog (Ctrl+K): per typed character, the time
 * from the input event to the last painted change of the dialog (results, count) once it has
 * been quiet for 100 ms (a keystroke that changes nothing on screen gives no sample). Null when
 * this build has no search dialog.
 */
/** Opens the search dialog and waits until it no longer says the index is being built. */
async function waitForSearchIndex(page: Page): Promise<void> {
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox').waitFor({ state: 'visible', timeout: 5_000 });
  await expect(dialog.getByText('de zoekindex wordt opgebouwd', { exact: false })).toBeHidden({
    timeout: 10 * 60_000,
  });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

async function searchThroughUi(page: Page, queries: readonly string[]): Promise<number[] | null> {
  await page.keyboard.press('Control+K');
  const box = page.getByRole('dialog').getByRole('combobox');
  try {
    await box.waitFor({ state: 'visible', timeout: 5_000 });
  } catch {
    return null;
  }
  await page.evaluate(() => {
    const probe: SearchProbe = { inputAt: -1, paintedAt: -1 };
    (window as SearchWindow).__zorgtafelSearchProbe = probe;
    // Capture phase on document: runs before React's own input handler.
    document.addEventListener(
      'input',
      () => {
        probe.inputAt = performance.now();
      },
      { capture: true },
    );
    const dialog = document.querySelector('[role="dialog"]');
    if (dialog === null) throw new Error('search dialog vanished');
    new MutationObserver(() => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          probe.paintedAt = performance.now();
        };
        channel.port2.postMessage(null);
      });
    }).observe(dialog, { childList: true, subtree: true, characterData: true });
  });
  const samples: number[] = [];
  for (const query of queries) {
    await box.fill('');
    await settledSearch(page);
    for (const char of [...query]) {
      await box.pressSequentially(char);
      const ms = await settledSearch(page);
      if (ms !== null) samples.push(ms);
    }
  }
  await page.keyboard.press('Escape');
  return samples;
}

/** Floor runs per size (median taken); the floors are cheap next to what they are the floor of. */
const FLOOR_RUNS = 3;

/** The text of each page of a PDF (pdftotext, the poppler tool the tests use), for the PDF floors. */
function pdfPageTexts(bytes: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'zorgtafel-bench-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    // pdftotext ends every page with a form feed.
    return text.split('\f').slice(0, -1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

async function measureSize(
  page: Page,
  size: BenchSize,
  checkGenerator: boolean,
): Promise<SizeResult> {
  const values: Record<string, number> = {};
  const errors: Record<string, string> = {};
  const details: Record<string, unknown> = {};
  // Wall-clock seconds per phase of this size (Node's clock): where a slow run spends its time.
  const wall: Record<string, number> = {};
  details['wallS'] = wall;
  let phaseStart = Date.now();
  const mark = (phase: string): void => {
    wall[phase] = round((Date.now() - phaseStart) / 1000);
    phaseStart = Date.now();
  };

  await page.goto('/bench/index.html');
  await expect(page.locator('#status')).toHaveText('Ready');

  if (checkGenerator) {
    const check = await page.evaluate((s) => window.zorgtafelBench?.checkGenerator(s), size);
    if (check === undefined) throw new Error(NO_API);
    expect(check.invalid, 'every generated record passes the registry').toEqual([]);
    expect(check.deterministic, 'the same seed gives the same records').toBe(true);
    details['generatorCheck'] = { total: check.total, records: check.records };
  }

  // 1. Seed through VaultService.createVault (production Argon2id) and putMany.
  const seeded = await page.evaluate(([s, p]) => window.zorgtafelBench?.seed(s, p), [
    size,
    PASSPHRASE,
  ] as const);
  if (seeded === undefined) throw new Error(NO_API);
  values['seed.records'] = seeded.total;
  values['seed.ms'] = round(seeded.writeMs);
  values['seed.backgroundMs'] = round(seeded.backgroundMs);
  details['seed'] = seeded;

  mark('seed');
  // 2. Key derivation with the production cost, in this Chromium.
  const kdf = await page.evaluate(
    (runs) => window.zorgtafelBench?.measureKdf(runs),
    KDF_RUNS[size],
  );
  if (kdf === undefined) throw new Error(NO_API);
  values['kdf.medianMs'] = round(kdf.medianMs);
  details['kdfSamplesMs'] = kdf.samplesMs.map(round);

  // 3. Where unlock time goes: the parts of the pipeline timed one by one.
  const parts = await page.evaluate((s) => window.zorgtafelBench?.unlockParts(s), size);
  if (parts === undefined) throw new Error(NO_API);
  values['unlockParts.readMs'] = round(parts.readMs);
  values['unlockParts.decryptMs'] = round(parts.decryptMs);
  values['unlockParts.validateMs'] = round(parts.validateMs);
  values['unlockParts.indexMs'] = round(parts.indexMs);
  details['unlockPartsRows'] = parts.rows;
  // Floors (issue 22) of the unlock and of the vault search, in this run.
  const unlockFloor = await page.evaluate(
    ([p, runs]) => window.zorgtafelBench?.unlockFloor(p, runs),
    [PASSPHRASE, FLOOR_RUNS] as const,
  );
  if (unlockFloor === undefined) throw new Error(NO_API);
  values['floor.unlockMs'] = round(unlockFloor.medianMs);
  details['floorUnlockSamplesMs'] = unlockFloor.samplesMs.map(round);
  const searchFloor = await page.evaluate(() => window.zorgtafelBench?.searchFloor());
  if (searchFloor === undefined) throw new Error(NO_API);
  values['floor.search.medianMs'] = round(median(searchFloor));
  values['floor.search.p95Ms'] = round(percentile(searchFloor, 95));

  // 4. Unlock as the app does (no UI), then search and backup in that fresh session.
  const unlocked = await page.evaluate((p) => window.zorgtafelBench?.unlock(p), PASSPHRASE);
  if (unlocked === undefined) throw new Error(NO_API);
  values['unlock.api.ms'] = round(unlocked.ms);
  values['unlock.api.backgroundMs'] = round(unlocked.backgroundMs);
  values['unlock.api.backgroundLongTasks'] = unlocked.backgroundLongTasks;
  values['unlock.api.backgroundLongestTaskMs'] = round(unlocked.backgroundLongestTaskMs);
  details['backgroundLongTasks'] = unlocked.backgroundLongTasksAt.map((t) => ({
    startMs: round(t.startMs),
    durationMs: round(t.durationMs),
  }));
  details['unlockedRecords'] = unlocked.records;
  const search = await page.evaluate(() => window.zorgtafelBench?.search());
  if (search === undefined) throw new Error(NO_API);
  values['search.typeahead.medianMs'] = round(median(search.typeaheadMs));
  values['search.typeahead.p95Ms'] = round(percentile(search.typeaheadMs, 95));
  values['search.full.medianMs'] = round(median(search.fullMs));
  values['search.full.p95Ms'] = round(percentile(search.fullMs, 95));
  details['search'] = {
    keystrokes: search.typeaheadMs.length,
    queries: search.fullMs.length,
    hitsPerQuery: search.hits,
    slowestKeystrokes: search.slowest.map((k) => ({ typed: k.typed, ms: round(k.ms) })),
  };
  const backup = await page.evaluate((p) => window.zorgtafelBench?.backup(p), PASSPHRASE);
  if (backup === undefined) throw new Error(NO_API);
  if (backup.ok) {
    values['backup.exportMs'] = round(backup.exportMs);
    values['backup.restoreMs'] = round(backup.restoreMs);
    values['backup.sizeMB'] = round(backup.bytes / MB);
    details['backup'] = backup;
  } else {
    const id = backup.stage === 'export' ? 'backup.exportMs' : 'backup.restoreMs';
    errors[id] = backup.error;
  }
  await page.evaluate(() => window.zorgtafelBench?.lock());

  mark('benchPage');
  // 5. The real app, its Date shifted to the benchmark's "today" (the targets' meeting is
  // upcoming, their consents valid): unlock through the UI, then the heap.
  await shiftDateTo(page, seeded.targets.clock);
  const rawSamples: number[] = [];
  await page.goto('/');
  for (let run = 0; run < UI_UNLOCK_RUNS[size]; run++) {
    if (run > 0) {
      // Each unlock starts from a settled app, as a user's would: the previous one's
      // background index is complete before the page is reloaded.
      await waitForSearchIndex(page);
      await page.reload();
    }
    rawSamples.push(await unlockThroughUi(page));
  }
  const raw = median(rawSamples);
  values['unlock.ui.rawMs'] = round(raw);
  values['unlock.ui.netMs'] = round(Math.max(0, raw - kdf.medianMs));
  details['unlockUiSamplesMs'] = rawSamples.map(round);
  // The dashboard is usable before the search index is complete; the heap and the search
  // dialog are measured once it is.
  await waitForSearchIndex(page);
  const heap = await heapAfterGc(page);
  values['heap.afterUnlockMB'] = round(heap.usedMB);
  details['heapTotalMB'] = round(heap.totalMB);

  mark('uiUnlock');
  // 6. Search as you type through the search dialog, where this build has one.
  const uiSearch = await searchThroughUi(page, BENCH_QUERIES.slice(0, UI_SEARCH_QUERIES[size]));
  if (uiSearch === null) {
    errors['search.ui.p95Ms'] = 'no search dialog (Ctrl+K) in this build';
  } else {
    values['search.ui.medianMs'] = round(median(uiSearch));
    values['search.ui.p95Ms'] = round(percentile(uiSearch, 95));
    details['searchUiKeystrokes'] = uiSearch.length;
  }

  mark('searchDialog');
  // 7. The screens after unlock, on the seeded targets. A screen that fails is reported as
  // an error of its metrics (the other figures of a long run are kept); the smoke run fails on it.
  const phases: Record<string, number> = {};
  details['screenPhasesS'] = phases;
  const attempt = async (ids: readonly string[], measure: () => Promise<void>): Promise<void> => {
    const started = Date.now();
    try {
      await measure();
      phases[ids[0] ?? '?'] = round((Date.now() - started) / 1000);
    } catch (error) {
      const message =
        error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : 'unknown error';
      for (const id of ids) errors[id] = message;
      if (checkGenerator) throw error;
      // Back to a known state for the next screen.
      await page.keyboard.press('Escape').catch(() => undefined);
    }
  };
  const targets = seeded.targets;
  details['targets'] = targets;
  const pdfTexts: { minutes?: string[]; referral?: string[] } = {};
  await attempt(
    ['list.openMs', 'list.scroll.p95FrameMs', 'list.scroll.maxFrameMs', 'list.rowsInDom'],
    async () => {
      const list = await measurePupilList(page);
      values['list.openMs'] = round(list.openMs);
      values['list.scroll.p95FrameMs'] = round(percentile(list.scroll.frameMs, 95));
      values['list.scroll.maxFrameMs'] = round(Math.max(...list.scroll.frameMs));
      values['list.rowsInDom'] = list.scroll.maxRowsInDom;
      details['listScroll'] = {
        virtual: list.scroll.virtual,
        frames: list.scroll.frameMs.length,
        stepPx: list.scroll.stepPx,
        scrolledPx: list.scroll.scrolledPx,
        medianFrameMs: round(median(list.scroll.frameMs)),
      };
    },
  );
  await attempt(['case.openMs'], async () => {
    const opened = await measureCaseOpen(page, targets);
    values['case.openMs'] = round(opened.openMs);
    details['caseOpen'] = {
      screenMs: round(opened.screenMs),
      chronologyMs: round(opened.chronologyMs),
      itemsShown: opened.itemsShown,
      entries: targets.chronologyEntries,
    };
  });
  await attempt(['cijfers.openMs'], async () => {
    values['cijfers.openMs'] = round(await measureCijfersOpen(page));
  });
  await attempt(
    ['meeting.openMs', 'meeting.keystroke.medianMs', 'meeting.keystroke.p95Ms', 'action.saveMs'],
    async () => {
      const meeting = await measureMeetingMode(page, targets, MEETING_CHARACTERS[size]);
      values['meeting.openMs'] = round(meeting.openMs);
      values['meeting.keystroke.medianMs'] = round(median(meeting.keystrokeMs));
      values['meeting.keystroke.p95Ms'] = round(percentile(meeting.keystrokeMs, 95));
      values['action.saveMs'] = round(meeting.saveActionMs);
      details['meetingMode'] = {
        startedByBenchmark: meeting.started,
        keystrokes: meeting.keystrokeMs.length,
        slowestKeystrokesMs: [...meeting.keystrokeMs]
          .sort((a, b) => b - a)
          .slice(0, 5)
          .map(round),
      };
    },
  );
  await attempt(['control.keystroke.medianMs', 'control.keystroke.p95Ms'], async () => {
    const control = await measureControlKeystrokes(page, MEETING_CHARACTERS[size]);
    values['control.keystroke.medianMs'] = round(median(control));
    values['control.keystroke.p95Ms'] = round(percentile(control, 95));
  });
  await attempt(['pdf.minutesMs'], async () => {
    const pdf = await measureMinutesPdf(page, targets);
    values['pdf.minutesMs'] = round(pdf.ms);
    details['minutesPdf'] = { name: pdf.name, bytes: pdf.bytes.byteLength };
    pdfTexts.minutes = pdfPageTexts(pdf.bytes);
  });
  await attempt(['pdf.referralMs'], async () => {
    const pdf = await measureReferralPdf(page, targets);
    values['pdf.referralMs'] = round(pdf.ms);
    details['referralPdf'] = { name: pdf.name, bytes: pdf.bytes.byteLength };
    pdfTexts.referral = pdfPageTexts(pdf.bytes);
  });
  await attempt(['sharedFile.exportMs', 'sharedFile.openMs'], async () => {
    const shared = await measureSharedFile(page, targets);
    values['sharedFile.exportMs'] = round(shared.exportMs);
    values['sharedFile.openMs'] = round(shared.openMs);
    details['sharedFile'] = { bytes: shared.bytes };
  });
  mark('screens');
  // The PDF floors (issue 22), on the bench page: the same pages of plain text, same font.
  await page.goto('/bench/index.html');
  await expect(page.locator('#status')).toHaveText('Ready');
  for (const [kind, id] of [
    ['minutes', 'floor.pdf.minutesMs'],
    ['referral', 'floor.pdf.referralMs'],
  ] as const) {
    const texts = pdfTexts[kind];
    if (texts === undefined) continue;
    const floor = await page.evaluate(([t, runs]) => window.zorgtafelBench?.pdfFloor(t, runs), [
      texts,
      FLOOR_RUNS,
    ] as const);
    if (floor === undefined) throw new Error(NO_API);
    values[id] = round(floor.medianMs);
    details[`${id}.pages`] = texts.length;
  }
  mark('floors');

  return { size, measuredAt: new Date().toISOString(), values, errors, details };
}

for (const size of ALL_SIZES) {
  test(`measure ${size}`, async ({ page, sizes, checkGenerator }) => {
    test.skip(!sizes.includes(size), `size ${size} is not selected`);
    test.setTimeout(TIMEOUT_MS[size]);
    const result = await measureSize(page, size, checkGenerator);
    writeSizeResult(result);
  });
}

test('report and budgets', ({ browser, sizes, checkBudgets }) => {
  const results = readRunResults(sizes);
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    arch: arch(),
    memoryGB: round(totalmem() / 1024 ** 3),
    loadAverage1m: round(loadavg()[0] ?? 0),
    node: process.version,
    chromium: browser.version(),
  };
  const budgets = loadBudgets();
  const checks = judge(results, budgets);
  const file = writeRunFile({ run: runId(), machine, sizes: results, budgets: checks });
  const lines = [
    '',
    `Zorgtafel benchmark ${runId()} (${String(machine.cpus)} × ${machine.cpuModel}, Chromium ${machine.chromium})`,
    formatTable(results),
    '',
    'Figures against their floors (issue 22):',
    formatFloorTable(results),
    '',
    checks.length === 0 ? 'No budgets for the sizes run.' : describeChecks(checks),
    `Results: ${file}`,
    '',
  ];
  // The table is the benchmark's output: print it whatever the reporter.
  process.stdout.write(`${lines.join('\n')}\n`);
  const missingSizes = sizes.filter((s) => !results.some((r) => r.size === s));
  expect(missingSizes, 'every selected size produced results (see the failed test above)').toEqual(
    [],
  );
  if (checkBudgets) {
    const misses = failingChecks(checks);
    expect(
      misses.length,
      `budgets missed:\n${describeChecks(misses)}\nSee docs/performance.md for what to change.`,
    ).toBe(0);
  }
});
