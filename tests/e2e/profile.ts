// Runs in: Node (Playwright test runner), driving Chromium.
//
// A persistent browser profile that a test can open, close and kill: the fault-injection
// tests (issue 12) type, SIGKILL the browser process, and open the same profile again to
// see what reached the disk. Chromium is started by Playwright's launchPersistentContext
// (which passes the profile itself, never through our args); its process id is read from
// /proc, because a persistent context exposes no Browser object to ask.
import { readdirSync, readFileSync } from 'node:fs';
import { chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './browser';

export interface OpenProfile {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and page errors seen so far; a test asserts it is empty. */
  readonly problems: string[];
}

/** Starts Chromium on `dir` and opens `path` (a route of the app) in its first tab. */
export async function openProfile(dir: string, baseURL: string, path = '/'): Promise<OpenProfile> {
  const context = await chromium.launchPersistentContext(dir, {
    ...chromiumLaunchOptions(),
    baseURL,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.name}: ${error.message}`));
  await page.goto(path);
  return { context, page, problems };
}

/** The id of the Chromium browser process (not a renderer or helper) running on profile `dir`. */
export function browserPid(dir: string): number {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // the process ended while we looked
    }
    if (args.includes(`--user-data-dir=${dir}`) && !args.some((arg) => arg.startsWith('--type=')))
      found.push(Number(entry));
  }
  if (found.length !== 1)
    throw new Error(`expected one browser process on the profile, found ${found.length}`);
  return found[0] ?? 0;
}

/** SIGKILLs the browser process: nothing in the page, the renderer or the browser gets to run. */
export async function killBrowser(profile: OpenProfile, dir: string): Promise<void> {
  const closed = new Promise<void>((resolve) => profile.context.once('close', () => resolve()));
  process.kill(browserPid(dir), 'SIGKILL');
  await closed;
}

/** Closes the profile normally and checks that the page logged no errors. */
export async function closeProfile(profile: OpenProfile): Promise<void> {
  await profile.context.close();
  expect(profile.problems, 'the page logged errors').toEqual([]);
}
