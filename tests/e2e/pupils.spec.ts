// Runs in: Node (Playwright test runner), driving Chromium.
//
// Leerlingen end to end: adding a pupil through the dialog (field errors first), the list,
// the pupil page, a new case leading to its dossier route, deleting (refused with a case,
// confirmed without), search from anywhere with and without accents (Ctrl+K, "/" and the
// header button), axe on every screen and dialog, and the add flow with the keyboard alone.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { addPupil, openLeerlingen } from './steps';
import { createVault } from './vault';

// Several flows per test on a shared, busy machine: give each test room.
test.describe.configure({ timeout: 180_000 });

/** Creates a vault; waits longer for the first screen than createVault does (busy machines). */
async function start(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom bij Zorgtafel' })).toBeVisible({
    timeout: 30_000,
  });
  await createVault(page, { goto: false });
}

function main(page: Page) {
  return page.getByRole('main');
}

function mainHeading(page: Page) {
  return main(page).getByRole('heading', { level: 1 });
}

/** Opens "Nieuw zorgdossier" on the current pupil page and creates a case. */
async function addCase(page: Page, raisedBy: string, hulpvraag: string): Promise<void> {
  await main(page).getByRole('button', { name: 'Nieuw zorgdossier' }).click();
  const dialog = page.getByRole('dialog', { name: /Nieuw zorgdossier/ });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Gemeld door').fill(raisedBy);
  await dialog.getByLabel('Wat is er gezien of gehoord?').fill('Trekt zich terug in de klas.');
  await dialog.getByLabel('Hulpvraag').fill(hulpvraag);
  await dialog.getByRole('checkbox', { name: 'Onderwijs' }).check();
  await dialog.getByRole('button', { name: 'Dossier aanmaken' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/#\/leerlingen\/[a-z0-9]+\/dossier\/[a-z0-9]+$/);
}

test('add a pupil with field errors first, see it in the list and on its page, and open a case', async ({
  page,
}) => {
  await start(page);
  await openLeerlingen(page);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Nog geen leerlingen vastgelegd' }),
  ).toBeVisible();
  await expect(
    main(page).getByRole('link', { name: 'Importeren uit leerlingadministratie' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await main(page).getByRole('button', { name: 'Leerling toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Leerling toevoegen' });
  await expect(dialog.getByLabel('Voornaam')).toBeFocused();
  await expectNoAxeViolations(page);

  // Nothing filled in: Dutch errors at the fields, focus on the first.
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog.getByText('Vul de voornaam in.')).toBeVisible();
  await expect(dialog.getByText('Vul de achternaam in.')).toBeVisible();
  await expect(dialog.getByText('Vul de geboortedatum in.')).toBeVisible();
  await expect(dialog.getByLabel('Voornaam')).toBeFocused();
  await expectNoAxeViolations(page);

  await dialog.getByLabel('Voornaam').fill('Ayla');
  await dialog.getByLabel('Achternaam').fill('Özdemir');
  await dialog.getByLabel('Geboortedatum').fill('2015-03-12');
  await dialog.getByLabel('Groep of klas').fill('5B');
  await dialog.getByLabel('Woonplaats').fill('Enschede');
  await dialog.getByLabel('Postcode').fill('75111');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog.getByText('Vul een postcode in als 1234 AB')).toBeVisible();
  await expect(dialog.getByLabel('Postcode')).toBeFocused();
  await dialog.getByLabel('Postcode').fill('7511jk');
  await expect(dialog.getByText('Vul een postcode in als 1234 AB')).toBeHidden();

  await dialog.getByRole('button', { name: 'Ouder of verzorger toevoegen' }).click();
  const guardian = dialog.getByRole('group', { name: 'Ouder of verzorger 1' });
  await expect(guardian.getByLabel('Naam')).toBeFocused();
  await guardian.getByLabel('Naam').fill('Fatma Özdemir');
  await guardian.getByLabel('Telefoon').fill('06-12345678');
  await expect(guardian.getByRole('checkbox', { name: 'Heeft gezag' })).toBeChecked();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Opslaan' }).click();

  // The pupil page opens; the window title names the area, never the pupil.
  await expect(dialog).toBeHidden();
  await expect(mainHeading(page)).toHaveText('Ayla Özdemir');
  await expect(page).toHaveTitle('Leerlingen – Zorgtafel');
  await expect(main(page).getByText('7511 JK')).toBeVisible();
  await expect(main(page).getByText('Fatma Özdemir')).toBeVisible();
  await expect(main(page).getByText('Heeft gezag')).toBeVisible();
  await expect(main(page).getByText('12 maart 2015', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);

  // The list shows it, sorted by surname, with group, date of birth and open cases.
  await main(page).getByRole('link', { name: 'Terug naar Leerlingen' }).click();
  const row = main(page).getByRole('row', { name: /Özdemir, Ayla/ });
  await expect(row).toContainText('5B');
  await expect(row).toContainText('12-03-2015');
  await expect(row).toContainText('0');
  await main(page).getByLabel('Zoek in de lijst').fill('ozdem');
  await expect(row).toBeVisible();
  await main(page).getByLabel('Zoek in de lijst').fill('jansen');
  await expect(main(page).getByRole('heading', { name: 'Geen leerling gevonden' })).toBeVisible();
  await expectNoAxeViolations(page);
  await main(page).getByLabel('Zoek in de lijst').fill('');

  // A new case leads to its dossier route; the pupil page then lists it.
  await main(page).getByRole('link', { name: 'Özdemir, Ayla' }).click();
  await expect(mainHeading(page)).toHaveText('Ayla Özdemir');
  await main(page).getByRole('button', { name: 'Nieuw zorgdossier' }).click();
  const caseDialog = page.getByRole('dialog', { name: /Nieuw zorgdossier/ });
  await caseDialog.getByLabel('Gemeld door').fill('');
  await caseDialog.getByRole('button', { name: 'Dossier aanmaken' }).click();
  await expect(caseDialog.getByText('Vul in wie het signaal gaf.')).toBeVisible();
  await expectNoAxeViolations(page);
  await caseDialog.getByRole('button', { name: 'Annuleren' }).click();
  await addCase(page, 'juf Sanne (leerkracht groep 5)', 'Hoe kan Ayla weer meedoen?');
  await page.goBack();
  await expect(mainHeading(page)).toHaveText('Ayla Özdemir');
  const cases = main(page).getByRole('list', { name: 'Zorgdossiers van deze leerling' });
  await expect(cases).toContainText('Signalering');
  await expect(cases).toContainText('Gemeld door juf Sanne (leerkracht groep 5)');

  // With a case the pupil cannot be deleted; the dialog says why.
  await main(page).getByRole('button', { name: 'Leerling verwijderen' }).click();
  const blocked = page.getByRole('dialog', { name: 'Verwijderen kan nu niet' });
  await expect(blocked).toContainText('1 zorgdossier');
  await expectNoAxeViolations(page);
  await blocked.getByRole('button', { name: 'Sluiten' }).click();
  await expect(blocked).toBeHidden();

  await main(page).getByRole('link', { name: 'Terug naar Leerlingen' }).click();
  await expect(main(page).getByRole('row', { name: /Özdemir, Ayla/ })).toContainText('1');
});

test('an unknown pupil or case shows a friendly "niet gevonden" with a way back', async ({
  page,
}) => {
  await start(page);
  await page.evaluate(() => (window.location.hash = '#/leerlingen/abc123'));
  await expect(mainHeading(page)).toHaveText('Niet gevonden');
  await expectNoAxeViolations(page);
  await main(page).getByRole('link', { name: 'Naar de leerlingenlijst' }).click();
  await expect(mainHeading(page)).toHaveText('Leerlingen');
});

test('delete a pupil only after confirming; the duplicate warning shows for the same name and date', async ({
  page,
}) => {
  await start(page);
  await addPupil(page, {
    firstName: 'Daan',
    lastName: 'Jansen',
    dateOfBirth: '2016-09-01',
    group: '4A',
  });

  // Adding the same child again warns before saving.
  await openLeerlingen(page);
  await main(page).getByRole('button', { name: 'Leerling toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Leerling toevoegen' });
  await dialog.getByLabel('Voornaam').fill('daan');
  await dialog.getByLabel('Achternaam').fill('Jansen');
  await dialog.getByLabel('Geboortedatum').fill('2016-09-01');
  await expect(
    dialog.getByText(/Er staat al een leerling met deze naam en geboortedatum/),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialog).toBeHidden();

  await main(page).getByRole('link', { name: 'Jansen, Daan' }).click();
  await main(page).getByRole('button', { name: 'Leerling verwijderen' }).click();
  const confirm = page.getByRole('dialog', { name: 'Leerling verwijderen?' });
  await expect(confirm).toContainText('Daan Jansen');
  await expectNoAxeViolations(page);
  // Cancel keeps the pupil.
  await confirm.getByRole('button', { name: 'Annuleren' }).click();
  await expect(mainHeading(page)).toHaveText('Daan Jansen');
  await main(page).getByRole('button', { name: 'Leerling verwijderen' }).click();
  await page
    .getByRole('dialog', { name: 'Leerling verwijderen?' })
    .getByRole('button', { name: 'Definitief verwijderen' })
    .click();
  await expect(mainHeading(page)).toHaveText('Leerlingen');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Nog geen leerlingen vastgelegd' }),
  ).toBeVisible();
});

test('edit a pupil from its page', async ({ page }) => {
  await start(page);
  await addPupil(page, { firstName: 'Sem', lastName: 'Groot', dateOfBirth: '2015-09-09' });
  await main(page).getByRole('button', { name: 'Gegevens wijzigen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Gegevens wijzigen' });
  await expect(dialog.getByLabel('Voornaam')).toHaveValue('Sem');
  await dialog.getByLabel('Tussenvoegsel').fill('de');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(mainHeading(page)).toHaveText('Sem de Groot');
  await expect(main(page).getByRole('status')).toContainText('Sem de Groot is opgeslagen.');
});

test('search from anywhere finds "Özdemir" with and without accents and a case by its text', async ({
  page,
}) => {
  await start(page);
  await addPupil(page, {
    firstName: 'Ayla',
    lastName: 'Özdemir',
    dateOfBirth: '2015-03-12',
    group: '5B',
  });
  await addCase(page, 'mentor', 'Afstemmen met de coördinator passend onderwijs');
  await addPupil(page, {
    firstName: 'Milan',
    lastName: 'Visser',
    dateOfBirth: '2016-02-02',
    group: '4',
  });

  // Ctrl+K from the Overzicht, without accents.
  await page.evaluate(() => (window.location.hash = '#/overzicht'));
  await expect(mainHeading(page)).toHaveText('Overzicht');
  await page.keyboard.press('Control+k');
  const search = page.getByRole('dialog', { name: 'Zoeken' });
  const input = search.getByRole('combobox', { name: 'Zoek een leerling of zorgdossier' });
  await expect(input).toBeFocused();
  await input.fill('ozdemir');
  const pupilOption = search.getByRole('option', { name: /Ayla Özdemir.*groep of klas 5B/ });
  await expect(pupilOption).toBeVisible();
  await expect(search.getByRole('option', { name: /Milan Visser/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.keyboard.press('Enter');
  await expect(search).toBeHidden();
  await expect(mainHeading(page)).toHaveText('Ayla Özdemir');
  await expect(mainHeading(page)).toBeFocused();

  // The header button, with accents.
  await page.evaluate(() => (window.location.hash = '#/instellingen'));
  await page.getByRole('button', { name: 'Zoeken naar een leerling of zorgdossier' }).click();
  await expect(input).toBeFocused();
  await input.fill('Özdemir');
  await expect(search.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(mainHeading(page)).toHaveText('Ayla Özdemir');

  // "/" when not typing; a case found by a word of its text, without the diaeresis.
  await page.evaluate(() => (window.location.hash = '#/overzicht'));
  await expect(mainHeading(page)).toHaveText('Overzicht');
  await page.keyboard.press('/');
  await input.fill('coordinator');
  const caseOption = search.getByRole('option', {
    name: /Ayla Özdemir.*Zorgdossier · Signalering/,
  });
  await expect(caseOption).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(caseOption).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/leerlingen\/[a-z0-9]+\/dossier\/[a-z0-9]+$/);

  // Esc closes; nothing found is said in words.
  await page.keyboard.press('Control+k');
  await input.fill('qqqq');
  await expect(search.getByText('Niets gevonden voor „qqqq”.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(search).toBeHidden();
});

test('keyboard only: add a pupil from the list', async ({ page }) => {
  await start(page);
  await openLeerlingen(page);
  await mainHeading(page).focus();
  // Tab from the heading to the add button in the empty state.
  for (let i = 0; i < 10; i += 1) {
    await page.keyboard.press('Tab');
    const focusedText = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (focusedText === 'Leerling toevoegen') break;
  }
  await expect(main(page).getByRole('button', { name: 'Leerling toevoegen' })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Leerling toevoegen' });
  await expect(dialog.getByLabel('Voornaam')).toBeFocused();
  await page.keyboard.type('Noëlle');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Tussenvoegsel')).toBeFocused();
  await page.keyboard.type('de');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Achternaam')).toBeFocused();
  await page.keyboard.type('Vries');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Geboortedatum')).toBeFocused();
  // The native date control orders its segments by the browser's own language, which a
  // test cannot rely on; the value is set directly, every other step is keyboard only.
  await dialog.getByLabel('Geboortedatum').fill('2016-02-29');
  await expect(dialog.getByLabel('Geboortedatum')).toHaveValue('2016-02-29');
  // Tab walks through the date's day, month and year parts first, then to the next field.
  const group = dialog.getByLabel('Groep of klas');
  for (let i = 0; i < 4 && !(await group.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  await expect(group).toBeFocused();
  await page.keyboard.type('4A');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(mainHeading(page)).toHaveText('Noëlle de Vries');
  await expect(mainHeading(page)).toBeFocused();
});
