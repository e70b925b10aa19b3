// Runs in: Node (Playwright test runner), driving the Electron desktop shell.
//
// What the unit tests check inside the main process, checked from outside on the real shell:
// navigation and new windows are refused, permissions other than the clipboard write are
// denied, the app:// guard answers 403/404, files given at launch or by a second instance reach
// the renderer, the close guard holds the window until the renderer confirms, and a Copy
// button puts the text on the system clipboard. Skipped, with the reason, where no Electron
// binary is installed (see playwright.config.ts).
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { go, main } from '../e2e/steps';
import { createVault } from '../e2e/vault';
import { electronBinary, launchShell, MAIN_JS, type Shell } from './shellApp';

const binary = electronBinary();
test.skip(!binary.found, binary.found ? '' : `Electron end-to-end suite skipped: ${binary.reason}`);

let shell: Shell | undefined;

async function start(args: readonly string[] = []): Promise<Shell> {
  if (!binary.found) throw new Error('no Electron binary');
  shell = await launchShell(binary.path, { args });
  return shell;
}

test.afterEach(async () => {
  await shell?.app.close().catch(() => undefined);
  shell = undefined;
});

/** The URL the main process shows in its one window. */
async function shownUrl(current: Shell): Promise<string | undefined> {
  return current.app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()[0]?.webContents.getURL(),
  );
}

test('navigation away from app://zorgtafel is refused, and the page stays loaded', async () => {
  const current = await start();
  await current.window.evaluate(() => {
    Reflect.set(window, '__stillHere', true);
    window.location.href = 'https://example.org/';
  });
  await current.window.evaluate(() => {
    window.location.href = 'file:///etc/passwd';
  });
  // A refused navigation leaves no trace; give an allowed one the time it would need to commit.
  await current.window.waitForTimeout(1_000);
  expect(await shownUrl(current)).toBe('app://zorgtafel/index.html');
  expect(await current.window.evaluate(() => Reflect.get(window, '__stillHere') === true)).toBe(
    true,
  );
});

test('window.open opens nothing, for outside and own URLs alike', async () => {
  const current = await start();
  const results = await current.window.evaluate(() =>
    ['https://example.org/', 'mailto:ib@school.example', 'app://zorgtafel/index.html'].map(
      (url) => window.open(url) === null,
    ),
  );
  expect(results).toEqual([true, true, true]);
  expect(current.app.windows()).toHaveLength(1);
});

test('notifications, camera, microphone, geolocation and clipboard reading are denied', async () => {
  const current = await start();
  const outcome = await current.window.evaluate(async () => {
    const refused = (promise: Promise<unknown>) =>
      promise.then(
        () => false,
        () => true,
      );
    return {
      notifications: await Notification.requestPermission(),
      media: await refused(navigator.mediaDevices.getUserMedia({ audio: true })),
      clipboardRead: await refused(navigator.clipboard.readText()),
      geolocation: await new Promise<number>((resolve) => {
        navigator.geolocation.getCurrentPosition(
          () => resolve(0),
          (error) => resolve(error.code),
        );
      }),
      network: await refused(fetch('https://example.org/')),
    };
  });
  expect(outcome).toEqual({
    notifications: 'denied',
    media: true,
    clipboardRead: true,
    geolocation: 1,
    network: true,
  });
});

test('the app:// guard serves the app with its CSP and refuses traversal and foreign hosts', async () => {
  const current = await start();
  const answers = await current.app.evaluate(async ({ session }) => {
    const ask = async (url: string) => {
      const response = await session.defaultSession.fetch(url);
      return {
        status: response.status,
        csp: response.headers.get('content-security-policy') ?? '',
      };
    };
    return {
      index: await ask('app://zorgtafel/index.html'),
      traversal: await ask('app://zorgtafel/%2e%2e/%2e%2e/package.json'),
      foreignHost: await ask('app://elsewhere/index.html'),
      missing: await ask('app://zorgtafel/assets/not-there.js'),
    };
  });
  expect(answers.index.status).toBe(200);
  expect(answers.index.csp).toContain("default-src 'none'");
  expect(answers.traversal.status).toBe(403);
  expect(answers.foreignHost.status).toBe(403);
  expect(answers.missing.status).toBe(404);
});

test('a file given at launch (double-click) and one from a second launch both reach the renderer', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'zorgtafel-electron-files-'));
  const march = path.join(folder, 'ZAT maart.zorgtafel');
  const april = path.join(folder, 'ZAT april.zorgtafel');
  writeFileSync(march, new Uint8Array([1, 2, 3]));
  writeFileSync(april, new Uint8Array([4]));
  const current = await start([march]);

  // No vault yet, so nothing in the app takes files: collect them through the bridge, both ways.
  await current.window.evaluate(() => {
    const received: { name: string; bytes: number[] }[] = [];
    Reflect.set(window, '__received', received);
    window.zorgtafel?.onHostEvent((event) => {
      if (event.type === 'file-opened')
        received.push({ name: event.file.name, bytes: [...event.file.bytes] });
    });
  });
  const received = () =>
    current.window.evaluate(async () => {
      const list = Reflect.get(window, '__received') as { name: string; bytes: number[] }[];
      const pending = await window.zorgtafel?.takePendingFiles({});
      if (pending?.ok === true)
        list.push(...pending.value.map((f) => ({ name: f.name, bytes: [...f.bytes] })));
      return list.map((f) => f.name);
    });
  await expect.poll(received).toEqual(['ZAT maart.zorgtafel']);

  // A second launch with the same profile hands its file to the running instance and quits.
  if (!binary.found) return;
  const second = spawn(binary.path, [MAIN_JS, `--user-data-dir=${current.userDataDir}`, april], {
    stdio: 'ignore',
  });
  const exitCode = await new Promise<number | null>((resolve) => second.on('exit', resolve));
  expect(exitCode).toBe(0);
  await expect.poll(received).toEqual(['ZAT maart.zorgtafel', 'ZAT april.zorgtafel']);
});

test('closing the window is held back until the renderer has flushed, then it closes', async () => {
  const current = await start();
  const heldBack = await current.app.evaluate(({ BrowserWindow }) => {
    const win = BrowserWindow.getAllWindows()[0];
    win?.close();
    return win !== undefined && !win.isDestroyed();
  });
  expect(heldBack).toBe(true);
  await current.window.waitForEvent('close');
});

test('the Copy button puts the deelsleutel on the system clipboard', async () => {
  const current = await start();
  await createVault(current.window, { goto: false });
  await go(current.window, '#/instellingen');
  const keySection = main(current.window).getByRole('region', {
    name: 'Deelsleutel voor overlegbestanden',
  });
  await keySection.getByRole('button', { name: 'Deelsleutel aanmaken' }).click();
  const keyField = keySection.getByTestId('own-deelsleutel');
  await expect(keyField).toHaveValue(/^zorgtafel-deelsleutel-1:age1/, { timeout: 30_000 });
  await keySection.getByRole('button', { name: 'Deelsleutel kopiëren' }).click();
  await expect(keySection.getByText('De deelsleutel staat op het klembord.')).toBeVisible();
  const onClipboard = await current.app.evaluate(({ clipboard }) => clipboard.readText());
  expect(onClipboard).toBe(await keyField.inputValue());
});
