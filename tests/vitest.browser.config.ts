// Browser tests run in real Chromium (Debian's /usr/bin/chromium) through Vitest's browser
// mode, so the vault is exercised against real IndexedDB and real WebCrypto: the project
// rule is "real components, no fake-indexeddb". Run: npx vitest run --config tests/vitest.browser.config.ts
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

/** Chromium from the environment, else Debian's; Playwright's own download does not work here. */
function chromiumPath(): string | undefined {
  const fromEnv = process.env['ZORGTAFEL_CHROMIUM'];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const executablePath = chromiumPath();

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  // Pre-bundle the dependencies up front: discovering them mid-run makes Vite reload the page.
  optimizeDeps: { include: ['dexie', 'zod', 'hash-wasm', '@zxcvbn-ts/core', '@zxcvbn-ts/language-common', '@zxcvbn-ts/language-en', '@zxcvbn-ts/language-nl-be'] },
  test: {
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          ...(executablePath !== undefined ? { executablePath } : {}),
          // Without the networking flags Chromium keeps contacting the (closed) network at start.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
      // Failure screenshots go to the git-ignored test-results/, not next to the tests.
      screenshotDirectory: 'test-results/browser-screenshots',
    },
  },
});
