// Runs in: Node (Playwright test runner), driving Chromium.
//
// The pupil import end to end with the sample exports in tests/fixtures/csv: semicolons with
// a BOM, commas with quotes, Windows-1252 and a messy file. The preview lists the right rows,
// explains bad rows in Dutch, finds duplicates and lists unknown columns; nothing is stored
// before the confirm button (cancel leaves the list empty); after confirming the list holds
// exactly the imported pupils with their accents intact. Rows that are not imported are
// listed after the import and saved as CSV; formula-looking cells are flagged and kept as
// text; "Nog een bestand importeren" starts over. Axe runs on every step.
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { savedBytes } from './meetingSteps';
import { createVault } from './vault';

test.describe.configure({ timeout: 180_000 });

const FIXTURES = fileURLToPath(new URL('../fixtures/csv/', import.meta.url));

function main(page: Page) {
  return page.getByRole('main');
}

function mainHeading(page: Page) {
  return main(page).getByRole('heading', { level: 1 });
}

async function start(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom bij Zorgtafel' })).toBeVisible({
    timeout: 30_000,
  });
  await createVault(page, { goto: false });
}

async function openImport(page: Page): Promise<void> {
  await page.evaluate(() => (window.location.hash = '#/leerlingen'));
  await expect(mainHeading(page)).toHaveText('Leerlingen');
  await main(page)
    .getByRole('link', { name: 'Importeren uit leerlingadministratie' })
    .first()
    .click();
  await expect(mainHeading(page)).toHaveText('Importeren uit leerlingadministratie');
}

/** Picks a file through the real file chooser of the Host. */
async function chooseFile(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await main(page).getByRole('button', { name: 'Bestand kiezen' }).click();
  await (await chooser).setFiles(typeof file === 'string' ? `${FIXTURES}${file}` : file);
}

function rowsTable(page: Page) {
  return main(page).getByRole('table', { name: 'Regels uit het bestand' });
}

function row(page: Page, rowNumber: number) {
  return rowsTable(page).locator(`tr[data-row="${rowNumber}"]`);
}

async function listNames(page: Page): Promise<string[]> {
  const table = main(page).getByRole('table', { name: 'Leerlingen' });
  return table.locator('tbody th').allTextContents();
}

test('messy file: rows explained in Dutch, duplicates found, nothing saved before confirming', async ({
  page,
}) => {
  await start(page);
  await openImport(page);
  await expectNoAxeViolations(page);
  await chooseFile(page, 'messy.csv');

  await expect(main(page).getByRole('heading', { level: 2, name: 'Controleren' })).toBeFocused();
  await expect(main(page).getByText('Scheidingsteken: puntkomma (;)')).toBeVisible();
  await expect(
    main(page).getByText('8 regels: 4 nieuw, 2 al bekend of dubbel, 2 met fouten.'),
  ).toBeVisible();
  await expect(main(page).getByText('3 lege regels overgeslagen (regel 3, 6, 12).')).toBeVisible();
  await expect(
    main(page).getByText(
      'Regelnummers tellen zoals Excel de rijen nummert: regel 1 is de kopregel met de kolomnamen, de eerste leerling staat op regel 2.',
    ),
  ).toBeVisible();
  await expect(main(page).getByTestId('unknown-columns')).toHaveText('Geslacht');

  await expect(row(page, 2)).toHaveAttribute('data-status', 'new');
  await expect(row(page, 4)).toHaveAttribute('data-status', 'error');
  await expect(row(page, 4)).toContainText(
    'De datum „31-02-2015” bestaat niet. Controleer de dag en de maand.',
  );
  await expect(row(page, 4)).toContainText('Saar de Boer');
  await expect(row(page, 5)).toContainText('Zoë van der Berg');
  await expect(row(page, 7)).toHaveAttribute('data-status', 'duplicate');
  await expect(row(page, 7)).toContainText('Staat ook op regel 5 van dit bestand.');
  await expect(row(page, 8)).toHaveAttribute('data-status', 'error');
  await expect(row(page, 8)).toContainText('Achternaam is leeg.');
  await expect(row(page, 9)).toContainText('Staat ook op regel 2 van dit bestand.');
  await expect(row(page, 10)).toHaveAttribute('data-status', 'new');
  await expect(row(page, 10)).toContainText('„75111” is geen geldige postcode.');
  await expect(row(page, 10)).toContainText('„misschien” bij Gezag ouder 1 is niet duidelijk.');
  // Duplicates default to "skip", new rows to "import".
  await expect(main(page).getByRole('checkbox', { name: 'Regel 7 importeren' })).not.toBeChecked();
  await expect(main(page).getByRole('checkbox', { name: 'Regel 2 importeren' })).toBeChecked();
  await expectNoAxeViolations(page);

  // Cancel: nothing was stored.
  await main(page).getByRole('button', { name: 'Annuleren' }).click();
  await expect(mainHeading(page)).toHaveText('Leerlingen');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Nog geen leerlingen vastgelegd' }),
  ).toBeVisible();

  // Again, up to the confirm step, back out there: still nothing stored.
  await openImport(page);
  await chooseFile(page, 'messy.csv');
  await main(page).getByRole('button', { name: 'Verder' }).click();
  await expect(
    main(page).getByRole('heading', { level: 2, name: 'Klaar om te importeren' }),
  ).toBeFocused();
  await expectNoAxeViolations(page);
  await main(page).getByRole('button', { name: 'Annuleren' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Nog geen leerlingen vastgelegd' }),
  ).toBeVisible();

  // Now for real.
  await openImport(page);
  await chooseFile(page, 'messy.csv');
  await main(page).getByRole('button', { name: 'Verder' }).click();
  await main(page).getByRole('button', { name: '4 leerlingen importeren' }).click();
  await expect(main(page).getByRole('heading', { level: 2, name: 'Import klaar' })).toBeFocused();
  await expect(main(page).getByTestId('import-report-counts')).toHaveText(
    [
      '4 leerlingen geïmporteerd',
      '2 regels overgeslagen (dubbel of op uw keuze)',
      '2 regels niet geïmporteerd door fouten',
      '3 lege regels overgeslagen',
    ].join(''),
  );
  await expectNoAxeViolations(page);
  await main(page).getByRole('link', { name: 'Naar de leerlingenlijst' }).click();
  await expect(mainHeading(page)).toHaveText('Leerlingen');
  expect(await listNames(page)).toEqual([
    'Berg, Zoë van der',
    'Groot, Sem de',
    'Mulder, Finn',
    'Visser, Milan',
  ]);
});

test('ParnasSys (semicolon, BOM): all rows new, accents intact; importing again finds them all', async ({
  page,
}) => {
  await start(page);
  await openImport(page);
  await chooseFile(page, 'parnassys-semicolon-bom.csv');
  await expect(main(page).getByText('Tekenset: UTF-8 (met BOM)')).toBeVisible();
  await expect(
    main(page).getByText('4 regels: 4 nieuw, 0 al bekend of dubbel, 0 met fouten.'),
  ).toBeVisible();
  await expect(row(page, 5)).toContainText('Şükrü Yıldız');
  await expect(row(page, 4)).toContainText('Noëlle de Vries');
  await main(page).getByRole('button', { name: 'Verder' }).click();
  await main(page).getByRole('button', { name: '4 leerlingen importeren' }).click();
  await expect(main(page).getByText('4 leerlingen geïmporteerd')).toBeVisible();
  await main(page).getByRole('link', { name: 'Naar de leerlingenlijst' }).click();
  expect(await listNames(page)).toEqual([
    'Berg, Zoë van der',
    'Jansen, Daan',
    'Vries, Noëlle de',
    'Yıldız, Şükrü',
  ]);

  // The guardians came along with their gezag.
  await main(page).getByRole('link', { name: 'Jansen, Daan' }).click();
  await expect(main(page).getByText('Peter Jansen')).toBeVisible();
  await expect(main(page).getByText('Geen gezag')).toBeVisible();

  await openImport(page);
  await chooseFile(page, 'parnassys-semicolon-bom.csv');
  await expect(
    main(page).getByText('4 regels: 0 nieuw, 4 al bekend of dubbel, 0 met fouten.'),
  ).toBeVisible();
  await expect(row(page, 2)).toContainText('Staat al in Zorgtafel (Zoë van der Berg).');
  await main(page).getByRole('button', { name: 'Verder' }).click();
  await expect(main(page).getByText('Er is geen leerling om te importeren.')).toBeVisible();
  await expect(main(page).getByRole('button', { name: '0 leerlingen importeren' })).toBeDisabled();
});

test('Magister (comma, quotes): unknown column listed, remapping re-runs the preview', async ({
  page,
}) => {
  await start(page);
  await openImport(page);
  await chooseFile(page, 'magister-comma.csv');
  await expect(main(page).getByText('Scheidingsteken: komma (,)')).toBeVisible();
  await expect(main(page).getByTestId('unknown-columns')).toHaveText('Adres');
  await expect(
    main(page).getByText('3 regels: 3 nieuw, 0 al bekend of dubbel, 0 met fouten.'),
  ).toBeVisible();
  await expect(row(page, 4)).toContainText('Fenna Ĳzerman');

  // Unlink the first-name column: every row becomes an error, the missing field is named.
  await main(page)
    .getByLabel('Veld voor kolom Roepnaam')
    .selectOption({ label: 'Niet importeren' });
  await expect(main(page).getByText('Koppel nog een kolom aan: Voornaam.')).toBeVisible();
  await expect(
    main(page).getByText('3 regels: 0 nieuw, 0 al bekend of dubbel, 3 met fouten.'),
  ).toBeVisible();
  await expect(main(page).getByTestId('unknown-columns')).toContainText('Roepnaam');
  await expectNoAxeViolations(page);
  await main(page).getByLabel('Veld voor kolom Roepnaam').selectOption({ label: 'Voornaam' });
  await expect(
    main(page).getByText('3 regels: 3 nieuw, 0 al bekend of dubbel, 0 met fouten.'),
  ).toBeVisible();

  // Skip one row by choice.
  await main(page).getByRole('checkbox', { name: 'Regel 3 importeren' }).uncheck();
  await main(page).getByRole('button', { name: 'Verder' }).click();
  await main(page).getByRole('button', { name: '2 leerlingen importeren' }).click();
  await expect(main(page).getByText('1 regel overgeslagen (dubbel of op uw keuze)')).toBeVisible();
  await main(page).getByRole('link', { name: 'Naar de leerlingenlijst' }).click();
  expect(await listNames(page)).toEqual(['Bakker, Lotte', 'Ĳzerman, Fenna']);
});

test('ESIS (Windows-1252): accents decoded and kept', async ({ page }) => {
  await start(page);
  await openImport(page);
  await chooseFile(page, 'esis-windows1252.csv');
  await expect(main(page).getByText('Tekenset: Windows-1252 (oude Excel)')).toBeVisible();
  await expect(row(page, 2)).toContainText('Chloë Peeters');
  await expect(row(page, 4)).toContainText('Björn Öztürk');
  await main(page).getByRole('button', { name: 'Verder' }).click();
  await main(page).getByRole('button', { name: '3 leerlingen importeren' }).click();
  await main(page).getByRole('link', { name: 'Naar de leerlingenlijst' }).click();
  expect(await listNames(page)).toEqual(['Leeuwen, José van', 'Öztürk, Björn', 'Peeters, Chloë']);
});

test('malformed files, a header without pupils and a one-column file get a clear Dutch message; nothing is stored', async ({
  page,
}) => {
  await start(page);
  await openImport(page);
  await chooseFile(page, { name: 'leeg.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
  await expect(main(page).getByRole('alert')).toHaveText(
    /Dit bestand is leeg of heeft geen kopregel/,
  );
  await chooseFile(page, {
    name: 'foto.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([0x00, 0x01, 0x02, 0x00, 0x10, 0x20, 0x00]),
  });
  await expect(main(page).getByRole('alert')).toHaveText(/Dit bestand bevat geen tekst/);
  await chooseFile(page, {
    name: 'lijst.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
  });
  await expect(main(page).getByRole('alert')).toHaveText(/Dit is een Excel-bestand, geen CSV/);
  await chooseFile(page, {
    name: 'lijst.xlsx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('a;b\n1;2\n'),
  });
  await expect(main(page).getByRole('alert')).toHaveText(
    /Kies een bestand dat eindigt op .csv of .txt/,
  );
  await expectNoAxeViolations(page);

  // Files that read but cannot give pupils: the preview says why and what to do.
  await chooseFile(page, {
    name: 'alleen-kop.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Roepnaam;Achternaam;Geboortedatum\r\n'),
  });
  await expect(main(page).getByTestId('no-rows')).toHaveText(
    /heeft een kopregel maar geen regels met leerlingen\. Maak de export opnieuw/,
  );
  await expect(rowsTable(page)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await main(page).getByRole('button', { name: 'Terug' }).click();
  await expect(
    main(page).getByRole('heading', { level: 2, name: 'Kies het exportbestand' }),
  ).toBeFocused();
  await chooseFile(page, {
    name: 'pijp.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Roepnaam|Achternaam|Geboortedatum\nZoë|Berg|12-03-2015\n'),
  });
  await expect(main(page).getByTestId('single-column')).toContainText(
    'Zorgtafel vond maar één kolom. Het bestand gebruikt waarschijnlijk een ander scheidingsteken',
  );
  await expect(
    main(page).getByText(
      'Regels met fouten worden niet geïmporteerd. Na de import kunt u een lijst van die regels opslaan',
    ),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await main(page).getByRole('button', { name: 'Terug' }).click();
  await main(page).getByRole('button', { name: 'Annuleren' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Nog geen leerlingen vastgelegd' }),
  ).toBeVisible();
});

test('a school-sized file: the preview shows a page at a time with "Meer tonen", the list all 250', async ({
  page,
}) => {
  const lines = ['Leerlingnummer;Roepnaam;Achternaam;Geboortedatum;Groep'];
  for (let i = 1; i <= 250; i += 1) {
    lines.push(
      `${5000 + i};Kind${String(i).padStart(3, '0')};Achternaam${String(i).padStart(3, '0')};${String((i % 28) + 1).padStart(2, '0')}-06-2015;${(i % 8) + 1}`,
    );
  }
  await start(page);
  await openImport(page);
  await chooseFile(page, {
    name: 'school.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\r\n'), 'utf-8'),
  });
  await expect(
    main(page).getByText('250 regels: 250 nieuw, 0 al bekend of dubbel, 0 met fouten.'),
  ).toBeVisible();
  await expect(rowsTable(page).locator('tbody tr')).toHaveCount(200);
  await main(page).getByRole('button', { name: 'Meer tonen' }).click();
  await expect(rowsTable(page).locator('tbody tr')).toHaveCount(250);
  await main(page).getByRole('button', { name: 'Verder' }).click();
  await main(page).getByRole('button', { name: '250 leerlingen importeren' }).click();
  await expect(main(page).getByText('250 leerlingen geïmporteerd')).toBeVisible({
    timeout: 60_000,
  });
  await main(page).getByRole('link', { name: 'Naar de leerlingenlijst' }).click();

  // The list renders only the rows in view (tests/e2e/lists.spec.ts covers it in depth).
  const table = main(page).getByRole('table', { name: 'Leerlingen' });
  await expect(main(page).getByText('250 leerlingen', { exact: true })).toBeVisible();
  await expect(table).toHaveAttribute('aria-rowcount', '251');
  await main(page).getByLabel('Zoek in de lijst').fill('kind12');
  await expect(table.locator('tbody tr[data-index]')).toHaveCount(10);
  await expect(main(page).getByText('10 leerlingen', { exact: true })).toBeVisible();
});

test('good, refused and formula rows: the refused rows are listed and saved, formulas kept as text, then another file', async ({
  page,
}) => {
  await start(page);
  await openImport(page);
  await chooseFile(page, 'refused-and-formulas.csv');
  await expect(
    main(page).getByText('7 regels: 4 nieuw, 0 al bekend of dubbel, 3 met fouten.'),
  ).toBeVisible();
  // Formula-looking cells: counted above the rows, explained on each row, not refused.
  await expect(main(page).getByTestId('formula-cells')).toContainText(
    '5 cellen lijken op een spreadsheetformule',
  );
  await expect(row(page, 3)).toHaveAttribute('data-status', 'new');
  await expect(row(page, 3)).toContainText(
    '„=HYPERLINK("https://example.org";"Klik")” bij Voornaam lijkt op een spreadsheetformule. Zorgtafel slaat het op als gewone tekst.',
  );
  await expect(row(page, 7)).toContainText('„-” bij Achternaam lijkt op een spreadsheetformule.');
  await expect(row(page, 2)).not.toContainText('spreadsheetformule');
  // The row with a value too many is refused with its row number and content, not merged.
  await expect(row(page, 5)).toHaveAttribute('data-status', 'error');
  await expect(row(page, 5)).toContainText('Deze regel heeft 9 kolommen, de kopregel 8.');
  await expect(row(page, 5)).toContainText(
    'Inhoud: „5004;Lina;;Haan;12-12-2015;5;Joost Haan;06-12345678;extra;”',
  );
  // Its extra value is not offered as a column of its own.
  await expect(main(page).getByTestId('unknown-columns')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await main(page).getByRole('button', { name: 'Verder' }).click();
  await main(page).getByRole('button', { name: '4 leerlingen importeren' }).click();
  await expect(main(page).getByRole('heading', { level: 2, name: 'Import klaar' })).toBeFocused();
  await expect(main(page).getByTestId('import-report-counts')).toHaveText(
    [
      '4 leerlingen geïmporteerd',
      '0 regels overgeslagen (dubbel of op uw keuze)',
      '3 regels niet geïmporteerd door fouten',
    ].join(''),
  );

  // The refused rows, each with its row number, name and reason.
  const refused = main(page).getByRole('table', { name: 'Niet geïmporteerde regels' });
  await expect(refused.locator('tbody tr')).toHaveCount(3);
  await expect(refused.locator('tr[data-row="4"]')).toContainText('Regel 4');
  await expect(refused.locator('tr[data-row="4"]')).toContainText('Bram Wit');
  await expect(refused.locator('tr[data-row="4"]')).toContainText(
    'De datum „31-02-2016” bestaat niet.',
  );
  await expect(refused.locator('tr[data-row="5"]')).toContainText(
    'Deze regel heeft 9 kolommen, de kopregel 8.',
  );
  await expect(refused.locator('tr[data-row="8"]')).toContainText(
    'De datum „31-13-2016” bestaat niet.',
  );
  await expectNoAxeViolations(page);

  // Saved as CSV: a name without personal data, the input's encoding (UTF-8 without BOM) and
  // delimiter, row number and reason first, the formula cell neutralised.
  const file = await savedBytes(page.waitForEvent('download'), () =>
    main(page).getByRole('button', { name: 'Lijst opslaan als CSV' }).click(),
  );
  expect(file.name).toMatch(/^niet-geimporteerde-regels-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...file.bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
  const lines = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes).split('\r\n');
  expect(lines[0]).toBe(
    'Regel in het bestand;Reden;Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum;Groep;Naam ouder 1;Telefoon ouder 1;',
  );
  expect(lines[1]).toBe(
    '4;De datum „31-02-2016” bestaat niet. Controleer de dag en de maand.;5003;Bram;;Wit;31-02-2016;4;Els Wit;;',
  );
  expect(lines[3]).toBe(
    `8;De datum „31-13-2016” bestaat niet. Controleer de dag en de maand.;5007;"'=2+5";;Mol;31-13-2016;4;;;`,
  );
  expect(lines).toHaveLength(5);
  await expect(main(page).getByRole('status').filter({ hasText: 'Opgeslagen als' })).toContainText(
    'Het bestand bevat namen van leerlingen',
  );

  // Another file without leaving the screen: back at the start, focus on its heading.
  await main(page).getByRole('button', { name: 'Nog een bestand importeren' }).click();
  await expect(
    main(page).getByRole('heading', { level: 2, name: 'Kies het exportbestand' }),
  ).toBeFocused();
  await expect(mainHeading(page)).toHaveText('Importeren uit leerlingadministratie');
  await expect(main(page).getByRole('table', { name: 'Niet geïmporteerde regels' })).toHaveCount(0);
  await chooseFile(page, 'mixed-line-endings.csv');
  await expect(
    main(page).getByText('3 regels: 3 nieuw, 0 al bekend of dubbel, 0 met fouten.'),
  ).toBeVisible();
  await main(page).getByRole('button', { name: 'Verder' }).click();
  await main(page).getByRole('button', { name: '3 leerlingen importeren' }).click();
  await expect(main(page).getByTestId('import-report-counts')).toContainText(
    '3 leerlingen geïmporteerd',
  );
  await expect(main(page).getByRole('table', { name: 'Niet geïmporteerde regels' })).toHaveCount(0);
  await main(page).getByRole('link', { name: 'Naar de leerlingenlijst' }).click();
  const names = await listNames(page);
  expect(names).toHaveLength(7);
  // Stored and shown as the text it is.
  expect(names).toContain('Kok, =HYPERLINK("https://example.org";"Klik")');
  expect(names).toContain('Amrani, Ahmed el');
});
