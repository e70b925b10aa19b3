// Runs in: Node (Playwright test runner), driving Chromium.
//
// Steps through the app's screens that several specs need (adding a pupil, …), written once
// so that a change in the UI is mended in one place.
import { expect, type Locator, type Page } from '@playwright/test';

/** The <main> landmark of the current screen. */
export function main(page: Page): Locator {
  return page.getByRole('main');
}

function mainHeading(page: Page) {
  return main(page).getByRole('heading', { level: 1 });
}

/** Opens Leerlingen without a reload (a reload would lock the vault). */
export async function openLeerlingen(page: Page): Promise<void> {
  await page.evaluate(() => (window.location.hash = '#/leerlingen'));
  await expect(mainHeading(page)).toHaveText('Leerlingen');
}

export interface PupilData {
  readonly firstName: string;
  readonly lastName: string;
  readonly dateOfBirth: string;
  readonly group?: string;
  readonly postcode?: string;
}

/** Adds a pupil through the dialog and waits for its page. */
export async function addPupil(page: Page, pupil: PupilData): Promise<void> {
  await openLeerlingen(page);
  await main(page).getByRole('button', { name: 'Leerling toevoegen' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Leerling toevoegen' });
  await dialog.getByLabel('Voornaam').fill(pupil.firstName);
  await dialog.getByLabel('Achternaam').fill(pupil.lastName);
  await dialog.getByLabel('Geboortedatum').fill(pupil.dateOfBirth);
  if (pupil.group !== undefined) await dialog.getByLabel('Groep of klas').fill(pupil.group);
  if (pupil.postcode !== undefined) await dialog.getByLabel('Postcode').fill(pupil.postcode);
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(mainHeading(page)).toHaveText(`${pupil.firstName} ${pupil.lastName}`);
}

/** The open dialog (the app shows one at a time). */
export function dialog(page: Page): Locator {
  return page.getByRole('dialog');
}

/** Opens a tab of the current screen and waits until it is selected. */
export async function openTab(page: Page, name: string): Promise<void> {
  await main(page).getByRole('tab', { name }).click();
  await expect(main(page).getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

/** Picks `option` in the select labelled `label` inside `scope`. */
export async function choose(
  page: Page,
  scope: Locator,
  label: string,
  option: string,
): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Goes to a hash route without a reload (a reload would lock the vault). */
export async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash);
}

/** Drops a file onto the window, as dragging it from the file manager does. */
export async function dropFile(
  page: Page,
  file: { readonly name: string; readonly bytes: Uint8Array },
): Promise<void> {
  await page.evaluate(
    ({ name, data }) => {
      const transfer = new DataTransfer();
      transfer.items.add(
        new File([new Uint8Array(data)], name, { type: 'application/octet-stream' }),
      );
      window.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    },
    { name: file.name, data: [...file.bytes] },
  );
}

/** How a person answered in "Toestemming vastleggen"; nothing there is preselected. */
export interface ConsentAnswerStep {
  readonly answer: 'Toestemming gegeven' | 'Geweigerd' | 'Nog niet gevraagd';
  readonly method?: 'Schriftelijk' | 'Mondeling';
  readonly witness?: string;
  /** yyyy-mm-dd; required for an answer. */
  readonly date?: string;
}

/** In the open consent dialog: marks `name`'s answer and, for an answer, how and when. */
export async function answerConsent(
  page: Page,
  name: string,
  step: ConsentAnswerStep,
): Promise<void> {
  const person = dialog(page).getByRole('group', { name, exact: true });
  await person.getByRole('radio', { name: step.answer, exact: true }).check();
  if (step.method !== undefined)
    await person.getByRole('radio', { name: step.method, exact: true }).check();
  if (step.witness !== undefined)
    await person.getByRole('textbox', { name: 'Getuige of wie het hoorde' }).fill(step.witness);
  if (step.date !== undefined)
    await person.getByLabel(/^Datum van (toestemming|weigering)/).fill(step.date);
}

/**
 * In the open consent dialog: everyone whose consent is needed gave it in writing, on `date`
 * or else on the consent's first valid day ("Geldig vanaf").
 */
export async function consentGivenByAll(page: Page, date?: string): Promise<void> {
  const on = date ?? (await dialog(page).getByLabel('Geldig vanaf').inputValue());
  const given = dialog(page).getByRole('radio', { name: 'Toestemming gegeven', exact: true });
  const count = await given.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) {
    await given.nth(i).check();
    await dialog(page).getByRole('radio', { name: 'Schriftelijk', exact: true }).nth(i).check();
    await dialog(page).getByLabel('Datum van toestemming').nth(i).fill(on);
  }
}

/** In the case's Betrokkenen tab: adds a one-off professional (typed, not from the directory). */
export async function addInvolvement(
  page: Page,
  name: string,
  role: string,
  organisation: string,
  since: string,
): Promise<void> {
  await main(page).getByRole('button', { name: 'Betrokkene toevoegen' }).click();
  await dialog(page).getByLabel('Zelf invullen').check();
  await dialog(page).getByRole('textbox', { name: 'Naam', exact: true }).fill(name);
  await dialog(page).getByRole('textbox', { name: 'Functie' }).fill(role);
  await dialog(page).getByRole('textbox', { name: 'Naam van de organisatie' }).fill(organisation);
  await dialog(page).getByLabel('Betrokken sinds').fill(since);
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
}
