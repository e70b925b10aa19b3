// Runs in: Node (Playwright test runner).
//
// End-to-end tests of the built renderer in Chromium, served by `vite preview` (the renderer
// must be built first: `npm test` and `npm run test:e2e` after `npm run build` do that).
// The app runs with the BrowserHost there. Each test gets a fresh browser context.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './browser';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Several developers (or agents) may run end-to-end tests side by side: each can use its own
// build directory and port, e.g. `npx vite build --outDir ../dist/renderer-x` and then
// ZORGTAFEL_RENDERER_DIR=dist/renderer-x ZORGTAFEL_PREVIEW_PORT=4181 npm run test:e2e.
const PORT = Number(process.env['ZORGTAFEL_PREVIEW_PORT'] ?? '4173');
const RENDERER_DIR = resolve(REPO_ROOT, process.env['ZORGTAFEL_RENDERER_DIR'] ?? 'dist/renderer');
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // Says which Chromium runs the tests and installs Playwright's own when there is no other.
  globalSetup: './browserSetup.ts',
  outputDir: `${REPO_ROOT}test-results/${PORT}`,
  fullyParallel: true,
  // Flows create a vault (Argon2id at 64 MiB, 3 passes) and run axe over whole screens on a
  // 2-core machine: Playwright's 30 s default is too tight. Time is asserted only in the
  // benchmark, never here; these limits only stop a hung test.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  reporter: [['list'], ['html', { open: 'never', outputFolder: `${REPO_ROOT}playwright-report` }]],
  use: {
    baseURL: BASE_URL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() },
    },
  ],
  webServer: {
    command: `npx vite preview --config vite.config.ts --port ${PORT} --outDir ${RENDERER_DIR}`,
    cwd: REPO_ROOT,
    url: BASE_URL,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
