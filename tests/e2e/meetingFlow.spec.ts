// Runs in: Node (Playwright test runner), driving Chromium.
//
// The meeting cycle end to end, for the parts the other meeting specs leave out: the window
// is closed in the middle of the meeting (not reloaded: the page is gone and a new one is
// opened) and every keystroke is back after unlocking; the approved minutes put their action
// in the case's actieplan, the Acties view and the dashboard; and the next meeting about the
// same case lists that open action as carry-over ("welke stappen zijn gezet").
import { expect, expectNoAxeViolations, test } from './fixtures';
import {
  addCaseToAgenda,
  addPupilWithCase,
  planMeeting,
  recordNamedDiscussionConsent,
  type Child,
} from './meetingSteps';
import { main, openTab } from './steps';
import { unlock, createVault } from './vault';

const ISA: Child = { firstName: 'Ïsa', lastName: 'de Jong', parent: 'Marieke de Jong' };
const NOW = new Date('2026-12-01T15:00:00+01:00');
const SITUATION = 'Ïsa komt vaak te laat; moeder zoekt hulp bij het ochtendritme.';
const DECISION = 'Besluit: één gesprek met moeder vóór de kerstvakantie';
const ACTION = 'Gesprek plannen met moeder over het ochtendritme';

test('close the window mid-meeting, resume, approve, and the action comes back until it is done', async ({
  page,
  context,
}) => {
  test.setTimeout(480_000);
  await page.clock.setFixedTime(NOW);
  await createVault(page);
  await addPupilWithCase(page, ISA);
  const caseHash = new URL(page.url()).hash;
  await recordNamedDiscussionConsent(page);

  const meetingId = await planMeeting(page, {
    kind: 'zorgteam',
    date: '2026-12-01',
    startTime: '15:00',
    endTime: '16:00',
    place: 'Teamkamer',
  });
  await addCaseToAgenda(page, {
    pupilName: 'Ïsa de Jong',
    question: 'Hoe komt Ïsa op tijd?',
    named: true,
  });

  // ---- Meeting mode: a decision, an action, and the situation half typed ----------------------
  await page.evaluate((id) => (window.location.hash = `#/overleggen/${id}/vergadering`), meetingId);
  await main(page).getByRole('button', { name: 'Vergadering starten' }).click();
  await page.keyboard.press('Alt+B');
  await page.keyboard.type(DECISION);
  await page.keyboard.press('Enter');
  await expect(main(page).getByRole('textbox', { name: 'Besluit 1' })).toHaveValue(DECISION);
  await page.keyboard.press('Alt+A');
  const entry = main(page).getByRole('group', { name: 'Nieuwe actie' });
  await page.keyboard.type(ACTION);
  await entry.getByRole('combobox', { name: 'Wie' }).fill('Anouk van den Berg');
  await entry.getByLabel('Wanneer (uiterlijk)').fill('2026-12-04');
  await entry.getByLabel('Wanneer (uiterlijk)').press('Enter');
  await expect(
    main(page).getByRole('group', { name: 'Actie 1' }).getByRole('textbox', { name: 'Wat' }),
  ).toHaveValue(ACTION);
  await page.keyboard.press('Alt+S');
  await page.keyboard.type(SITUATION);
  await expect(main(page).getByTestId('save-status')).toHaveText('Alles opgeslagen');

  // ---- The window closes; a new one opens on the same profile -------------------------------
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.clock.setFixedTime(NOW);
  await again.goto('/');
  await unlock(again);
  await expect(
    main(again).getByRole('heading', {
      level: 1,
      name: 'Vergadering: Zorgteam van 1 december 2026',
    }),
  ).toBeVisible();
  await expect(again).toHaveURL(new RegExp(`#/overleggen/${meetingId}/vergadering$`));
  await expect(main(again).getByText('Je bent verder gegaan waar je was.')).toBeVisible();
  await expect(main(again).getByRole('textbox', { name: 'Situatie' })).toBeFocused();
  await expect(main(again).getByRole('textbox', { name: 'Situatie' })).toHaveValue(SITUATION);
  await expect(main(again).getByRole('textbox', { name: 'Besluit 1' })).toHaveValue(DECISION);
  await expect(
    main(again).getByRole('group', { name: 'Actie 1' }).getByRole('textbox', { name: 'Wat' }),
  ).toHaveValue(ACTION);

  // ---- Afronden -----------------------------------------------------------------------------
  await main(again).getByRole('button', { name: 'Vergadering afsluiten en naar afronden' }).click();
  await expect(
    main(again).getByText('Alles is compleet. U kunt de notulen vaststellen.'),
  ).toBeVisible();

  // Minutes of a meeting dated next week cannot be approved today; it can be moved (issue 21 §3).
  const moveMeeting = async (date: string): Promise<void> => {
    await again.evaluate((id) => (window.location.hash = `#/overleggen/${id}`), meetingId);
    await main(again).getByRole('button', { name: 'Datum, tijd en plaats wijzigen' }).click();
    const details = again.getByRole('dialog', { name: 'Datum, tijd en plaats wijzigen' });
    await details.getByLabel('Datum').fill(date);
    await details.getByRole('button', { name: 'Opslaan' }).click();
    await expect(details).toBeHidden();
    await again.evaluate((id) => (window.location.hash = `#/overleggen/${id}/afronden`), meetingId);
  };
  await moveMeeting('2026-12-08');
  await expect(
    main(again).getByText(
      /^Dit overleg staat op dinsdag 8 december 2026\. De notulen kunnen pas op of na die dag/,
    ),
  ).toBeVisible();
  await moveMeeting('2026-12-01');
  await expect(
    main(again).getByText('Alles is compleet. U kunt de notulen vaststellen.'),
  ).toBeVisible();
  await main(again).getByRole('button', { name: 'Notulen vaststellen' }).click();
  await again
    .getByRole('dialog', { name: 'Notulen vaststellen?' })
    .getByRole('button', { name: 'Vaststellen' })
    .click();
  await expect(main(again).getByText(/^Vastgesteld op 1 december 2026/)).toBeVisible();

  // ---- The action in the actieplan, the Acties view and the dashboard -------------------------
  // Within Overleggen (afronden to Acties) focus moves to the new page's heading.
  await again.evaluate(() => (window.location.hash = '#/overleggen/acties'));
  await expect(main(again).getByRole('heading', { level: 1, name: 'Acties' })).toBeFocused();
  await expect(main(again).getByText(ACTION).first()).toBeVisible();

  await again.evaluate((hash) => (window.location.hash = hash), caseHash);
  await expect(
    main(again).getByRole('heading', { level: 1, name: 'Zorgdossier Ïsa de Jong' }),
  ).toBeVisible();
  await openTab(again, 'Actieplan');
  await expect(main(again).getByText(ACTION)).toBeVisible();
  await expectNoAxeViolations(again);

  await again.evaluate(() => (window.location.hash = '#/overzicht'));
  const actionsWidget = main(again).getByRole('region', { name: 'Acties' });
  await expect(actionsWidget.getByText(ACTION)).toBeVisible();

  // ---- The next meeting about the case carries the open action over ---------------------------
  await planMeeting(again, {
    kind: 'zorgteam',
    date: '2026-12-15',
    startTime: '15:00',
    endTime: '16:00',
    place: 'Teamkamer',
  });
  await addCaseToAgenda(again, {
    pupilName: 'Ïsa de Jong',
    question: 'Is het ochtendritme beter?',
    named: true,
  });
  const item = main(again).getByTestId('agenda-item').first();
  await expect(item.getByText(/Welke stappen zijn gezet/)).toBeVisible();
  await expect(item.getByText(ACTION)).toBeVisible();
  await expect(item.getByText(DECISION)).toBeVisible();
  await expectNoAxeViolations(again);
});
