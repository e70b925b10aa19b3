// Runs in: Node (Playwright test runner), driving Chromium.
//
// Issue 4's whole flow in one go, as an intern begeleider would do it: import the pupils
// from the school administration, open a case for one of them, record a signal, a working
// note, two involved professionals and a consent; the chronology shows them in date order;
// the consent form is produced; search finds the pupil with and without accents; and the
// working note appears in no export (the printed dossier). The screens' details are tested
// in their own specs; this one proves they work together.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { extractPdfText } from '../helpers/pdfText';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { addInvolvement, choose, consentGivenByAll, dialog, main, openTab } from './steps';
import { createVault } from './vault';

const FIXTURES = fileURLToPath(new URL('../fixtures/csv/', import.meta.url));
const WORKING_NOTE = 'Eigen indruk: vader lijkt overbelast (werkaantekening)';

test('import, case, signal, working note, two professionals, consent: in order, printed, found, private', async ({
  page,
}) => {
  test.setTimeout(420_000);
  await page.clock.setFixedTime(new Date('2026-11-22T10:00:00+01:00'));
  await createVault(page);

  // ---- Import the pupils -------------------------------------------------------------
  await page.evaluate(() => (window.location.hash = '#/leerlingen'));
  await main(page)
    .getByRole('link', { name: 'Importeren uit leerlingadministratie' })
    .first()
    .click();
  const chooser = page.waitForEvent('filechooser');
  await main(page).getByRole('button', { name: 'Bestand kiezen' }).click();
  await (await chooser).setFiles(`${FIXTURES}parnassys-semicolon-bom.csv`);
  await main(page).getByRole('button', { name: 'Verder' }).click();
  await main(page)
    .getByRole('button', { name: /leerlingen importeren$/ })
    .click();
  await expect(main(page).getByRole('heading', { level: 2, name: 'Import klaar' })).toBeVisible();
  await page.evaluate(() => (window.location.hash = '#/leerlingen'));
  await main(page).getByRole('link', { name: 'Yıldız, Şükrü' }).click();
  await expect(main(page).getByRole('heading', { level: 1, name: 'Şükrü Yıldız' })).toBeVisible();

  // ---- A case with its signal ----------------------------------------------------------
  await main(page).getByRole('button', { name: 'Nieuw zorgdossier' }).click();
  await dialog(page).getByLabel('Datum van het signaal').fill('2026-10-01');
  await dialog(page).getByLabel('Gemeld door').fill('juf Esra (groep 6)');
  await dialog(page)
    .getByLabel('Wat is er gezien of gehoord?')
    .fill('Şükrü is vaak moe en komt te laat.');
  await dialog(page)
    .getByLabel('Hulpvraag', { exact: true })
    .fill('Wat heeft Şükrü nodig om uitgerust op school te komen?');
  await dialog(page)
    .getByRole('button', { name: /Dossier aanmaken|Opslaan/ })
    .click();
  await expect(
    main(page).getByRole('heading', { level: 1, name: 'Zorgdossier Şükrü Yıldız' }),
  ).toBeVisible();

  // A signal recorded afterwards with its real, earlier date.
  await openTab(page, 'Chronologie');
  await main(page).getByRole('button', { name: 'Gebeurtenis toevoegen' }).click();
  await choose(page, dialog(page), 'Soort', 'Signaal');
  await dialog(page).getByLabel('Datum').fill('2026-09-15');
  await dialog(page).getByLabel('Titel').fill('Eerste zorg van de gymleraar');
  await dialog(page).getByLabel('Tekst').fill('Valt op tijdens gym: snel buiten adem.');
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();

  // ---- A working note ----------------------------------------------------------------
  await openTab(page, 'Werkaantekeningen');
  await main(page).getByRole('button', { name: 'Werkaantekening toevoegen' }).click();
  await dialog(page).getByLabel('Aantekening').fill(WORKING_NOTE);
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(main(page).getByTestId('working-note')).toContainText(WORKING_NOTE);

  // ---- Two involved professionals --------------------------------------------------------
  await openTab(page, 'Betrokkenen');
  await addInvolvement(
    page,
    'Marloes Hendriks',
    'schoolmaatschappelijk werker',
    'SMW Borne',
    '2026-10-10',
  );
  await addInvolvement(page, 'Peter de Wit', 'jeugdarts', 'GGD Twente', '2026-11-05');
  await expect(
    main(page).getByRole('list', { name: 'Betrokken professionals' }).getByRole('listitem'),
  ).toHaveCount(2);

  // ---- A consent: discuss by name in the zorgteam ------------------------------------------
  await openTab(page, 'Toestemming');
  await main(page).getByRole('button', { name: 'Toestemming vastleggen' }).click();
  await choose(page, dialog(page), 'Waarvoor is de toestemming?', 'Bespreken met naam');
  await dialog(page).getByLabel('Zorgteam van school').check();
  await consentGivenByAll(page);
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(
    main(page).getByRole('list', { name: 'Toestemmingen' }).getByTestId('consent-status').first(),
  ).toHaveText('Geldig');

  // The printable consent form for the same purpose.
  await main(page).getByRole('button', { name: 'Toestemmingsformulier afdrukken' }).click();
  await choose(page, dialog(page), 'Waarvoor is de toestemming?', 'Bespreken met naam');
  await dialog(page).getByLabel('Zorgteam van school').check();
  const formDownload = page.waitForEvent('download');
  await dialog(page).getByRole('button', { name: 'PDF maken en opslaan' }).click();
  const form = await formDownload;
  expect(form.suggestedFilename()).toBe('toestemmingsformulier-2026-11-22.pdf');
  const formText = (
    await extractPdfText(new Uint8Array(await readFile(await form.path())))
  ).text.replace(/\s+/g, ' ');
  expect(formText).toContain('Şükrü Yıldız');
  expect(formText).toContain('Ayşe Yıldız');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();

  // ---- The chronology: every event, in date order -------------------------------------------
  await openTab(page, 'Chronologie');
  await main(page).getByRole('button', { name: 'Oudste eerst' }).click();
  const items = main(page).getByTestId('chronology-item');
  const texts = await items.allTextContents();
  const position = (needle: string): number => texts.findIndex((t) => t.includes(needle));
  const expected = [
    'Eerste zorg van de gymleraar',
    'juf Esra',
    'Marloes Hendriks',
    'Peter de Wit',
    'Bespreken met naam',
  ];
  for (const needle of expected)
    expect(position(needle), `chronology holds "${needle}"`).toBeGreaterThanOrEqual(0);
  expect(expected.map(position)).toEqual([...expected.map(position)].sort((a, b) => a - b));
  expect(texts.join(' ')).not.toContain(WORKING_NOTE);
  await expectNoAxeViolations(page);

  // ---- Search, with and without accents ---------------------------------------------------
  for (const query of ['Şükrü', 'sukru yildiz']) {
    await page.keyboard.press('Control+k');
    const search = page.getByRole('dialog', { name: 'Zoeken' });
    await search.getByRole('combobox', { name: 'Zoek een leerling of zorgdossier' }).fill(query);
    await expect(search.getByRole('option', { name: /Şükrü Yıldız/ }).first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(search).toBeHidden();
  }

  // ---- The working note is in no export: the printed dossier ------------------------------
  const dossierDownload = page.waitForEvent('download');
  await main(page).getByRole('button', { name: 'Dossier afdrukken' }).click();
  const dossier = await dossierDownload;
  const dossierText = (
    await extractPdfText(new Uint8Array(await readFile(await dossier.path())))
  ).text.replace(/\s+/g, ' ');
  expect(dossierText).toContain('Eerste zorg van de gymleraar');
  expect(dossierText).toContain('Marloes Hendriks');
  expect(dossierText).not.toContain('overbelast');
});
