// Runs in: Node (Playwright test runner), driving Chromium.
//
// The zorgdossier screen: a pupil and a case are made through the Leerlingen screens, then
// events are added after the fact and appear in date order, a working note stays out of the
// chronology and out of the printed file, the status moves only along allowed steps (closing
// needs a reason), every tab and dialog passes axe, and tabs and dialogs work by keyboard.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { extractPdfText } from '../helpers/pdfText';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { createVault } from './vault';

const WORKING_NOTE = 'Vermoeden: spanningen thuis, nog navragen bij de wijkcoach';

function main(page: Page): Locator {
  return page.getByRole('main');
}

function dialog(page: Page): Locator {
  return page.getByRole('dialog');
}

function chronologyItems(page: Page): Locator {
  return main(page).getByTestId('chronology-item');
}

async function openTab(page: Page, name: string): Promise<void> {
  await main(page).getByRole('tab', { name }).click();
  await expect(main(page).getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

/** Creates a pupil and a case through the Leerlingen screens and lands on the case screen. */
async function openNewCase(page: Page): Promise<void> {
  await page.evaluate(() => (window.location.hash = '#/leerlingen'));
  await main(page).getByRole('button', { name: 'Leerling toevoegen' }).first().click();
  await dialog(page).getByRole('textbox', { name: 'Voornaam', exact: true }).fill('Zoë');
  await dialog(page).getByRole('textbox', { name: 'Achternaam', exact: true }).fill('Jansen');
  await dialog(page)
    .getByRole('textbox', { name: 'Geboortedatum', exact: true })
    .fill('2016-04-12');
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
  await main(page).getByRole('button', { name: 'Nieuw zorgdossier' }).click();
  await dialog(page).getByLabel('Datum van het signaal').fill('2026-10-01');
  await dialog(page).getByLabel('Gemeld door').fill('juf Sanne (leerkracht groep 5)');
  await dialog(page)
    .getByLabel('Wat is er gezien of gehoord?')
    .fill('Zoë is stil en moe in de klas.');
  await dialog(page)
    .getByLabel('Hulpvraag', { exact: true })
    .fill('Hoe helpen we Zoë weer mee te doen?');
  await dialog(page)
    .getByRole('button', { name: /Dossier aanmaken|Opslaan/ })
    .click();
  await expect(
    main(page).getByRole('heading', { level: 1, name: 'Zorgdossier Zoë Jansen' }),
  ).toBeVisible();
}

test('case screen: chronology in date order, working notes kept out, status changes and the printed file', async ({
  page,
}) => {
  // A long journey (vault creation, many axe runs) on a shared, busy machine.
  test.setTimeout(420_000);
  // A fixed "today" (Sunday 22 November 2026) so dates in the assertions are stable.
  await page.clock.setFixedTime(new Date('2026-11-22T10:00:00+01:00'));
  await createVault(page);
  await openNewCase(page);

  // Header and overview.
  await expect(main(page).getByText('Status: Signalering').first()).toBeVisible();
  await expect(main(page).getByText('Signaal van 1 oktober 2026')).toBeVisible();
  await expect(main(page).getByRole('link', { name: 'Terug naar Zoë Jansen' })).toBeVisible();
  await expect(main(page).getByText('Hoe helpen we Zoë weer mee te doen?')).toBeVisible();
  await expectNoAxeViolations(page);

  // Leefgebieden: a dialog with checkboxes.
  await main(page).getByRole('button', { name: 'Leefgebieden kiezen' }).click();
  await expect(dialog(page).getByRole('heading', { name: 'Leefgebieden kiezen' })).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog(page).getByLabel('Onderwijs').check();
  await dialog(page).getByLabel('Opvoeding en gezin').check();
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(
    main(page).getByRole('listitem').filter({ hasText: 'Opvoeding en gezin' }),
  ).toBeVisible();

  // Regisseur as a plain name (no betrokkenen yet).
  await main(page).getByRole('button', { name: 'Regisseur kiezen' }).click();
  await expectNoAxeViolations(page);
  await dialog(page).getByLabel('Iemand anders (naam invullen)').check();
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page).getByText('Vul dit in.')).toBeVisible();
  await dialog(page).getByLabel('Naam van de regisseur').fill('Joost Kamphuis');
  await dialog(page).getByLabel('Naam van de regisseur').press('Enter');
  await expect(dialog(page)).toBeHidden();
  await expect(main(page).getByText('Joost Kamphuis')).toBeVisible();

  // Signal dialog opens and passes axe; Esc closes it when nothing was typed.
  await main(page).getByRole('button', { name: 'Signaal en hulpvraag bewerken' }).click();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();

  // Tabs switch with the arrow keys (Overzicht, Actieplan, Chronologie, ...).
  await main(page).getByRole('tab', { name: 'Overzicht' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(main(page).getByRole('tab', { name: 'Actieplan' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(main(page).getByRole('tab', { name: 'Chronologie' })).toBeFocused();
  await expect(main(page).getByRole('tab', { name: 'Chronologie' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(main(page).getByRole('heading', { level: 2, name: 'Chronologie' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The dialog opens and closes by keyboard, and focus returns to its button.
  const addEvent = main(page).getByRole('button', { name: 'Gebeurtenis toevoegen' });
  await addEvent.focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page).getByRole('heading', { name: 'Gebeurtenis toevoegen' })).toBeVisible();
  await expect(dialog(page).getByRole('combobox', { name: 'Soort' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(addEvent).toBeFocused();

  // A signal-type event dated in the past, chosen and saved with the keyboard.
  await page.keyboard.press('Enter');
  await expect(dialog(page).getByRole('combobox', { name: 'Soort' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('option', { name: 'Notitie' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(dialog(page).getByRole('combobox', { name: 'Soort' })).toHaveText('Signaal');
  // A date after today is refused with a clear message.
  await dialog(page).getByLabel('Datum').fill('2026-11-23');
  await dialog(page).getByLabel('Titel').fill('Moeder belt over slapen');
  await dialog(page).getByLabel('Titel').press('Enter');
  await expect(
    dialog(page).getByText('Deze datum ligt in de toekomst. Kies vandaag of een eerdere dag.'),
  ).toBeVisible();
  await expect(dialog(page).getByLabel('Datum')).toBeFocused();
  await expectNoAxeViolations(page);
  await dialog(page).getByLabel('Datum').fill('2026-10-15');
  await dialog(page)
    .getByLabel('Tekst')
    .fill('Moeder vertelt dat Zoë slecht slaapt sinds de verhuizing.');
  await dialog(page).getByLabel('Titel').press('Enter');
  await expect(dialog(page)).toBeHidden();
  await expect(chronologyItems(page).filter({ hasText: 'Moeder belt over slapen' })).toBeFocused();

  // A note dated today (the default date).
  await addEvent.click();
  await dialog(page).getByLabel('Titel').fill('Gesprek met juf Sanne');
  await dialog(page).getByLabel('Tekst').fill('Juf ziet dat Zoë in de middag wegzakt.');
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();

  // Date order: newest first by default, oldest first on request.
  await expect(chronologyItems(page)).toHaveCount(3);
  await expect(chronologyItems(page).nth(0)).toContainText('22 november 2026');
  await expect(chronologyItems(page).nth(0)).toContainText('Gesprek met juf Sanne');
  await expect(chronologyItems(page).nth(1)).toContainText('15 oktober 2026');
  await expect(chronologyItems(page).nth(1)).toContainText('Moeder belt over slapen');
  await expect(chronologyItems(page).nth(2)).toContainText('1 oktober 2026');
  await expect(chronologyItems(page).nth(2)).toContainText(
    'Signaal van juf Sanne (leerkracht groep 5)',
  );
  await main(page).getByRole('button', { name: 'Oudste eerst' }).click();
  await expect(chronologyItems(page).nth(0)).toContainText('Signaal van juf Sanne');
  await expect(chronologyItems(page).nth(2)).toContainText('Gesprek met juf Sanne');
  await main(page).getByRole('button', { name: 'Nieuwste eerst' }).click();

  // Edit an own entry; delete asks first and can be undone.
  await main(page).getByRole('button', { name: 'Gesprek met juf Sanne bewerken' }).click();
  await expect(dialog(page).getByRole('heading', { name: 'Gebeurtenis bewerken' })).toBeVisible();
  await dialog(page).getByLabel('Titel').fill('Gesprek met juf Sanne over de middag');
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(chronologyItems(page).nth(0)).toContainText('Gesprek met juf Sanne over de middag');
  await main(page)
    .getByRole('button', { name: 'Gesprek met juf Sanne over de middag verwijderen' })
    .click();
  await expect(
    dialog(page).getByRole('heading', { name: 'Gebeurtenis verwijderen?' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog(page).getByRole('button', { name: 'Verwijderen' }).click();
  await expect(chronologyItems(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(chronologyItems(page)).toHaveCount(3);

  // A working note: visible in its own tab, never in the chronology.
  await openTab(page, 'Werkaantekeningen');
  await expect(
    main(page).getByText(
      'Alleen voor u zichtbaar. Werkaantekeningen komen nooit in een export, afdruk of gedeeld bestand.',
    ),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await main(page).getByRole('button', { name: 'Werkaantekening toevoegen' }).click();
  await expect(dialog(page).getByLabel('Aantekening')).toBeFocused();
  await dialog(page).getByLabel('Aantekening').fill(WORKING_NOTE);
  await expectNoAxeViolations(page);
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(main(page).getByTestId('working-note')).toContainText(WORKING_NOTE);
  await expectNoAxeViolations(page);
  await openTab(page, 'Chronologie');
  await expect(chronologyItems(page)).toHaveCount(3);
  await expect(main(page)).not.toContainText(WORKING_NOTE);

  // Status: only allowed steps; closing needs a reason.
  await openTab(page, 'Overzicht');
  await main(page).getByRole('button', { name: 'Status wijzigen' }).click();
  await expect(dialog(page).getByRole('radio')).toHaveCount(3);
  await expect(dialog(page).getByRole('radio', { name: 'Signalering' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await dialog(page).getByRole('radio', { name: 'In bespreking' }).check();
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(main(page).getByText('Status: In bespreking').first()).toBeVisible();

  await main(page).getByRole('button', { name: 'Status wijzigen' }).click();
  await expect(dialog(page).getByRole('radio')).toHaveCount(2);
  await dialog(page).getByRole('radio', { name: 'Afgesloten' }).check();
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page).getByText('Vul dit in.')).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog(page).getByLabel('Reden van afsluiten').fill('De hulp loopt via het wijkteam.');
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(main(page).getByText('Status: Afgesloten').first()).toBeVisible();
  await expect(main(page).getByText('Reden: De hulp loopt via het wijkteam.')).toBeVisible();

  await openTab(page, 'Chronologie');
  await expect(chronologyItems(page)).toHaveCount(5);
  await expect(
    chronologyItems(page).filter({ hasText: 'Status gewijzigd naar afgesloten' }),
  ).toContainText('De hulp loopt via het wijkteam.');
  await expect(
    chronologyItems(page).filter({ hasText: 'Status gewijzigd naar in bespreking' }),
  ).toHaveCount(1);

  // The other helpers' panels render in their tabs and pass axe.
  await openTab(page, 'Betrokkenen');
  await expectNoAxeViolations(page);
  await openTab(page, 'Toestemming');
  await expectNoAxeViolations(page);

  // Print the formal file: a PDF download without the pupil's name in the file name and
  // without the working note inside.
  const download = page.waitForEvent('download');
  await main(page).getByRole('button', { name: 'Dossier afdrukken' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('zorgdossier-2026-11-22.pdf');
  await expect(
    main(page).getByText(
      'Het dossier is opgeslagen als zorgdossier-2026-11-22.pdf. Werkaantekeningen staan er niet in.',
    ),
  ).toBeVisible();
  const pdf = await extractPdfText(new Uint8Array(await readFile(await file.path())));
  const text = pdf.text.replace(/\s+/g, ' ');
  expect(text).toContain('Zorgdossier Zoë Jansen');
  expect(text).toContain('Moeder belt over slapen');
  expect(text).toContain('Gesprek met juf Sanne over de middag');
  expect(text).toContain('De hulp loopt via het wijkteam.');
  expect(text).not.toContain('Vermoeden');
  expect(text).not.toContain(WORKING_NOTE);
  await expectNoAxeViolations(page);
});
