// Runs in: Node (Playwright test runner), driving Chromium.
//
// The sociale kaart, betrokkenen and the toestemming register, driven as an IB would: set up
// a wijkteam with a contact person in Instellingen, add a 13-year-old pupil with two parents
// with gezag and a case, add two betrokkenen (one from the directory), print the consent
// form (signature lines for both parents and the pupil), record a consent, check uses
// against it, withdraw it and see the status and the check change. Every panel and dialog
// passes axe; the dialogs work by keyboard.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { extractPdfText } from '../helpers/pdfText';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { answerConsent, choose, dialog, main, openTab } from './steps';
import { createVault, SCHOOL } from './vault';

/** Instellingen > Organisaties en contactpersonen: a wijkteam for Enschede with one wijkcoach. */
async function setUpDirectory(page: Page): Promise<void> {
  await page.evaluate(() => (window.location.hash = '#/instellingen'));
  const section = main(page).getByRole('region', { name: 'Organisaties en contactpersonen' });
  await expect(
    section.getByRole('heading', { level: 3, name: 'Nog geen organisaties vastgelegd' }),
  ).toBeVisible();
  await expect(
    section.getByText(
      'de wijkteams en wijkcoaches, met de postcodes of gemeenten die ze bedienen;',
    ),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await section.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  await expect(dialog(page).getByRole('heading', { name: 'Organisatie toevoegen' })).toBeVisible();
  await expect(
    dialog(page).getByRole('textbox', { name: 'Naam van de organisatie' }),
  ).toBeFocused();
  await expectNoAxeViolations(page);
  await dialog(page)
    .getByRole('textbox', { name: 'Naam van de organisatie' })
    .fill('Wijkteam Enschede-Noord');
  await dialog(page).getByRole('textbox', { name: 'Gemeenten die zij bedienen' }).fill('Enschede');
  await dialog(page).getByRole('textbox', { name: 'Postcodegebieden' }).fill('7547-7500');
  await dialog(page).getByRole('textbox', { name: 'E-mailadres' }).fill('noord@wijkteam');
  // Enter submits; the errors say what to do.
  await dialog(page).getByRole('textbox', { name: 'E-mailadres' }).press('Enter');
  await expect(
    dialog(page).getByText('In „7547-7500” staat het hoogste getal vooraan.', { exact: false }),
  ).toBeVisible();
  await expect(dialog(page).getByText('Dit is geen e-mailadres.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog(page).getByRole('textbox', { name: 'Postcodegebieden' }).fill('7500-7547');
  await dialog(page)
    .getByRole('textbox', { name: 'E-mailadres' })
    .fill('noord@wijkteam-enschede.nl');
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(
    section.getByRole('heading', { level: 3, name: 'Wijkteam Enschede-Noord' }),
  ).toBeFocused();
  await expect(section.getByText('7500-7547')).toBeVisible();

  await section
    .getByRole('button', { name: 'Contactpersoon toevoegen bij Wijkteam Enschede-Noord' })
    .click();
  await expectNoAxeViolations(page);
  await dialog(page).getByRole('textbox', { name: 'Naam', exact: true }).fill('Sanne Bakker');
  await dialog(page).getByRole('textbox', { name: 'Functie' }).fill('wijkcoach');
  await dialog(page).getByRole('textbox', { name: 'Telefoonnummer' }).fill('053 481 20 00');
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(section.getByText('Sanne Bakker')).toBeVisible();
  await expectNoAxeViolations(page);

  // A mistake is removed again, after a confirmation.
  await section.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  await dialog(page)
    .getByRole('textbox', { name: 'Naam van de organisatie' })
    .fill('Verkeerde organisatie');
  await dialog(page).getByRole('textbox', { name: 'Naam van de organisatie' }).press('Enter');
  await expect(dialog(page)).toBeHidden();
  await section.getByRole('button', { name: 'Verkeerde organisatie verwijderen' }).click();
  await expect(
    dialog(page).getByRole('heading', { name: 'Organisatie verwijderen?' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog(page).getByRole('button', { name: 'Organisatie verwijderen' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(section.getByRole('heading', { name: 'Verkeerde organisatie' })).toHaveCount(0);
  await expect(section.getByRole('heading', { level: 3 })).toHaveCount(1);
}

/** A 13-year-old pupil (on 22 November 2026) with two parents with gezag, and a case. */
async function openNewCase(page: Page): Promise<void> {
  await page.evaluate(() => (window.location.hash = '#/leerlingen'));
  await main(page).getByRole('button', { name: 'Leerling toevoegen' }).first().click();
  await dialog(page).getByRole('textbox', { name: 'Voornaam', exact: true }).fill('Yasmin');
  await dialog(page).getByRole('textbox', { name: 'Achternaam', exact: true }).fill('El Amrani');
  await dialog(page)
    .getByRole('textbox', { name: 'Geboortedatum', exact: true })
    .fill('2013-05-10');
  await dialog(page).getByRole('textbox', { name: 'Woonplaats' }).fill('Enschede');
  await dialog(page).getByRole('textbox', { name: 'Postcode' }).fill('7511 JK');
  await dialog(page).getByRole('button', { name: 'Ouder of verzorger toevoegen' }).click();
  const first = dialog(page).getByRole('group', { name: 'Ouder of verzorger 1' });
  await first.getByRole('textbox', { name: 'Naam', exact: true }).fill('Fatima El Amrani');
  await dialog(page).getByRole('button', { name: 'Ouder of verzorger toevoegen' }).click();
  const second = dialog(page).getByRole('group', { name: 'Ouder of verzorger 2' });
  await second.getByRole('textbox', { name: 'Naam', exact: true }).fill('Karim El Amrani');
  await choose(page, second, 'Relatie', 'Vader');
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
  await main(page).getByRole('button', { name: 'Nieuw zorgdossier' }).click();
  await dialog(page).getByLabel('Datum van het signaal').fill('2026-10-01');
  await dialog(page).getByLabel('Gemeld door').fill('meester Ruud (mentor)');
  await dialog(page)
    .getByLabel('Wat is er gezien of gehoord?')
    .fill('Yasmin verzuimt vaak op maandag.');
  await dialog(page)
    .getByLabel('Hulpvraag', { exact: true })
    .fill('Wat helpt Yasmin om weer elke dag te komen?');
  await dialog(page)
    .getByRole('button', { name: /Dossier aanmaken|Opslaan/ })
    .click();
  await expect(
    main(page).getByRole('heading', { level: 1, name: 'Zorgdossier Yasmin El Amrani' }),
  ).toBeVisible();
}

test('directory, betrokkenen and the consent register: record, print, check and withdraw', async ({
  page,
}) => {
  test.setTimeout(420_000);
  await page.clock.setFixedTime(new Date('2026-11-22T10:00:00+01:00'));
  await createVault(page);
  await setUpDirectory(page);
  await openNewCase(page);

  // ---- Betrokkenen -------------------------------------------------------------------
  await openTab(page, 'Betrokkenen');
  await expect(main(page).getByRole('heading', { level: 2, name: 'Betrokkenen' })).toBeVisible();
  const suggestion = main(page).getByRole('region', { name: 'Passend team voor deze leerling' });
  await expect(
    suggestion.getByText('Wijkteam Enschede-Noord (Wijkteam of wijkcoach)'),
  ).toBeVisible();
  await expect(
    suggestion.getByText('Postcode 7511 JK valt in het gebied 7500-7547.'),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // From the directory, opened from the suggestion: the contact's details are copied in.
  await suggestion
    .getByRole('button', { name: 'Contactpersoon van Wijkteam Enschede-Noord toevoegen' })
    .click();
  await expect(dialog(page).getByRole('heading', { name: 'Betrokkene toevoegen' })).toBeVisible();
  await expectNoAxeViolations(page);
  await choose(
    page,
    dialog(page),
    'Contactpersoon',
    'Sanne Bakker – wijkcoach, Wijkteam Enschede-Noord',
  );
  await expect(dialog(page).getByRole('textbox', { name: 'Naam', exact: true })).toHaveValue(
    'Sanne Bakker',
  );
  await expect(dialog(page).getByRole('textbox', { name: 'Telefoonnummer' })).toHaveValue(
    '053 481 20 00',
  );
  await choose(page, dialog(page), 'Mate van samenwerking', '2 – Afstemmen');
  await dialog(page).getByLabel('Deze persoon is de regisseur', { exact: false }).check();
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
  const involvements = main(page).getByRole('list', { name: 'Betrokken professionals' });
  await expect(involvements.getByRole('heading', { level: 3, name: 'Sanne Bakker' })).toBeFocused();
  await expect(involvements.getByText('Samenwerking: 2 – Afstemmen')).toBeVisible();

  // Typed in by hand, opened and saved with the keyboard.
  const add = main(page).getByRole('button', { name: 'Betrokkene toevoegen' });
  await add.focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page).getByRole('heading', { name: 'Betrokkene toevoegen' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(add).toBeFocused();
  await page.keyboard.press('Enter');
  await dialog(page).getByLabel('Zelf invullen').check();
  await dialog(page).getByRole('textbox', { name: 'Naam', exact: true }).fill('Peter de Wit');
  await dialog(page).getByRole('textbox', { name: 'Functie' }).fill('jeugdarts');
  await dialog(page).getByRole('textbox', { name: 'Naam van de organisatie' }).fill('GGD Twente');
  await dialog(page).getByLabel('Betrokken sinds').fill('2026-10-15');
  await dialog(page).getByLabel('Deze persoon is de regisseur', { exact: false }).check();
  await expect(
    dialog(page).getByText('Sanne Bakker is nu regisseur.', { exact: false }),
  ).toBeVisible();
  await dialog(page).getByLabel('Deze persoon is de regisseur', { exact: false }).uncheck();
  await dialog(page).getByRole('textbox', { name: 'Functie' }).press('Enter');
  await expect(dialog(page)).toBeHidden();
  await expect(involvements.getByRole('listitem')).toHaveCount(2);
  await expect(involvements.getByText('jeugdarts, GGD Twente')).toBeVisible();
  await expect(involvements.getByText('Regisseur', { exact: true })).toHaveCount(1);

  // Only one regisseur: making Peter regisseur takes it from Sanne.
  await main(page).getByRole('button', { name: 'Maak Peter de Wit regisseur' }).click();
  await expect(
    main(page).getByRole('button', { name: 'Maak Sanne Bakker regisseur' }),
  ).toBeVisible();
  await expect(involvements.getByText('Regisseur', { exact: true })).toHaveCount(1);
  await expectNoAxeViolations(page);

  // ---- Toestemming -----------------------------------------------------------------
  await openTab(page, 'Toestemming');
  await expect(main(page).getByRole('heading', { level: 2, name: 'Toestemming' })).toBeVisible();
  await expect(
    main(page).getByText('Nog geen toestemming vastgelegd.', { exact: false }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // The consent form: both parents and the pupil sign (she is 13).
  await main(page).getByRole('button', { name: 'Toestemmingsformulier afdrukken' }).click();
  await expect(
    dialog(page).getByRole('heading', { name: 'Toestemmingsformulier afdrukken' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await choose(page, dialog(page), 'Waarvoor is de toestemming?', 'Informatie uitwisselen');
  await dialog(page).getByRole('button', { name: 'PDF maken en opslaan' }).click();
  await expect(
    dialog(page).getByText('Kies de organisatie die de toestemming betreft.'),
  ).toBeVisible();
  await choose(page, dialog(page), 'Ontvangende organisatie', 'Wijkteam Enschede-Noord');
  const download = page.waitForEvent('download');
  await dialog(page).getByRole('button', { name: 'PDF maken en opslaan' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('toestemmingsformulier-2026-11-22.pdf');
  await expect(
    dialog(page).getByText('Het formulier is opgeslagen als toestemmingsformulier-2026-11-22.pdf.'),
  ).toBeVisible();
  const pdf = await extractPdfText(new Uint8Array(await readFile(await file.path())));
  const text = pdf.text.replace(/\s+/g, ' ');
  expect(text).toContain('Yasmin El Amrani');
  expect(text).toContain(SCHOOL);
  expect(text).toContain('Wijkteam Enschede-Noord');
  expect(text).toContain('Fatima El Amrani');
  expect(text).toContain('Karim El Amrani');
  expect(text).toContain('ouders of verzorgers met ouderlijk gezag én Yasmin El Amrani zelf');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();

  // Record the consent: who must consent is explained, and nothing is presumed: nobody is
  // marked, no method, no date. Saving without a choice for everyone names who is missing.
  await main(page).getByRole('button', { name: 'Toestemming vastleggen' }).click();
  await expect(dialog(page).getByRole('heading', { name: 'Toestemming vastleggen' })).toBeVisible();
  await expect(
    dialog(page).getByText('De leerling is 13: ouders met gezag én de leerling geven toestemming.'),
  ).toBeVisible();
  await expect(dialog(page).getByRole('radio', { checked: true })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await choose(page, dialog(page), 'Waarvoor is de toestemming?', 'Informatie uitwisselen');
  await choose(page, dialog(page), 'Ontvangende organisatie', 'Wijkteam Enschede-Noord');
  await dialog(page).getByLabel('Schoolresultaten en ontwikkeling').check();
  await expect(dialog(page).getByLabel('Geldig tot en met')).toHaveValue('2027-07-31');
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(
    dialog(page).getByText(
      'Nog geen keuze voor Fatima El Amrani, Karim El Amrani en Yasmin El Amrani.',
      { exact: false },
    ),
  ).toBeVisible();
  await expect(dialog(page).getByRole('heading', { name: 'Toestemming vastleggen' })).toBeVisible();
  await expectNoAxeViolations(page);
  await answerConsent(page, 'Fatima El Amrani', {
    answer: 'Toestemming gegeven',
    method: 'Schriftelijk',
    date: '2026-11-22',
  });
  // Verbal consent needs who heard it.
  await answerConsent(page, 'Karim El Amrani', {
    answer: 'Toestemming gegeven',
    method: 'Mondeling',
    date: '2026-11-22',
  });
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(
    dialog(page).getByText('Nog geen keuze voor Yasmin El Amrani.', { exact: false }),
  ).toBeVisible();
  // A refusal can be recorded, but the dialog warns that the consent is then not complete.
  await answerConsent(page, 'Yasmin El Amrani', { answer: 'Geweigerd' });
  await expect(
    dialog(page).getByText('Niet iedereen die moet tekenen heeft toestemming gegeven.', {
      exact: false,
    }),
  ).toBeVisible();
  await answerConsent(page, 'Yasmin El Amrani', {
    answer: 'Toestemming gegeven',
    method: 'Schriftelijk',
    date: '2026-11-22',
  });
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(
    dialog(page).getByText('Mondeling telt alleen met wie het hoorde.', { exact: false }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await answerConsent(page, 'Karim El Amrani', {
    answer: 'Toestemming gegeven',
    witness: 'Anouk van den Berg',
  });
  await expectNoAxeViolations(page);
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
  const consents = main(page).getByRole('list', { name: 'Toestemmingen' });
  const item = consents.getByRole('listitem').filter({ hasText: 'Informatie uitwisselen' }).first();
  await expect(item.getByTestId('consent-status')).toHaveText('Geldig');
  await expect(item.getByText('Ontvanger: Wijkteam Enschede-Noord')).toBeVisible();
  await expect(
    item.getByText(
      'Karim El Amrani (vader): mondeling op 22 november 2026 (getuige: Anouk van den Berg)',
    ),
  ).toBeVisible();
  await expect(item.getByText('Geldig van 22 november 2026 tot en met 31 juli 2027')).toBeVisible();
  await expectNoAxeViolations(page);

  // Check uses against the register.
  await main(page).getByRole('button', { name: 'Toestemming controleren' }).click();
  await expect(
    dialog(page).getByRole('heading', { name: 'Toestemming controleren' }),
  ).toBeVisible();
  await choose(page, dialog(page), 'Waarvoor is de toestemming?', 'Informatie uitwisselen');
  await choose(page, dialog(page), 'Ontvangende organisatie', 'Wijkteam Enschede-Noord');
  await dialog(page).getByLabel('Medische gegevens').check();
  await dialog(page).getByRole('button', { name: 'Controleren' }).click();
  await expect(dialog(page).getByText('Nee, dit mag niet.')).toBeVisible();
  await expect(
    dialog(page).getByText('Deze gegevens vallen niet onder de toestemming: Medische gegevens.'),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog(page).getByLabel('Medische gegevens').uncheck();
  await dialog(page).getByRole('button', { name: 'Controleren' }).click();
  await expect(dialog(page).getByText('Ja, dit mag.')).toBeVisible();
  await expect(
    dialog(page).getByText(
      'Op grond van 1 toestemming: Informatie uitwisselen van 22 november 2026.',
    ),
  ).toBeVisible();
  await dialog(page).getByRole('button', { name: 'Sluiten' }).click();
  await expect(dialog(page)).toBeHidden();

  // A refusal is recorded and shown as such: the pupil said no to discussing by name.
  await main(page).getByRole('button', { name: 'Toestemming vastleggen' }).click();
  await choose(page, dialog(page), 'Waarvoor is de toestemming?', 'Bespreken met naam');
  await dialog(page).getByLabel('Zorgteam van school').check();
  await answerConsent(page, 'Fatima El Amrani', {
    answer: 'Toestemming gegeven',
    method: 'Schriftelijk',
    date: '2026-11-22',
  });
  await answerConsent(page, 'Karim El Amrani', { answer: 'Nog niet gevraagd' });
  await answerConsent(page, 'Yasmin El Amrani', {
    answer: 'Geweigerd',
    method: 'Mondeling',
    witness: 'Anouk van den Berg',
    date: '2026-11-21',
  });
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
  const refused = consents.getByRole('listitem').filter({ hasText: 'Bespreken met naam' });
  await expect(refused.getByTestId('consent-status')).toHaveText('Geweigerd');
  await expect(refused.getByText('Geweigerd door')).toBeVisible();
  await expect(
    refused.getByText(
      'Yasmin El Amrani (leerling): mondeling op 21 november 2026 (getuige: Anouk van den Berg)',
    ),
  ).toBeVisible();
  await expect(refused.getByText('Karim El Amrani (vader)')).toBeVisible();
  await expectNoAxeViolations(page);

  // Withdraw it: a confirmation, then the status changes and the check says why not.
  await item
    .getByRole('button', {
      name: 'Toestemming Informatie uitwisselen van 22 november 2026 intrekken',
    })
    .click();
  await expect(dialog(page).getByRole('heading', { name: 'Toestemming intrekken?' })).toBeVisible();
  await expect(
    dialog(page).getByText('Wat al gedeeld is, blijft gedeeld', { exact: false }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog(page).getByRole('textbox', { name: 'Door wie?' }).fill('Karim El Amrani');
  await dialog(page).getByRole('button', { name: 'Toestemming intrekken' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(item.getByTestId('consent-status')).toHaveText('Ingetrokken');
  await expect(
    item.getByText('Ingetrokken op 22 november 2026 door Karim El Amrani'),
  ).toBeVisible();
  await main(page).getByRole('button', { name: 'Toestemming controleren' }).click();
  await choose(page, dialog(page), 'Waarvoor is de toestemming?', 'Informatie uitwisselen');
  await choose(page, dialog(page), 'Ontvangende organisatie', 'Wijkteam Enschede-Noord');
  await dialog(page).getByRole('button', { name: 'Controleren' }).press('Enter');
  await expect(
    dialog(page).getByText(
      'De toestemming is op 22 november 2026 ingetrokken door Karim El Amrani.',
    ),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expectNoAxeViolations(page);
});
