// Runs in: Node (Playwright test runner).
//
// The `test` every end-to-end spec uses. It fails a test on any console error or uncaught
// page error (a test may allow specific messages with `test.use({ allowedConsoleErrors })`),
// and offers `expectNoAxeViolations` for the accessibility check every screen must pass.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export interface ZorgtafelFixtures {
  /** Console error messages that this test expects; matched by regular expression. */
  allowedConsoleErrors: readonly RegExp[];
  /** Collects console errors and page errors; checked after the test body. Automatic. */
  consoleGuard: void;
}

export const test = base.extend<ZorgtafelFixtures>({
  allowedConsoleErrors: [[], { option: true }],
  consoleGuard: [
    async ({ page, allowedConsoleErrors }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!allowedConsoleErrors.some((pattern) => pattern.test(text))) problems.push(`console.error: ${text}`);
      });
      page.on('pageerror', (error) => {
        problems.push(`page error: ${error.name}: ${error.message}`);
      });
      await use();
      expect(problems, 'the page logged errors').toEqual([]);
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
      violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
  );
  expect(summary, 'axe accessibility violations').toEqual([]);
}
