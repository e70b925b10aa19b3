// Browser tests run in real Chromium (Debian's /usr/bin/chromium when present, see
// tests/e2e/browser.ts) through Vitest's browser mode, so the vault is exercised against real
// IndexedDB and real WebCrypto: the project rule is "real components, no fake-indexeddb".
// Run: npx vitest run --config tests/vitest.browser.config.ts
import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './e2e/browser';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  // Pre-bundle the dependencies up front: discovering them mid-run makes Vite reload the page.
  optimizeDeps: {
    include: [
      'dexie',
      'zod',
      'hash-wasm',
      '@zxcvbn-ts/core',
      '@zxcvbn-ts/language-common',
      '@zxcvbn-ts/language-en',
      '@zxcvbn-ts/language-nl-be',
      // The component tests (formDialog, pasteLimitGuard) render React and MUI. Listed here so
      // Vite bundles them before the first test: a dependency discovered mid-run makes Vite
      // re-optimise and reload, which failed a test once with a stale MUI module.
      'react',
      'react-dom',
      'react-dom/client',
      'react-i18next',
      'i18next',
      '@emotion/react',
      '@emotion/styled',
      '@mui/material/styles',
      '@mui/material/Alert',
      '@mui/material/Box',
      '@mui/material/Button',
      '@mui/material/CircularProgress',
      '@mui/material/Dialog',
      '@mui/material/DialogActions',
      '@mui/material/DialogContent',
      '@mui/material/DialogTitle',
      '@mui/material/Paper',
      '@mui/material/Snackbar',
      '@mui/material/Stack',
      '@mui/material/TextField',
      '@mui/material/Typography',
    ],
  },
  test: {
    include: ['tests/browser/**/*.test.ts'],
    // Says which Chromium runs the tests and installs Playwright's own when there is no other.
    globalSetup: ['tests/e2e/browserSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        // The same Chromium and flags as the end-to-end tests (see tests/e2e/browser.ts).
        launchOptions: chromiumLaunchOptions(),
      }),
      instances: [{ browser: 'chromium' }],
      // Failure screenshots go to the git-ignored test-results/, not next to the tests.
      screenshotDirectory: 'test-results/browser-screenshots',
    },
  },
});
