// Runs in: Node (Playwright test runner), driving Chromium.
//
// The samenwerkingsverband's side of Cijfers (issue 17, point 4, "Done when"): figures files
// of three school profiles, each signed with its own deelsleutel, are added up in an SWV
// profile, for the region and per municipality, with a tiny school's "< 5" never worked back;
// then a duplicate and a tampered file are refused, each with its reason, and a newer file of
// a school replaces the older one only when the coordinator chooses "Vervangen".
// The schools' files are made here with the real computing, suppression and signing code
// (the school's side of saving one is covered by the Cijfers screen's own tests).
import { yearBefore } from '../../shared/domain/schoolYear';
import { computeFigures } from '../../shared/figures/compute';
import { writeFiguresFile } from '../../shared/figures/figuresFile';
import { publishFigures } from '../../shared/figures/suppression';
import { generateSharingIdentity, type SharingIdentity } from '../../shared/sharing/identity';
import { caseOn, emptyInput, times, YEAR } from '../unit/figures/generate';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { dialog, main } from './steps';
import { createVault } from './vault';

/** A school's figures file with `cases` new cases signalled by a teacher in 2025-2026. */
async function schoolFile(
  identity: SharingIdentity,
  school: string,
  municipality: string,
  cases: number,
  createdOn = '2026-09-01',
): Promise<string> {
  const input = emptyInput({ cases: times(cases, () => caseOn('2025-10-01')) });
  return writeFiguresFile(identity, {
    school,
    municipality,
    createdOn,
    current: publishFigures(computeFigures(input, YEAR)),
    previous: publishFigures(computeFigures(input, yearBefore(YEAR))),
  });
}

async function importFiles(page: Page, files: Record<string, string>): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await main(page).getByRole('button', { name: 'Cijferbestanden inlezen…' }).click();
  await (
    await chooser
  ).setFiles(
    Object.entries(files).map(([name, text]) => ({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    })),
  );
  await expect(
    dialog(page).getByRole('heading', { name: 'Cijferbestanden inlezen' }),
  ).toBeVisible();
}

test('an SWV adds up the figures files of three schools; a duplicate and a tampered file are refused', async ({
  page,
}) => {
  const [regenboog, kompas, wilg] = await Promise.all(times(3, () => generateSharingIdentity()));
  if (regenboog === undefined || kompas === undefined || wilg === undefined) throw new Error();
  const files = {
    'cijfers-regenboog.json': await schoolFile(regenboog, 'De Regenboog', 'Zwolle', 12),
    'cijfers-kompas.json': await schoolFile(kompas, 'Het Kompas', 'Kampen', 7),
    // A tiny school: 3 new cases, published as "< 5".
    'cijfers-wilg.json': await schoolFile(wilg, 'De Wilg', 'Zwolle', 3),
  };
  await createVault(page, {
    school: 'Samenwerkingsverband IJssel',
    role: 'Coördinator samenwerkingsverband',
  });
  await page.evaluate(() => (window.location.hash = '#/cijfers'));
  await expect(main(page).getByRole('heading', { level: 1 })).toHaveText('Cijfers van de scholen');
  await expect(main(page)).toContainText('Nog geen cijferbestanden');

  // ---- Three schools at once: all added, then added up -------------------------------------
  await importFiles(page, files);
  const result = dialog(page).getByTestId('figures-import-result');
  await expect(result).toContainText(
    'cijfers-regenboog.json: Ingelezen: De Regenboog, schooljaar 2025-2026.',
  );
  await expect(result).toContainText(
    'cijfers-wilg.json: Ingelezen: De Wilg, schooljaar 2025-2026.',
  );
  await expect(dialog(page)).toContainText('3 bestanden ingelezen.');
  await dialog(page).getByRole('button', { name: 'Sluiten' }).click();

  await expect(main(page)).toContainText('3 scholen in dit schooljaar.');
  const region = main(page).getByTestId('region-table');
  const teacher = region.getByRole('row', { name: /^Leerkracht/ });
  // 12 + 7 published exactly, De Wilg's 3 withheld: at least 19, never 22.
  await expect(teacher).toContainText('≥ 19');
  await expect(
    teacher.getByRole('cell', { name: 'ten minste 19; bij 1 scholen niet gepubliceerd' }),
  ).toBeVisible();
  const bySchool = main(page).getByTestId('region-by-school');
  await expect(bySchool.getByRole('row', { name: /^De Wilg/ })).toContainText('< 5');
  await expect(bySchool.getByRole('row', { name: /^Totaal Kampen/ })).toContainText('7');
  await expect(bySchool.getByRole('row', { name: /^Totaal Zwolle/ })).toContainText('≥ 12');
  await expect(bySchool.getByRole('row', { name: /^Totaal regio/ })).toContainText('≥ 19');
  await expect(main(page)).not.toContainText('22');
  await expectNoAxeViolations(page);

  // ---- A duplicate, a tampered file and a newer file of a known school --------------------
  const tampered = files['cijfers-wilg.json'].replace(
    '"school": "De Wilg"',
    '"school": "De Wilgen"',
  );
  await importFiles(page, {
    'cijfers-regenboog-kopie.json': files['cijfers-regenboog.json'],
    'cijfers-wilg-aangepast.json': tampered,
    'cijfers-kompas-nieuw.json': await schoolFile(kompas, 'Het Kompas', 'Kampen', 9, '2026-10-01'),
  });
  await expect(result).toContainText(
    'cijfers-regenboog-kopie.json: Geweigerd: De Regenboog, schooljaar 2025-2026 is al ingelezen',
  );
  await expect(result).toContainText(
    'cijfers-wilg-aangepast.json: Geweigerd: dit cijferbestand is veranderd nadat de school het ondertekende.',
  );
  await expect(result).toContainText(
    'Het Kompas, schooljaar 2025-2026 is al ingelezen uit een ouder bestand',
  );
  await expect(dialog(page)).toContainText('Er is niets veranderd.');
  await expectNoAxeViolations(page);
  await dialog(page)
    .getByRole('button', { name: 'cijfers-kompas-nieuw.json: ingelezen bestand vervangen' })
    .click();
  await expect(result).toContainText(
    'cijfers-kompas-nieuw.json: Vervangen: Het Kompas, schooljaar 2025-2026.',
  );
  await expect(dialog(page)).toContainText('1 bestand ingelezen.');
  await dialog(page).getByRole('button', { name: 'Sluiten' }).click();

  await expect(main(page)).toContainText('3 scholen in dit schooljaar.');
  await expect(teacher).toContainText('≥ 21');
  await expect(bySchool.getByRole('row', { name: /^Totaal Kampen/ })).toContainText('9');
});
