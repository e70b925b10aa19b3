// Runs in: Node (Playwright test runner), driving Chromium.
//
// Overzicht and retention: the dashboard shows open cases per status and a consent that
// runs out within 30 days (linking to its case), and a case put on an agenda counts as "in
// bespreking" with the automatic change in its chronology; once the case is closed and the clock has
// moved past the retention term, Instellingen lists it, deletes it for real after a typed
// confirmation, and the audit log keeps only that a deletion happened.
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { extractPdfText } from '../helpers/pdfText';
import { addCaseToAgenda, openMeeting, planMeeting, savedBytes } from './meetingSteps';
import { backupRecords, type BackupRecordText } from '../helpers/backupText';
import { addInvolvement, choose, consentGivenByAll, go, openTab } from './steps';
import { recordTypesUnderACase } from '../helpers/schemaFields';
import { readFiguresFile } from '../../shared/figures/figuresFile';

/** A word that only the deleted case's agenda item holds. */
const MARKER = 'zwemdiploma';
import { createVault, PASSPHRASE, unlock } from './vault';

function main(page: Page): Locator {
  return page.getByRole('main');
}

function dialog(page: Page): Locator {
  return page.getByRole('dialog');
}

/** An 8-year-old pupil with one parent with gezag, a case, and a consent valid until 10 December 2026. */
async function pupilCaseAndConsent(page: Page): Promise<string> {
  await go(page, '#/leerlingen');
  await main(page).getByRole('button', { name: 'Leerling toevoegen' }).first().click();
  await dialog(page).getByRole('textbox', { name: 'Voornaam', exact: true }).fill('Noor');
  await dialog(page).getByRole('textbox', { name: 'Achternaam', exact: true }).fill('Visser');
  await dialog(page)
    .getByRole('textbox', { name: 'Geboortedatum', exact: true })
    .fill('2018-03-03');
  await dialog(page).getByRole('button', { name: 'Ouder of verzorger toevoegen' }).click();
  await dialog(page)
    .getByRole('group', { name: 'Ouder of verzorger 1' })
    .getByRole('textbox', { name: 'Naam' })
    .fill('Linda Visser');
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
  await main(page).getByRole('button', { name: 'Nieuw zorgdossier' }).click();
  await dialog(page).getByLabel('Datum van het signaal').fill('2026-10-01');
  await dialog(page).getByLabel('Gemeld door').fill('juf Esther (groep 5)');
  await dialog(page).getByLabel('Wat is er gezien of gehoord?').fill('Noor leest nog moeizaam.');
  await dialog(page)
    .getByLabel('Hulpvraag', { exact: true })
    .fill('Wat heeft Noor nodig bij lezen?');
  await dialog(page)
    .getByRole('button', { name: /Dossier aanmaken|Opslaan/ })
    .click();
  await expect(
    main(page).getByRole('heading', { level: 1, name: 'Zorgdossier Noor Visser' }),
  ).toBeVisible();
  const caseHash = new URL(page.url()).hash;

  await main(page).getByRole('tab', { name: 'Toestemming' }).click();
  await main(page).getByRole('button', { name: 'Toestemming vastleggen' }).click();
  await expect(
    dialog(page).getByText(
      'De leerling is 8: alle ouders met gezag geven toestemming, ieder apart.',
    ),
  ).toBeVisible();
  await dialog(page).getByLabel('Geldig tot en met').fill('2026-12-10');
  await consentGivenByAll(page);
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(main(page).getByTestId('consent-status')).toHaveText('Geldig');
  return caseHash;
}

test('the dashboard shows open cases by status and consents that expire soon', async ({ page }) => {
  test.setTimeout(300_000);
  await page.clock.setFixedTime(new Date('2026-11-22T10:00:00+01:00'));
  await createVault(page);
  // Without pupils the dashboard explains where to start.
  await expect(
    main(page).getByRole('heading', { level: 2, name: 'Hier ziet u straks wat aandacht vraagt' }),
  ).toBeVisible();
  const caseHash = await pupilCaseAndConsent(page);

  await go(page, '#/overzicht');
  const cases = main(page).getByRole('region', { name: 'Open zorgdossiers per status' });
  await expect(cases.getByText('1 open zorgdossier')).toBeVisible();
  await expect(cases.getByRole('link', { name: 'Signalering: 1 zorgdossier' })).toHaveAttribute(
    'href',
    '#/leerlingen',
  );
  await expect(cases.getByRole('link', { name: 'In bespreking: 0 zorgdossiers' })).toBeVisible();
  const expiring = main(page).getByRole('region', {
    name: 'Toestemmingen die binnen 30 dagen verlopen',
  });
  await expect(
    expiring.getByText('Nog 18 dagen geldig, tot en met 10 december 2026'),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // Cijfers (Alt+6): the one new case counts as "< 5" by its source, with the smallest other
  // count of that list hidden, and the screen shows no name; axe finds nothing.
  await page.keyboard.press('Alt+6');
  await expect(main(page).getByRole('heading', { level: 1, name: 'Cijfers' })).toBeFocused();
  const sources = main(page).getByRole('table', {
    name: 'Nieuwe zorgsignalen (zorgdossiers) per bron',
  });
  await expect(sources.getByRole('row', { name: /^Leerkracht/ })).toContainText('< 5');
  await expect(sources.getByRole('row', { name: /^Totaal/ })).toContainText('< 5');
  await expect(main(page)).not.toContainText('Noor');
  await expect(main(page)).not.toContainText('Visser');
  // The chart (loaded on demand) stands above its table, hidden from screen readers; axe
  // runs with the charts drawn.
  const chart = main(page).getByTestId('figures-chart-new-cases-by-source');
  await expect(chart.locator('svg').first()).toBeVisible();
  await expect(chart).toHaveAttribute('aria-hidden', 'true');
  await expectNoAxeViolations(page);
  // The figures file: signed, readable, and without the pupil's or parent's name.
  const figuresFile = await savedBytes(page.waitForEvent('download'), () =>
    main(page).getByRole('button', { name: 'Cijferbestand opslaan' }).click(),
  );
  expect(figuresFile.name).toMatch(/^cijfers-\d{4}-\d{4}\.json$/);
  const figuresText = new TextDecoder().decode(figuresFile.bytes);
  expect(figuresText).not.toMatch(/Noor|Visser|Linda|Esther/);
  const read = await readFiguresFile(figuresText);
  expect(read.ok).toBe(true);
  // The year report: a PDF through the same save path, named by the year only; read back, it
  // shows the tables with "< 5" and no name.
  const report = await savedBytes(page.waitForEvent('download'), () =>
    main(page).getByRole('button', { name: 'Jaarverslag opslaan (PDF)' }).click(),
  );
  expect(report.name).toMatch(/^cijfers-jaarverslag-\d{4}-\d{4}\.pdf$/);
  const reportText = await extractPdfText(report.bytes);
  expect(reportText.text).toContain('Nieuwe zorgsignalen (zorgdossiers) per bron');
  expect(reportText.text).toContain('< 5');
  expect(`${reportText.title ?? ''} ${reportText.text}`).not.toMatch(/Noor|Visser|Linda|Esther/);
  await page.keyboard.press('Alt+1');

  // The consent links to its case; the link works by keyboard.
  const link = expiring.getByRole('link', { name: 'Noor Visser: Bespreken met naam' });
  await expect(link).toHaveAttribute('href', caseHash);
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(
    main(page).getByRole('heading', { level: 1, name: 'Zorgdossier Noor Visser' }),
  ).toBeVisible();

  // On the last day the dashboard says so.
  await page.clock.setFixedTime(new Date('2026-12-10T09:00:00+01:00'));
  // A jump of days looks like a long absence to the idle lock; activity right after it
  // keeps the vault open, as a user at the keyboard would.
  await page.mouse.move(5, 5);
  await go(page, '#/overzicht');
  await expect(main(page).getByText('Vandaag is de laatste dag (10 december 2026)')).toBeVisible();

  // On a meeting's agenda the case is "in bespreking" by itself, the history says why, and
  // Overzicht counts it there (issue 21 §1).
  await planMeeting(page, {
    kind: 'zorgteam',
    date: '2026-12-14',
    startTime: '14:00',
    endTime: '15:00',
    place: 'Teamkamer',
  });
  await addCaseToAgenda(page, { pupilName: 'Noor Visser', question: 'Lezen?', named: false });
  await go(page, '#/overzicht');
  await expect(cases.getByRole('link', { name: 'In bespreking: 1 zorgdossier' })).toBeVisible();
  await expect(cases.getByRole('link', { name: 'Signalering: 0 zorgdossiers' })).toBeVisible();
  await go(page, caseHash);
  await expect(main(page).getByText('Status: In bespreking').first()).toBeVisible();
  await openTab(page, 'Chronologie');
  await expect(
    main(page)
      .getByTestId('chronology-item')
      .filter({ hasText: 'Status gewijzigd naar in bespreking' })
      .filter({ hasText: 'Automatisch: het dossier is op de agenda van een overleg gezet.' }),
  ).toHaveCount(1);

  // Without organisations a referral cannot start; the link lands on that section, focused.
  await openTab(page, 'Verwijzingen');
  await main(page).getByRole('button', { name: 'Nieuwe verwijzing' }).click();
  await dialog(page).getByRole('link', { name: 'Naar organisaties en contactpersonen' }).click();
  const directoryHeading = main(page).getByRole('heading', {
    level: 2,
    name: 'Organisaties en contactpersonen',
  });
  await expect(directoryHeading).toBeFocused();
  await expect(directoryHeading).toBeInViewport();
});

/** A distinctive text per kind of child record, each found nowhere else in the vault. */
const CHILD_TEXTS = {
  involvement: 'Kees Mosterdpot',
  goal: 'Noor zwemt een baan borstcrawl',
  action: 'Badmeester Okke belt de ouders',
  meldcode: 'Schrammen na de zwemles op de knie',
  referral: 'Aanmelding wegens watervrees bij Noor',
  draft: 'Half getypt over het kikkerbadje',
  voice: 'Moeder vindt het zwemdiploma belangrijk',
} as const;

/** A recipient for the referral; only its name, so the case's texts stay apart from it. */
const RECIPIENT = 'Ondersteuningsteam Twentekanaal';

/**
 * Gives the case, through the screens, every other kind of child record: an involvement, what
 * the parents think, an actieplan with a goal and an action, a started meldcode track with
 * step 1, a concept referral, and a text draft left behind by a lock in the middle of typing.
 */
async function everyOtherChildRecord(page: Page, caseHash: string): Promise<void> {
  await go(page, '#/instellingen');
  const directory = main(page).getByRole('region', { name: 'Organisaties en contactpersonen' });
  await directory.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  await dialog(page).getByRole('textbox', { name: 'Naam van de organisatie' }).fill(RECIPIENT);
  await dialog(page).getByRole('textbox', { name: 'Gemeenten die zij bedienen' }).fill('Hengelo');
  await dialog(page).getByRole('textbox', { name: 'Postcodegebieden' }).fill('7550-7559');
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();

  await go(page, caseHash);
  await openTab(page, 'Betrokkenen');
  await addInvolvement(
    page,
    CHILD_TEXTS.involvement,
    'zwemleraar',
    'Zwembad De Vijf',
    '2026-11-05',
  );

  // What the parents think, on the case overview.
  await openTab(page, 'Overzicht');
  await main(page).getByRole('button', { name: 'Toevoegen wat ouders vinden' }).click();
  await dialog(page)
    .getByRole('textbox', { name: /^Wat vind/ })
    .fill(CHILD_TEXTS.voice);
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();

  await openTab(page, 'Actieplan');
  await main(page).getByRole('button', { name: 'Doel toevoegen' }).click();
  await dialog(page).getByRole('textbox', { name: 'Doel', exact: true }).fill(CHILD_TEXTS.goal);
  await choose(page, dialog(page), 'Hoofdleefgebied', 'Onderwijs');
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
  await main(page).getByRole('button', { name: 'Actie toevoegen' }).click();
  await dialog(page).getByLabel('Wat moet er gebeuren?').fill(CHILD_TEXTS.action);
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(main(page).getByTestId('actieplan-action')).toContainText(CHILD_TEXTS.action);

  // A meldcode track from the chronology signal, with step 1 recorded.
  await openTab(page, 'Chronologie');
  await main(page).getByRole('button', { name: 'Meldcodetraject starten vanuit Zwemles' }).click();
  const start = page.getByRole('dialog', { name: 'Meldcodetraject starten' });
  await start.getByRole('button', { name: 'Starten' }).click();
  await expect(start).toBeHidden();
  await main(page)
    .getByTestId('meldcode-step-signalen')
    .getByRole('button', { name: /Stap 1 vastleggen/ })
    .click();
  const s1 = page.getByRole('dialog', { name: 'Stap 1: Signalen in kaart brengen' });
  await s1.getByRole('textbox', { name: 'Datum', exact: true }).fill('2026-11-21');
  await s1.getByLabel('Waarnemingen (feitelijk)').fill(CHILD_TEXTS.meldcode);
  await s1.getByRole('button', { name: 'Opslaan' }).click();
  await expect(s1).toBeHidden();

  // A concept referral with its reason typed (saved as it is typed).
  await openTab(page, 'Verwijzingen');
  await main(page).getByRole('button', { name: 'Nieuwe verwijzing' }).click();
  await dialog(page).getByRole('combobox', { name: 'Ontvanger' }).click();
  await page.getByRole('option', { name: new RegExp(RECIPIENT) }).click();
  await dialog(page).getByRole('button', { name: 'Verwijzing starten' }).click();
  await expect(
    main(page).getByRole('heading', { level: 1, name: 'Verwijzing Noor Visser' }),
  ).toBeVisible();
  await main(page)
    .getByRole('textbox', { name: 'Reden van aanmelding en hulpvraag' })
    .fill(CHILD_TEXTS.referral);
  await expect(main(page).getByText('Concept bewaard.')).toBeVisible();

  // A working note typed but never saved: the lock writes its draft, the unlock offers it.
  await go(page, caseHash);
  await openTab(page, 'Werkaantekeningen');
  await main(page).getByRole('button', { name: 'Werkaantekening toevoegen' }).click();
  await dialog(page).getByLabel('Aantekening').fill(CHILD_TEXTS.draft);
  await page.keyboard.press('Control+Shift+L');
  await unlock(page);
  const offer = page.getByRole('dialog', { name: 'Niet-opgeslagen tekst' });
  await expect(offer).toContainText('een werkaantekening bij het zorgdossier van Noor Visser');
  await page.keyboard.press('Escape');
  await expect(offer).toBeHidden();
}

/** Makes a backup in Instellingen › Beveiliging and opens it with the passphrase. */
async function backupNow(page: Page): Promise<readonly BackupRecordText[]> {
  const downloading = page.waitForEvent('download');
  await main(page)
    .getByRole('region', { name: 'Beveiliging' })
    .getByRole('button', { name: 'Back-up maken' })
    .click();
  const backup = await savedBytes(downloading, () => Promise.resolve());
  return backupRecords(backup.bytes, PASSPHRASE);
}

test('retention: a case closed long ago is listed, deleted for real, and only the deletion is logged', async ({
  page,
}) => {
  test.setTimeout(540_000);
  await page.clock.setFixedTime(new Date('2026-11-22T10:00:00+01:00'));
  await createVault(page);
  const caseHash = await pupilCaseAndConsent(page);
  // The case is discussed in a zorgteam; its agenda item carries a word found nowhere else.
  const meetingId = await planMeeting(page, {
    kind: 'zorgteam',
    date: '2026-12-01',
    startTime: '14:00',
    endTime: '15:30',
    place: 'Teamkamer',
  });
  await addCaseToAgenda(page, {
    pupilName: 'Noor Visser',
    question: `Lukt het ${MARKER} van Noor?`,
    named: true,
  });
  await expect(main(page).getByTestId('agenda-item').first()).toContainText(MARKER);
  // A chronology entry and a working note carry the word too.
  await go(page, caseHash);
  await openTab(page, 'Chronologie');
  await main(page).getByRole('button', { name: 'Gebeurtenis toevoegen' }).click();
  await choose(page, dialog(page), 'Soort', 'Signaal');
  await dialog(page).getByLabel('Datum').fill('2026-11-20');
  await dialog(page).getByLabel('Titel').fill('Zwemles');
  await dialog(page).getByLabel('Tekst').fill(`Noor haalde haar ${MARKER} niet.`);
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
  await openTab(page, 'Werkaantekeningen');
  await main(page).getByRole('button', { name: 'Werkaantekening toevoegen' }).click();
  await dialog(page)
    .getByLabel('Aantekening')
    .fill(`Eigen indruk: ${MARKER} is belangrijk voor moeder.`);
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(main(page).getByTestId('working-note')).toContainText(MARKER);
  await everyOtherChildRecord(page, caseHash);

  // Close the case today.
  await go(page, caseHash);
  await main(page).getByRole('tab', { name: 'Overzicht' }).click();
  await main(page).getByRole('button', { name: 'Status wijzigen' }).click();
  await dialog(page).getByRole('radio', { name: 'Afgesloten' }).check();
  await dialog(page).getByLabel('Reden van afsluiten').fill('Leesbegeleiding op school volstaat.');
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(main(page).getByText('Status: Afgesloten').first()).toBeVisible();

  // A closed case is not open, and its consents need no renewal.
  await go(page, '#/overzicht');
  await expect(main(page).getByText('Er zijn geen open zorgdossiers.')).toBeVisible();
  await expect(
    main(page).getByText('Geen toestemmingen die binnen 30 dagen verlopen.'),
  ).toBeVisible();

  // The setting: validated, saved; nothing is past the term yet.
  await go(page, '#/instellingen');
  const retention = main(page).getByRole('region', { name: 'Bewaartermijn' });
  await expect(
    retention.getByText('Er zijn geen afgesloten zorgdossiers over de bewaartermijn.'),
  ).toBeVisible();
  const years = retention.getByRole('spinbutton', { name: 'Aantal jaren na afsluiten' });
  await expect(years).toHaveValue('2');
  await years.fill('0');
  await years.press('Enter');
  await expect(retention.getByText('Kies een heel aantal jaren tussen 1 en 20.')).toBeVisible();
  await years.fill('2');
  await retention.getByRole('button', { name: 'Bewaartermijn opslaan' }).click();
  await expect(retention.getByText('De bewaartermijn is opgeslagen.')).toBeVisible();
  await expectNoAxeViolations(page);

  // Three years later (the app is reopened).
  await page.clock.setFixedTime(new Date('2029-11-22T10:00:00+01:00'));
  await page.reload();
  await unlock(page);
  // The unsaved working note is offered again; Esc leaves it (for the deletion to find).
  await expect(page.getByRole('dialog', { name: 'Niet-opgeslagen tekst' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(main(page).getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();
  const item = retention.getByRole('listitem').filter({ hasText: 'Zorgdossier van Noor Visser' });
  await expect(item).toContainText(
    'afgesloten op 22 november 2026, over de termijn sinds 22 november 2028',
  );
  await expectNoAxeViolations(page);

  // At storage level, before the deletion: the case has a record of every type the registry
  // hangs under a case (so the deletion below is tried on all of them).
  const caseId = caseHash.split('/').at(-1) ?? '';
  expect(caseId).not.toBe('');
  const before = await backupNow(page);
  const childTypes = new Set(
    before.filter((r) => r.type !== 'case' && r.json.includes(caseId)).map((r) => r.type),
  );
  expect([...childTypes].sort()).toEqual(expect.arrayContaining(recordTypesUnderACase().sort()));
  for (const text of Object.values(CHILD_TEXTS))
    expect(
      before.some((r) => r.json.includes(text)),
      text,
    ).toBe(true);

  await item
    .getByRole('button', { name: 'Zorgdossier van Noor Visser definitief verwijderen' })
    .click();
  await expect(
    dialog(page).getByRole('heading', { name: 'Zorgdossier definitief verwijderen?' }),
  ).toBeVisible();
  // What goes and what stays, with counts and why.
  const goes = dialog(page).getByRole('list', { name: 'Wat verdwijnt' });
  await expect(goes.getByText('Zorgdossier: 1', { exact: true })).toBeVisible();
  await expect(goes.getByText('Toestemming: 1', { exact: true })).toBeVisible();
  for (const line of [
    'Werkaantekening: 1',
    'Betrokkene: 1',
    'Actieplan: 1',
    'Meldcodetraject: 1',
    'Verwijzing: 1',
    'Niet-opgeslagen tekst: 1',
  ])
    await expect(goes.getByText(line, { exact: true })).toBeVisible();
  await expect(goes.getByText('1 agendapunt in een overleg', { exact: false })).toBeVisible();
  const stays = dialog(page).getByRole('list', { name: 'Wat blijft, en waarom' });
  await expect(stays.getByText('De leerling zelf', { exact: false })).toBeVisible();
  await expect(
    stays.getByText('1 overleg: het verslag van de andere leerlingen blijft', { exact: false }),
  ).toBeVisible();
  await expect(stays.getByText('eerder gemaakte back-ups', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
  const confirm = dialog(page).getByRole('textbox', { name: 'Typ VERWIJDEREN om te bevestigen' });
  await expect(confirm).toBeFocused();
  await confirm.fill('verwijderen');
  await confirm.press('Enter');
  await expect(dialog(page).getByText('Typ precies VERWIJDEREN (in hoofdletters).')).toBeVisible();
  await confirm.fill('VERWIJDEREN');
  await dialog(page).getByRole('button', { name: 'Definitief verwijderen' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(retention.getByText('Het zorgdossier is definitief verwijderd.')).toBeVisible();
  await expect(
    retention.getByText('Er zijn geen afgesloten zorgdossiers over de bewaartermijn.'),
  ).toBeVisible();

  // The case is gone for real.
  await go(page, caseHash);
  await expect(
    main(page).getByRole('heading', { level: 2, name: 'Dit zorgdossier bestaat niet (meer)' }),
  ).toBeVisible();

  // No list shows it: not the referrals, not the actions.
  await go(page, '#/verwijzingen');
  await expect(main(page).getByRole('heading', { level: 1 })).toBeVisible();
  await expect(main(page)).not.toContainText('Noor');
  await expect(main(page)).not.toContainText(RECIPIENT);

  // The meeting stays, with the item as a pseudonym without its question; also in its PDF.
  await openMeeting(page, meetingId);
  const items = main(page).getByTestId('agenda-item');
  await expect(items).toHaveCount(1);
  await expect(items.first().getByRole('heading', { level: 3 })).toHaveText('1. Leerling A');
  await expect(main(page)).not.toContainText(MARKER);
  await expect(main(page)).not.toContainText('Noor');
  const output = main(page).getByRole('region', { name: 'Stukken en uitnodiging' });
  const agendaPdf = await savedBytes(page.waitForEvent('download'), () =>
    output.getByRole('button', { name: 'Agenda (PDF)' }).click(),
  );
  const agendaText = (await extractPdfText(agendaPdf.bytes)).text.replace(/\s+/g, ' ');
  expect(agendaText).toContain('Leerling A');
  expect(agendaText).not.toContain(MARKER);
  expect(agendaText).not.toContain('Noor');
  await expectNoAxeViolations(page);

  // Search finds nothing of it.
  await page.keyboard.press('Control+k');
  const search = page.getByRole('dialog', { name: 'Zoeken' });
  await search.getByRole('combobox', { name: 'Zoek een leerling of zorgdossier' }).fill(MARKER);
  await expect(search.getByRole('option')).toHaveCount(0);
  for (const text of Object.values(CHILD_TEXTS)) {
    await search.getByRole('combobox', { name: 'Zoek een leerling of zorgdossier' }).fill(text);
    await expect(search.getByRole('option'), text).toHaveCount(0);
  }
  await search
    .getByRole('combobox', { name: 'Zoek een leerling of zorgdossier' })
    .fill('Noor Visser');
  await expect(search.getByRole('option', { name: /Zorgdossier/ })).toHaveCount(0);
  await page.keyboard.press('Escape');

  // The audit log records the deletion, without a name.
  await go(page, '#/instellingen');
  await main(page)
    .getByRole('region', { name: 'Beveiliging' })
    .getByRole('button', { name: 'Logboek bekijken' })
    .click();
  const log = page.getByRole('dialog', { name: 'Logboek' });
  const row = log.getByRole('row').filter({ hasText: 'Verwijderd na de bewaartermijn' });
  await expect(row).toHaveCount(1);
  await expect(row).not.toContainText('Noor');
  await expect(log).not.toContainText('Visser');
  await page.keyboard.press('Escape');
  await expect(log).toBeHidden();

  // A backup made now, opened with the passphrase: no record of the case, nothing of its text.
  const records = await backupNow(page);
  expect(records.some((r) => r.type === 'pupil' && r.json.includes('Noor'))).toBe(true);
  expect(records.filter((r) => r.type === 'meeting')).toHaveLength(1);
  expect(
    records.filter((r) => r.id === caseId || r.json.includes(caseId)).map((r) => r.type),
  ).toEqual([]);
  expect(
    records.filter((r) => r.type === 'case' || r.type.startsWith('case.')).map((r) => r.type),
  ).toEqual([]);
  for (const text of [
    ...Object.values(CHILD_TEXTS),
    MARKER,
    'Noor leest nog moeizaam',
    'Leesbegeleiding op school volstaat',
    'juf Esther',
  ]) {
    expect(
      records.filter((r) => r.json.includes(text)).map((r) => r.type),
      text,
    ).toEqual([]);
  }
});
