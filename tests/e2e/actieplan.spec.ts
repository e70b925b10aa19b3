// Runs in: Node (Playwright test runner), driving Chromium.
//
// The actieplan of a case, the Acties view across cases, the dashboard's action and meeting
// widgets, and the meeting templates in Instellingen. "Today" is fixed with page.clock to
// Wednesday 18 November 2026, so "te laat" and "deze week" (Monday 16 to Sunday 22 November)
// are stable. Everything is done through the real screens; axe runs on every screen and dialog.
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { addCaseToAgenda, planMeeting, typeActionByKeyboard } from './meetingSteps';
import { addPupil, choose, dialog, go, main, openTab } from './steps';
import { createVault, USER } from './vault';

const TODAY = new Date('2026-11-18T10:00:00+01:00');

/** A pupil with an open case; lands on the case screen. */
async function pupilWithCase(page: Page, firstName: string, lastName: string): Promise<void> {
  await addPupil(page, { firstName, lastName, dateOfBirth: '2016-04-12' });
  await main(page).getByRole('button', { name: 'Nieuw zorgdossier' }).click();
  await dialog(page).getByLabel('Datum van het signaal').fill('2026-10-01');
  await dialog(page).getByLabel('Gemeld door').fill('juf Sanne (groep 5)');
  await dialog(page)
    .getByLabel('Wat is er gezien of gehoord?')
    .fill(`${firstName} is stil en moe in de klas.`);
  await dialog(page)
    .getByLabel('Hulpvraag', { exact: true })
    .fill(`Hoe helpen we ${firstName} weer mee te doen?`);
  await dialog(page)
    .getByRole('button', { name: /Dossier aanmaken|Opslaan/ })
    .click();
  await expect(
    main(page).getByRole('heading', { level: 1, name: `Zorgdossier ${firstName} ${lastName}` }),
  ).toBeVisible();
}

function actionItem(page: Page, description: string): Locator {
  return main(page).getByTestId('actieplan-action').filter({ hasText: description });
}

interface NewAction {
  readonly description: string;
  readonly owner?: string;
  readonly organisation?: string;
  readonly partner?: boolean;
  readonly due?: string;
}

async function addAction(page: Page, action: NewAction): Promise<void> {
  await main(page).getByRole('button', { name: 'Actie toevoegen' }).click();
  const form = page.getByRole('dialog', { name: 'Actie toevoegen' });
  await form.getByLabel('Wat moet er gebeuren?').fill(action.description);
  if (action.owner !== undefined) await form.getByLabel('Wie doet het?').fill(action.owner);
  if (action.organisation !== undefined)
    await form.getByLabel('Organisatie', { exact: true }).fill(action.organisation);
  if (action.partner === true) {
    // The typed organisation only suggests who the owner works for; the user applies it.
    await expect(form.getByRole('radio', { name: 'School' })).toBeChecked();
    await form.getByRole('button', { name: 'Voorstel overnemen: partnerorganisatie' }).click();
    await expect(form.getByRole('radio', { name: 'Een partnerorganisatie' })).toBeChecked();
  }
  if (action.due !== undefined) await form.getByLabel('Uiterlijk op').fill(action.due);
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toBeHidden();
  await expect(actionItem(page, action.description)).toBeFocused();
}

test('actieplan: goals side by side, actions with owner and date, evaluation moments, the Acties view and the dashboard', async ({
  page,
}) => {
  test.setTimeout(420_000);
  await page.clock.setFixedTime(TODAY);
  await createVault(page);
  await pupilWithCase(page, 'Zoë', 'Jansen');
  const caseHash = new URL(page.url()).hash;
  await openTab(page, 'Actieplan');

  // Empty state: explains the plan and how meeting actions arrive.
  await expect(main(page).getByRole('heading', { name: 'Nog geen actieplan' })).toBeVisible();
  await expect(
    main(page).getByText(/komen hier vanzelf bij zodra de notulen zijn vastgesteld/),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // A school goal: validation first, then saved.
  await main(page).getByRole('button', { name: 'Doel toevoegen' }).click();
  const goalForm = page.getByRole('dialog', { name: 'Doel toevoegen' });
  await expectNoAxeViolations(page);
  await goalForm.getByRole('button', { name: 'Opslaan' }).click();
  await expect(goalForm.getByText('Vul dit in.')).toBeVisible();
  await expect(goalForm.getByText('Kies het leefgebied waar dit doel over gaat.')).toBeVisible();
  await expect(goalForm.getByRole('textbox', { name: 'Doel', exact: true })).toBeFocused();
  await goalForm
    .getByRole('textbox', { name: 'Doel', exact: true })
    .fill('Zoë doet mee in de kring en vraagt hulp als ze vastloopt');
  await choose(page, goalForm, 'Hoofdleefgebied', 'Onderwijs');
  await goalForm.getByLabel('Welzijn en sociaal netwerk').check();
  await goalForm.getByRole('button', { name: 'Opslaan' }).click();
  await expect(goalForm).toBeHidden();

  // A home goal under the same leefgebied: it appears next to the school goal.
  await main(page).getByRole('button', { name: 'Doel toevoegen' }).click();
  const homeForm = page.getByRole('dialog', { name: 'Doel toevoegen' });
  await homeForm.getByRole('radio', { name: 'Thuis' }).check();
  await homeForm
    .getByRole('textbox', { name: 'Doel', exact: true })
    .fill('Thuis elke avond een kwartier samen lezen');
  await choose(page, homeForm, 'Hoofdleefgebied', 'Onderwijs');
  await homeForm.getByRole('button', { name: 'Opslaan' }).click();
  await expect(homeForm).toBeHidden();
  // And one home goal under another leefgebied.
  await main(page).getByRole('button', { name: 'Doel toevoegen' }).click();
  await dialog(page).getByRole('radio', { name: 'Thuis' }).check();
  await dialog(page)
    .getByRole('textbox', { name: 'Doel', exact: true })
    .fill('Vaste bedtijd door de week');
  await choose(page, dialog(page), 'Hoofdleefgebied', 'Opvoeding en gezin');
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();

  const goals = main(page).getByRole('table', {
    name: 'Doelen voor school en thuis per leefgebied',
  });
  await expect(goals.getByRole('columnheader')).toHaveText(['Leefgebied', 'School', 'Thuis']);
  const onderwijs = goals
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Onderwijs' }) });
  await expect(onderwijs.getByRole('cell').nth(0)).toContainText('Zoë doet mee in de kring');
  await expect(onderwijs.getByRole('cell').nth(0)).toContainText('Ook: Welzijn en sociaal netwerk');
  await expect(onderwijs.getByRole('cell').nth(1)).toContainText(
    'Thuis elke avond een kwartier samen lezen',
  );
  const opvoeding = goals
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Opvoeding en gezin' }) });
  await expect(opvoeding.getByRole('cell').nth(0)).toHaveText('Geen doel');
  await expect(opvoeding.getByRole('cell').nth(1)).toContainText('Vaste bedtijd door de week');

  // Deleting a goal asks first.
  await main(page)
    .getByRole('button', { name: 'Doel verwijderen: Vaste bedtijd door de week' })
    .click();
  const confirmDelete = page.getByRole('dialog', { name: 'Doel verwijderen?' });
  await expectNoAxeViolations(page);
  await confirmDelete.getByRole('button', { name: 'Annuleren' }).click();
  await expect(confirmDelete).toBeHidden();
  await expect(opvoeding).toBeVisible();
  await main(page)
    .getByRole('button', { name: 'Doel verwijderen: Vaste bedtijd door de week' })
    .click();
  await page
    .getByRole('dialog', { name: 'Doel verwijderen?' })
    .getByRole('button', { name: /Verwijderen/ })
    .click();
  await expect(dialog(page)).toBeHidden();
  await expect(goals.getByRole('rowheader', { name: 'Opvoeding en gezin' })).toHaveCount(0);

  // Actions: the owner defaults to the user and the school; validation on an empty form.
  await main(page).getByRole('button', { name: 'Actie toevoegen' }).click();
  const actionForm = page.getByRole('dialog', { name: 'Actie toevoegen' });
  await expect(actionForm.getByLabel('Wie doet het?')).toHaveValue(USER);
  await expect(actionForm.getByLabel('Organisatie', { exact: true })).toHaveValue(
    'OBS De Tweemaster',
  );
  await actionForm.getByLabel('Uiterlijk op').fill('2026-11-16');
  // A date already past is allowed, but not without a word (issue 21 §7).
  await expect(
    actionForm.getByText('Let op: deze datum is al voorbij.', { exact: false }),
  ).toBeVisible();
  await actionForm.getByRole('button', { name: 'Opslaan' }).click();
  await expect(actionForm.getByText('Vul dit in.')).toBeVisible();
  await expectNoAxeViolations(page);
  // Keyboard: type the description and press Enter to save.
  await actionForm.getByLabel('Wat moet er gebeuren?').fill('Observatie in de klas');
  await actionForm.getByLabel('Wat moet er gebeuren?').press('Enter');
  await expect(actionForm).toBeHidden();
  await expect(actionItem(page, 'Observatie in de klas')).toBeFocused();
  await expect(actionItem(page, 'Observatie in de klas')).toContainText('Te laat');
  await expect(actionItem(page, 'Observatie in de klas')).toContainText(
    'Uiterlijk 16 november 2026',
  );
  await expect(actionItem(page, 'Observatie in de klas')).toContainText(
    'Zelf toegevoegd in het actieplan',
  );

  await addAction(page, {
    description: 'Gesprek met ouders over de thuissituatie',
    owner: 'Karim Bouzid',
    organisation: 'SMW Enschede',
    partner: true,
    due: '2026-11-20',
  });
  await addAction(page, { description: 'Aanmelden bij het wijkteam' });
  await addAction(page, {
    description: 'Verslag delen met de jeugdverpleegkundige',
    due: '2026-12-10',
  });
  await expect(actionItem(page, 'Gesprek met ouders')).toContainText('Karim Bouzid (SMW Enschede)');
  await expect(actionItem(page, 'Gesprek met ouders')).not.toContainText('Te laat');
  await expect(actionItem(page, 'Aanmelden bij het wijkteam')).toContainText(
    'Geen datum afgesproken',
  );

  // Edit: no longer needed, with an outcome; Esc first closes an untouched dialog.
  await actionItem(page, 'Verslag delen')
    .getByRole('button', { name: 'Actie bewerken: Verslag delen met de jeugdverpleegkundige' })
    .click();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await actionItem(page, 'Verslag delen')
    .getByRole('button', { name: /^Actie bewerken/ })
    .click();
  const editForm = page.getByRole('dialog', { name: 'Actie bewerken' });
  await expectNoAxeViolations(page);
  await choose(page, editForm, 'Status', 'Niet meer nodig');
  await editForm.getByLabel('Uitkomst', { exact: true }).fill('Ouders delen het zelf');
  await editForm.getByRole('button', { name: 'Opslaan' }).click();
  await expect(editForm).toBeHidden();
  await expect(actionItem(page, 'Verslag delen')).toContainText('Status: Niet meer nodig');
  await expect(actionItem(page, 'Verslag delen')).toContainText('Uitkomst: Ouders delen het zelf');

  // Evaluation moments: one already past (not yet done), one ahead.
  await main(page).getByRole('button', { name: 'Evaluatiemoment toevoegen' }).click();
  const evalForm = page.getByRole('dialog', { name: 'Evaluatiemoment toevoegen' });
  await evalForm.getByRole('button', { name: 'Opslaan' }).click();
  await expect(evalForm.getByText('Vul dit in.')).toBeVisible();
  await expectNoAxeViolations(page);
  await evalForm.getByLabel('Datum').fill('2026-11-10');
  await evalForm.getByRole('button', { name: 'Opslaan' }).click();
  await expect(evalForm).toBeHidden();
  await main(page).getByRole('button', { name: 'Evaluatiemoment toevoegen' }).click();
  await dialog(page).getByLabel('Datum').fill('2027-01-15');
  await dialog(page).getByLabel('Notitie (niet verplicht)').fill('Lezen en de kring bespreken');
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(
    main(page).getByText('1 evaluatiemoment is voorbij en nog niet afgerond.'),
  ).toBeVisible();
  await expect(main(page).getByText('Volgende evaluatie: 15 januari 2027.')).toBeVisible();
  await main(page).getByRole('button', { name: 'Evaluatie van 10 november 2026 afronden' }).click();
  const doneEval = page.getByRole('dialog', { name: 'Evaluatie afronden' });
  await expectNoAxeViolations(page);
  await doneEval
    .getByLabel('Wat kwam eruit?')
    .fill('Doel op school bijna gehaald; thuis nog niet.');
  await doneEval.getByRole('button', { name: 'Afronden' }).click();
  await expect(doneEval).toBeHidden();
  await expect(
    main(page).getByTestId('actieplan-evaluation').filter({ hasText: '10 november 2026' }),
  ).toContainText('Geëvalueerd');
  await expect(main(page).getByText(/evaluatiemoment is voorbij/)).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The dashboard: one overdue, one due this week, the most urgent listed by pupil.
  await go(page, '#/overzicht');
  const actionsWidget = main(page).getByRole('region', { name: 'Acties', exact: true });
  await expect(actionsWidget.getByTestId('actions-overdue')).toContainText('1');
  await expect(actionsWidget.getByTestId('actions-thisWeek')).toContainText('1');
  await expect(
    actionsWidget.getByRole('link', { name: 'Observatie in de klas (Zoë Jansen)' }),
  ).toBeVisible();
  await expect(main(page).getByRole('region', { name: 'Komende overleggen' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The Acties view.
  await actionsWidget.getByRole('link', { name: 'Alle acties bekijken' }).click();
  await expect(main(page).getByRole('heading', { level: 1, name: 'Acties' })).toBeVisible();
  await expect(main(page).getByRole('region', { name: 'Te laat' })).toContainText(
    'Observatie in de klas',
  );
  await expect(main(page).getByRole('region', { name: 'Te laat' })).toContainText(
    'Leerling: Zoë Jansen',
  );
  await expect(main(page).getByRole('region', { name: 'Deze week' })).toContainText(
    'Gesprek met ouders over de thuissituatie',
  );
  await expect(main(page).getByRole('region', { name: 'Zonder datum' })).toContainText(
    'Aanmelden bij het wijkteam',
  );
  await expect(main(page).getByRole('status').filter({ hasText: 'open acties' })).toHaveText(
    '3 open acties',
  );
  await expectNoAxeViolations(page);

  // Only my actions: Karim's action goes.
  await main(page).getByLabel('Alleen mijn acties').check();
  await expect(main(page).getByText('Gesprek met ouders over de thuissituatie')).toHaveCount(0);
  await expect(main(page).getByRole('status').filter({ hasText: 'open acties' })).toHaveText(
    '2 open acties',
  );
  await main(page).getByLabel('Alleen mijn acties').uncheck();

  // By owner.
  await main(page).getByRole('button', { name: 'Per eigenaar' }).click();
  await expect(
    main(page).getByRole('region', { name: 'Karim Bouzid (SMW Enschede)' }),
  ).toContainText('Gesprek met ouders');
  await expect(
    main(page)
      .getByRole('region', { name: `${USER} (OBS De Tweemaster)` })
      .getByTestId('actions-row'),
  ).toHaveCount(2);
  await expectNoAxeViolations(page);
  await main(page).getByRole('button', { name: 'Op datum' }).click();

  // Gedaan with an outcome, by keyboard.
  await main(page)
    .getByRole('button', { name: 'Markeer als gedaan: Observatie in de klas' })
    .focus();
  await page.keyboard.press('Enter');
  const done = page.getByRole('dialog', { name: 'Actie afronden' });
  await expect(done.getByLabel('Uitkomst (niet verplicht)')).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.type('Observatie gedaan, Zoë doet beter mee dan gedacht.');
  await done.getByRole('button', { name: 'Gedaan' }).click();
  await expect(done).toBeHidden();
  await expect(page.getByText('Actie gemarkeerd als gedaan.')).toBeVisible();
  await expect(main(page).getByRole('status').filter({ hasText: 'open acties' })).toBeFocused();
  await expect(main(page).getByRole('region', { name: 'Te laat' })).toContainText(
    'Niets in deze groep.',
  );

  // The plan shows the outcome; the link in the view leads to the case.
  await main(page)
    .getByRole('link', { name: 'Naar het zorgdossier van Zoë Jansen' })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`${caseHash}$`));
  await openTab(page, 'Actieplan');
  await expect(actionItem(page, 'Observatie in de klas')).toContainText('Status: Gedaan');
  await expect(actionItem(page, 'Observatie in de klas')).toContainText(
    'Uitkomst: Observatie gedaan, Zoë doet beter mee dan gedacht.',
  );
  await expect(actionItem(page, 'Observatie in de klas')).not.toContainText('Te laat');

  // The dashboard counts follow.
  await go(page, '#/overzicht');
  await expect(
    main(page).getByRole('region', { name: 'Acties', exact: true }).getByTestId('actions-overdue'),
  ).toContainText('0');
});

test('meeting templates: edit with validation, saved per kind, restore the defaults', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await createVault(page);
  await go(page, '#/instellingen');
  const section = main(page).getByRole('region', { name: 'Soorten overleg' });
  await section.scrollIntoViewIfNeeded();
  const zorgteam = section.getByRole('form', { name: 'Zorgteam' });
  await expect(zorgteam.getByLabel('Standaardduur (minuten)')).toHaveValue('90');
  await expect(zorgteam.getByTestId('template-role')).toHaveCount(4);

  // Wrong numbers and an empty role are refused at the fields.
  await zorgteam.getByLabel('Standaardduur (minuten)').fill('5');
  await zorgteam.getByLabel('Terugkoppeling aan ouders binnen (dagen)').fill('90');
  await zorgteam.getByRole('button', { name: 'Rol toevoegen' }).click();
  await expect(zorgteam.getByLabel('Rol 5', { exact: true })).toBeFocused();
  await zorgteam.getByLabel('Onderdeel 2', { exact: true }).fill('');
  await zorgteam.getByRole('button', { name: 'Opslaan' }).click();
  await expect(
    zorgteam.getByText('Vul een naam in voor dit onderdeel, of verwijder het.'),
  ).toBeVisible();
  await expect(zorgteam.getByText('Vul een heel getal in tussen 15 en 600.')).toBeVisible();
  await expect(zorgteam.getByText('Vul een heel getal in tussen 0 en 60.')).toBeVisible();
  await expect(zorgteam.getByText('Vul de naam van de rol in, of verwijder de rol.')).toBeVisible();
  await expect(zorgteam.getByLabel('Standaardduur (minuten)')).toBeFocused();
  await expectNoAxeViolations(page);

  await zorgteam.getByLabel('Standaardduur (minuten)').fill('75');
  await zorgteam.getByLabel('Terugkoppeling aan ouders binnen (dagen)').fill('5');
  await zorgteam.getByLabel('Rol 5', { exact: true }).fill('leerplichtambtenaar');
  await zorgteam.getByRole('checkbox', { name: 'Rol 5: Vaste deelnemer' }).uncheck();
  await zorgteam
    .getByRole('button', {
      name: 'Rol verwijderen: contactpersoon ondersteuningsteam of wijkcoach',
    })
    .click();
  await zorgteam.getByLabel('Afsluiten met een procesevaluatie', { exact: false }).check();
  // The agenda: rename a fixed part and move the case discussions up, by keyboard.
  await zorgteam.getByLabel('Onderdeel 2', { exact: true }).fill('Terugblik op de acties');
  await zorgteam.getByRole('button', { name: 'Bespreking van de leerlingen omhoog' }).focus();
  await page.keyboard.press('Enter');
  await expect(zorgteam.getByTestId('template-part').nth(1)).toContainText(
    'Bespreking van de leerlingen',
  );
  await expect(
    zorgteam.getByRole('button', { name: 'Bespreking van de leerlingen omhoog' }),
  ).toBeFocused();
  await zorgteam.getByRole('button', { name: 'Opslaan' }).click();
  await expect(section.getByText('Instellingen voor Zorgteam opgeslagen.')).toBeVisible();

  // Another kind keeps its own settings; coming back shows what was saved.
  await section.getByRole('button', { name: 'ZAT (zorg- en adviesteam)' }).click();
  await expect(
    section
      .getByRole('form', { name: 'ZAT (zorg- en adviesteam)' })
      .getByLabel('Standaardduur (minuten)'),
  ).toHaveValue('120');
  await section.getByRole('button', { name: 'Driehoeksoverleg' }).click();
  await expect(
    section.getByText('Een driehoeksoverleg gaat altijd over één leerling.'),
  ).toBeVisible();
  await section.getByRole('button', { name: 'Zorgteam' }).click();
  await expect(zorgteam.getByLabel('Standaardduur (minuten)')).toHaveValue('75');
  await expect(zorgteam.getByLabel('Rol 4', { exact: true })).toHaveValue('leerplichtambtenaar');
  await expect(
    zorgteam.getByRole('checkbox', { name: 'Rol 4: Vaste deelnemer' }),
  ).not.toBeChecked();
  await expect(zorgteam.getByLabel('Onderdeel 3', { exact: true })).toHaveValue(
    'Terugblik op de acties',
  );

  // Restore the defaults, after a confirmation.
  await zorgteam.getByRole('button', { name: 'Standaard herstellen' }).click();
  const confirm = page.getByRole('dialog', { name: 'Standaard herstellen?' });
  await expect(confirm).toContainText('De instellingen voor Zorgteam gaan terug naar de standaard');
  await expectNoAxeViolations(page);
  await confirm.getByRole('button', { name: 'Standaard herstellen' }).click();
  await expect(confirm).toBeHidden();
  await expect(section.getByText('De standaard voor Zorgteam is hersteld.')).toBeVisible();
  await expect(zorgteam.getByLabel('Standaardduur (minuten)')).toHaveValue('90');
  await expect(zorgteam.getByTestId('template-role')).toHaveCount(4);
  await expect(zorgteam.getByTestId('template-part').nth(2)).toContainText(
    'Bespreking van de leerlingen',
  );
});

test('dashboard: a planned meeting shows under "Komende overleggen"', async ({ page }) => {
  test.setTimeout(300_000);
  await page.clock.setFixedTime(TODAY);
  await createVault(page);
  await pupilWithCase(page, 'Daan', 'de Boer');
  const caseHash = new URL(page.url()).hash;
  // With pupils but nothing planned, one quiet line.
  await go(page, '#/overzicht');
  await expect(main(page).getByTestId('dashboard-meetings-quiet')).toBeVisible();

  await planMeeting(page, {
    kind: 'zorgteam',
    date: '2026-12-01',
    startTime: '14:00',
    endTime: '15:30',
    place: 'Kamer van de IB',
  });
  await addCaseToAgenda(page, {
    pupilName: 'Daan de Boer',
    question: 'Wat heeft Daan nodig?',
    named: false,
  });
  await go(page, '#/overzicht');
  const upcoming = main(page).getByRole('region', { name: 'Komende overleggen' });
  await expect(
    upcoming.getByRole('link', { name: 'Zorgteam, dinsdag 1 december 2026, 14:00–15:30' }),
  ).toBeVisible();
  await expect(upcoming).toContainText('Kamer van de IB · 1 leerling op de agenda');
  await expect(main(page).getByTestId('dashboard-meetings-quiet')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await upcoming.getByRole('link', { name: /^Zorgteam, dinsdag 1 december 2026/ }).click();
  await expect(page).toHaveURL(/#\/overleggen\/[A-Za-z0-9_-]+$/);
  const meetingHash = new URL(page.url()).hash;

  // Once the meeting is being held, the case's chronology shows it (anonymous items included:
  // the stored meeting keeps the case id), with a link to the meeting.
  await main(page).getByRole('button', { name: 'Vergadering starten' }).click();
  await expect(page).toHaveURL(/\/vergadering$/);
  await go(page, caseHash);
  await openTab(page, 'Chronologie');
  const item = main(page)
    .getByTestId('chronology-item')
    .filter({ hasText: 'Besproken in het zorgteam (zonder naam)' });
  await expect(item).toContainText('1 december 2026');
  await expectNoAxeViolations(page);
  await item
    .getByRole('link', { name: 'Overleg bekijken: Besproken in het zorgteam (zonder naam)' })
    .click();
  await expect(page).toHaveURL(new RegExp(`${meetingHash}$`));

  // The day after, the held meeting waits for its minutes to be approved.
  await page.clock.setFixedTime(new Date('2026-12-02T10:00:00+01:00'));
  // Activity right after the jump, so the idle auto-lock (checked every 5 s) does not see 14 idle days.
  await page.mouse.move(5, 5);
  await page.mouse.move(10, 10);
  await go(page, '#/overzicht');
  const awaiting = main(page).getByRole('region', { name: 'Notulen nog vast te stellen' });
  await expect(
    awaiting.getByRole('link', { name: /^Zorgteam, dinsdag 1 december 2026/ }),
  ).toHaveAttribute('href', `${meetingHash}/afronden`);
  await expect(main(page).getByRole('region', { name: 'Komende overleggen' })).toHaveCount(0);
});

test('actions agreed in a meeting land in the actieplan, the chronology, the Acties view and the dashboard', async ({
  page,
}) => {
  test.setTimeout(420_000);
  // Tuesday 1 December 2026: this week runs to Sunday 6 December.
  await page.clock.setFixedTime(new Date('2026-12-01T15:00:00+01:00'));
  await createVault(page);
  await pupilWithCase(page, 'Mila', 'Smit');
  const caseHash = new URL(page.url()).hash;

  const meetingId = await planMeeting(page, {
    kind: 'zorgteam',
    date: '2026-12-01',
    startTime: '15:00',
    endTime: '16:30',
    place: 'Teamkamer',
  });
  await main(page).getByRole('button', { name: 'Deelnemer toevoegen' }).click();
  const person = page.getByRole('dialog', { name: 'Deelnemer toevoegen' });
  await person.getByRole('radio', { name: 'Zelf invullen' }).check();
  await person.getByRole('textbox', { name: 'Naam' }).fill(USER);
  await person.getByRole('textbox', { name: 'Rol of functie' }).fill('intern begeleider');
  await person.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(person).toBeHidden();
  await addCaseToAgenda(page, {
    pupilName: 'Mila Smit',
    question: 'Wat heeft deze leerling nodig in de klas?',
    named: false,
  });

  // Meeting mode: one action, typed with the keyboard.
  await go(page, `#/overleggen/${meetingId}/vergadering`);
  await main(page).getByRole('button', { name: 'Vergadering starten' }).click();
  await expect(main(page).getByRole('navigation', { name: 'Agenda' })).toBeVisible();
  await page.keyboard.press('Alt+A');
  await typeActionByKeyboard(page, {
    what: 'Observatie in de klas',
    who: USER,
    dueKeys: '12122026',
  });
  await expect(
    main(page).getByRole('group', { name: 'Actie 1' }).getByRole('textbox', { name: 'Wat' }),
  ).toHaveValue('Observatie in de klas');
  await main(page).getByRole('button', { name: 'Iedereen aanwezig' }).click();
  await expect(main(page).getByTestId('save-status')).toHaveText('Alles opgeslagen');
  await main(page).getByRole('button', { name: 'Vergadering afsluiten en naar afronden' }).click();
  await expect(
    main(page).getByText('Alles is compleet. U kunt de notulen vaststellen.'),
  ).toBeVisible();
  await main(page).getByRole('button', { name: 'Notulen vaststellen' }).click();
  await page
    .getByRole('dialog', { name: 'Notulen vaststellen?' })
    .getByRole('button', { name: 'Vaststellen' })
    .click();
  await expect(main(page).getByText(/^Vastgesteld op 1 december 2026/)).toBeVisible();

  // The actieplan: the action with its source, and the parents' feedback task.
  await go(page, caseHash);
  await openTab(page, 'Actieplan');
  const landed = actionItem(page, 'Observatie in de klas');
  await expect(landed).toContainText('Uiterlijk 12 december 2026');
  await expect(
    landed.getByRole('link', { name: 'Uit het zorgteam van 1 december 2026' }),
  ).toHaveAttribute('href', `#/overleggen/${meetingId}`);
  await expect(
    main(page)
      .getByTestId('actieplan-action')
      .filter({ hasText: 'Terugkoppeling aan ouders over de bespreking' }),
  ).toContainText('Status: Open');
  await expectNoAxeViolations(page);

  // The chronology: the discussion and the action.
  await openTab(page, 'Chronologie');
  await expect(
    main(page)
      .getByTestId('chronology-item')
      .filter({ hasText: 'Besproken in het zorgteam (zonder naam)' }),
  ).toBeVisible();
  await expect(
    main(page).getByTestId('chronology-item').filter({ hasText: 'Actie: Observatie in de klas' }),
  ).toBeVisible();

  // The Acties view marks the feedback task.
  await go(page, '#/overleggen/acties');
  const feedbackRow = main(page)
    .getByTestId('actions-row')
    .filter({ hasText: 'Terugkoppeling aan ouders over de bespreking' });
  await expect(feedbackRow.getByText('Terugkoppeling aan ouders', { exact: true })).toBeVisible();
  await expect(feedbackRow).toContainText('Leerling: Mila Smit');
  await expect(
    main(page).getByTestId('actions-row').filter({ hasText: 'Observatie in de klas' }),
  ).toBeVisible();

  // The dashboard lists the open feedback task.
  await go(page, '#/overzicht');
  await expect(
    main(page)
      .getByRole('region', { name: 'Terugkoppeling aan ouders' })
      .getByRole('link', { name: 'Mila Smit' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
