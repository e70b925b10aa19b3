// Runs in: Node (Playwright test runner), driving Chromium.
//
// Long lists stay smooth: 300 pupils (imported from a generated CSV, the quick way to get a
// long list) are listed in a virtualised table. Only a window of rows is in the DOM, the
// table tells assistive technology the real total (aria-rowcount, aria-rowindex), the
// keyboard moves through rows (arrows, End, Home) with focus kept on a rendered row, End
// reaches the last pupil, printing renders every row, the filter still works over all rows,
// and axe passes.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { go, main } from './steps';
import { createVault } from './vault';

test.describe.configure({ timeout: 90_000 });

const COUNT = 300;

function csv(): Buffer {
  const lines = ['Leerlingnummer;Roepnaam;Achternaam;Geboortedatum;Groep'];
  for (let i = 1; i <= COUNT; i += 1) {
    const n = String(i).padStart(3, '0');
    lines.push(
      `${7000 + i};Kind${n};Achternaam${n};${String((i % 28) + 1).padStart(2, '0')}-06-2015;${(i % 8) + 1}`,
    );
  }
  return Buffer.from(lines.join('\r\n'), 'utf-8');
}

async function importPupils(page: Page): Promise<void> {
  await go(page, '#/leerlingen/importeren');
  await expect(main(page).getByRole('heading', { level: 1 })).toHaveText(
    'Importeren uit leerlingadministratie',
  );
  const chooser = page.waitForEvent('filechooser');
  await main(page).getByRole('button', { name: 'Bestand kiezen' }).click();
  await (await chooser).setFiles({ name: 'school.csv', mimeType: 'text/csv', buffer: csv() });
  await main(page).getByRole('button', { name: 'Verder' }).click();
  await main(page)
    .getByRole('button', { name: `${COUNT} leerlingen importeren` })
    .click();
  await expect(main(page).getByText(`${COUNT} leerlingen geïmporteerd`)).toBeVisible({
    timeout: 60_000,
  });
  await main(page).getByRole('link', { name: 'Naar de leerlingenlijst' }).click();
}

test('300 pupils: a window of rows, the real total for screen readers, keyboard to the last pupil', async ({
  page,
}) => {
  await createVault(page);
  await importPupils(page);

  const table = main(page).getByRole('table', { name: 'Leerlingen' });
  const rows = table.locator('tbody tr[data-index]');
  await expect(main(page).getByText(`${COUNT} leerlingen`, { exact: true })).toBeVisible();
  await expect(table).toHaveAttribute('aria-rowcount', String(COUNT + 1));
  await expect(main(page).getByTestId('virtual-list')).toHaveAttribute('data-virtualised', 'true');
  await expect(rows.first()).toHaveAttribute('aria-rowindex', '2');
  const rendered = await rows.count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(COUNT / 2);
  await expectNoAxeViolations(page);

  // Keyboard: ArrowDown moves to the next pupil, End to the last, Home back to the first.
  const first = table.getByRole('link', { name: 'Achternaam001, Kind001' });
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await expect(table.getByRole('link', { name: 'Achternaam002, Kind002' })).toBeFocused();
  await page.keyboard.press('End');
  const last = table.getByRole('link', { name: `Achternaam${COUNT}, Kind${COUNT}` });
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();
  await expect(table.locator(`tr[aria-rowindex="${COUNT + 1}"]`)).toContainText(`Kind${COUNT}`);
  await expect(table.getByRole('link', { name: 'Achternaam001, Kind001' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The focused row stays rendered when the list is scrolled away from it.
  await main(page)
    .getByTestId('virtual-list')
    .evaluate((element) => element.scrollTo({ top: 0 }));
  await expect(table.getByRole('link', { name: 'Achternaam001, Kind001' })).toBeVisible();
  await expect(last).toBeFocused();
  await page.keyboard.press('Home');
  await expect(first).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect(first).not.toBeFocused();

  // Scrolling with the wheel reaches the end as well.
  await main(page)
    .getByTestId('virtual-list')
    .evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await expect(last).toBeInViewport();

  // Printing prints the whole list; back on screen the window returns.
  await page.emulateMedia({ media: 'print' });
  await expect(rows).toHaveCount(COUNT);
  await page.emulateMedia({ media: 'screen' });
  await expect.poll(() => rows.count()).toBeLessThan(COUNT / 2);

  // The filter works over all rows, not only the rendered ones; a short list renders whole.
  await main(page).getByLabel('Zoek in de lijst').fill('kind29');
  await expect(rows).toHaveCount(10);
  await expect(main(page).getByTestId('virtual-list')).toHaveAttribute('data-virtualised', 'false');
  await expect(table).toHaveAttribute('aria-rowcount', '11');
});
