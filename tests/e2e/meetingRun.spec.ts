// Runs in: Node (Playwright test runner), driving Chromium.
//
// Running a zorgteam and closing it, as an IB would: presence, the situation, a decision with
// diacritics and an action with owner and due date, all typed with the keyboard; a reload in
// the middle of typing lands back on the same item and field with every keystroke there;
// then approval, read-only minutes with an addendum, and the minutes as PDF (text checked)
// and .docx. An anonymous item shows only its pseudonym. Every screen and dialog passes axe.
import type { Page } from '@playwright/test';
import { extractPdfText } from '../helpers/pdfText';
import { unzip } from '../unit/meetings/zip';
import { expect, expectNoAxeViolations, test } from './fixtures';
import {
  addCaseToAgenda,
  addPupilWithCase,
  openMeeting,
  planMeeting,
  recordNamedDiscussionConsent,
  savedBytes,
  typeActionByKeyboard,
  type Child,
} from './meetingSteps';
import { main } from './steps';
import { createVault, unlock } from './vault';

const ISA: Child = { firstName: 'Ïsa', lastName: 'de Jong', parent: 'Marieke de Jong' };
const SEM: Child = { firstName: 'Sem', lastName: 'Brouwer', parent: 'Karin Brouwer' };

const DECISION =
  'Besluit: één gesprek met ouders over zorgen rond Ïsa’s welbevinden; coördinatie bij de IB';
const SITUATION = 'Ïsa komt vaak te laat en is moe; moeder maakt zich zorgen.';

/** "Deelnemer toevoegen" on the planning screen, filled in by hand. */
async function addAttendee(
  page: Page,
  name: string,
  role: string,
  organisation: string,
): Promise<void> {
  await main(page).getByRole('button', { name: 'Deelnemer toevoegen' }).click();
  const person = page.getByRole('dialog', { name: 'Deelnemer toevoegen' });
  await person.getByRole('radio', { name: 'Zelf invullen' }).check();
  await person.getByRole('textbox', { name: 'Naam' }).fill(name);
  await person.getByRole('textbox', { name: 'Rol of functie' }).fill(role);
  if (organisation !== '')
    await person.getByRole('textbox', { name: /^Organisatie/ }).fill(organisation);
  await person.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(person).toBeHidden();
}

async function waitSaved(page: Page): Promise<void> {
  await expect(main(page).getByTestId('save-status')).toHaveText('Alles opgeslagen');
}

test('run a zorgteam by keyboard, resume after a reload, approve, addendum and the minutes as PDF and Word', async ({
  page,
}) => {
  test.setTimeout(540_000);
  await page.clock.setFixedTime(new Date('2026-12-01T15:00:00+01:00'));
  await createVault(page);

  await addPupilWithCase(page, ISA);
  await recordNamedDiscussionConsent(page);
  await addPupilWithCase(page, SEM);

  const meetingId = await planMeeting(page, {
    kind: 'zorgteam',
    date: '2026-12-01',
    startTime: '15:00',
    endTime: '16:30',
    place: 'Teamkamer',
  });
  await addAttendee(page, 'Anouk van den Berg', 'intern begeleider', '');
  await addAttendee(page, 'Pieter de Wit', 'schoolmaatschappelijk werker', 'Buurtteam Oost');
  await addCaseToAgenda(page, {
    pupilName: 'Ïsa de Jong',
    question: 'Hoe krijgen we Ïsa op tijd op school?',
    named: true,
  });
  await addCaseToAgenda(page, {
    pupilName: 'Sem Brouwer',
    question: 'Is dit niet-pluis?',
    named: false,
    bespreekdoel: 'niet-pluis',
  });
  await openMeeting(page, meetingId);

  // ---- Meeting mode of a planned meeting offers to start ------------------------------
  await page.evaluate((id) => (window.location.hash = `#/overleggen/${id}/vergadering`), meetingId);
  await expect(
    main(page).getByRole('heading', {
      level: 1,
      name: 'Vergadering: Zorgteam van 1 december 2026',
    }),
  ).toBeVisible();
  await main(page).getByRole('button', { name: 'Vergadering starten' }).click();
  const agenda = main(page).getByRole('navigation', { name: 'Agenda' });
  await expect(agenda.getByRole('button', { name: /Punt 1: Ïsa de Jong/ })).toHaveAttribute(
    'aria-current',
    'step',
  );
  await expect(agenda.getByRole('button', { name: /Punt 2: Leerling A/ })).toBeVisible();
  // The anonymous pupil's name is nowhere on the screen.
  await expect(main(page)).not.toContainText('Brouwer');
  await expect(main(page)).not.toContainText('Sem ');
  await expectNoAxeViolations(page);

  // ---- Presence, by keyboard ------------------------------------------------------------
  const anouk = main(page).getByRole('group', { name: 'Anouk van den Berg (intern begeleider)' });
  await anouk.getByRole('radio', { name: 'Aanwezig' }).focus();
  await page.keyboard.press('Space');
  await expect(anouk.getByRole('radio', { name: 'Aanwezig' })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  const pieter = main(page).getByRole('group', {
    name: 'Pieter de Wit (schoolmaatschappelijk werker)',
  });
  await expect(pieter.getByRole('radio', { name: 'Afwezig' })).toBeChecked();

  // ---- Situation, decision and action, by keyboard ------------------------------------
  await page.keyboard.press('Alt+S');
  await expect(main(page).getByRole('textbox', { name: 'Situatie' })).toBeFocused();
  await page.keyboard.type(SITUATION);
  await page.keyboard.press('Alt+B');
  const newDecision = main(page).getByRole('textbox', { name: 'Nieuw besluit' });
  await expect(newDecision).toBeFocused();
  await page.keyboard.type(DECISION);
  await page.keyboard.press('Enter');
  await expect(main(page).getByRole('textbox', { name: 'Besluit 1' })).toHaveValue(DECISION);
  await expect(newDecision).toBeFocused();
  await expect(newDecision).toHaveValue('');
  // Removing is undone in one step, by keyboard: focus moves to "Ongedaan maken" and back.
  await main(page).getByRole('button', { name: 'Besluit 1 verwijderen' }).focus();
  await page.keyboard.press('Enter');
  await expect(main(page).getByRole('button', { name: 'Ongedaan maken' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(main(page).getByRole('textbox', { name: 'Besluit 1' })).toBeFocused();
  await expect(main(page).getByRole('textbox', { name: 'Besluit 1' })).toHaveValue(DECISION);

  await page.keyboard.press('Alt+A');
  await typeActionByKeyboard(page, {
    what: 'Gesprek plannen met moeder',
    who: 'Anouk van den Berg',
    dueKeys: '12122026',
  });
  const action1 = main(page).getByRole('group', { name: 'Actie 1' });
  await expect(action1.getByRole('textbox', { name: 'Wat' })).toHaveValue(
    'Gesprek plannen met moeder',
  );
  await expect(action1.getByRole('combobox', { name: 'Wie' })).toHaveValue('Anouk van den Berg');
  await expect(action1.getByLabel('Wanneer (uiterlijk)')).toHaveValue('2026-12-12');
  const entry = main(page).getByRole('group', { name: 'Nieuwe actie' });
  await expect(entry.getByRole('textbox', { name: 'Wat' })).toBeFocused();
  await expect(entry.getByRole('textbox', { name: 'Wat' })).toHaveValue('');

  // The anonymous item: no partner actions, explained up front.
  await page.keyboard.press('Alt+PageDown');
  await expect(
    main(page).getByRole('heading', { level: 2, name: 'Punt 2: Leerling A' }),
  ).toBeFocused();
  await expect(
    main(page).getByText(
      /Bij een anoniem besproken leerling kan een actie alleen naar iemand van school/,
    ),
  ).toBeVisible();
  await expect(main(page)).not.toContainText('Brouwer');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Alt+PageUp');
  await expect(
    main(page).getByRole('heading', { level: 2, name: 'Punt 1: Ïsa de Jong' }),
  ).toBeFocused();

  // ---- Mid-typing: a half-typed decision, saved, then the page reloads -------------------
  await page.keyboard.press('Alt+B');
  await page.keyboard.type('Tweede besluit, nog niet af: ‘Zoë’ en café');
  await waitSaved(page);
  await page.reload();
  await unlock(page);
  await expect(
    main(page).getByRole('heading', {
      level: 1,
      name: 'Vergadering: Zorgteam van 1 december 2026',
    }),
  ).toBeVisible();
  await expect(main(page).getByText('Je bent verder gegaan waar je was.')).toBeVisible();
  await expect(main(page).getByRole('textbox', { name: 'Nieuw besluit' })).toBeFocused();
  await expect(main(page).getByRole('textbox', { name: 'Nieuw besluit' })).toHaveValue(
    'Tweede besluit, nog niet af: ‘Zoë’ en café',
  );
  await expect(main(page).getByRole('textbox', { name: 'Situatie' })).toHaveValue(SITUATION);
  await expect(main(page).getByRole('textbox', { name: 'Besluit 1' })).toHaveValue(DECISION);
  await expect(
    main(page).getByRole('group', { name: 'Actie 1' }).getByRole('textbox', { name: 'Wat' }),
  ).toHaveValue('Gesprek plannen met moeder');
  await expect(anouk.getByRole('radio', { name: 'Aanwezig' })).toBeChecked();
  // The half-typed decision is not wanted after all.
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await waitSaved(page);

  // Closed somewhere else in the app: the next unlock brings the user back to the meeting.
  await page.evaluate(() => (window.location.hash = '#/overzicht'));
  await expect(main(page).getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();
  await page.reload();
  await unlock(page);
  await expect(
    main(page).getByRole('heading', {
      level: 1,
      name: 'Vergadering: Zorgteam van 1 december 2026',
    }),
  ).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/overleggen/${meetingId}/vergadering$`));
  await expect(main(page).getByText('Je bent verder gegaan waar je was.')).toBeVisible();
  await expect(main(page).getByRole('textbox', { name: 'Nieuw besluit' })).toHaveValue('');
  await expect(main(page).getByRole('textbox', { name: 'Besluit 1' })).toHaveValue(DECISION);

  // Locking straight after typing (no time for the autosave delay): the lock writes it first.
  await main(page).getByRole('textbox', { name: 'Besproken' }).focus();
  await page.keyboard.type('Moeder belt zelf de huisarts.');
  await page.keyboard.press('Control+Shift+L');
  await unlock(page);
  await expect(main(page).getByRole('textbox', { name: 'Besproken' })).toHaveValue(
    'Moeder belt zelf de huisarts.',
  );
  await expect(main(page).getByRole('textbox', { name: 'Besproken' })).toBeFocused();

  // Everyone's presence is recorded, so "Iedereen aanwezig" has nothing left to do.
  await expect(main(page).getByRole('button', { name: 'Iedereen aanwezig' })).toBeDisabled();
  await waitSaved(page);
  await main(page).getByRole('button', { name: 'Vergadering afsluiten en naar afronden' }).click();

  // ---- Afronden ---------------------------------------------------------------------------
  await expect(
    main(page).getByRole('heading', { level: 1, name: 'Afronden: Zorgteam van 1 december 2026' }),
  ).toBeVisible();
  await expect(
    main(page).getByText('Alles is compleet. U kunt de notulen vaststellen.'),
  ).toBeVisible();
  await expect(main(page)).not.toContainText('Brouwer');
  await expectNoAxeViolations(page);

  // An action added here without owner and date blocks approval; the link goes to the field.
  const entryOnMinutes = main(page)
    .getByRole('region', { name: 'Punt 1: Ïsa de Jong' })
    .getByRole('group', { name: 'Nieuwe actie' });
  await entryOnMinutes
    .getByRole('textbox', { name: 'Wat' })
    .fill('Verslag sturen naar de jeugdarts');
  await entryOnMinutes.getByRole('textbox', { name: 'Wat' }).press('Enter');
  await expect(
    main(page).getByText(
      'Ïsa de Jong: Bij een actie ontbreekt nog: wie het doet, wanneer. Vul dit aan.',
    ),
  ).toBeVisible();
  await expect(main(page).getByRole('button', { name: 'Notulen vaststellen' })).toBeDisabled();
  await main(page).getByRole('button', { name: 'Naar dit punt' }).click();
  await expect(
    main(page).getByRole('heading', {
      level: 1,
      name: 'Vergadering: Zorgteam van 1 december 2026',
    }),
  ).toBeVisible();
  const action2 = main(page).getByRole('group', { name: 'Actie 2' });
  await expect(action2.getByRole('combobox', { name: 'Wie' })).toBeFocused();
  await page.keyboard.type('Pieter de Wit');
  await expect(action2.getByRole('textbox', { name: 'Organisatie' })).toHaveValue('Buurtteam Oost');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(action2.getByLabel('Wanneer (uiterlijk)')).toBeFocused();
  await page.keyboard.type('12122026');
  await expect(action2.getByLabel('Wanneer (uiterlijk)')).toHaveValue('2026-12-12');
  // The attendee's organisation only suggests "Werkt bij": the user applies it (issue 21).
  await expect(action2.getByRole('combobox', { name: 'Werkt bij' })).toHaveValue('school');
  await expect(
    action2.getByText(
      'Voorstel: partnerorganisatie, want ‘Buurtteam Oost’ is niet de naam van uw school.',
    ),
  ).toBeVisible();
  await action2.getByRole('button', { name: 'Voorstel overnemen: partnerorganisatie' }).click();
  await expect(action2.getByRole('combobox', { name: 'Werkt bij' })).toHaveValue('partner');
  await expect(action2.getByRole('button', { name: /Voorstel overnemen/ })).toHaveCount(0);
  await waitSaved(page);
  await main(page).getByRole('button', { name: 'Vergadering afsluiten en naar afronden' }).click();
  await expect(
    main(page).getByText('Alles is compleet. U kunt de notulen vaststellen.'),
  ).toBeVisible();
  // Alt+V instead of tabbing through the whole minutes (issue 21); the button says so.
  await expect(main(page).getByRole('button', { name: 'Notulen vaststellen' })).toHaveAttribute(
    'aria-keyshortcuts',
    'Alt+V',
  );
  await page.keyboard.press('Alt+V');
  const confirm = page.getByRole('dialog', { name: 'Notulen vaststellen?' });
  await expect(confirm).toBeVisible();
  await expectNoAxeViolations(page);
  await confirm.getByRole('button', { name: 'Vaststellen' }).click();
  await expect(confirm).toBeHidden();
  // Focus lands on the approval, a polite status (not an alert), instead of the page body.
  const approved = main(page)
    .getByRole('status')
    .filter({ hasText: 'Vastgesteld op 1 december 2026 door Anouk van den Berg.' });
  await expect(approved).toBeFocused();
  await expect(main(page).getByRole('alert').filter({ hasText: 'Vastgesteld op' })).toHaveCount(0);
  // Read-only: no input fields left, except the name corrections of an anonymous item, which
  // stay because outputs can still be made from approved minutes (docs/meetings.md).
  const corrections = main(page)
    .getByRole('group', { name: 'Vervangen namen controleren' })
    .getByRole('textbox');
  await expect(corrections).toHaveCount(1);
  await expect(main(page).getByRole('textbox')).toHaveCount(1);
  await expect(main(page).getByText(DECISION)).toBeVisible();
  await expect(
    main(page)
      .getByText(/Terugkoppeling aan ouders over de bespreking/)
      .first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // ---- Addendum ---------------------------------------------------------------------------
  await main(page).getByRole('button', { name: 'Addendum toevoegen' }).click();
  const addendum = page.getByRole('dialog', { name: 'Addendum toevoegen' });
  await expect(addendum.getByRole('textbox', { name: 'Auteur' })).toHaveValue('Anouk van den Berg');
  await expectNoAxeViolations(page);
  await addendum
    .getByRole('textbox', { name: 'Tekst van de aanvulling' })
    .fill('Correctie: het gesprek wordt vóór de kerstvakantie gepland.');
  await addendum.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(addendum).toBeHidden();
  await expect(main(page).getByText('1 december 2026, Anouk van den Berg')).toBeVisible();
  await expect(
    main(page).getByText('Correctie: het gesprek wordt vóór de kerstvakantie gepland.'),
  ).toBeVisible();

  // ---- Output -----------------------------------------------------------------------------
  const pdf = await savedBytes(page.waitForEvent('download'), () =>
    main(page).getByRole('button', { name: 'Notulen (PDF)' }).click(),
  );
  expect(pdf.name).toBe('notulen-zorgteam-2026-12-01.pdf');
  const text = (await extractPdfText(pdf.bytes)).text.replace(/\s+/g, ' ');
  expect(text).toContain('één gesprek met ouders over zorgen rond Ïsa’s welbevinden');
  expect(text).toContain('coördinatie bij de IB');
  expect(text).not.toContain('Brouwer');
  const docx = await savedBytes(page.waitForEvent('download'), () =>
    main(page).getByRole('button', { name: 'Notulen (Word)' }).click(),
  );
  expect(docx.name).toBe('notulen-zorgteam-2026-12-01.docx');
  const files = unzip(docx.bytes);
  expect(Object.keys(files)).toContain('word/document.xml');
  expect(new TextDecoder().decode(files['word/document.xml'])).toContain('coördinatie bij de IB');

  // The parents' summary of the child discussed by name (issue 18): the discussion and the
  // decision for the parents, never the team's situation text or the anonymous pupil.
  const summary = await savedBytes(page.waitForEvent('download'), () =>
    main(page)
      .getByRole('button', { name: 'Samenvatting voor ouders van Ïsa de Jong (PDF)' })
      .click(),
  );
  expect(summary.name).toBe('samenvatting-ouders-2026-12-01.pdf');
  const summaryText = (await extractPdfText(summary.bytes)).text.replace(/\s+/g, ' ');
  expect(summaryText).toContain('Samenvatting voor ouders');
  expect(summaryText).toContain('Moeder belt zelf de huisarts.');
  expect(summaryText).toContain('coördinatie bij de IB');
  expect(summaryText).toContain('Verslag sturen naar de jeugdarts');
  expect(summaryText).toContain('Neem contact op met');
  expect(summaryText).not.toContain(SITUATION);
  expect(summaryText).not.toContain('Sem');
  expect(summaryText).not.toContain('Leerling A');

  // Meeting mode of approved minutes points to afronden.
  await page.evaluate((id) => (window.location.hash = `#/overleggen/${id}/vergadering`), meetingId);
  await expect(
    main(page).getByRole('heading', { level: 2, name: 'De notulen zijn al vastgesteld' }),
  ).toBeVisible();
});

test('a ZAT with an anonymous pupil: no partner actions, no feedback with a reason, and the process evaluation', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.clock.setFixedTime(new Date('2026-12-01T15:00:00+01:00'));
  await createVault(page);
  await addPupilWithCase(page, SEM);
  const meetingId = await planMeeting(page, {
    kind: 'zat',
    date: '2026-12-01',
    startTime: '15:00',
    endTime: '17:00',
    place: 'Gemeentehuis',
  });
  await addAttendee(page, 'Pieter de Wit', 'schoolmaatschappelijk werker', 'Buurtteam Oost');
  await addCaseToAgenda(page, {
    pupilName: 'Sem Brouwer',
    question: 'Wat is er aan de hand?',
    named: false,
    bespreekdoel: 'niet-pluis',
  });

  await page.evaluate((id) => (window.location.hash = `#/overleggen/${id}/vergadering`), meetingId);
  await main(page).getByRole('button', { name: 'Vergadering starten' }).click();
  const agenda = main(page).getByRole('navigation', { name: 'Agenda' });
  await expect(agenda.getByRole('button', { name: /Punt 1: Leerling A/ })).toBeVisible();
  await expect(agenda.getByRole('button', { name: /Procesevaluatie/ })).toBeVisible();
  await expect(main(page)).not.toContainText('Brouwer');
  await main(page)
    .getByRole('group', { name: 'Pieter de Wit (schoolmaatschappelijk werker)' })
    .getByRole('radio', { name: 'Aanwezig' })
    .check();

  // A partner cannot get an action for an anonymous pupil; the school can.
  await page.keyboard.press('Alt+A');
  await page.keyboard.type('Observatie in de klas');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Pieter de Wit');
  const entry = main(page).getByRole('group', { name: 'Nieuwe actie' });
  await expect(entry.getByRole('textbox', { name: 'Organisatie' })).toHaveValue('Buurtteam Oost');
  // "Werkt bij" is not changed behind the user; the suggestion says why a partner cannot have it.
  await expect(entry.getByRole('combobox', { name: 'Werkt bij' })).toHaveValue('school');
  await expect(
    entry.getByText(
      '‘Buurtteam Oost’ is niet de naam van uw school. Bij een anoniem besproken leerling kan een actie alleen naar iemand van school.',
    ),
  ).toBeVisible();
  await expect(entry.getByRole('button', { name: /Voorstel overnemen/ })).toHaveCount(0);
  await entry.getByRole('combobox', { name: 'Wie' }).fill('Anouk van den Berg');
  await entry.getByRole('textbox', { name: 'Organisatie' }).fill('');
  await entry.getByLabel('Wanneer (uiterlijk)').fill('2026-12-12');
  await entry.getByRole('textbox', { name: 'Wat' }).press('Enter');
  await expect(
    main(page).getByRole('group', { name: 'Actie 1' }).getByRole('textbox', { name: 'Wat' }),
  ).toHaveValue('Observatie in de klas');

  // No feedback to the parents, with the reason: then no feedback task.
  await main(page).getByRole('radio', { name: 'Nee' }).check();
  await main(page)
    .getByRole('textbox', { name: 'Waarom niet?' })
    .fill('Ouders zijn al op de hoogte via de wijkcoach.');
  await expect(
    main(page).getByText(
      'Er komt geen taak voor terugkoppeling: het team heeft vastgelegd waarom niet.',
    ),
  ).toBeVisible();

  // The closing process evaluation.
  await page.keyboard.press('Alt+PageDown');
  await expect(
    main(page).getByRole('heading', { level: 2, name: 'Procesevaluatie' }),
  ).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Korte, duidelijke ronde.');
  await expectNoAxeViolations(page);
  await waitSaved(page);
  await main(page).getByRole('button', { name: 'Vergadering afsluiten en naar afronden' }).click();

  await expect(
    main(page).getByText('Alles is compleet. U kunt de notulen vaststellen.'),
  ).toBeVisible();
  await main(page).getByRole('button', { name: 'Notulen vaststellen' }).click();
  await page
    .getByRole('dialog', { name: 'Notulen vaststellen?' })
    .getByRole('button', { name: 'Vaststellen' })
    .click();
  await expect(
    main(page).getByText('Nee: Ouders zijn al op de hoogte via de wijkcoach.'),
  ).toBeVisible();
  await expect(main(page).getByText('Korte, duidelijke ronde.')).toBeVisible();
  await expect(main(page).getByText(/Terugkoppeling aan ouders over de bespreking/)).toHaveCount(0);
  await expect(main(page)).not.toContainText('Brouwer');
  await expectNoAxeViolations(page);
});
