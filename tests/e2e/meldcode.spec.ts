// Runs in: Node (Playwright test runner), driving Chromium.
//
// The meldcode track of a case (issue 16), through the real screens: started from a signal in
// the chronology, the five steps in order (a step chosen out of order is explained), Dutch
// validation that says what to do (a date before the signal, a decision without reasons),
// the afwegingskader's questions, a decision NOT to report recorded with its reasons, a
// monitoring agreement that lands in the actieplan with its date, closing,
// and the audit log showing the views. A second test records a report and sees the
// five-working-day reminder when Veilig Thuis has not answered, and that the privacy screen
// (F9) covers the start-screen widget and the tab. "Today" is fixed with
// page.clock. Axe runs on the tab and on every dialog. A third test runs a track on a case
// discussed anonymously in a meeting to a decision not to report, and prints its verslag,
// which then carries no name.
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { extractPdfText } from '../helpers/pdfText';
import { addCaseToAgenda, addPupilWithCase, planMeeting, savedBytes } from './meetingSteps';
import { addPupil, choose, dialog, go, main, openTab } from './steps';
import { createVault } from './vault';

const TODAY = new Date('2026-11-18T10:00:00+01:00');

async function pupilWithCase(page: Page, firstName: string, lastName: string): Promise<void> {
  await addPupil(page, { firstName, lastName, dateOfBirth: '2016-04-12' });
  await main(page).getByRole('button', { name: 'Nieuw zorgdossier' }).click();
  await dialog(page).getByLabel('Datum van het signaal').fill('2026-11-02');
  await dialog(page).getByLabel('Gemeld door').fill('juf Sanne (groep 5)');
  await dialog(page)
    .getByLabel('Wat is er gezien of gehoord?')
    .fill(`${firstName} heeft een blauwe plek.`);
  await dialog(page)
    .getByRole('button', { name: /Dossier aanmaken|Opslaan/ })
    .click();
  await expect(
    main(page).getByRole('heading', { level: 1, name: `Zorgdossier ${firstName} ${lastName}` }),
  ).toBeVisible();
}

function step(page: Page, id: string) {
  return main(page).getByTestId(`meldcode-step-${id}`);
}

/** Step 2 with an anonymous Veilig Thuis consultation (step 1 recorded). */
async function recordConsultation(page: Page): Promise<void> {
  await step(page, 'overleg')
    .getByRole('button', { name: /Stap 2 vastleggen/ })
    .click();
  const s2 = page.getByRole('dialog', { name: /Stap 2/ });
  await s2.getByRole('textbox', { name: 'Datum', exact: true }).fill('2026-11-04');
  await s2.getByLabel('Geconsulteerde collega').fill('Bram (aandachtsfunctionaris)');
  await s2.getByLabel('Advies van de collega').fill('Raadpleeg Veilig Thuis anoniem.');
  await s2.getByLabel('Veilig Thuis geraadpleegd').check();
  await s2.getByLabel('Datum raadpleging Veilig Thuis').fill('2026-11-04');
  await s2.getByLabel('Geraadpleegde persoon bij Veilig Thuis').fill('Consulent Anja');
  await s2.getByLabel('Advies van Veilig Thuis').fill('Eerst een gesprek met de ouders.');
  await expectNoAxeViolations(page);
  await s2.getByRole('button', { name: 'Opslaan' }).click();
  await expect(s2).toBeHidden();
  await expect(step(page, 'overleg')).toContainText(
    'Veilig Thuis geraadpleegd op 4 november 2026 (Consulent Anja), anoniem',
  );
}

/**
 * Presses F9 and checks that `shown` is covered by the privacy screen (the screen is what
 * lies on top of its middle) and that `landmark` is gone from the accessibility tree (the
 * app underneath is inert); F9 again shows the app.
 */
async function expectHiddenByPrivacyScreen(
  page: Page,
  shown: Locator,
  landmark: Locator,
): Promise<void> {
  await expect(landmark).toHaveCount(1);
  const box = await shown.boundingBox();
  if (box === null) throw new Error('the element to cover is not on screen');
  await page.keyboard.press('F9');
  await expect(page.getByTestId('privacy-screen')).toBeVisible();
  await expect(landmark).toHaveCount(0);
  const covered = await page.evaluate(
    ({ x, y }) =>
      document.elementFromPoint(x, y)?.closest('[data-testid="privacy-screen"]') !== null,
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  );
  expect(covered).toBe(true);
  await page.keyboard.press('F9');
  await expect(page.getByTestId('privacy-screen')).toHaveCount(0);
}

async function answerAll(page: Page, answers: readonly ('Ja' | 'Nee')[]): Promise<void> {
  const s4 = page.getByRole('dialog', { name: /Stap 4/ });
  for (const [index, answer] of answers.entries()) {
    const number = index + 1;
    await s4
      .getByRole('radiogroup', { name: new RegExp(`^Afwegingsvraag ${number}:`) })
      .getByRole('radio', { name: answer })
      .check();
    await s4.getByLabel(`Motivering bij vraag ${number}`).fill(`Motivering ${number}`);
  }
}

test('meldcode: from a chronology signal through five steps in order to a decision not to report, closed, audited', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await page.clock.setFixedTime(TODAY);
  await createVault(page);
  await pupilWithCase(page, 'Mila', 'de Vries');

  // A signal in the chronology; the track starts from it.
  await openTab(page, 'Chronologie');
  await main(page).getByRole('button', { name: 'Gebeurtenis toevoegen' }).click();
  const entryForm = page.getByRole('dialog', { name: 'Gebeurtenis toevoegen' });
  await entryForm.getByRole('textbox', { name: 'Datum', exact: true }).fill('2026-11-03');
  await entryForm.getByLabel('Titel').fill('Blauwe plek gezien');
  await entryForm.getByRole('button', { name: 'Opslaan' }).click();
  await expect(entryForm).toBeHidden();
  await main(page)
    .getByRole('button', { name: 'Meldcodetraject starten vanuit Blauwe plek gezien' })
    .click();
  const start = page.getByRole('dialog', { name: 'Meldcodetraject starten' });
  await expect(start.getByLabel('Datum van het signaal')).toHaveValue('2026-11-03');
  await expectNoAxeViolations(page);
  await start.getByRole('button', { name: 'Starten' }).click();
  await expect(start).toBeHidden();
  // (The tab is checked once the modal dialog no longer hides the page behind it.)
  await expect(main(page).getByRole('tab', { name: 'Meldcode' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(main(page).getByTestId('meldcode-case-status')).toHaveText(
    'Meldcode: stap 1, Signalen in kaart brengen',
  );
  await expectNoAxeViolations(page);

  // A step out of order is explained, not opened.
  await step(page, 'besluit')
    .getByRole('button', { name: /Stap 5 vastleggen/ })
    .click();
  await expect(main(page).getByTestId('meldcode-out-of-order')).toContainText(
    'leg eerst stap 1 (Signalen in kaart brengen) vast',
  );
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Step 1: a date before the signal is refused with what to do; the linked entry is checked.
  await step(page, 'signalen')
    .getByRole('button', { name: /Stap 1 vastleggen/ })
    .click();
  const s1 = page.getByRole('dialog', { name: 'Stap 1: Signalen in kaart brengen' });
  await expect(s1.getByLabel(/Blauwe plek gezien/)).toBeChecked();
  await expectNoAxeViolations(page);
  await s1.getByRole('textbox', { name: 'Datum', exact: true }).fill('2026-11-01');
  await s1.getByRole('button', { name: 'Opslaan' }).click();
  await expect(
    s1.getByText(
      'Deze datum ligt vóór het signaal (3 november 2026). Kies een datum op of na het signaal.',
    ),
  ).toBeVisible();
  await expect(s1.getByText('Vul dit in.')).toBeVisible();
  await s1.getByRole('textbox', { name: 'Datum', exact: true }).fill('2026-11-03');
  await s1
    .getByLabel('Waarnemingen (feitelijk)')
    .fill('Blauwe plek op de bovenarm, gezien door juf Sanne.');
  await s1.getByLabel('Interpretatie (apart)').fill('Past mogelijk bij hardhandig vastpakken.');
  await s1.getByRole('button', { name: 'Opslaan' }).click();
  await expect(s1).toBeHidden();
  await expect(step(page, 'signalen')).toContainText('Waarnemingen: Blauwe plek op de bovenarm');
  await expect(step(page, 'signalen')).toContainText('Interpretatie: Past mogelijk');

  await recordConsultation(page);

  // Step 3 not held, for the safety of the child: the reason is required and recorded.
  await step(page, 'gesprek')
    .getByRole('button', { name: /Stap 3 vastleggen/ })
    .click();
  const s3 = page.getByRole('dialog', { name: /Stap 3/ });
  await s3.getByRole('textbox', { name: 'Datum', exact: true }).fill('2026-11-05');
  await s3.getByRole('radio', { name: 'Nee, om veiligheidsredenen niet' }).check();
  await s3.getByRole('button', { name: 'Opslaan' }).click();
  await expect(s3.getByText('Kies de reden.')).toBeVisible();
  await expectNoAxeViolations(page);
  await s3.getByRole('radio', { name: 'de veiligheid van het kind' }).check();
  await s3.getByLabel('Toelichting').fill('Vader reageerde eerder dreigend op vragen van school.');
  await s3.getByRole('button', { name: 'Opslaan' }).click();
  await expect(s3).toBeHidden();
  await expect(step(page, 'gesprek')).toContainText(
    'Gesprek niet gevoerd: de veiligheid van het kind',
  );

  // Step 4: the afwegingskader's questions, each yes/no with a motivation.
  await step(page, 'afweging')
    .getByRole('button', { name: /Stap 4 vastleggen/ })
    .click();
  const s4 = page.getByRole('dialog', { name: /Stap 4/ });
  await expect(s4.getByText(/Afwegingskader Meldcode Onderwijs en leerplicht/)).toBeVisible();
  await s4.getByRole('button', { name: 'Opslaan' }).click();
  await expect(s4.getByText('Kies ja of nee.').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await answerAll(page, ['Ja', 'Nee', 'Ja', 'Ja', 'Ja']);
  await s4.getByRole('button', { name: 'Opslaan' }).click();
  await expect(s4).toBeHidden();
  await expect(step(page, 'afweging')).toContainText('Nee: Motivering 2');

  // Step 5: a decision without reasons is refused; a decision NOT to report is recorded fully.
  await step(page, 'besluit')
    .getByRole('button', { name: /Stap 5 vastleggen/ })
    .click();
  const s5 = page.getByRole('dialog', { name: /Stap 5/ });
  await expect(
    s5.getByText('Het afwegingskader wijst op hulp organiseren en de effecten volgen.'),
  ).toBeVisible();
  await s5
    .getByRole('radio', { name: 'Hulp organiseren en de effecten volgen (niet melden)' })
    .check();
  await s5.getByRole('button', { name: 'Opslaan' }).click();
  await expect(
    s5.getByText(
      'Een besluit zonder redenen kan niet worden opgeslagen. Schrijf op waarom je zo besluit.',
    ),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await s5
    .getByLabel('Redenen van het besluit')
    .fill(
      'Geen acute of structurele onveiligheid; ouders aanvaarden opvoedondersteuning van het wijkteam.',
    );
  await s5.getByRole('button', { name: 'Opslaan' }).click();
  await expect(s5).toBeHidden();
  await expect(step(page, 'besluit')).toContainText(
    'Besluit: Hulp organiseren en de effecten volgen (niet melden)',
  );
  await expect(step(page, 'besluit')).toContainText(
    'Redenen: Geen acute of structurele onveiligheid',
  );
  await expect(main(page).getByRole('region', { name: 'Melding aan Veilig Thuis' })).toHaveCount(0);

  // The help is followed: an agreement with a day to look again becomes an actieplan action.
  await main(page).getByRole('button', { name: 'Afspraak toevoegen aan het actieplan' }).click();
  const agreement = page.getByRole('dialog', { name: 'Actie toevoegen' });
  await agreement
    .getByLabel('Wat moet er gebeuren?')
    .fill('Met moeder kijken hoe de opvoedhulp loopt');
  await agreement.getByRole('button', { name: 'Opslaan' }).click();
  await expect(agreement.getByText('Vul dit in.')).toBeVisible();
  await agreement.getByLabel('Uiterlijk op').fill('2026-12-02');
  await agreement.getByRole('button', { name: 'Opslaan' }).click();
  await expect(agreement).toBeHidden();
  await expect(main(page).getByText('1 afspraak is toegevoegd aan het actieplan.')).toBeVisible();
  await openTab(page, 'Actieplan');
  await expect(main(page)).toContainText('Met moeder kijken hoe de opvoedhulp loopt');
  await expect(main(page)).toContainText('2 december 2026');
  await openTab(page, 'Meldcode');

  // Closing.
  await main(page).getByRole('button', { name: 'Traject afsluiten' }).click();
  const close = page.getByRole('dialog', { name: 'Meldcodetraject afsluiten' });
  await expectNoAxeViolations(page);
  await close
    .getByLabel('Waarom wordt het traject afgesloten?')
    .fill('Hulp loopt via het wijkteam; volgen in het actieplan.');
  await close.getByRole('button', { name: 'Opslaan' }).click();
  await expect(close).toBeHidden();
  await expect(main(page).getByTestId('meldcode-closed')).toContainText(
    'Afgesloten op 18 november 2026',
  );
  await expect(main(page).getByTestId('meldcode-case-status')).toHaveCount(0);
  await expect(main(page).getByRole('button', { name: 'Meldcodetraject starten' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The audit log has the views and the changes of the track, without content.
  await go(page, '#/instellingen');
  await main(page)
    .getByRole('region', { name: 'Beveiliging' })
    .getByRole('button', { name: 'Logboek bekijken' })
    .click();
  const log = page.getByRole('dialog', { name: 'Logboek' });
  await expect(
    log
      .getByRole('row')
      .filter({ hasText: 'Meldcodetraject' })
      .filter({ hasText: 'Bekeken' })
      .first(),
  ).toBeVisible();
  await expect(
    log
      .getByRole('row')
      .filter({ hasText: 'Meldcodetraject' })
      .filter({ hasText: 'Gewijzigd' })
      .first(),
  ).toBeVisible();
  await expect(log).not.toContainText('Blauwe plek');
});

test('meldcode: a decision to report, the report to Veilig Thuis and the reminder after five working days', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await page.clock.setFixedTime(TODAY);
  await createVault(page);
  await pupilWithCase(page, 'Sem', 'Bakker');
  await openTab(page, 'Meldcode');
  await expect(main(page).getByRole('heading', { name: 'Geen meldcodetraject' })).toBeVisible();
  await expectNoAxeViolations(page);
  await main(page).getByRole('button', { name: 'Meldcodetraject starten' }).click();
  await page
    .getByRole('dialog', { name: 'Meldcodetraject starten' })
    .getByRole('button', { name: 'Starten' })
    .click();
  await step(page, 'signalen')
    .getByRole('button', { name: /Stap 1 vastleggen/ })
    .click();
  const s1 = page.getByRole('dialog', { name: /Stap 1/ });
  await s1.getByLabel('Waarnemingen (feitelijk)').fill('Sem vertelt dat hij thuis geslagen wordt.');
  await s1.getByRole('button', { name: 'Opslaan' }).click();
  await expect(s1).toBeHidden();
  await recordConsultation(page);
  await step(page, 'gesprek')
    .getByRole('button', { name: /Stap 3 vastleggen/ })
    .click();
  const s3 = page.getByRole('dialog', { name: /Stap 3/ });
  await s3.getByLabel('Verslag van het gesprek').fill('Gesprek met moeder; zij herkent de zorgen.');
  await s3.getByRole('button', { name: 'Opslaan' }).click();
  await expect(s3).toBeHidden();
  await step(page, 'afweging')
    .getByRole('button', { name: /Stap 4 vastleggen/ })
    .click();
  await answerAll(page, ['Ja', 'Ja', 'Ja', 'Ja', 'Ja']);
  await page
    .getByRole('dialog', { name: /Stap 4/ })
    .getByRole('button', { name: 'Opslaan' })
    .click();
  await step(page, 'besluit')
    .getByRole('button', { name: /Stap 5 vastleggen/ })
    .click();
  const s5 = page.getByRole('dialog', { name: /Stap 5/ });
  await expect(s5.getByText(/wijst op melden bij Veilig Thuis/)).toBeVisible();
  await s5.getByRole('textbox', { name: 'Datum', exact: true }).fill('2026-11-10');
  await s5.getByRole('radio', { name: 'Melden bij Veilig Thuis', exact: true }).check();
  await s5.getByLabel('Redenen van het besluit').fill('Structurele onveiligheid: meldnorm.');
  await s5.getByRole('button', { name: 'Opslaan' }).click();
  await expect(s5).toBeHidden();
  await expect(main(page).getByTestId('meldcode-case-status')).toHaveText(
    'Meldcode: melding aan Veilig Thuis vastleggen',
  );

  // The report, made on Tuesday 10 November: the answer was due Tuesday 17 November.
  await main(page).getByRole('button', { name: 'Melding vastleggen' }).click();
  const report = page.getByRole('dialog', { name: 'Melding aan Veilig Thuis vastleggen' });
  await report.getByLabel('Datum van de melding').fill('2026-11-10');
  await report.getByLabel('Contactpersoon bij Veilig Thuis').fill('Meldpunt, mevrouw Kaya');
  await report.getByRole('button', { name: 'Opslaan' }).click();
  await expect(report).toBeHidden();
  await expect(main(page).getByTestId('meldcode-answer-overdue')).toContainText(
    'uiterlijk 17 november 2026 verwacht',
  );
  await expect(main(page).getByTestId('meldcode-case-status')).toHaveText(
    'Meldcode: antwoord van Veilig Thuis te laat (verwacht 17 november 2026)',
  );
  await expectNoAxeViolations(page);

  // The start screen lists the open track and what is late, without the pupil's name.
  const caseHash = new URL(page.url()).hash;
  await go(page, '#/overzicht');
  const item = main(page).getByTestId('meldcode-widget-item');
  await expect(item).toHaveText(
    'Meldcodetraject, signaal van 2 november 2026Volgende: antwoord van Veilig Thuis te laat (verwacht 17 november 2026)',
  );
  await expect(main(page).getByRole('region', { name: 'Meldcodetrajecten' })).not.toContainText(
    'Sem',
  );
  await expect(main(page).getByRole('region', { name: 'Meldcodetrajecten' })).not.toContainText(
    'Bakker',
  );
  await expectNoAxeViolations(page);
  // Under the privacy screen (F9) neither the widget nor the tab can be read or reached.
  await expectHiddenByPrivacyScreen(
    page,
    item,
    main(page).getByRole('region', { name: 'Meldcodetrajecten' }),
  );
  await item.getByRole('link').click();
  await expect(page).toHaveURL((url) => url.hash === caseHash);
  await openTab(page, 'Meldcode');
  await expectHiddenByPrivacyScreen(
    page,
    main(page).getByTestId('meldcode-step-besluit'),
    main(page).getByRole('list', { name: 'Stappen van de meldcode' }),
  );

  // The answer ends the reminder.
  await main(page).getByRole('button', { name: 'Antwoord vastleggen' }).click();
  const answer = page.getByRole('dialog', { name: 'Antwoord van Veilig Thuis vastleggen' });
  await answer.getByLabel('Wat Veilig Thuis antwoordde').fill('Veilig Thuis start een onderzoek.');
  await answer.getByRole('button', { name: 'Opslaan' }).click();
  await expect(answer).toBeHidden();
  await expect(main(page).getByTestId('meldcode-answer-overdue')).toHaveCount(0);
  await expect(main(page).getByTestId('meldcode-case-status')).toHaveText(
    'Meldcode: traject afsluiten',
  );

  // A referral carries nothing of the track unless the IB deliberately includes its named
  // part (issue 16, point 3): off by default, exactly what goes shown, no basis presumed.
  await go(page, '#/instellingen');
  await main(page)
    .getByRole('region', { name: 'Organisaties en contactpersonen' })
    .getByRole('button', { name: 'Organisatie toevoegen' })
    .click();
  await dialog(page)
    .getByRole('textbox', { name: 'Naam van de organisatie' })
    .fill('Wijkteam Zuid');
  await choose(page, dialog(page), 'Soort organisatie', 'Wijkteam of wijkcoach');
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
  await go(page, caseHash);
  await openTab(page, 'Verwijzingen');
  await main(page).getByRole('button', { name: 'Nieuwe verwijzing' }).click();
  await choose(page, dialog(page), 'Ontvanger', 'Wijkteam Zuid (Wijkteam of wijkcoach)');
  await dialog(page).getByRole('button', { name: 'Verwijzing starten' }).click();
  const part = main(page).getByTestId('meldcode-part');
  const include = part.getByRole('checkbox', {
    name: 'Een deel van het meldcodetraject meesturen',
  });
  await expect(include).not.toBeChecked();
  await include.check();
  const facts = part.getByTestId('meldcode-part-facts');
  await expect(facts).toContainText('Besluit van de school: Melden bij Veilig Thuis');
  await expect(facts).toContainText('Gemeld bij Veilig Thuis op: 10 november 2026');
  await expect(facts).not.toContainText('Structurele onveiligheid');
  await expect(part.getByTestId('meldcode-part-problem')).toContainText('Kies op welke grond');
  await part.getByRole('radio', { name: /Zonder toestemming/ }).check();
  await expect(part.getByTestId('meldcode-part-problem')).toContainText('Schrijf de motivering');
  await part
    .getByRole('textbox', { name: 'Motivering van de wettelijke grondslag' })
    .fill('Meldrecht: het wijkteam werkt mee aan het veiligheidsplan.');
  await expect(part.getByTestId('meldcode-part-problem')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('meldcode: a case discussed anonymously runs to a decision not to report, and its verslag prints without the name', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await page.clock.setFixedTime(TODAY);
  await createVault(page);
  await addPupilWithCase(page, { firstName: 'Daan', lastName: 'Smit', parent: 'Ria Smit' });
  const caseHash = new URL(page.url()).hash;

  // Discussed without a name in a zorgteam that was held.
  const meetingId = await planMeeting(page, {
    kind: 'zorgteam',
    date: '2026-11-18',
    startTime: '08:30',
    endTime: '09:30',
    place: 'Teamkamer',
  });
  await addCaseToAgenda(page, {
    pupilName: 'Daan Smit',
    question: 'Zijn dit signalen voor de meldcode?',
    named: false,
    bespreekdoel: 'niet-pluis',
  });
  await page.evaluate((id) => (window.location.hash = `#/overleggen/${id}/vergadering`), meetingId);
  await main(page).getByRole('button', { name: 'Vergadering starten' }).click();
  await expect(main(page).getByRole('button', { name: /Punt 1: Leerling A/ })).toBeVisible();

  await go(page, caseHash);
  await openTab(page, 'Meldcode');
  await main(page).getByRole('button', { name: 'Meldcodetraject starten' }).click();
  await page
    .getByRole('dialog', { name: 'Meldcodetraject starten' })
    .getByRole('button', { name: 'Starten' })
    .click();
  await step(page, 'signalen')
    .getByRole('button', { name: /Stap 1 vastleggen/ })
    .click();
  const s1 = page.getByRole('dialog', { name: /Stap 1/ });
  await s1.getByLabel('Waarnemingen (feitelijk)').fill('Daan had een schram op de wang.');
  await s1.getByRole('button', { name: 'Opslaan' }).click();
  await expect(s1).toBeHidden();
  await recordConsultation(page);
  await step(page, 'gesprek')
    .getByRole('button', { name: /Stap 3 vastleggen/ })
    .click();
  const s3 = page.getByRole('dialog', { name: /Stap 3/ });
  await s3.getByLabel('Verslag van het gesprek').fill('Vader: gevallen bij het voetballen.');
  await s3.getByRole('button', { name: 'Opslaan' }).click();
  await expect(s3).toBeHidden();
  await step(page, 'afweging')
    .getByRole('button', { name: /Stap 4 vastleggen/ })
    .click();
  await answerAll(page, ['Nee']);
  await page
    .getByRole('dialog', { name: /Stap 4/ })
    .getByRole('button', { name: 'Opslaan' })
    .click();
  await step(page, 'besluit')
    .getByRole('button', { name: /Stap 5 vastleggen/ })
    .click();
  const s5 = page.getByRole('dialog', { name: /Stap 5/ });
  await s5.getByRole('radio', { name: 'Niet melden en geen hulp organiseren' }).check();
  await s5
    .getByLabel('Redenen van het besluit')
    .fill('Geen vermoeden meer: de sportclub bevestigt de val.');
  await s5.getByRole('button', { name: 'Opslaan' }).click();
  await expect(s5).toBeHidden();

  // The verslag: without the name by default for this case, and no part for Veilig Thuis.
  const verslag = main(page).getByRole('region', { name: 'Verslag afdrukken' });
  await expect(
    verslag.getByRole('checkbox', { name: /dit dossier is anoniem besproken/ }),
  ).toBeChecked();
  await expect(verslag.getByRole('button', { name: 'Deel voor Veilig Thuis' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  const file = await savedBytes(page.waitForEvent('download'), () =>
    verslag.getByRole('button', { name: 'Verslag voor het dossier' }).click(),
  );
  expect(file.name).toBe('meldcodeverslag-2026-11-18.pdf');
  await expect(verslag.getByText(/opgeslagen als meldcodeverslag-2026-11-18\.pdf/)).toBeVisible();
  const text = (await extractPdfText(file.bytes)).text.replace(/\s+/g, ' ');
  expect(text).toContain('Niet vermeld: anoniem besproken');
  expect(text).toContain('Besluit Niet melden en geen hulp organiseren');
  expect(text).toContain('Geen vermoeden meer: de sportclub bevestigt de val.');
  expect(text).not.toContain('Smit');
});
