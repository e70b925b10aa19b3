// Unit tests run under Node: shared/ logic, main-process logic (with Electron mocked at
// its boundary) and the tooling (layer check). Browser behaviour is tested by Playwright.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
