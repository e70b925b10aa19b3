// Runs in: Node (Playwright test runner), driving Chromium.
//
// Shared meeting files end to end with two browser profiles, each with its own vault: the
// member copies their deelsleutel, the IB stores it on the member's contact and exports an
// agenda twice (to the deelsleutel, and with a passphrase); the member opens both, sees
// exactly the consented items (the pupil without an exchange consent only as a pseudonym),
// imports their action and sends a reply; the IB opens the reply and takes over one change.
// Bad input (a wrong passphrase, a bit-flipped file) shows a Dutch message and stores nothing.
// Before a file leaves, the replaced-names list can be corrected (a word kept, a name added).
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { extractPdfText } from '../helpers/pdfText';
import { addCaseToAgenda, addPupilWithCase, openMeeting, planMeeting } from './meetingSteps';
import { choose, consentGivenByAll, dialog, dropFile, go, main, openTab } from './steps';
import { createVault } from './vault';

const TODAY = new Date('2026-11-22T10:00:00+01:00');
const FILE_NAME = 'overleg-2026-12-01.zorgtafel';

async function savedBytes(
  page: Page,
  click: () => Promise<void>,
): Promise<{ readonly name: string; readonly bytes: Buffer }> {
  const download: Promise<Download> = page.waitForEvent('download');
  await click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Opens a file through "Bestand openen" on the shared files screen (the file chooser). */
async function openThroughButton(
  page: Page,
  file: { readonly name: string; readonly bytes: Buffer },
): Promise<void> {
  await go(page, '#/ontvangen');
  const chooser = page.waitForEvent('filechooser');
  await main(page).getByRole('button', { name: 'Bestand openen' }).click();
  await (
    await chooser
  ).setFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.bytes });
}

async function recordConsent(page: Page, exchangeWith?: string): Promise<void> {
  await openTab(page, 'Toestemming');
  await main(page).getByRole('button', { name: 'Toestemming vastleggen' }).click();
  await expect(dialog(page).getByRole('heading', { name: 'Toestemming vastleggen' })).toBeVisible();
  if (exchangeWith !== undefined) {
    await choose(page, dialog(page), 'Waarvoor is de toestemming?', 'Informatie uitwisselen');
    await choose(page, dialog(page), 'Ontvangende organisatie', exchangeWith);
  }
  await consentGivenByAll(page);
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
}

function sharedItems(page: Page): Locator {
  return main(page).getByTestId('shared-item');
}

test('an agenda travels to a member by deelsleutel and by passphrase, and the reply comes back', async ({
  page,
  browser,
}) => {
  test.setTimeout(600_000);
  const ib = page;
  const memberContext = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const member = await memberContext.newPage();
  const memberErrors: string[] = [];
  member.on('console', (m) => {
    if (m.type() === 'error') memberErrors.push(m.text());
  });
  member.on('pageerror', (e) => memberErrors.push(e.message));
  await ib.clock.setFixedTime(TODAY);
  await member.clock.setFixedTime(TODAY);

  await createVault(ib);
  await createVault(member);

  // ---- The member copies their deelsleutel --------------------------------------------
  await go(member, '#/instellingen');
  const keySection = main(member).getByRole('region', {
    name: 'Deelsleutel voor overlegbestanden',
  });
  // Looking at Instellingen writes nothing: the key pair is made when the member asks for it.
  await expect(
    keySection.getByText('U hebt nog geen deelsleutel.', { exact: false }),
  ).toBeVisible();
  await keySection.getByRole('button', { name: 'Deelsleutel aanmaken' }).click();
  const keyField = keySection.getByTestId('own-deelsleutel');
  await expect(keyField).toHaveValue(/^zorgtafel-deelsleutel-1:age1/, { timeout: 30_000 });
  await expect(
    keySection.getByRole('img', {
      name: /^QR-code van uw deelsleutel, controlecode [0-9A-Z-]{24}$/,
    }),
  ).toBeVisible();
  await keySection.getByRole('button', { name: 'Deelsleutel kopiëren' }).click();
  await expect(keySection.getByText('De deelsleutel staat op het klembord.')).toBeVisible();
  const deelsleutel = await member.evaluate(() => navigator.clipboard.readText());
  expect(deelsleutel).toBe(await keyField.inputValue());
  await expectNoAxeViolations(member);

  // ---- The IB stores it on the member's contact ---------------------------------------
  await go(ib, '#/instellingen');
  const directory = main(ib).getByRole('region', { name: 'Organisaties en contactpersonen' });
  await directory.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  await dialog(ib).getByRole('textbox', { name: 'Naam van de organisatie' }).fill('SMW Twente');
  await dialog(ib).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(ib)).toBeHidden();
  await directory.getByRole('button', { name: 'Contactpersoon toevoegen bij SMW Twente' }).click();
  await dialog(ib).getByRole('textbox', { name: 'Naam', exact: true }).fill('Joost Kamphuis');
  await dialog(ib).getByRole('textbox', { name: 'Functie' }).fill('schoolmaatschappelijk werker');
  const keyInput = dialog(ib).getByRole('textbox', {
    name: 'Deelsleutel (voor versleutelde overlegbestanden)',
  });
  await keyInput.fill(deelsleutel.slice(0, -3));
  await dialog(ib).getByRole('button', { name: 'Opslaan' }).click();
  await expect(
    dialog(ib).getByText('Het laatste deel van de deelsleutel klopt niet.', { exact: false }),
  ).toBeVisible();
  await expectNoAxeViolations(ib);
  await keyInput.fill(deelsleutel);
  await dialog(ib).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(ib)).toBeHidden();

  // ---- Two pupils: Daan may be shared with SMW Twente, Noor only discussed -------------
  await addPupilWithCase(ib, { firstName: 'Daan', lastName: 'Visser', parent: 'Ellen Visser' });
  await recordConsent(ib);
  await recordConsent(ib, 'SMW Twente');
  await openTab(ib, 'Actieplan');
  await main(ib).getByRole('button', { name: 'Actie toevoegen' }).click();
  const actionForm = ib.getByRole('dialog', { name: 'Actie toevoegen' });
  await actionForm.getByLabel('Wat moet er gebeuren?').fill('Huisbezoek bij moeder plannen');
  await actionForm.getByLabel('Wie doet het?').fill('Joost Kamphuis');
  await actionForm.getByLabel('Organisatie', { exact: true }).fill('SMW Twente');
  await actionForm.getByRole('radio', { name: 'Een partnerorganisatie' }).check();
  await actionForm.getByLabel('Uiterlijk op').fill('2026-12-15');
  await actionForm.getByRole('button', { name: 'Opslaan' }).click();
  await expect(actionForm).toBeHidden();
  await addPupilWithCase(ib, { firstName: 'Noor', lastName: 'Çelik', parent: 'Ayşe Çelik' });
  await recordConsent(ib);

  await planMeeting(ib, {
    kind: 'zorgteam',
    date: '2026-12-01',
    startTime: '14:00',
    endTime: '15:30',
    place: 'Teamkamer',
  });
  await addCaseToAgenda(ib, {
    pupilName: 'Daan Visser',
    question: 'Hoe gaat het thuis?',
    named: true,
  });
  await addCaseToAgenda(ib, {
    pupilName: 'Noor Çelik',
    question: 'Wat kan school nog doen?',
    named: true,
  });

  // ---- Export by deelsleutel -------------------------------------------------------------
  await go(ib, '#/ontvangen');
  await expect(
    main(ib).getByRole('heading', { level: 1, name: 'Ontvangen bestanden' }),
  ).toBeVisible();
  await expectNoAxeViolations(ib);
  const shareAgenda = main(ib).getByRole('button', { name: /^Agenda delen: Zorgteam/ });
  await shareAgenda.click();
  const share = ib.getByRole('dialog', { name: 'Agenda delen als bestand' });
  await share.getByRole('button', { name: 'Bestand maken en opslaan' }).click();
  await expect(share.getByText('Kies minstens één deelnemer.')).toBeVisible();
  await share
    .getByRole('checkbox', { name: 'Joost Kamphuis (SMW Twente) – heeft een deelsleutel' })
    .check();
  await expect(share.getByText('Daan Visser')).toBeVisible();
  await expect(share.getByText('Leerling A', { exact: true })).toBeVisible();
  await expect(
    share.getByText(
      'Zonder naam: er is geen geldige toestemming om gegevens uit te wisselen met SMW Twente.',
    ),
  ).toBeVisible();
  await expectNoAxeViolations(ib);
  const byKey = await savedBytes(ib, () =>
    share.getByRole('button', { name: 'Bestand maken en opslaan' }).click(),
  );
  expect(byKey.name).toBe(FILE_NAME);
  await expect(
    share.getByText(`Het bestand is opgeslagen als ${FILE_NAME}.`, { exact: false }),
  ).toBeVisible();
  await share.getByRole('button', { name: 'Klaar' }).click();
  await expect(share).toBeHidden();

  // ---- Export with a passphrase ----------------------------------------------------------
  await shareAgenda.click();
  await share
    .getByRole('checkbox', { name: 'Joost Kamphuis (SMW Twente) – heeft een deelsleutel' })
    .check();
  await share
    .getByRole('radio', { name: 'Met een wachtwoordzin, voor deelnemers zonder deelsleutel' })
    .check();
  await expect(
    share.getByText('Geef de wachtwoordzin telefonisch door.', { exact: false }),
  ).toBeVisible();
  await share.getByRole('textbox', { name: 'Wachtwoordzin' }).fill('te kort');
  await share.getByRole('button', { name: 'Bestand maken en opslaan' }).click();
  await expect(share.getByText('De wachtwoordzin is te kort', { exact: false })).toBeVisible();
  await share.getByRole('button', { name: 'Wachtwoordzin maken' }).click();
  await share.getByLabel('Geldig tot en met (niet verplicht)').fill('2026-12-31');
  const passphrase = await share.getByRole('textbox', { name: 'Wachtwoordzin' }).inputValue();
  expect(passphrase).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
  await expectNoAxeViolations(ib);
  const byPassphrase = await savedBytes(ib, () =>
    share.getByRole('button', { name: 'Bestand maken en opslaan' }).click(),
  );
  expect(byPassphrase.name).toBe(FILE_NAME);
  await expect(share.getByTestId('share-passphrase')).toHaveText(passphrase, { timeout: 30_000 });
  await share.getByRole('button', { name: 'Klaar' }).click();

  // ---- The member opens the deelsleutel file ---------------------------------------------
  await openThroughButton(member, byKey);
  const received = member.getByRole('dialog', { name: 'Agenda ontvangen' });
  await expect(received).toBeVisible({ timeout: 30_000 });
  await expect(received.getByTestId('share-sender')).toContainText('Onbekende afzender');
  await expect(received.getByTestId('share-summary')).toHaveText(
    'Zorgteam op 1 december 2026, 14:00–15:30, 2 besprekingen.',
  );
  await expectNoAxeViolations(member);
  await received.getByRole('button', { name: 'Bewaren in mijn kluis' }).click();
  await expect(received).toBeHidden();
  await expect(member).toHaveURL(/#\/ontvangen\/[a-z0-9._:-]+$/);
  const viewUrl = member.url();
  await expect(sharedItems(member)).toHaveCount(2);
  await expect(sharedItems(member).nth(0).getByRole('heading', { level: 2 })).toHaveText(
    '1. Daan Visser',
  );
  await expect(sharedItems(member).nth(1).getByRole('heading', { level: 2 })).toHaveText(
    '2. Leerling A',
  );
  await expect(main(member)).not.toContainText('Noor');
  await expect(main(member)).not.toContainText('Çelik');
  await expectNoAxeViolations(member);

  // Import the action assigned to the member, keep its status and a note.
  const importSection = main(member).getByRole('region', { name: 'Acties overnemen' });
  const option = importSection.getByRole('checkbox', {
    name: 'Huisbezoek bij moeder plannen – Joost Kamphuis (Daan Visser)',
  });
  await option.check();
  await importSection.getByRole('button', { name: 'Gekozen acties overnemen' }).click();
  await expect(
    importSection.getByText('Alle acties uit dit bestand zijn overgenomen.'),
  ).toBeVisible();
  // The imported action is also in the member's Acties, next to their own work.
  const fileHash = new URL(member.url()).hash;
  await go(member, '#/overleggen/acties');
  await expect(
    main(member)
      .getByRole('region', { name: 'Mijn open acties uit gedeelde overleggen' })
      .getByRole('link', { name: 'Huisbezoek bij moeder plannen' }),
  ).toBeVisible();
  await go(member, fileHash);
  const mine = main(member).getByRole('group', {
    name: 'Mijn actie: Huisbezoek bij moeder plannen',
  });
  await choose(member, mine, 'Stand', 'Gedaan');
  await mine
    .getByRole('textbox', { name: 'Wat is eruit gekomen?' })
    .fill('Huisbezoek gedaan op 25 november.');
  await mine.getByRole('button', { name: 'Opslaan' }).click();
  await expect(mine.getByText('Opgeslagen.')).toBeVisible();
  const first = sharedItems(member).nth(0);
  await first
    .getByRole('textbox', { name: 'Mijn aantekening bij Daan Visser' })
    .fill('Moeder wil graag een gesprek op school.');
  await first.getByRole('button', { name: 'Aantekening opslaan' }).click();
  await expect(first.getByText('Aantekening opgeslagen.')).toBeVisible();
  await expectNoAxeViolations(member);

  // ---- Bad input: a bit-flipped file and a wrong passphrase store nothing --------------
  const flipped = Buffer.from(byKey.bytes);
  flipped[Math.floor(flipped.length / 2)] = (flipped[Math.floor(flipped.length / 2)] ?? 0) ^ 0x04;
  await go(member, '#/ontvangen');
  await dropFile(member, { name: 'kapot.zorgtafel', bytes: flipped });
  const refusal = member.getByRole('dialog', { name: 'Dit bestand kan niet worden geopend' });
  await expect(refusal.getByTestId('share-refusal')).toHaveText(
    'Het bestand is beschadigd of aangepast. Open het niet opnieuw; vraag de afzender het nog eens te sturen.',
  );
  await expect(refusal.getByText('Er is niets in uw kluis opgeslagen.')).toBeVisible();
  await expectNoAxeViolations(member);
  await refusal.getByRole('button', { name: 'Sluiten' }).click();
  await expect(refusal).toBeHidden();

  await dropFile(member, byPassphrase);
  const prompt = member.getByRole('dialog', { name: 'Wachtwoordzin voor dit bestand' });
  await expect(prompt.getByRole('textbox', { name: 'Wachtwoordzin' })).toBeFocused();
  await prompt.getByRole('textbox', { name: 'Wachtwoordzin' }).fill('VERK-EERD-0000-0000-0000');
  await prompt.getByRole('textbox', { name: 'Wachtwoordzin' }).press('Enter');
  await expect(prompt.getByText('De wachtwoordzin klopt niet.', { exact: false })).toBeVisible({
    timeout: 60_000,
  });
  await expectNoAxeViolations(member);
  await prompt.getByRole('button', { name: 'Annuleren' }).click();
  await expect(prompt).toBeHidden();
  const list = main(member).getByRole('region', { name: 'Bewaard in uw kluis' });
  await expect(list.getByRole('listitem')).toHaveCount(1);

  // ---- The member opens the passphrase file ---------------------------------------------
  await dropFile(member, byPassphrase);
  await prompt.getByRole('textbox', { name: 'Wachtwoordzin' }).fill(passphrase);
  await prompt.getByRole('button', { name: 'Openen' }).click();
  await expect(received).toBeVisible({ timeout: 60_000 });
  await expect(received.getByText('Te openen tot en met 31 december 2026.')).toBeVisible();
  await received.getByRole('button', { name: 'Bewaren in mijn kluis' }).click();
  await expect(sharedItems(member)).toHaveCount(2);
  await expect(sharedItems(member).nth(0).getByRole('heading', { level: 2 })).toHaveText(
    '1. Daan Visser',
  );
  await expect(sharedItems(member).nth(1).getByRole('heading', { level: 2 })).toHaveText(
    '2. Leerling A',
  );
  await expect(main(member)).not.toContainText('Çelik');
  await go(member, '#/ontvangen');
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(
    main(member).getByRole('region', { name: 'Mijn open acties uit gedeelde overleggen' }),
  ).toContainText('U hebt nog geen open acties overgenomen.');

  // ---- The member sends a reply ----------------------------------------------------------
  await member.evaluate((hash) => (window.location.hash = hash), new URL(viewUrl).hash);
  await main(member).getByRole('button', { name: 'Antwoord sturen' }).click();
  const replyDialog = member.getByRole('dialog', { name: 'Antwoord sturen aan de school' });
  await expect(replyDialog.getByText('1 actie gaat mee:')).toBeVisible();
  await expect(replyDialog.getByText('1 aantekening gaat mee.')).toBeVisible();
  await replyDialog.getByRole('textbox', { name: 'Uw organisatie' }).fill('SMW Twente');
  await expectNoAxeViolations(member);
  const reply = await savedBytes(member, () =>
    replyDialog.getByRole('button', { name: 'Antwoord maken en opslaan' }).click(),
  );
  expect(reply.name).toBe('antwoord-overleg-2026-12-01.zorgtafel');
  await expect(
    replyDialog.getByText('Het antwoord is opgeslagen als', { exact: false }),
  ).toBeVisible();
  await replyDialog.getByRole('button', { name: 'Sluiten' }).click();

  // After its expiry date the passphrase file is refused, before any passphrase is tried out.
  await member.clock.setFixedTime(new Date('2027-01-02T10:00:00+01:00'));
  await dropFile(member, byPassphrase);
  await expect(refusal.getByTestId('share-refusal')).toHaveText(
    'Dit bestand is verlopen en mag niet meer worden geopend. Vraag de afzender zo nodig om een nieuw bestand.',
    { timeout: 30_000 },
  );
  await expect(prompt).toHaveCount(0);
  await refusal.getByRole('button', { name: 'Sluiten' }).click();

  // A received file is deleted again after a confirmation.
  await go(member, '#/ontvangen');
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await list.getByRole('link').first().click();
  await main(member).getByRole('button', { name: 'Bestand verwijderen' }).click();
  const confirm = member.getByRole('dialog', { name: 'Bestand verwijderen?' });
  await expectNoAxeViolations(member);
  await confirm.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(
    main(member).getByRole('heading', { level: 1, name: 'Ontvangen bestanden' }),
  ).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(1);

  // ---- The IB imports the reply, choosing per change -------------------------------------
  await openThroughButton(ib, reply);
  const merge = ib.getByRole('dialog', { name: /^Antwoord van / });
  await expect(merge).toBeVisible({ timeout: 30_000 });
  await expect(merge.getByTestId('share-sender')).toHaveText(
    'Afzender: Joost Kamphuis (SMW Twente). De handtekening klopt.',
  );
  await expect(
    merge.getByText('Moeder wil graag een gesprek op school.', { exact: false }),
  ).toBeVisible();
  const statusBox = merge.getByRole('checkbox', {
    name: 'Stand overnemen voor Huisbezoek bij moeder plannen',
  });
  const outcomeBox = merge.getByRole('checkbox', {
    name: 'Resultaat overnemen voor Huisbezoek bij moeder plannen',
  });
  await expect(statusBox).not.toBeChecked();
  await expect(outcomeBox).not.toBeChecked();
  await expect(merge.getByRole('row', { name: /Stand Open Gedaan/ })).toBeVisible();
  await expectNoAxeViolations(ib);
  await statusBox.check();
  await merge.getByRole('button', { name: '1 wijziging overnemen' }).click();
  await expect(merge.getByText('1 wijziging is overgenomen in het actieplan.')).toBeVisible();
  await merge.getByRole('button', { name: 'Sluiten' }).click();
  await expect(merge).toBeHidden();

  // Opening it again: the status is now the same; only the outcome still differs.
  await openThroughButton(ib, reply);
  await expect(merge).toBeVisible({ timeout: 30_000 });
  await expect(
    merge.getByRole('checkbox', { name: 'Stand overnemen voor Huisbezoek bij moeder plannen' }),
  ).toHaveCount(0);
  await expect(
    merge.getByRole('checkbox', { name: 'Resultaat overnemen voor Huisbezoek bij moeder plannen' }),
  ).toBeVisible();
  await outcomeBox.check();
  await merge.getByRole('button', { name: '1 wijziging overnemen' }).click();
  await merge.getByRole('button', { name: 'Sluiten' }).click();

  // A third time there is nothing left to take over: the dialog says so and offers "Sluiten".
  await openThroughButton(ib, reply);
  await expect(
    merge.getByRole('status').filter({ hasText: 'Er is niets over te nemen' }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(merge.getByRole('button', { name: 'Annuleren' })).toHaveCount(0);
  await merge.getByRole('button', { name: 'Sluiten' }).click();
  await expect(merge).toBeHidden();

  // Every import is in the audit trail: the reply taken over twice on the IB's side, the
  // two files stored and the imported actions on the member's.
  for (const [who, count] of [
    [ib, 2],
    [member, 3],
  ] as const) {
    await go(who, '#/instellingen');
    await who
      .getByRole('region', { name: 'Beveiliging' })
      .getByRole('button', { name: 'Logboek bekijken' })
      .click();
    const log = who.getByRole('dialog', { name: 'Logboek' });
    await expect(log.getByTestId('audit-row').filter({ hasText: 'Geïmporteerd' })).toHaveCount(
      count,
    );
    await who.keyboard.press('Escape');
    await expect(log).toBeHidden();
  }

  expect(memberErrors).toEqual([]);
  await memberContext.close();
});

test('a file the receiver could not open is not made: the sender sees which text is too long and by how much', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.clock.setFixedTime(TODAY);
  await createVault(page);
  await addPupilWithCase(page, { firstName: 'Jo', lastName: 'Smit', parent: 'Els Smit' });
  await planMeeting(page, {
    kind: 'zorgteam',
    date: '2026-12-01',
    startTime: '14:00',
    endTime: '15:30',
    place: 'Teamkamer',
  });
  // 1,995 characters in the vault; every "Jo" becomes "Leerling A" in the file, past 2,000.
  const question = `${'Hoe gaat het met Jo? '.repeat(95)}Tja.`;
  expect(question.length).toBe(1999);
  await addCaseToAgenda(page, { pupilName: 'Jo Smit', question, named: false });

  let downloads = 0;
  page.on('download', () => {
    downloads += 1;
  });
  await go(page, '#/ontvangen');
  await main(page)
    .getByRole('button', { name: /^Agenda delen: Zorgteam/ })
    .click();
  const share = page.getByRole('dialog', { name: 'Agenda delen als bestand' });
  // Before anything leaves, the dialog shows what the anonymisation replaced.
  await expect(share.getByRole('list', { name: 'Vervangen namen' })).toContainText(
    '„Jo” door Leerling A (95 keer)',
  );
  await share
    .getByRole('radio', { name: 'Met een wachtwoordzin, voor deelnemers zonder deelsleutel' })
    .check();
  await share.getByRole('button', { name: 'Wachtwoordzin maken' }).click();
  await share.getByRole('button', { name: 'Bestand maken en opslaan' }).click();
  const refusal = share
    .getByRole('alert')
    .filter({ hasText: 'Dit bestand is niet gemaakt: de ontvanger zou het niet kunnen openen.' });
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText(
    'De vraag aan het team bij Leerling A is 759 tekens te lang (2.759, hoogstens 2.000).',
  );
  await expectNoAxeViolations(page);
  expect(downloads).toBe(0);
  await expect(share).toBeVisible();
});

test('before an anonymised file or document leaves, a word taken for the name can be kept and a missed name added; the name itself never', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.clock.setFixedTime(TODAY);
  await createVault(page);
  await addPupilWithCase(page, { firstName: 'Roos', lastName: 'Bakker', parent: 'Ilse Bakker' });
  const meetingId = await planMeeting(page, {
    kind: 'zorgteam',
    date: '2026-12-01',
    startTime: '14:00',
    endTime: '15:30',
    place: 'Teamkamer',
  });
  await addCaseToAgenda(page, {
    pupilName: 'Roos Bakker',
    question: 'Roos plukte een roos voor de juf. Rosie, zo noemt de klas haar, is vaak stil.',
    named: false,
  });

  await go(page, '#/ontvangen');
  await main(page)
    .getByRole('button', { name: /^Agenda delen: Zorgteam/ })
    .click();
  const share = page.getByRole('dialog', { name: 'Agenda delen als bestand' });
  const replaced = share.getByRole('list', { name: 'Vervangen namen' });
  await expect(replaced).toContainText('„Roos” door Leerling A');
  await expect(replaced).toContainText('„roos” door Leerling A');
  await expect(replaced).not.toContainText('Rosie');

  // The name as written is refused: it would show who the pupil is.
  await share
    .getByRole('button', { name: '„Roos” niet vervangen door Leerling A', exact: true })
    .click();
  await expect(
    share
      .getByRole('alert')
      .filter({ hasText: '„Roos” blijft vervangen: zo staat de naam van de leerling er' }),
  ).toBeVisible();
  await expect(replaced).toContainText('„Roos” door Leerling A');
  // The flower stays as typed.
  await share
    .getByRole('button', { name: '„roos” niet vervangen door Leerling A', exact: true })
    .click();
  await expect(replaced).toContainText('„roos” blijft staan: geen naam van Leerling A');
  // The nickname nobody could know is added.
  await share.getByRole('textbox', { name: 'Gemiste naam van Leerling A' }).fill('Rosie');
  await share.getByRole('button', { name: 'Gemiste naam ook vervangen door Leerling A' }).click();
  await expect(replaced).toContainText('„Rosie” door Leerling A');
  await expect(
    share.getByRole('list', { name: 'Zelf toegevoegde namen van Leerling A' }),
  ).toContainText('„Rosie” wordt ook vervangen door Leerling A');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(share).toBeHidden();

  // Remembered for the item: the agenda outputs show the same list, and the PDF follows it.
  await openMeeting(page, meetingId);
  const output = main(page).getByRole('region', { name: 'Stukken en uitnodiging' });
  await expect(output.getByRole('list', { name: 'Vervangen namen' })).toContainText(
    '„roos” blijft staan: geen naam van Leerling A',
  );
  const pdf = await savedBytes(page, () =>
    output.getByRole('button', { name: 'Agenda (PDF)' }).click(),
  );
  const text = (await extractPdfText(new Uint8Array(pdf.bytes))).text.replace(/\s+/g, ' ');
  expect(text).toContain(
    'Leerling A plukte een roos voor de juf. Leerling A, zo noemt de klas haar, is vaak stil.',
  );
  expect(text).not.toContain('Roos');
  expect(text).not.toContain('Rosie');
  expect(text).not.toContain('Bakker');
});
