// Runs in: Node (Playwright test runner).
//
// The benchmark (issue 8): the built renderer in Chromium, served by `vite preview` from a
// build made with `vite build --mode bench` (the app plus the bench-only page). Two projects:
// `bench` (sizes 10k, large, region: issue 8's school, large and region; budgets checked) for `npm run bench`, and `smoke` (tiny, no
// budgets) for `npm run test:bench-smoke`. BENCH_SIZES=tiny,1k overrides the sizes of either.
// One worker, tests in order: measurements must not compete with each other for the 2 cores.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/browser';
import type { BenchOptions } from './fixtures';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Own port and build directory, so the benchmark can run beside the end-to-end tests.
const PORT = Number(process.env['ZORGTAFEL_BENCH_PORT'] ?? '4190');
const RENDERER_DIR = resolve(
  REPO_ROOT,
  process.env['ZORGTAFEL_BENCH_RENDERER_DIR'] ?? 'dist/renderer-bench',
);
const BASE_URL = `http://127.0.0.1:${String(PORT)}`;

// One id per run (the config is evaluated in the runner first; workers inherit the variable).
process.env['ZORGTAFEL_BENCH_RUN'] ??= new Date().toISOString().replace(/[:.]/g, '-');

export default defineConfig<BenchOptions>({
  testDir: '.',
  testMatch: 'bench.spec.ts',
  // Says which Chromium runs the benchmark and installs Playwright's own when there is no other.
  globalSetup: '../e2e/browserSetup.ts',
  outputDir: `${REPO_ROOT}test-results/bench-${String(PORT)}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Per size the spec sets its own timeout (seeding the region vault takes minutes).
  timeout: 10 * 60_000,
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    trace: 'off',
    screenshot: 'off',
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    {
      name: 'bench',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunchOptions(),
        benchSizes: ['10k', 'large', 'region'],
        checkBudgets: true,
        checkGenerator: false,
      },
    },
    {
      name: 'smoke',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunchOptions(),
        benchSizes: ['tiny'],
        checkBudgets: false,
        checkGenerator: true,
      },
    },
  ],
  webServer: {
    command: `npx vite preview --config vite.config.ts --port ${String(PORT)} --outDir ${RENDERER_DIR}`,
    cwd: REPO_ROOT,
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
