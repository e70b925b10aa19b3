// Runs in: Node (test tooling).
//
// Which Chromium the browser test commands use, and what they say about it (tests/e2e/browser.ts).
// The download itself (`npx playwright install chromium`) needs internet and is not run here.
import { describe, expect, it } from 'vitest';
import {
  chooseChromium,
  DEBIAN_CHROMIUM,
  describeChromiumChoice,
  type ChromiumFacts,
} from '../../e2e/browser';

const PLAYWRIGHT_CHROMIUM = '/home/newcomer/.cache/ms-playwright/chromium-1234/chrome-linux/chrome';

function facts(fromEnv: string | undefined, present: readonly string[]): ChromiumFacts {
  return {
    fromEnv,
    fileExists: (path) => present.includes(path),
    playwrightChromium: PLAYWRIGHT_CHROMIUM,
  };
}

describe('chooseChromium', () => {
  it('uses ZORGTAFEL_CHROMIUM first, even where Debian Chromium is installed', () => {
    const choice = chooseChromium(
      facts('/opt/chromium/chrome', ['/opt/chromium/chrome', DEBIAN_CHROMIUM]),
    );
    expect(choice).toEqual({ source: 'env', executablePath: '/opt/chromium/chrome' });
    expect(describeChromiumChoice(choice)).toBe(
      'Browser for the tests: /opt/chromium/chrome (from ZORGTAFEL_CHROMIUM).',
    );
  });

  it('reports a ZORGTAFEL_CHROMIUM that names no file instead of falling back silently', () => {
    const choice = chooseChromium(facts('/opt/typo/chrome', [DEBIAN_CHROMIUM]));
    expect(choice).toEqual({ source: 'env-missing', executablePath: '/opt/typo/chrome' });
    expect(describeChromiumChoice(choice)).toContain(
      'ZORGTAFEL_CHROMIUM is set to /opt/typo/chrome, but there is no file there',
    );
  });

  it("uses Debian's Chromium when present and ZORGTAFEL_CHROMIUM is unset or empty (this machine and CI)", () => {
    for (const fromEnv of [undefined, '']) {
      const choice = chooseChromium(facts(fromEnv, [DEBIAN_CHROMIUM, PLAYWRIGHT_CHROMIUM]));
      expect(choice).toEqual({ source: 'debian', executablePath: DEBIAN_CHROMIUM });
      expect(describeChromiumChoice(choice)).toBe(
        "Browser for the tests: Debian's Chromium at /usr/bin/chromium.",
      );
    }
  });

  it("on a fresh machine without either, installs Playwright's own Chromium and says so", () => {
    const choice = chooseChromium(facts(undefined, []));
    expect(choice).toEqual({
      source: 'playwright',
      executablePath: PLAYWRIGHT_CHROMIUM,
      installed: false,
    });
    expect(describeChromiumChoice(choice)).toBe(
      "Browser for the tests: Playwright's own Chromium (no /usr/bin/chromium, no ZORGTAFEL_CHROMIUM); installing it now with `npx playwright install chromium`.",
    );
  });

  it("uses Playwright's own Chromium without a new download once it is installed", () => {
    const choice = chooseChromium(facts(undefined, [PLAYWRIGHT_CHROMIUM]));
    expect(choice).toEqual({
      source: 'playwright',
      executablePath: PLAYWRIGHT_CHROMIUM,
      installed: true,
    });
    expect(describeChromiumChoice(choice)).toBe(
      `Browser for the tests: Playwright's own Chromium at ${PLAYWRIGHT_CHROMIUM} (no /usr/bin/chromium, no ZORGTAFEL_CHROMIUM).`,
    );
  });
});
