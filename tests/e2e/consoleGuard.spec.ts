// Runs in: Node (Playwright test runner), driving Chromium.
//
// The console guard of tests/e2e/fixtures.ts watches every page of every context of a test, not
// only the first page: each test below logs an error where an earlier guard did not look, and
// is marked `test.fail()`, so it passes only because the guard failed it. The pages are blank
// (no app), so nothing else in them can fail.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './browser';
import { test } from './fixtures';

/** Logs a console error in `page` and waits until Playwright has seen it. */
async function logError(page: Page): Promise<void> {
  await Promise.all([
    page.waitForEvent('console'),
    page.evaluate(() => console.error('console guard probe')),
  ]);
}

test.describe('the console guard fails the test on an error', () => {
  test('in a page opened after the first one, in the same context (a resumed window)', async ({
    page,
    context,
  }) => {
    test.fail();
    await page.close();
    await logError(await context.newPage());
  });

  test('in a second context made by the test (a second user)', async ({ browser }) => {
    test.fail();
    const second = await browser.newContext();
    try {
      await logError(await second.newPage());
    } finally {
      await second.close();
    }
  });

  test('as an uncaught exception in a page made by browser.newPage()', async ({ browser }) => {
    test.fail();
    const page = await browser.newPage();
    try {
      const thrown = page.waitForEvent('pageerror');
      await page.evaluate(() => {
        setTimeout(() => {
          throw new Error('console guard probe');
        });
      });
      await thrown;
    } finally {
      await page.context().close();
    }
  });

  test('in a persistent context on a profile directory', async () => {
    test.fail();
    const profile = mkdtempSync(join(tmpdir(), 'zorgtafel-guard-'));
    try {
      const persistent = await chromium.launchPersistentContext(profile, chromiumLaunchOptions());
      try {
        await logError(persistent.pages()[0] ?? (await persistent.newPage()));
      } finally {
        await persistent.close();
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
