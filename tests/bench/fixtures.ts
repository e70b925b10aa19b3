// Runs in: Node (Playwright test runner).
//
// The benchmark's test fixtures: which sizes to run, whether to check budgets and whether to
// check the generator first (set per project in playwright.bench.config.ts; BENCH_SIZES in
// the environment overrides the sizes). Built on the end-to-end `test`, so a console error or
// a CSP violation on the benchmarked pages fails the run as it would fail an e2e test.
import { test as e2eTest } from '../e2e/fixtures';
import { BENCH_SIZES, isBenchSize, type BenchSize } from '../../renderer/bench/generate';

export interface BenchOptions {
  /** Sizes to measure (see BENCH_SIZES in renderer/bench/generate.ts). */
  readonly benchSizes: readonly string[];
  /** Fail the run when a budget in budgets.json is missed. */
  readonly checkBudgets: boolean;
  /** Check that the generator is deterministic and valid before seeding. */
  readonly checkGenerator: boolean;
}

export interface BenchFixtures {
  /** The sizes of this run: BENCH_SIZES from the environment, else the project's. */
  readonly sizes: readonly BenchSize[];
}

function parseSizes(list: readonly string[]): BenchSize[] {
  const sizes = list.map((s) => s.trim()).filter((s) => s !== '');
  const unknown = sizes.filter((s) => !isBenchSize(s));
  if (unknown.length > 0)
    throw new Error(
      `Unknown benchmark size(s) ${unknown.join(', ')}; known: ${Object.keys(BENCH_SIZES).join(', ')}`,
    );
  return sizes.filter(isBenchSize);
}

export const test = e2eTest.extend<BenchOptions & BenchFixtures>({
  benchSizes: [['10k', 'large', 'region'], { option: true }],
  checkBudgets: [true, { option: true }],
  checkGenerator: [false, { option: true }],
  sizes: async ({ benchSizes }, use) => {
    const fromEnv = process.env['BENCH_SIZES'];
    await use(
      parseSizes(fromEnv !== undefined && fromEnv !== '' ? fromEnv.split(',') : benchSizes),
    );
  },
});

export { expect } from '../e2e/fixtures';
