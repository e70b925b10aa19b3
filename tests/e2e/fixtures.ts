// Runs in: Node (Playwright test runner).
//
// The `test` every end-to-end spec uses. It fails a test on any console error or uncaught
// page error in any page of any browser context of the test: the test's own context (every page,
// also one opened after the first closed) and every context the test makes itself with
// `browser.newContext()`, `browser.newPage()` or `chromium.launchPersistentContext()`. A test may
// allow specific messages with `test.use({ allowedConsoleErrors })`. It also offers
// `expectNoAxeViolations` for the accessibility check every screen must pass.
import AxeBuilder from '@axe-core/playwright';
import {
  test as base,
  expect,
  type BrowserContext,
  type BrowserType,
  type Page,
} from '@playwright/test';

export interface ZorgtafelFixtures {
  /** Console error messages that this test expects; matched by regular expression. */
  allowedConsoleErrors: readonly RegExp[];
  /** Collects console errors and page errors of every context; checked after the test body. Automatic. */
  consoleGuard: void;
}

export const test = base.extend<ZorgtafelFixtures>({
  allowedConsoleErrors: [[], { option: true }],
  consoleGuard: [
    async ({ context, browser, playwright, allowedConsoleErrors }, use) => {
      const problems: string[] = [];
      // Context-level events cover every page of the context, including pages opened later.
      const guard = (guarded: BrowserContext): BrowserContext => {
        guarded.on('console', (message) => {
          if (message.type() !== 'error') return;
          const text = message.text();
          if (!allowedConsoleErrors.some((pattern) => pattern.test(text)))
            problems.push(`console.error: ${text}`);
        });
        guarded.on('weberror', (webError) => {
          const error = webError.error();
          problems.push(`page error: ${error.name}: ${error.message}`);
        });
        return guarded;
      };
      guard(context);
      // Contexts the test makes itself (a second user, a fresh or a persistent profile) are
      // guarded too: the worker's browser and browser type hand out guarded contexts during
      // this test, and their own methods again afterwards.
      const { chromium } = playwright;
      const newContext = browser.newContext.bind(browser);
      const launchPersistentContext = chromium.launchPersistentContext.bind(chromium);
      browser.newContext = async (...args: Parameters<typeof newContext>) =>
        guard(await newContext(...args));
      chromium.launchPersistentContext = async (
        ...args: Parameters<BrowserType['launchPersistentContext']>
      ) => guard(await launchPersistentContext(...args));
      try {
        await use();
      } finally {
        browser.newContext = newContext;
        chromium.launchPersistentContext = launchPersistentContext;
      }
      expect(problems, 'a page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] as const;

/** Runs axe on the whole page and fails with a readable list when anything is found. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags([...AXE_TAGS]).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n` +
      violation.nodes
        .map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`)
        .join('\n'),
  );
  expect(summary, 'axe accessibility violations').toEqual([]);
}
