// Runs in: Node (Playwright test runner), driving Chromium.
//
// Issue 12, what the user sees when the stored vault was tampered with while it was locked
// (the database of the page's own browser profile changed behind the app's back, as a bad
// disk block, an antivirus quarantine or someone with access to the profile would): after
// the unlock the integrity warning names what is wrong and where it belongs, a backup is
// refused until the user has chosen a way out, the choice is in the audit log, and the
// backup made afterwards restores into a fresh profile.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { addPupil, main } from './steps';
import { createVault, PASSPHRASE, unlock } from './vault';

test.describe.configure({ timeout: 120_000 });

/** The passphrase of someone else's vault (passes the policy). */
const FOREIGN_PASSPHRASE = 'wolkbreuk lantaarn pepermunt kanaal';

type Tampering =
  | { readonly kind: 'flip-record'; readonly id: string }
  | { readonly kind: 'delete-record'; readonly id: string }
  | { readonly kind: 'drop-snapshot' }
  | { readonly kind: 'delete-audit'; readonly seq: number };

/** Changes the vault's IndexedDB directly, as someone with access to the profile could. */
async function tamper(page: Page, change: Tampering): Promise<void> {
  await page.evaluate(async (c) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('zorgtafel');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error('open failed'));
    });
    const store =
      c.kind === 'delete-audit' ? 'audit' : c.kind === 'drop-snapshot' ? 'packs' : 'records';
    const tx = db.transaction(store, 'readwrite');
    const table = tx.objectStore(store);
    if (c.kind === 'drop-snapshot') table.clear();
    else if (c.kind === 'delete-audit') table.delete(c.seq);
    else if (c.kind === 'delete-record') table.delete(c.id);
    else {
      const read = table.get(c.id);
      read.onsuccess = () => {
        const row = read.result as { ct: Uint8Array };
        const ct = row.ct.slice();
        ct[5] = (ct[5] ?? 0) ^ 0xff;
        table.put({ ...row, ct });
      };
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(new Error('write failed'));
    });
    db.close();
  }, change);
}

/** Adds a pupil and returns its record id (from the address of its page). */
async function pupilId(page: Page, firstName: string, lastName: string): Promise<string> {
  await addPupil(page, { firstName, lastName, dateOfBirth: '2015-03-02', group: '5b' });
  const id = /#\/leerlingen\/(r[0-9a-f]{32})/.exec(page.url())?.[1];
  if (id === undefined) throw new Error('no pupil id in the address');
  return id;
}

async function lockVault(page: Page): Promise<void> {
  await page.keyboard.press('Control+Shift+L');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Zorgtafel is vergrendeld' }),
  ).toBeVisible();
}

function warning(page: Page) {
  return page.getByRole('dialog', { name: 'Niet alle gegevens zijn in orde' });
}

async function openSecurity(page: Page) {
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Instellingen' })
    .click();
  const security = page.getByRole('region', { name: 'Beveiliging' });
  await expect(security).toBeVisible();
  return security;
}

test('a damaged record: reported after unlock, no backup until a choice is made, the choice is audited, the next backup restores', async ({
  page,
  browser,
  baseURL,
}) => {
  await createVault(page);
  await pupilId(page, 'Noor', 'Bakker');
  const damaged = await pupilId(page, 'Sem', 'de Jong');
  await lockVault(page);
  await tamper(page, { kind: 'flip-record', id: damaged });
  await unlock(page);

  const dialog = warning(page);
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByTestId('integrity-problems')).toHaveText('Beschadigd: Leerling');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Later beslissen' }).click();
  await expect(dialog).toBeHidden();

  // "Back-up maken" refuses, says why, and the warning comes back with the ways out.
  const security = await openSecurity(page);
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await security.getByRole('button', { name: 'Back-up maken' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Later beslissen' }).click();
  await expect(
    security.getByRole('alert').filter({ hasText: 'Er is geen back-up gemaakt' }),
  ).toBeVisible();
  expect(downloads).toBe(0);

  // The way out: continue without it (the other: restore a backup).
  await security.getByRole('button', { name: 'Back-up maken' }).click();
  await dialog.getByRole('button', { name: 'Doorgaan zonder deze gegevens' }).click();
  await expect(dialog.getByText('Alle gemelde gegevens zijn afgehandeld.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Sluiten' }).click();

  await security.getByRole('button', { name: 'Logboek bekijken' }).click();
  const log = page.getByRole('dialog', { name: 'Logboek' });
  await expect(
    log.getByRole('cell', { name: 'Probleem met de opslag gevonden' }).first(),
  ).toBeVisible();
  await expect(
    log.getByRole('cell', { name: 'Keuze gemaakt over een opslagprobleem' }),
  ).toBeVisible();
  await page.keyboard.press('Escape');

  const downloading = page.waitForEvent('download');
  await security.getByRole('button', { name: 'Back-up maken' }).click();
  const backup = await readFile(await (await downloading).path());

  const context = await browser.newContext({
    baseURL: baseURL ?? '',
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  try {
    const fresh = await context.newPage();
    await fresh.goto('/');
    await fresh
      .getByRole('button', { name: 'Ik heb al een back-up van Zorgtafel' })
      .click({ timeout: 30_000 });
    const choosing = fresh.waitForEvent('filechooser');
    await fresh
      .getByRole('dialog', { name: 'Back-up terugzetten' })
      .getByRole('button', { name: 'Back-upbestand kiezen' })
      .click();
    await (
      await choosing
    ).setFiles({
      name: 'zorgtafel-back-up.ztbackup',
      mimeType: 'application/octet-stream',
      buffer: backup,
    });
    const restore = fresh.getByRole('dialog', { name: 'Back-up terugzetten' });
    await restore.getByLabel('Wachtwoordzin van de back-up').fill(PASSPHRASE);
    await restore.getByRole('button', { name: 'Terugzetten' }).click();
    await unlock(fresh);
    await fresh.evaluate(() => (window.location.hash = '#/leerlingen'));
    await expect(main(fresh).getByRole('link', { name: /Noor Bakker|Bakker, Noor/ })).toBeVisible({
      timeout: 30_000,
    });
    await expect(main(fresh).getByRole('link', { name: /Sem|de Jong/ })).toHaveCount(0);
    await expect(warning(fresh)).toBeHidden();
  } finally {
    await context.close();
  }
});

test('a deleted record without a snapshot, and a deleted audit entry, are reported with their place', async ({
  page,
}) => {
  await createVault(page);
  const gone = await pupilId(page, 'Lotte', 'Visser');
  await lockVault(page);
  await tamper(page, { kind: 'delete-record', id: gone });
  await tamper(page, { kind: 'drop-snapshot' });
  await tamper(page, { kind: 'delete-audit', seq: 2 });
  await unlock(page);

  const dialog = warning(page);
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByTestId('integrity-problems')).toHaveText('Ontbreekt: Leerling');
  await expect(dialog.getByTestId('integrity-audit')).toContainText(
    'Regel 2 ontbreekt in het logboek.',
  );
  await expectNoAxeViolations(page);
  // Nothing in memory to repair from: only a backup or going on without it.
  await expect(dialog.getByRole('button', { name: /Herstellen/ })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Back-up terugzetten' })).toBeVisible();
});

test('on the unlock screen a backup of another vault cannot replace this one without this vault’s own passphrase', async ({
  page,
  browser,
  baseURL,
}) => {
  // Someone else's vault and a backup of it, made in another profile.
  const other = await browser.newContext({
    baseURL: baseURL ?? '',
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  let foreign: Buffer;
  try {
    const stranger = await other.newPage();
    await createVault(stranger, { passphrase: FOREIGN_PASSPHRASE });
    const security = await openSecurity(stranger);
    const downloading = stranger.waitForEvent('download');
    await security.getByRole('button', { name: 'Back-up maken' }).click();
    foreign = await readFile(await (await downloading).path());
  } finally {
    await other.close();
  }

  await createVault(page);
  await pupilId(page, 'Noor', 'Bakker');
  await lockVault(page);
  await page.getByRole('button', { name: 'Back-up terugzetten' }).click();
  const restore = page.getByRole('dialog', { name: 'Back-up terugzetten' });
  const choosing = page.waitForEvent('filechooser');
  await restore.getByRole('button', { name: 'Back-upbestand kiezen' }).click();
  await (
    await choosing
  ).setFiles({ name: 'vreemd.ztbackup', mimeType: 'application/octet-stream', buffer: foreign });
  await restore.getByLabel('Wachtwoordzin van de back-up').fill(FOREIGN_PASSPHRASE);
  await restore.getByLabel('Typ VERVANGEN om te bevestigen').fill('VERVANGEN');
  // Without this vault's own secret the button stays off; a wrong one is refused.
  await expect(restore.getByRole('button', { name: 'Terugzetten' })).toBeDisabled();
  await restore
    .getByLabel('Wachtwoordzin of herstelcode van de kluis op deze computer')
    .fill(FOREIGN_PASSPHRASE);
  await expectNoAxeViolations(page);
  await restore.getByRole('button', { name: 'Terugzetten' }).click();
  const refused = restore.getByRole('alert').filter({
    hasText: 'Dit is niet de wachtwoordzin of herstelcode van de kluis op deze computer.',
  });
  await expect(refused).toBeVisible({ timeout: 30_000 });
  await expect(refused).toContainText('Er is niets veranderd aan de gegevens op deze computer.');
  await page.keyboard.press('Escape');

  // The school's vault is untouched.
  await unlock(page);
  await page.evaluate(() => (window.location.hash = '#/leerlingen'));
  await expect(main(page).getByRole('link', { name: /Noor Bakker|Bakker, Noor/ })).toBeVisible({
    timeout: 30_000,
  });
});
