// Runs in: Node (Playwright test runner), driving Chromium.
//
// One session at a time: two tabs of one browser (same origin, same vault). Tab A runs a
// meeting and is typing when tab B opens; B is told Zorgtafel is open elsewhere, an unlock
// there is refused rather than breaking A, and "Hier verder werken" makes A save, lock and
// say why; B then finds every keystroke. Nor can B restore a backup over A's open vault. A session that ends (locked in B, or A's tab closed
// without a word) frees the vault for the other tab at once. The old dead end ("Opslaan lukt
// op dit moment niet … Sluit Zorgtafel niet af") never shows.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { addCaseToAgenda, addPupilWithCase, openMeeting, planMeeting } from './meetingSteps';
import { main } from './steps';
import { PASSPHRASE, createVault, unlock } from './vault';

const ELSEWHERE = 'Zorgtafel is al geopend in een ander venster of tabblad';
const TAKEN_OVER =
  'Zorgtafel is in een ander venster geopend; hier is vergrendeld zodat er niets verloren gaat.';
const DEAD_END = /Opslaan lukt op dit moment niet/;
const SITUATION =
  'Ïsa komt de laatste weken vaak te laat en is moe in de klas. Moeder vertelt dat er thuis veel speelt; ' +
  'de leerkracht ziet dat Ïsa zich terugtrekt bij het buitenspelen. Afspraak: de IB belt vader deze week.';

function lockedHeading(page: Page) {
  return page.getByRole('heading', { level: 1, name: 'Zorgtafel is vergrendeld' });
}

/** Fails the test on console errors of a second page too (the fixture watches the first). */
function guardConsole(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
}

test('a second tab takes over cleanly, nothing typed is lost and a closed tab frees the vault', async ({
  page: a,
}) => {
  test.setTimeout(300_000);
  const problems: string[] = [];
  await createVault(a);
  await addPupilWithCase(a, { firstName: 'Ïsa', lastName: 'de Jong', parent: 'Marieke de Jong' });
  const meetingId = await planMeeting(a, {
    kind: 'zorgteam',
    date: '2026-12-01',
    startTime: '15:00',
    endTime: '16:30',
    place: 'Teamkamer',
  });
  await addCaseToAgenda(a, {
    pupilName: 'Ïsa de Jong',
    question: 'Hoe krijgen we Ïsa op tijd op school?',
    named: false,
  });
  await openMeeting(a, meetingId);
  await a.evaluate((id) => (window.location.hash = `#/overleggen/${id}/vergadering`), meetingId);
  await main(a).getByRole('button', { name: 'Vergadering starten' }).click();
  await a.keyboard.press('Alt+S');
  await expect(main(a).getByRole('textbox', { name: 'Situatie' })).toBeFocused();
  await a.keyboard.type(SITUATION);

  // ---- Tab B opens while A is typing ----------------------------------------------------
  const b = await a.context().newPage();
  guardConsole(b, problems);
  await b.goto('/');
  await expect(lockedHeading(b)).toBeVisible();
  await expect(b.getByText(ELSEWHERE)).toBeVisible();
  await expectNoAxeViolations(b);
  // Unlocking without taking over is refused here and leaves A working.
  await unlock(b);
  await expect(lockedHeading(b)).toBeVisible();
  await expect(b.getByText(ELSEWHERE)).toBeVisible();
  await expect(main(a).getByRole('textbox', { name: 'Situatie' })).toBeVisible();
  // Nor can B restore a backup over the vault A is working in.
  await b.getByRole('button', { name: 'Back-up terugzetten' }).click();
  await expect(b.getByText(ELSEWHERE)).toBeVisible();
  await expect(b.getByRole('dialog')).toHaveCount(0);

  // ---- Take over: A saves, locks and says why -------------------------------------------
  await b.getByRole('button', { name: 'Hier verder werken' }).click();
  await expect(lockedHeading(a)).toBeVisible();
  await expect(a.getByText(TAKEN_OVER)).toBeVisible();
  await expect(b.getByText(ELSEWHERE)).toBeHidden();
  // B holds the vault now: A, locked, is told so and may take it back.
  await expect(a.getByText(ELSEWHERE)).toBeVisible();
  await expect(a.getByText(DEAD_END)).toHaveCount(0);
  await expectNoAxeViolations(a);

  await unlock(b);
  await expect(main(b).getByRole('heading', { level: 1 })).toBeVisible();
  await b.evaluate((id) => (window.location.hash = `#/overleggen/${id}/vergadering`), meetingId);
  await expect(main(b).getByRole('textbox', { name: 'Situatie' })).toHaveValue(SITUATION);

  // ---- Locking B frees the vault: A unlocks without a take-over -------------------------
  await b.getByRole('button', { name: 'Vergrendelen (Ctrl+Shift+L)' }).click();
  await expect(lockedHeading(b)).toBeVisible();
  await expect(a.getByText(ELSEWHERE)).toBeHidden();
  await unlock(a);
  await expect(main(a).getByRole('heading', { level: 1 })).toBeVisible();
  await expect(b.getByText(ELSEWHERE)).toBeVisible();

  // ---- A's tab closes without a word: the browser frees the vault for B ----------------
  await a.close({ runBeforeUnload: false });
  await expect(b.getByText(ELSEWHERE)).toBeHidden();
  await b.getByLabel('Wachtwoordzin', { exact: true }).fill(PASSPHRASE);
  await b.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
  await expect(main(b).getByRole('heading', { level: 1 })).toBeVisible();
  await expect(b.getByText(DEAD_END)).toHaveCount(0);
  await b.evaluate((id) => (window.location.hash = `#/overleggen/${id}/vergadering`), meetingId);
  await expect(main(b).getByRole('textbox', { name: 'Situatie' })).toHaveValue(SITUATION);
  await expect(b.getByText(DEAD_END)).toHaveCount(0);
  expect(problems, 'tab B logged errors').toEqual([]);
});
