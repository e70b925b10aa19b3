// Runs in: Node (Playwright test runner), driving Chromium.
//
// Planning a zorgteam as an IB would: three pupils with an open case, two with consent to be
// discussed by name and one without, who is forced anonymous and whose name appears nowhere
// on the meeting screen or in the agenda PDF. The agenda is reordered by keyboard, saved as
// PDF and Word, the invitation as .ics (parsed as iCalendar, no names) and as e-mail text.
// Every screen and dialog passes axe.
import { unzipSync, strFromU8 } from 'fflate';
import ICAL from 'ical.js';
import { extractPdfText } from '../helpers/pdfText';
import { expect, expectNoAxeViolations, test } from './fixtures';
import {
  addCaseToAgenda,
  addPupilWithCase,
  openMeeting,
  openMeetings,
  planMeeting,
  recordNamedDiscussionConsent,
  savedBytes,
  type Child,
} from './meetingSteps';
import { main } from './steps';
import { createVault } from './vault';

const DAAN: Child = { firstName: 'Daan', lastName: 'Visser', parent: 'Ellen Visser' };
const NOOR: Child = { firstName: 'Noor', lastName: 'Çelik', parent: 'Ayşe Çelik' };
const SEM: Child = { firstName: 'Sem', lastName: 'Brouwer', parent: 'Karin Brouwer' };

test('plan a zorgteam with three cases, one forced anonymous, and its output', async ({ page }) => {
  test.setTimeout(480_000);
  await page.clock.setFixedTime(new Date('2026-11-22T10:00:00+01:00'));
  await createVault(page);

  await addPupilWithCase(page, DAAN);
  await recordNamedDiscussionConsent(page, { driehoeksoverleg: true });
  await addPupilWithCase(page, NOOR);
  await recordNamedDiscussionConsent(page);
  await addPupilWithCase(page, SEM);

  // ---- The list, empty -------------------------------------------------------------
  await openMeetings(page);
  await expect(
    main(page).getByRole('heading', { level: 2, name: 'Nog geen overleggen gepland' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // The new-meeting dialog checks its fields.
  await main(page).getByRole('button', { name: 'Nieuw overleg' }).click();
  const form = page.getByRole('dialog', { name: 'Nieuw overleg' });
  await expect(form.getByLabel('Datum')).toBeFocused();
  await expect(form.getByLabel('Eindtijd')).toHaveValue('15:30');
  await form.getByLabel('Begintijd').fill('16:00');
  await form.getByLabel('Eindtijd').fill('15:00');
  await form.getByRole('button', { name: 'Overleg aanmaken' }).click();
  await expect(form.getByText('Vul de datum van het overleg in.')).toBeVisible();
  await expect(form.getByText('De eindtijd moet na de begintijd liggen.')).toBeVisible();
  await expect(form.getByLabel('Datum')).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();

  // ---- Plan it and fill the agenda ---------------------------------------------------
  const meetingId = await planMeeting(page, {
    kind: 'zorgteam',
    date: '2026-12-01',
    startTime: '14:00',
    endTime: '15:30',
    place: 'Teamkamer',
  });
  await expect(main(page).getByRole('heading', { level: 1 })).toHaveText(
    'Zorgteam, dinsdag 1 december 2026',
  );
  await expect(main(page).getByTestId('meeting-status').first()).toHaveText('Concept');
  await expectNoAxeViolations(page);

  await addCaseToAgenda(page, {
    pupilName: 'Daan Visser',
    bespreekdoel: 'niet-pluis',
    question: 'Hoe helpen we Daan in de klas?',
    named: true,
  });
  await addCaseToAgenda(page, {
    pupilName: 'Noor Çelik',
    question: 'Is aanmelding bij het wijkteam nodig?',
    named: true,
  });

  // Sem has no consent: the dialog forces "zonder naam" and says why.
  await main(page).getByRole('button', { name: 'Casus toevoegen' }).click();
  const add = page.getByRole('dialog', { name: 'Casus toevoegen' });
  await add.getByRole('combobox', { name: 'Leerling' }).fill('Sem');
  await page.getByRole('option', { name: /^Sem Brouwer/ }).click();
  await expect(add.getByRole('radio', { name: 'Op naam bespreken' })).toBeDisabled();
  await expect(add.getByRole('radio', { name: 'Zonder naam bespreken' })).toBeChecked();
  await expect(add.getByText('Er is geen toestemming voor „Bespreken met naam”.')).toBeVisible();
  await expect(add.getByRole('link', { name: /toestemming vast te leggen/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await add.getByRole('textbox', { name: 'Vraag aan het team' }).fill('Wat kan school nog doen?');
  await add.getByRole('button', { name: 'Toevoegen aan de agenda' }).click();
  await expect(add).toBeHidden();

  const items = main(page).getByTestId('agenda-item');
  await expect(items).toHaveCount(3);
  await expect(items.nth(2).getByRole('heading', { level: 3 })).toHaveText('3. Leerling A');
  await expect(items.nth(2)).toBeFocused();
  await expect(
    items.nth(2).getByText('Dit punt wordt zonder naam besproken', { exact: false }),
  ).toBeVisible();
  // The schedule: opening 5 + terugblik 5 minutes, then 15 per case.
  await expect(items.nth(0).getByText('14:10 – 14:25')).toBeVisible();
  const screenText = await main(page).innerText();
  expect(screenText).not.toContain('Sem');
  expect(screenText).not.toContain('Brouwer');
  await expectNoAxeViolations(page);

  // ---- Keyboard reorder --------------------------------------------------------------
  await items.nth(2).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(
    main(page).getByRole('status').filter({ hasText: 'Leerling A staat nu op plaats 2 van 3.' }),
  ).toBeAttached();
  await expect(items.nth(1).getByRole('heading', { level: 3 })).toHaveText('2. Leerling A');
  await expect(items.nth(1)).toBeFocused();
  await main(page).getByRole('button', { name: 'Daan Visser omlaag' }).click();
  await expect(items.nth(0).getByRole('heading', { level: 3 })).toHaveText('1. Leerling A');
  await expect(items.nth(1).getByRole('heading', { level: 3 })).toHaveText('2. Daan Visser');

  // ---- Output ------------------------------------------------------------------------
  const output = main(page).getByRole('region', { name: 'Stukken en uitnodiging' });
  const agendaPdf = await savedBytes(page.waitForEvent('download'), () =>
    output.getByRole('button', { name: 'Agenda (PDF)' }).click(),
  );
  expect(agendaPdf.name).toBe('agenda-zorgteam-2026-12-01.pdf');
  await expect(output.getByText('Opgeslagen als agenda-zorgteam-2026-12-01.pdf.')).toBeVisible();
  const agendaText = (await extractPdfText(agendaPdf.bytes)).text.replace(/\s+/g, ' ');
  expect(agendaText).toContain('Agenda Zorgteam');
  expect(agendaText).toContain('Leerling A');
  expect(agendaText).toContain('Daan Visser');
  expect(agendaText).toContain('Noor Çelik');
  expect(agendaText).toContain('Teamkamer');
  expect(agendaText).not.toContain('Sem');
  expect(agendaText).not.toContain('Brouwer');

  const docx = await savedBytes(page.waitForEvent('download'), () =>
    output.getByRole('button', { name: 'Agenda (Word)' }).click(),
  );
  expect(docx.name).toBe('agenda-zorgteam-2026-12-01.docx');
  const zip = unzipSync(docx.bytes);
  expect(Object.keys(zip)).toContain('[Content_Types].xml');
  const documentXml = zip['word/document.xml'];
  expect(documentXml).toBeDefined();
  const wordText = strFromU8(documentXml ?? new Uint8Array());
  expect(wordText).toContain('Leerling A');
  expect(wordText).not.toContain('Brouwer');

  const ics = await savedBytes(page.waitForEvent('download'), () =>
    output.getByRole('button', { name: 'Uitnodiging (.ics)' }).click(),
  );
  expect(ics.name).toBe('uitnodiging-zorgteam-2026-12-01.ics');
  const icsText = new TextDecoder().decode(ics.bytes);
  const calendar = ICAL.Component.fromString(icsText);
  const event = calendar.getFirstSubcomponent('vevent');
  expect(event).not.toBeNull();
  expect(event?.getFirstPropertyValue('summary')).toBe('Zorgteam');
  expect(event?.getFirstPropertyValue('location')).toBe('Teamkamer');
  expect(String(event?.getFirstPropertyValue('dtstart'))).toContain('2026-12-01T14:00:00');
  for (const name of [
    'Daan',
    'Visser',
    'Noor',
    'Çelik',
    'Sem',
    'Brouwer',
    'Ellen',
    'Ayşe',
    'Karin',
  ])
    expect(icsText).not.toContain(name);

  await output.getByRole('button', { name: 'E-mailtekst' }).click();
  const mail = page.getByRole('dialog', { name: 'E-mailtekst voor de uitnodiging' });
  await expect(mail.getByRole('textbox', { name: 'Onderwerp' })).toHaveValue(
    'Uitnodiging zorgteam dinsdag 1 december 2026, 14:00-15:30 uur',
  );
  await expect(mail.getByRole('textbox', { name: 'Tekst' })).not.toHaveValue(/Daan|Noor|Sem/);
  await expectNoAxeViolations(page);
  const text = await savedBytes(page.waitForEvent('download'), () =>
    mail.getByRole('button', { name: 'Opslaan als tekstbestand' }).click(),
  );
  expect(text.name).toBe('uitnodiging-zorgteam-2026-12-01.txt');
  await page.keyboard.press('Escape');
  await expect(mail).toBeHidden();

  // The place must not name a pupil's family: the invitation is refused with a way out.
  await main(page).getByRole('button', { name: 'Datum, tijd en plaats wijzigen' }).click();
  const details = page.getByRole('dialog', { name: 'Datum, tijd en plaats wijzigen' });
  await expectNoAxeViolations(page);
  await details.getByRole('textbox', { name: 'Plaats' }).fill('Bij familie Brouwer thuis');
  await details.getByRole('button', { name: 'Opslaan' }).click();
  await expect(details).toBeHidden();
  await output.getByRole('button', { name: 'Uitnodiging (.ics)' }).click();
  await expect(
    output.getByText('De plaats noemt een leerling of ouder van de agenda.', { exact: false }),
  ).toBeVisible();
  await main(page).getByRole('button', { name: 'Datum, tijd en plaats wijzigen' }).click();
  await details.getByRole('textbox', { name: 'Plaats' }).fill('Teamkamer');
  await details.getByRole('button', { name: 'Opslaan' }).click();
  await expect(details).toBeHidden();

  // A preparation sheet for a named item: the summary of the formal case file.
  const sheet = await savedBytes(page.waitForEvent('download'), () =>
    items.nth(1).getByRole('button', { name: 'Voorbereidingsblad (PDF)' }).click(),
  );
  expect(sheet.name).toBe('voorbereiding-zorgteam-2026-12-01-punt-2.pdf');
  expect((await extractPdfText(sheet.bytes)).text.replace(/\s+/g, ' ')).toContain('Daan Visser');

  // ---- Attendees ---------------------------------------------------------------------
  const planning = main(page).getByRole('region', { name: 'Planning' });
  await expect(planning.getByText('Voor deze rollen staat nog niemand op de lijst:')).toBeVisible();
  await planning.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
  const person = page.getByRole('dialog', { name: 'Deelnemer toevoegen' });
  await person.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(person.getByText('Vul de naam van de deelnemer in.')).toBeVisible();
  await expectNoAxeViolations(page);
  await person.getByRole('textbox', { name: 'Naam' }).fill('Anouk van den Berg');
  await person.getByRole('textbox', { name: 'Rol of functie' }).fill('intern begeleider');
  await person.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(person).toBeHidden();
  await expect(planning.getByText('Anouk van den Berg', { exact: true })).toBeVisible();
  await planning.getByRole('combobox', { name: 'Aanwezigheid van Anouk van den Berg' }).click();
  await page.getByRole('option', { name: 'Aanwezig' }).click();
  await expect(
    planning.getByRole('combobox', { name: 'Aanwezigheid van Anouk van den Berg' }),
  ).toHaveText('Aanwezig');
  await planning
    .getByRole('button', { name: 'Anouk van den Berg van de deelnemerslijst halen' })
    .click();
  await expect(page.getByRole('dialog', { name: 'Deelnemer verwijderen?' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page
    .getByRole('dialog', { name: 'Deelnemer verwijderen?' })
    .getByRole('button', { name: 'Verwijderen' })
    .click();
  await expect(planning.getByText('Anouk van den Berg', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(planning.getByText('Anouk van den Berg', { exact: true })).toBeVisible();

  // ---- Status and the list ----------------------------------------------------------
  await main(page).getByRole('button', { name: 'Plannen', exact: true }).click();
  await expect(main(page).getByTestId('meeting-status').first()).toHaveText('Gepland');
  await expect(main(page).getByRole('button', { name: 'Vergadering starten' })).toBeVisible();
  expect(await main(page).innerText()).not.toContain('Brouwer');
  await expectNoAxeViolations(page);

  await openMeetings(page);
  const upcoming = main(page).getByRole('region', { name: 'Gepland' });
  await expect(
    upcoming.getByRole('link', { name: 'Zorgteam, dinsdag 1 december 2026' }),
  ).toBeVisible();
  await expect(
    upcoming.getByText('14:00–15:30 uur · Teamkamer · 3 leerlingen op de agenda'),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await openMeeting(page, meetingId);
  await expect(items).toHaveCount(3);

  // ---- Edit an item, drag and drop, print --------------------------------------------
  await items.nth(1).getByRole('button', { name: 'Daan Visser bewerken' }).click();
  const edit = page.getByRole('dialog', { name: 'Agendapunt bewerken: Daan Visser' });
  await expectNoAxeViolations(page);
  await edit.getByRole('spinbutton', { name: 'Tijd voor dit punt (minuten)' }).fill('0');
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(edit.getByText('Vul een aantal minuten in tussen 1 en 240.')).toBeVisible();
  await edit.getByRole('spinbutton', { name: 'Tijd voor dit punt (minuten)' }).fill('60');
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(edit).toBeHidden();
  await expect(items.nth(1).getByText('60 minuten')).toBeVisible();
  await expect(
    main(page).getByRole('alert').filter({ hasText: 'De agenda loopt 15 minuten uit' }),
  ).toBeVisible();

  await items.nth(2).dragTo(items.nth(0));
  await expect(items.nth(0).getByRole('heading', { level: 3 })).toHaveText('1. Noor Çelik');
  await expect(items.nth(1).getByRole('heading', { level: 3 })).toHaveText('2. Leerling A');

  await page.evaluate(() => {
    window.print = () => {
      document.body.dataset.printed = 'yes';
    };
  });
  await output.getByRole('button', { name: 'Afdrukken' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');

  // ---- Consent recorded later: the anonymous item can be discussed by name -----------
  await items
    .nth(1)
    .getByRole('link', { name: 'Toestemming vastleggen in het zorgdossier van Leerling A' })
    .click();
  await expect(
    main(page).getByRole('heading', { level: 1, name: 'Zorgdossier Sem Brouwer' }),
  ).toBeVisible();
  await recordNamedDiscussionConsent(page);
  await openMeeting(page, meetingId);
  await expect(
    items.nth(1).getByText('Er is nu toestemming om op naam te bespreken.', { exact: false }),
  ).toBeVisible();
  await items.nth(1).getByRole('button', { name: 'Op naam bespreken' }).click();
  await expect(items.nth(1).getByRole('heading', { level: 3 })).toHaveText('2. Sem Brouwer');

  // ---- A driehoeksoverleg: one pupil, and the parents join the attendees --------------
  await planMeeting(page, {
    kind: 'driehoeksoverleg',
    date: '2026-12-03',
    startTime: '08:30',
    endTime: '09:30',
    place: 'Kamer van de IB',
  });
  await expect(
    main(page).getByText('ouders of verzorgers met gezag', { exact: false }),
  ).toBeVisible();
  await addCaseToAgenda(page, {
    pupilName: 'Daan Visser',
    bespreekdoel: 'verwijzing-verwacht',
    question: 'Welke hulp past bij Daan?',
    named: true,
  });
  await expect(
    main(page).getByRole('region', { name: 'Planning' }).getByText('Ellen Visser', { exact: true }),
  ).toBeVisible();
  await expect(main(page).getByRole('button', { name: 'Casus toevoegen' })).toBeDisabled();
  await expect(
    main(page).getByText('Bij dit soort overleg staat er één leerling op de agenda.', {
      exact: false,
    }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // Taking the case off asks first; then another can go on.
  await main(page).getByRole('button', { name: 'Daan Visser van de agenda halen' }).click();
  const remove = page.getByRole('dialog', { name: 'Van de agenda halen?' });
  await expectNoAxeViolations(page);
  await remove.getByRole('button', { name: 'Annuleren' }).click();
  await expect(items).toHaveCount(1);
  await main(page).getByRole('button', { name: 'Daan Visser van de agenda halen' }).click();
  await remove.getByRole('button', { name: 'Van de agenda halen' }).click();
  await expect(remove).toBeHidden();
  await expect(items).toHaveCount(0);
  await expect(main(page).getByText('Nog geen leerlingen op de agenda')).toBeVisible();
  await addCaseToAgenda(page, {
    pupilName: 'Daan Visser',
    question: 'Welke hulp past bij Daan?',
    named: true,
  });

  // Starting the meeting plans it and opens meeting mode; back on planning it can be continued.
  const driehoeksId = /#\/overleggen\/([A-Za-z0-9_-]+)$/.exec(page.url())?.[1] ?? '';
  await main(page).getByRole('button', { name: 'Vergadering starten' }).click();
  await expect(page).toHaveURL(new RegExp(`#/overleggen/${driehoeksId}/vergadering$`));
  await openMeeting(page, driehoeksId);
  await expect(main(page).getByTestId('meeting-status').first()).toHaveText('Bezig');
  await expect(main(page).getByRole('link', { name: 'Verder met vergadering' })).toBeVisible();
});

test('a next evaluation agreed in a meeting proposes the case for the meeting on that date', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-12-01T15:00:00+01:00'));
  await createVault(page);
  await addPupilWithCase(page, SEM);
  const held = await planMeeting(page, {
    kind: 'zorgteam',
    date: '2026-12-01',
    startTime: '15:00',
    endTime: '16:00',
    place: 'Teamkamer',
  });
  await addCaseToAgenda(page, { pupilName: 'Sem Brouwer', question: 'Hoe verder?', named: false });
  await page.evaluate((id) => (window.location.hash = `#/overleggen/${id}/vergadering`), held);
  await main(page).getByRole('button', { name: 'Vergadering starten' }).click();
  await main(page).getByLabel('Volgende evaluatie').fill('2026-12-14');
  await expect(main(page).getByTestId('save-status')).toHaveText('Alles opgeslagen');

  // A meeting before that date proposes nothing; the one on it proposes Sem, to add in one click.
  await planMeeting(page, {
    kind: 'zorgteam',
    date: '2026-12-08',
    startTime: '15:00',
    endTime: '16:00',
    place: 'Teamkamer',
  });
  await expect(
    main(page).getByRole('heading', { name: 'Voorgesteld voor dit overleg' }),
  ).toHaveCount(0);
  await planMeeting(page, {
    kind: 'zorgteam',
    date: '2026-12-14',
    startTime: '15:00',
    endTime: '16:00',
    place: 'Teamkamer',
  });
  const proposals = main(page).getByRole('region', { name: 'Voorgesteld voor dit overleg' });
  await expect(proposals).toContainText('Sem Brouwer: volgende evaluatie 14 december 2026');
  await expectNoAxeViolations(page);
  await proposals.getByRole('button', { name: 'Sem Brouwer op de agenda zetten' }).click();
  const item = main(page).getByTestId('agenda-item');
  await expect(item).toHaveCount(1);
  // Without consent to discuss by name, the item is anonymous as in "Casus toevoegen".
  await expect(item).toContainText('Leerling A');
  await expect(item).toBeFocused();
  await expect(proposals).toHaveCount(0);
});
