// Unit tests run under Node: shared/ logic, main-process logic (with Electron mocked at
// its boundary) and the tooling (layer check). Browser behaviour is tested by Playwright.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { SkippedReporter } from './tools/skippedReporter';

const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { version: string };

export default defineConfig({
  // The same build-time constants as vite.config.ts, for renderer modules tested under Node.
  define: { __APP_VERSION__: JSON.stringify(version) },
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // After the summary, every skipped test with its reason (e.g. a missing reference tool).
    reporters: ['default', new SkippedReporter()],
  },
});
