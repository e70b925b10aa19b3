// Runs in: Node (Playwright test runner).
//
// End-to-end tests of the built renderer in Chromium, served by `vite preview` (the renderer
// must be built first: `npm test` and `npm run test:e2e` after `npm run build` do that).
// The app runs with the BrowserHost there. Each test gets a fresh browser context.
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './browser';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BASE_URL = 'http://127.0.0.1:4173';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: `${REPO_ROOT}test-results`,
  fullyParallel: true,
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
    command: 'npx vite preview --config vite.config.ts',
    cwd: REPO_ROOT,
    url: BASE_URL,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
