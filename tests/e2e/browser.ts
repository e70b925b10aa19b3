// Runs in: Node (Playwright test runner).
//
// How every Playwright config of Zorgtafel starts Chromium: the one named by ZORGTAFEL_CHROMIUM,
// else Debian's chromium when present, else Playwright's own browser (which
// tests/e2e/browserSetup.ts installs with `npx playwright install chromium` when it is missing),
// with flags that stop Chromium from reaching for the (closed) network on every start. Shared by
// the end-to-end tests, the benchmark, the storage tests and the persistent-profile tests.
import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const PLAYWRIGHT_INSTALL_COMMAND = 'npx playwright install chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** What the choice depends on; passed in so that the choice itself is a pure function. */
export interface ChromiumFacts {
  /** The value of ZORGTAFEL_CHROMIUM; empty counts as unset. */
  readonly fromEnv: string | undefined;
  readonly fileExists: (path: string) => boolean;
  /** Where Playwright's own Chromium lives (or will live once installed). */
  readonly playwrightChromium: string;
}

export type ChromiumChoice =
  | { readonly source: 'env' | 'debian'; readonly executablePath: string }
  | { readonly source: 'playwright'; readonly executablePath: string; readonly installed: boolean }
  /** ZORGTAFEL_CHROMIUM names a file that is not there: a mistake to report, not to paper over. */
  | { readonly source: 'env-missing'; readonly executablePath: string };

export function chooseChromium(facts: ChromiumFacts): ChromiumChoice {
  const fromEnv = facts.fromEnv ?? '';
  if (fromEnv !== '')
    return { source: facts.fileExists(fromEnv) ? 'env' : 'env-missing', executablePath: fromEnv };
  if (facts.fileExists(DEBIAN_CHROMIUM))
    return { source: 'debian', executablePath: DEBIAN_CHROMIUM };
  return {
    source: 'playwright',
    executablePath: facts.playwrightChromium,
    installed: facts.fileExists(facts.playwrightChromium),
  };
}

/** The line the test commands print, so a log always says which browser ran the tests. */
export function describeChromiumChoice(choice: ChromiumChoice): string {
  switch (choice.source) {
    case 'env':
      return `Browser for the tests: ${choice.executablePath} (from ZORGTAFEL_CHROMIUM).`;
    case 'debian':
      return `Browser for the tests: Debian's Chromium at ${choice.executablePath}.`;
    case 'playwright':
      return choice.installed
        ? `Browser for the tests: Playwright's own Chromium at ${choice.executablePath} (no ${DEBIAN_CHROMIUM}, no ZORGTAFEL_CHROMIUM).`
        : `Browser for the tests: Playwright's own Chromium (no ${DEBIAN_CHROMIUM}, no ZORGTAFEL_CHROMIUM); installing it now with \`${PLAYWRIGHT_INSTALL_COMMAND}\`.`;
    case 'env-missing':
      return `ZORGTAFEL_CHROMIUM is set to ${choice.executablePath}, but there is no file there: point it at a Chromium binary, or unset it to use ${DEBIAN_CHROMIUM} or Playwright's own Chromium.`;
  }
}

/** The choice on this machine, now. */
export function currentChromiumChoice(): ChromiumChoice {
  return chooseChromium({
    fromEnv: process.env['ZORGTAFEL_CHROMIUM'],
    fileExists: existsSync,
    playwrightChromium: chromium.executablePath(),
  });
}

/** The Chromium binary to use; undefined means Playwright's bundled browser. */
export function chromiumExecutablePath(): string | undefined {
  const choice = currentChromiumChoice();
  return choice.source === 'playwright' ? undefined : choice.executablePath;
}

/** Launch options for `use.launchOptions` or `chromium.launch*()`. Never sets --user-data-dir. */
export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = chromiumExecutablePath();
  return {
    ...(executablePath !== undefined ? { executablePath } : {}),
    args: [...CHROMIUM_ARGS],
  };
}
