// Runs in: Node (Playwright test runner).
//
// How every Playwright config of Zorgtafel starts Chromium: Debian's chromium when present
// (or the one named by ZORGTAFEL_CHROMIUM), Playwright's own browser otherwise, with flags
// that stop Chromium from reaching for the (closed) network on every start. Shared by the
// end-to-end tests, the benchmark and the persistent-profile tests.
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium binary to use; undefined means Playwright's bundled browser. */
export function chromiumExecutablePath(): string | undefined {
  const fromEnv = process.env['ZORGTAFEL_CHROMIUM'];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}

/** Launch options for `use.launchOptions` or `chromium.launch*()`. Never sets --user-data-dir. */
export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = chromiumExecutablePath();
  return {
    ...(executablePath !== undefined ? { executablePath } : {}),
    args: [...CHROMIUM_ARGS],
  };
}
