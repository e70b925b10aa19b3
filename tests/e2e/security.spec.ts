// Runs in: Node (Playwright test runner), driving Chromium.
//
// Instellingen › Beveiliging with the real vault in real IndexedDB: automatic lock after the
// chosen idle time (with Playwright's clock), changing the passphrase, a new recovery code,
// backup and restore into a fresh profile, refusal of damaged or cut-short backups without
// any change, the audit log and its check, "remember on this computer" being unavailable in
// the browser, keyboard use, and zero axe violations on the section and every dialog.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { addPupilWithCase } from './meetingSteps';
import { addPupil, main, openLeerlingen } from './steps';
import { createVault, PASSPHRASE, unlock, USER } from './vault';

/** A second passphrase that passes the policy. */
const NEW_PASSPHRASE = 'wolkbreuk lantaarn pepermunt kanaal';

const BACKUP_FILE = /^zorgtafel-back-up-\d{4}-\d{2}-\d{2}\.ztbackup$/;

test.describe.configure({ timeout: 120_000 });

function security(page: Page) {
  return page.getByRole('region', { name: 'Beveiliging' });
}

/** Goes to Instellingen without reloading (a reload locks the vault). */
async function openSecurity(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Instellingen' })
    .click();
  await expect(
    page.getByRole('main').getByRole('heading', { level: 1, name: 'Instellingen' }),
  ).toBeVisible();
  await expect(security(page)).toBeVisible();
}

async function setAutoLock(page: Page, minutes: number): Promise<void> {
  await security(page).getByLabel('Vergrendelen na').selectOption(String(minutes));
  await expect(
    security(page)
      .getByRole('status')
      .filter({ hasText: 'Opgeslagen: Zorgtafel vergrendelt nu na' }),
  ).toBeVisible();
}

/** After an unlock the app returns to where it was: wait for the unlocked frame. */
async function expectUnlocked(page: Page): Promise<void> {
  await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' })).toBeVisible({
    timeout: 30_000,
  });
}

async function lockWithShortcut(page: Page): Promise<void> {
  await page.keyboard.press('Control+Shift+L');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Zorgtafel is vergrendeld' }),
  ).toBeVisible();
}

/** Makes a backup through the section and returns the downloaded file's bytes. */
async function makeBackup(page: Page): Promise<Buffer> {
  const downloading = page.waitForEvent('download');
  await security(page).getByRole('button', { name: 'Back-up maken' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(BACKUP_FILE);
  await expect(
    security(page).getByText(/De back-up is opgeslagen als ‘zorgtafel-back-up-/),
  ).toBeVisible();
  await expect(security(page).getByTestId('last-backup')).toContainText('Laatste back-up:');
  return readFile(await download.path());
}

/** Chooses `bytes` as the backup file in the open restore dialog. */
async function chooseBackupFile(page: Page, bytes: Buffer): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page
    .getByRole('dialog', { name: 'Back-up terugzetten' })
    .getByRole('button', { name: 'Back-upbestand kiezen' })
    .click();
  const chooser = await choosing;
  await chooser.setFiles({
    name: 'zorgtafel-back-up.ztbackup',
    mimeType: 'application/octet-stream',
    buffer: bytes,
  });
}

test('the section passes axe, and "remember on this computer" is unavailable in the browser', async ({
  page,
}) => {
  await createVault(page);
  await openSecurity(page);
  const section = security(page);
  await expect(section.getByLabel('Vergrendelen na')).toHaveValue('5');
  const remember = section.getByRole('switch', { name: 'Onthouden op deze computer' });
  await expect(remember).toBeDisabled();
  await expect(remember).not.toBeChecked();
  await expect(
    section.getByText('Dit kan alleen in de desktopapp van Zorgtafel, niet in de browser.'),
  ).toBeVisible();
  await expect(
    section.getByText(/Zet dit alleen aan op een computer die door één persoon wordt gebruikt/),
  ).toBeVisible();
  await expect(section.getByTestId('last-backup')).toContainText('Er is nog geen back-up gemaakt.');
  // A reminder is a polite status, never an alert (alerts are for errors).
  await expect(
    section.getByRole('status').filter({ hasText: /Er is nog geen back-up\. Maak er een/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // The reminder on Overzicht links to #/instellingen/backup: the backup block takes focus.
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Overzicht' })
    .click();
  await expect(page.getByTestId('backup-reminder')).toHaveAttribute('role', 'status');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.evaluate(() => {
    window.location.hash = '#/instellingen/backup';
  });
  await expect(page.locator('#backup')).toBeFocused();
  await expect(page.locator('#backup')).toBeInViewport();
});

test('auto-lock fires after the chosen idle time', async ({ page }) => {
  await page.clock.install();
  await createVault(page);
  await openSecurity(page);
  await setAutoLock(page, 1);
  await page.clock.fastForward('01:05');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Zorgtafel is vergrendeld' }),
  ).toBeVisible();
  await expect(
    page.getByText('Zorgtafel is vergrendeld omdat de computer een tijd niet is gebruikt.'),
  ).toBeVisible();
  // The setting is kept in the vault: after unlocking it is still one minute.
  await unlock(page);
  await openSecurity(page);
  await expect(security(page).getByLabel('Vergrendelen na')).toHaveValue('1');
});

test('changing the passphrase: keyboard dialog, wrong current refused, then only the new one unlocks', async ({
  page,
}) => {
  await createVault(page);
  await openSecurity(page);
  const open = security(page).getByRole('button', { name: 'Wachtwoordzin wijzigen' });

  // Keyboard: Enter opens, Esc closes and focus returns to the button.
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Wachtwoordzin wijzigen' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Huidige wachtwoordzin')).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Nieuwe wachtwoordzin').fill(NEW_PASSPHRASE);
  await dialog.getByLabel('Herhaal de wachtwoordzin').fill(NEW_PASSPHRASE);
  await expect(dialog.getByText('Deze wachtwoordzin is sterk genoeg.')).toBeVisible();
  await dialog.getByLabel('Huidige wachtwoordzin').fill('dit is niet de goede zin');
  await dialog.getByLabel('Huidige wachtwoordzin').press('Enter');
  await expect(
    dialog.getByText(
      'Deze wachtwoordzin klopt niet. Typ de wachtwoordzin waarmee u Zorgtafel opent.',
    ),
  ).toBeVisible({ timeout: 30_000 });
  await dialog.getByLabel('Huidige wachtwoordzin').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Nieuwe wachtwoordzin opslaan' }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(
    security(page).getByRole('status').filter({ hasText: 'Uw wachtwoordzin is gewijzigd.' }),
  ).toBeVisible();

  await lockWithShortcut(page);
  await unlock(page, PASSPHRASE);
  await expect(
    page.getByRole('alert').filter({ hasText: 'Deze wachtwoordzin klopt niet.' }),
  ).toBeVisible({ timeout: 30_000 });
  await unlock(page, NEW_PASSPHRASE);
  await expectUnlocked(page);
});

test('a new recovery code is shown once and the old code no longer unlocks', async ({ page }) => {
  const { recoveryCode: oldCode } = await createVault(page);
  await openSecurity(page);
  await security(page).getByRole('button', { name: 'Nieuwe herstelcode maken' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nieuwe herstelcode maken' });
  await expect(dialog.getByText(/De huidige herstelcode werkt daarna niet meer/)).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByLabel('Huidige wachtwoordzin').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Nieuwe herstelcode maken' }).click();
  const code = dialog.getByTestId('recovery-code');
  await expect(code).toBeVisible({ timeout: 30_000 });
  const newCode = (await code.textContent()) ?? '';
  expect(newCode).not.toBe(oldCode);
  expect(newCode.length).toBeGreaterThan(30);
  await expect(dialog.getByRole('button', { name: 'Herstelblad opslaan als pdf' })).toBeVisible();
  await expectNoAxeViolations(page);

  // It cannot be closed before the user confirms the code is stored.
  const done = dialog.getByRole('button', { name: 'Klaar' });
  await expect(done).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(/Ik heb het nieuwe herstelblad/).check();
  await done.click();
  await expect(dialog).toBeHidden();
  await expect(
    security(page).getByText(
      'Er is een nieuwe herstelcode gemaakt. De oude herstelcode werkt niet meer.',
    ),
  ).toBeVisible();

  await lockWithShortcut(page);
  await page.getByRole('button', { name: 'Wachtwoordzin vergeten? Herstelcode gebruiken' }).click();
  await page.getByLabel('Herstelcode', { exact: true }).fill(oldCode);
  await page.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Deze herstelcode opent de kluis niet.' }),
  ).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Herstelcode', { exact: true }).fill(newCode);
  await page.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Kies een nieuwe wachtwoordzin' }),
  ).toBeVisible({ timeout: 30_000 });
});

/** The letterhead settings in Instellingen (the section's own save button). */
function letterhead(page: Page) {
  return page.getByRole('main').getByRole('region', { name: 'Briefpapier en termijnen' });
}

const SCHOOL_ADDRESS = 'Lasondersingel 12, 7514 BP Enschede';

test('a backup restores into a fresh profile with the same records and settings', async ({
  page,
  browser,
  baseURL,
}) => {
  await createVault(page);
  // Records: a pupil, and a pupil with a parent and an open case.
  await addPupil(page, {
    firstName: 'Zoë',
    lastName: 'Özdemir',
    dateOfBirth: '2015-03-14',
    group: '5b',
    postcode: '7511 AB',
  });
  await addPupilWithCase(page, {
    firstName: 'Daan',
    lastName: 'de Vries',
    parent: 'Sanne de Vries',
  });
  // Settings: the automatic lock and the letterhead.
  await openSecurity(page);
  await setAutoLock(page, 10);
  await letterhead(page).getByRole('textbox', { name: 'Adres van de school' }).fill(SCHOOL_ADDRESS);
  await letterhead(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(
    letterhead(page).getByText('Briefpapier en termijnen zijn opgeslagen.', { exact: false }),
  ).toBeVisible();
  const backup = await makeBackup(page);
  await expectNoAxeViolations(page);

  const context = await browser.newContext({
    baseURL: baseURL ?? '',
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  try {
    const fresh = await context.newPage();
    await fresh.goto('/');
    await expect(
      fresh.getByRole('heading', { level: 1, name: 'Welkom bij Zorgtafel' }),
    ).toBeVisible({ timeout: 30_000 });
    await fresh.getByRole('button', { name: 'Ik heb al een back-up van Zorgtafel' }).click();
    await chooseBackupFile(fresh, backup);
    const dialog = fresh.getByRole('dialog', { name: 'Back-up terugzetten' });
    await dialog.getByLabel('Wachtwoordzin van de back-up').fill(PASSPHRASE);
    await dialog.getByRole('button', { name: 'Terugzetten' }).click();
    await unlock(fresh);
    await expect(
      fresh.getByRole('main').getByRole('heading', { level: 1, name: 'Overzicht' }),
    ).toBeVisible({ timeout: 30_000 });
    await openSecurity(fresh);
    await expect(security(fresh).getByLabel('Vergrendelen na')).toHaveValue('10');
    await expect(
      letterhead(fresh).getByRole('textbox', { name: 'Adres van de school' }),
    ).toHaveValue(SCHOOL_ADDRESS);
    await openLeerlingen(fresh);
    await expect(main(fresh).getByRole('row', { name: /Özdemir, Zoë/ })).toContainText('5b');
    await main(fresh)
      .getByRole('row', { name: /de Vries, Daan/ })
      .getByRole('link')
      .first()
      .click();
    await expect(
      main(fresh).getByRole('heading', { level: 1, name: 'Daan de Vries' }),
    ).toBeVisible();
    await expect(main(fresh).getByText('Sanne de Vries')).toBeVisible();
    await main(fresh)
      .getByRole('list', { name: 'Zorgdossiers van deze leerling' })
      .getByRole('link', { name: 'Signaal van 1 oktober 2026' })
      .click();
    await expect(
      main(fresh).getByRole('heading', { level: 1, name: 'Zorgdossier Daan de Vries' }),
    ).toBeVisible();
  } finally {
    await context.close();
  }
});

test('a damaged or cut-short backup is refused and the vault stays as it was', async ({ page }) => {
  await createVault(page);
  await openSecurity(page);
  await setAutoLock(page, 15);
  const backup = await makeBackup(page);
  await setAutoLock(page, 2);
  const restoreButton = security(page).getByRole('button', { name: 'Back-up terugzetten' });
  const dialog = page.getByRole('dialog', { name: 'Back-up terugzetten' });

  // Cut short: refused as soon as the file is read.
  await restoreButton.click();
  await chooseBackupFile(page, backup.subarray(0, backup.length - 100));
  const cutShort = dialog
    .getByRole('alert')
    .filter({ hasText: 'Het back-upbestand is onvolledig' });
  await expect(cutShort).toBeVisible();
  await expect(cutShort).toContainText('Er is niets veranderd aan de gegevens op deze computer.');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialog).toBeHidden();

  // One byte flipped inside the encrypted payload: refused after the full check.
  const flipped = Buffer.from(backup);
  const middle = Math.floor(flipped.length / 2);
  flipped[middle] = (flipped[middle] ?? 0) ^ 0x01;
  await restoreButton.click();
  await chooseBackupFile(page, flipped);
  await dialog.getByLabel('Wachtwoordzin van de back-up').fill(PASSPHRASE);
  await dialog.getByLabel('Typ VERVANGEN om te bevestigen').fill('VERVANGEN');
  await dialog.getByRole('button', { name: 'Terugzetten' }).click();
  const damaged = dialog
    .getByRole('alert')
    .filter({ hasText: 'Het back-upbestand is beschadigd of gewijzigd.' });
  await expect(damaged).toBeVisible({ timeout: 30_000 });
  await expect(damaged).toContainText('Er is niets veranderd aan de gegevens op deze computer.');
  // The filled-in dialog with its (warning-coloured) submit button passes axe too.
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The current vault still unlocks and still has the setting made after the backup.
  await lockWithShortcut(page);
  await unlock(page);
  await expectUnlocked(page);
  await openSecurity(page);
  await expect(security(page).getByLabel('Vergrendelen na')).toHaveValue('2');
  await security(page).getByRole('button', { name: 'Logboek bekijken' }).click();
  const log = page.getByRole('dialog', { name: 'Logboek' });
  await expect(log.getByRole('cell', { name: 'Back-up gemaakt' })).toBeVisible();
  await expect(log.getByRole('cell', { name: 'Back-up teruggezet' })).toHaveCount(0);
});

test('the audit log lists what happened and its check reports it intact', async ({ page }) => {
  await createVault(page);
  await lockWithShortcut(page);
  await unlock(page, 'een verkeerde wachtwoordzin');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Deze wachtwoordzin klopt niet.' }),
  ).toBeVisible({ timeout: 30_000 });
  await unlock(page);
  await expect(
    page.getByRole('main').getByRole('heading', { level: 1, name: 'Overzicht' }),
  ).toBeVisible({ timeout: 30_000 });
  await openSecurity(page);

  const open = security(page).getByRole('button', { name: 'Logboek bekijken' });
  await open.focus();
  await page.keyboard.press('Enter');
  const log = page.getByRole('dialog', { name: 'Logboek' });
  await expect(log.getByRole('table', { name: 'Logboek, nieuwste regels eerst' })).toBeVisible();
  const rows = log.getByTestId('audit-row');
  // Newest first: the unlock is above the failed attempt, which is above the creation.
  await expect(rows.first()).toContainText('Ontgrendeld');
  await expect(rows.first()).toContainText(USER);
  await expect(
    log.getByRole('row').filter({ hasText: 'Mislukte poging om te ontgrendelen' }),
  ).toContainText('Onbekend (mislukte poging)');
  await expect(rows.first()).toContainText('met de wachtwoordzin');
  await expect(log.getByRole('row').filter({ hasText: 'Vergrendeld' })).toHaveCount(1);
  await expect(log.getByRole('row').filter({ hasText: 'Vergrendeld' })).toContainText(
    'met Ctrl+Shift+L',
  );
  const created = log.getByRole('row').filter({ hasText: 'Kluis aangemaakt' });
  await expect(created).toHaveCount(1);
  await expect(rows.last()).toContainText('Kluis aangemaakt');
  await expect(log.getByText(/^Regels 1–\d+ van \d+$/)).toBeVisible();
  await expectNoAxeViolations(page);

  await log.getByRole('button', { name: 'Logboek controleren' }).click();
  await expect(
    log
      .getByRole('status')
      .filter({ hasText: /^Het logboek is compleet en ongewijzigd \(\d+ regels\)\.$/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(log).toBeHidden();
  await expect(open).toBeFocused();
});

test('the section is translated into English and passes axe there', async ({ page }) => {
  await createVault(page);
  await openSecurity(page);
  await page.getByRole('radio', { name: 'English' }).check();
  const section = page.getByRole('region', { name: 'Security' });
  await expect(section).toBeVisible();
  await expect(section.getByLabel('Lock after')).toHaveValue('5');
  await expect(
    section.getByText('This is only possible in the Zorgtafel desktop app, not in the browser.'),
  ).toBeVisible();
  await expect(section.getByRole('button', { name: 'Make a backup' })).toBeVisible();
  await expectNoAxeViolations(page);
  await section.getByRole('button', { name: 'View audit log' }).click();
  const log = page.getByRole('dialog', { name: 'Audit log' });
  await expect(log.getByTestId('audit-row').last()).toContainText('Vault created');
  await expectNoAxeViolations(page);
});

test('unsaved settings are not lost: leaving Instellingen asks, a lock saves them', async ({
  page,
}) => {
  await createVault(page);
  await openSecurity(page);
  const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
  const holidays = main(page).getByRole('region', { name: 'Feestdagen en vrije dagen' });
  const listed = holidays.getByRole('list', { name: 'Feestdagen en vrije dagen' });
  const years = main(page)
    .getByRole('region', { name: 'Bewaartermijn' })
    .getByRole('spinbutton', { name: 'Aantal jaren na afsluiten' });
  // A study day added to the list and a new retention term, neither saved.
  await holidays.getByLabel('Datum').fill('2026-11-25');
  await holidays.getByLabel('Naam').fill('Studiedag');
  await holidays.getByRole('button', { name: 'Dag toevoegen' }).click();
  await expect(listed).toContainText('Studiedag');
  await years.fill('3');
  // A meeting kind's length, kept while another kind is shown.
  const kinds = main(page).getByRole('region', { name: 'Soorten overleg' });
  const duration = kinds
    .getByRole('form', { name: 'Zorgteam' })
    .getByLabel('Standaardduur (minuten)');
  await duration.fill('75');
  await kinds.getByRole('button', { name: 'ZAT (zorg- en adviesteam)' }).click();
  await expect(kinds.getByRole('form', { name: 'Zorgteam' })).toBeHidden();
  const zatDuration = kinds
    .getByRole('form', { name: 'ZAT (zorg- en adviesteam)' })
    .getByLabel('Standaardduur (minuten)');
  await zatDuration.fill('100');
  await kinds.getByRole('button', { name: 'Zorgteam' }).click();
  await expect(duration).toHaveValue('75');

  // Leaving asks, naming the sections; staying keeps everything as typed.
  await nav.getByRole('link', { name: 'Overzicht' }).click();
  const ask = page.getByRole('dialog', { name: 'Wijzigingen niet opgeslagen' });
  await expect(ask).toContainText('„Soorten overleg”');
  await expect(ask).toContainText('„Feestdagen en vrije dagen”');
  await expect(ask).toContainText('„Bewaartermijn”');
  await expectNoAxeViolations(page);
  await ask.getByRole('button', { name: 'Blijven' }).click();
  await expect(ask).toBeHidden();
  await expect(page).toHaveURL(/#\/instellingen$/);
  await expect(listed).toContainText('Studiedag');
  await expect(years).toHaveValue('3');
  await expect(duration).toHaveValue('75');

  // A lock saves them (as Opslaan would); after the unlock they are stored.
  await lockWithShortcut(page);
  await unlock(page);
  await expectUnlocked(page);
  // Nothing is unsaved any more: leaving does not ask, and coming back shows what is stored.
  await nav.getByRole('link', { name: 'Overzicht' }).click();
  await expect(main(page).getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();
  await openSecurity(page);
  await expect(listed).toContainText('Studiedag');
  await expect(years).toHaveValue('3');
  await expect(duration).toHaveValue('75');
  // Both kinds, each written whole into the one templates record, are stored.
  await kinds.getByRole('button', { name: 'ZAT (zorg- en adviesteam)' }).click();
  await expect(zatDuration).toHaveValue('100');

  // Leaving without saving drops only what was not saved.
  const address = main(page)
    .getByRole('region', { name: 'Briefpapier en termijnen' })
    .getByRole('textbox', { name: 'Adres van de school' });
  await address.fill(SCHOOL_ADDRESS);
  await nav.getByRole('link', { name: 'Overzicht' }).click();
  await expect(ask).toContainText('„Briefpapier en termijnen”');
  await expect(ask).not.toContainText('Bewaartermijn');
  await ask.getByRole('button', { name: 'Verder zonder opslaan' }).click();
  await expect(main(page).getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();
  await openSecurity(page);
  await expect(address).toHaveValue('');
  await expect(years).toHaveValue('3');
  await expect(listed).toContainText('Studiedag');
});
