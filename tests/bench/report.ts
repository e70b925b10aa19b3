// Runs in: Node (Playwright test runner).
//
// Where the benchmark's figures go and how they are judged: each size's results are written
// to a per-run directory as soon as they are measured (so a crash in one size does not lose
// the others), then gathered into one JSON file, printed as a size × metric table and checked
// against budgets.json.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { METRICS, metricById, type MetricDef } from './metrics';

export const RESULTS_DIR = fileURLToPath(new URL('./results', import.meta.url));
const BUDGETS_FILE = fileURLToPath(new URL('./budgets.json', import.meta.url));

export const sizeResultSchema = z.object({
  size: z.string(),
  measuredAt: z.string(),
  /** Metric id → value in the metric's unit. */
  values: z.record(z.string(), z.number()),
  /** Metric id → why it could not be measured this run. */
  errors: z.record(z.string(), z.string()),
  /** Raw samples and counts, for whoever wants to look deeper. */
  details: z.record(z.string(), z.unknown()),
});
export type SizeResult = z.infer<typeof sizeResultSchema>;

/** Identifies one `npm run bench`; set by the config, inherited by the workers. */
export function runId(): string {
  const id = process.env['ZORGTAFEL_BENCH_RUN'];
  if (id === undefined || id === '')
    throw new Error(
      'ZORGTAFEL_BENCH_RUN is not set: run the benchmark through tests/bench/playwright.bench.config.ts',
    );
  return id;
}

function runDir(): string {
  return join(RESULTS_DIR, `.run-${runId()}`);
}

export function writeSizeResult(result: SizeResult): void {
  mkdirSync(runDir(), { recursive: true });
  writeFileSync(join(runDir(), `${result.size}.json`), `${JSON.stringify(result, null, 2)}\n`);
}

/** Results of this run, in the order of `sizes`; sizes without a file are left out. */
export function readRunResults(sizes: readonly string[]): SizeResult[] {
  let files: string[];
  try {
    files = readdirSync(runDir());
  } catch {
    return [];
  }
  return sizes
    .filter((size) => files.includes(`${size}.json`))
    .map((size) =>
      sizeResultSchema.parse(JSON.parse(readFileSync(join(runDir(), `${size}.json`), 'utf8'))),
    );
}

/** Writes the gathered results of the run to results/<timestamp>.json, drops the per-size files; returns the path. */
export function writeRunFile(content: unknown): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${runId()}.json`);
  writeFileSync(path, `${JSON.stringify(content, null, 2)}\n`);
  rmSync(runDir(), { recursive: true, force: true });
  return path;
}

function formatValue(metric: MetricDef, value: number): string {
  if (metric.unit === 'count') return String(Math.round(value));
  if (metric.unit === 'MB') return value.toFixed(1);
  return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : String(Math.round(value));
}

/** A Markdown table, metrics as rows and sizes as columns (pastes into docs/performance.md). */
export function formatTable(results: readonly SizeResult[]): string {
  const header = ['metric', 'unit', ...results.map((r) => r.size)];
  const rows = METRICS.map((metric) => [
    metric.label,
    metric.unit,
    ...results.map((r) => {
      const value = r.values[metric.id];
      if (value !== undefined) return formatValue(metric, value);
      if (metric.pending !== undefined) return 'not yet measurable';
      return r.errors[metric.id] !== undefined ? 'error' : '–';
    }),
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

/** The ratio of a figure to its floor (NaN when either is missing or the floor is 0). */
export function floorRatio(value: number | undefined, floor: number | undefined): number {
  return value === undefined || floor === undefined || floor <= 0 ? Number.NaN : value / floor;
}

/**
 * Every figure that has a floor (metrics.ts), against it: figure, floor, ratio and the
 * difference, per size (issue 22: how close each figure is to what the hardware allows).
 */
export function formatFloorTable(results: readonly SizeResult[]): string {
  const header = ['metric', 'size', 'figure', 'floor', 'ratio', 'over floor'];
  const rows: string[][] = [];
  for (const metric of METRICS) {
    if (metric.floor === undefined) continue;
    const floorMetric = metricById(metric.floor);
    for (const r of results) {
      const value = r.values[metric.id];
      const floor = r.values[metric.floor];
      const ratio = floorRatio(value, floor);
      rows.push([
        metric.id,
        r.size,
        value === undefined ? '–' : `${formatValue(metric, value)} ${metric.unit}`,
        floor === undefined || floorMetric === undefined
          ? '–'
          : `${formatValue(floorMetric, floor)} ${floorMetric.unit} (${metric.floor})`,
        Number.isNaN(ratio) ? '–' : `${ratio.toFixed(2)}×`,
        value === undefined || floor === undefined
          ? '–'
          : `${(value - floor).toFixed(1)} ${metric.unit}`,
      ]);
    }
  }
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

const limitsSchema = z.record(z.string(), z.number().positive());
/**
 * A budget relative to the figure's floor: at most `maxRatio` times it and/or at most
 * `maxOverMs` above it. `goal`: a target not reached yet; reported, does not fail the run.
 */
const relativeSchema = z
  .object({
    maxRatio: z.number().positive().optional(),
    maxOverMs: z.number().nonnegative().optional(),
    goal: z.boolean().optional(),
  })
  .strict()
  .refine(
    (r) => r.maxRatio !== undefined || r.maxOverMs !== undefined,
    'a relative budget needs maxRatio or maxOverMs',
  );
export const budgetsFileSchema = z.object({
  $comment: z.string().optional(),
  budgets: z.record(z.string(), limitsSchema),
  pending: z.record(z.string(), limitsSchema).optional(),
  relative: z.record(z.string(), z.record(z.string(), relativeSchema)).optional(),
});
export type BudgetsFile = z.infer<typeof budgetsFileSchema>;

/** Reads budgets.json; refuses unknown metric ids and budgets on metrics that are not measured yet. */
export function loadBudgets(): BudgetsFile {
  const file = budgetsFileSchema.parse(JSON.parse(readFileSync(BUDGETS_FILE, 'utf8')));
  for (const [size, limits] of Object.entries(file.budgets)) {
    for (const id of Object.keys(limits)) {
      const metric = metricById(id);
      if (metric === undefined)
        throw new Error(`budgets.json: unknown metric "${id}" at size ${size}`);
      if (metric.pending !== undefined)
        throw new Error(
          `budgets.json: "${id}" at size ${size} is not measured yet (${metric.pending}); keep it under "pending"`,
        );
    }
  }
  for (const [size, limits] of Object.entries(file.relative ?? {})) {
    for (const id of Object.keys(limits)) {
      if (metricById(id)?.floor === undefined)
        throw new Error(
          `budgets.json: relative budget for "${id}" at size ${size}, which has no floor (metrics.ts)`,
        );
    }
  }
  return file;
}

export interface BudgetCheck {
  readonly size: string;
  readonly metric: string;
  readonly max: number;
  readonly value: number | null;
  readonly ok: boolean;
  /** Set for a budget relative to the floor: what `max` and `value` are (ratio or ms above the floor). */
  readonly relative?: 'ratio' | 'over';
  /** A goal not reached yet: reported, never fails the run. */
  readonly goal?: boolean;
}

/** Every budget of every size that was run; a metric without a value counts as a miss. */
export function checkBudgets(results: readonly SizeResult[], file: BudgetsFile): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  for (const result of results) {
    for (const [metric, max] of Object.entries(file.budgets[result.size] ?? {})) {
      const value = result.values[metric];
      checks.push({
        size: result.size,
        metric,
        max,
        value: value ?? null,
        ok: value !== undefined && value <= max,
      });
    }
    for (const [metric, budget] of Object.entries(file.relative?.[result.size] ?? {})) {
      const floorId = metricById(metric)?.floor;
      const value = result.values[metric];
      const floor = floorId === undefined ? undefined : result.values[floorId];
      const goal = budget.goal === true;
      if (budget.maxRatio !== undefined) {
        const ratio = floorRatio(value, floor);
        const measured = Number.isNaN(ratio) ? null : ratio;
        checks.push({
          size: result.size,
          metric,
          max: budget.maxRatio,
          value: measured,
          ok: measured !== null && measured <= budget.maxRatio,
          relative: 'ratio',
          goal,
        });
      }
      if (budget.maxOverMs !== undefined) {
        const over = value === undefined || floor === undefined ? null : value - floor;
        checks.push({
          size: result.size,
          metric,
          max: budget.maxOverMs,
          value: over,
          ok: over !== null && over <= budget.maxOverMs,
          relative: 'over',
          goal,
        });
      }
    }
  }
  return checks;
}

/** The checks that fail the run: every missed budget except goals. */
export function failingChecks(checks: readonly BudgetCheck[]): BudgetCheck[] {
  return checks.filter((c) => !c.ok && c.goal !== true);
}

/** One line per check, "MISS" first, for the console and the failure message. */
export function describeChecks(checks: readonly BudgetCheck[]): string {
  return [...checks]
    .sort((a, b) => Number(a.ok) - Number(b.ok))
    .map((c) => {
      const metricUnit = metricById(c.metric)?.unit ?? '';
      const unit =
        c.relative === 'ratio'
          ? '× its floor'
          : c.relative === 'over'
            ? `${metricUnit} over its floor`
            : metricUnit;
      const value =
        c.value === null
          ? 'not measured'
          : `${c.value.toFixed(c.relative === 'ratio' ? 2 : 1)} ${unit}`;
      const over =
        c.value !== null && !c.ok && c.max > 0
          ? ` (${(((c.value - c.max) / c.max) * 100).toFixed(0)}% over)`
          : '';
      const status = c.ok ? 'ok  ' : 'MISS';
      return `${c.goal === true ? `goal ${status.trim()}` : status} ${c.size} ${c.metric}: ${value}, ${c.goal === true ? 'goal' : 'budget'} ≤ ${String(c.max)} ${unit}${over}`;
    })
    .join('\n');
}
