// Runs in: Node (Playwright test runner).
//
// The desktop shell end to end, with Playwright's Electron support (`npm run test:electron-e2e`,
// part of `npm test` after the build). Where no Electron binary is installed the reason is
// printed here and every test is reported as skipped, never as passed.
import { defineConfig } from '@playwright/test';
import { electronBinary, REPO_ROOT } from './shellApp';

const binary = electronBinary();
if (!binary.found) {
  process.stdout.write(
    `\nElectron end-to-end suite SKIPPED: ${binary.reason}.\n(This is not a pass: the desktop shell was not launched.)\n\n`,
  );
}

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: `${REPO_ROOT}test-results/electron-e2e`,
  // One Electron at a time: the tests use the single-instance lock and the system clipboard.
  workers: 1,
  fullyParallel: false,
  // Creating a vault runs Argon2id at 64 MiB; these limits only stop a hung test.
  timeout: 180_000,
  expect: { timeout: 15_000 },
  retries: 0,
  forbidOnly: !!process.env['CI'],
  reporter: [['list']],
});
