// Runs in: Node (Playwright test runner), driving Chromium.
// READY
//
// Steps that the meeting specs share: a pupil with a case and consent, plan a meeting from
// anywhere, put a case on its agenda, open a meeting by id, read a saved file. Written once so that a change
// in those screens is mended in one place. The signatures stay stable.
import { readFile } from 'node:fs/promises';
import { expect, type Download, type Page } from '@playwright/test';
import { consentGivenByAll, dialog, go, main, openTab } from './steps';

export type MeetingKindId = 'zorgteam' | 'zat' | 'driehoeksoverleg';
export type BespreekdoelId =
  'informatie-advies' | 'niet-pluis' | 'verwijzing-verwacht' | 'aanmelding';

const KIND_LABELS: Readonly<Record<MeetingKindId, string>> = {
  zorgteam: 'Zorgteam',
  zat: 'ZAT (zorg- en adviesteam)',
  driehoeksoverleg: 'Driehoeksoverleg',
};

const BESPREEKDOEL_LABELS: Readonly<Record<BespreekdoelId, string>> = {
  'informatie-advies': 'Informatie, advies of consultatie voor school',
  'niet-pluis': 'Consultatie bij een niet-pluisgevoel of signalen die nog niet duidelijk zijn',
  'verwijzing-verwacht': 'Consultatie bij signalen die vrijwel zeker tot een verwijzing leiden',
  aanmelding: 'Aanmelding voor ondersteuning of geïndiceerde zorg',
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface PlannedMeeting {
  readonly kind: MeetingKindId;
  /** 'YYYY-MM-DD' */
  readonly date: string;
  /** 'HH:MM' */
  readonly startTime: string;
  /** 'HH:MM' */
  readonly endTime: string;
  readonly place: string;
}

/** Opens Overleggen without a reload (a reload would lock the vault). */
export async function openMeetings(page: Page): Promise<void> {
  await page.evaluate(() => (window.location.hash = '#/overleggen'));
  await expect(main(page).getByRole('heading', { level: 1 })).toHaveText('Overleggen');
}

/** From any screen: goes to Overleggen, creates the meeting and lands on its planning screen. Returns the meeting id. */
export async function planMeeting(page: Page, meeting: PlannedMeeting): Promise<string> {
  await openMeetings(page);
  await main(page).getByRole('button', { name: 'Nieuw overleg' }).first().click();
  const form = page.getByRole('dialog', { name: 'Nieuw overleg' });
  await form
    .getByRole('radio', { name: new RegExp(`^${escapeRegExp(KIND_LABELS[meeting.kind])}`) })
    .check();
  await form.getByLabel('Datum').fill(meeting.date);
  await form.getByLabel('Begintijd').fill(meeting.startTime);
  await form.getByLabel('Eindtijd').fill(meeting.endTime);
  await form.getByRole('textbox', { name: 'Plaats' }).fill(meeting.place);
  await form.getByRole('button', { name: 'Overleg aanmaken' }).click();
  await expect(form).toBeHidden();
  await expect(page).toHaveURL(/#\/overleggen\/[A-Za-z0-9_-]+$/);
  await expect(main(page).getByRole('heading', { level: 1 })).toContainText(
    KIND_LABELS[meeting.kind],
  );
  const id = /#\/overleggen\/([A-Za-z0-9_-]+)$/.exec(page.url())?.[1];
  if (id === undefined) throw new Error('no meeting id in the URL');
  return id;
}

export interface AgendaCase {
  /** The pupil's name as shown in the picker, e.g. "Yasmin El Amrani". */
  readonly pupilName: string;
  /** Defaults to 'informatie-advies'. */
  readonly bespreekdoel?: BespreekdoelId;
  readonly question: string;
  /** true: discuss by name (needs a valid consent); false: without name. */
  readonly named: boolean;
}

/** On the meeting screen: "Casus toevoegen" with the pupil's open case. */
export async function addCaseToAgenda(page: Page, item: AgendaCase): Promise<void> {
  const items = main(page).getByTestId('agenda-item');
  const before = await items.count();
  await main(page).getByRole('button', { name: 'Casus toevoegen' }).click();
  const form = page.getByRole('dialog', { name: 'Casus toevoegen' });
  await form.getByRole('combobox', { name: 'Leerling' }).fill(item.pupilName);
  await page
    .getByRole('option', { name: new RegExp(`^${escapeRegExp(item.pupilName)}`) })
    .first()
    .click();
  await form
    .getByRole('radio', {
      name: BESPREEKDOEL_LABELS[item.bespreekdoel ?? 'informatie-advies'],
      exact: true,
    })
    .check();
  await form.getByRole('textbox', { name: 'Vraag aan het team' }).fill(item.question);
  const mode = form.getByRole('radio', {
    name: item.named ? 'Op naam bespreken' : 'Zonder naam bespreken',
    exact: true,
  });
  // Named needs a valid consent "bespreken met naam" for this kind of meeting; fail clearly without one.
  await expect(
    mode,
    'discussing by name needs a valid consent for this kind of meeting',
  ).toBeEnabled();
  await mode.check();
  await form.getByRole('button', { name: 'Toevoegen aan de agenda' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(items).toHaveCount(before + 1);
}

/** Opens a meeting's planning screen by id, without a reload. */
export async function openMeeting(page: Page, meetingId: string): Promise<void> {
  await page.evaluate((id) => (window.location.hash = `#/overleggen/${id}`), meetingId);
  await expect(page).toHaveURL(new RegExp(`#/overleggen/${meetingId}$`));
  await expect(main(page).getByRole('heading', { name: 'Agenda', level: 2 })).toBeVisible();
}

export interface Child {
  readonly firstName: string;
  readonly lastName: string;
  readonly parent: string;
}

/** A 9-year-old with one parent with gezag, and an open case. */
export async function addPupilWithCase(page: Page, child: Child): Promise<void> {
  await go(page, '#/leerlingen');
  await main(page).getByRole('button', { name: 'Leerling toevoegen' }).first().click();
  await dialog(page).getByRole('textbox', { name: 'Voornaam', exact: true }).fill(child.firstName);
  await dialog(page).getByRole('textbox', { name: 'Achternaam', exact: true }).fill(child.lastName);
  await dialog(page)
    .getByRole('textbox', { name: 'Geboortedatum', exact: true })
    .fill('2017-03-14');
  await dialog(page).getByRole('button', { name: 'Ouder of verzorger toevoegen' }).click();
  await dialog(page)
    .getByRole('group', { name: 'Ouder of verzorger 1' })
    .getByRole('textbox', { name: 'Naam', exact: true })
    .fill(child.parent);
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
  await main(page).getByRole('button', { name: 'Nieuw zorgdossier' }).click();
  await dialog(page).getByLabel('Datum van het signaal').fill('2026-10-01');
  await dialog(page).getByLabel('Gemeld door').fill('juf Mirjam');
  await dialog(page)
    .getByLabel('Wat is er gezien of gehoord?')
    .fill('Trekt zich terug in de klas.');
  await dialog(page)
    .getByRole('button', { name: /Dossier aanmaken|Opslaan/ })
    .click();
  await expect(
    main(page).getByRole('heading', {
      level: 1,
      name: `Zorgdossier ${child.firstName} ${child.lastName}`,
    }),
  ).toBeVisible();
}

/** On the case screen: the default consent "Bespreken met naam" in the zorgteam (and the driehoeksoverleg), given by the parent. */
export async function recordNamedDiscussionConsent(
  page: Page,
  options: { readonly driehoeksoverleg?: boolean } = {},
): Promise<void> {
  await openTab(page, 'Toestemming');
  await main(page).getByRole('button', { name: 'Toestemming vastleggen' }).click();
  await expect(dialog(page).getByRole('heading', { name: 'Toestemming vastleggen' })).toBeVisible();
  if (options.driehoeksoverleg === true)
    await dialog(page).getByRole('checkbox', { name: 'Driehoeksoverleg' }).check();
  await consentGivenByAll(page);
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(
    main(page).getByRole('list', { name: 'Toestemmingen' }).getByTestId('consent-status').first(),
  ).toHaveText('Geldig');
}

/** Clicks what saves a file and returns the download's name and bytes. */
export async function savedBytes(
  download: Promise<Download>,
  click: () => Promise<void>,
): Promise<{ readonly name: string; readonly bytes: Uint8Array }> {
  await click();
  const file = await download;
  return {
    name: file.suggestedFilename(),
    bytes: new Uint8Array(await readFile(await file.path())),
  };
}

/**
 * In meeting mode, with "Nieuwe actie" focused (Alt+A): what, who and by when, by keyboard
 * only, then Enter. `dueKeys` is typed into the date field: use a date whose day and month
 * are alike ("12122026"), so it works whatever field order the browser's date input uses.
 */
export async function typeActionByKeyboard(
  page: Page,
  action: { readonly what: string; readonly who: string; readonly dueKeys: string },
): Promise<void> {
  const entry = main(page).getByRole('group', { name: 'Nieuwe actie' });
  await expect(entry.getByRole('textbox', { name: 'Wat' })).toBeFocused();
  await page.keyboard.type(action.what);
  await page.keyboard.press('Tab');
  await page.keyboard.type(action.who);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(entry.getByLabel('Wanneer (uiterlijk)')).toBeFocused();
  await page.keyboard.type(action.dueKeys);
  await page.keyboard.press('Enter');
}
