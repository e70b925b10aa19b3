// Runs in: Node (Playwright test runner), driving Chromium.
//
// The recipient's side of a referral (issue 15): a team with its own vault opens a school's
// referral package from Ontvangen bestanden (dropped on the window), sees what it is and who
// sent it before the passphrase (an unknown sender with its controlecode), that the letter
// matches its fingerprint, and the consent basis; keeps it as a received referral; records
// contact and the brede intake (a date before receipt is refused with the reason); opening the
// same package again stores nothing; later the plan van aanpak is overdue on Overzicht. A study
// day saved in Instellingen moves the contact term. Then the plan with a home goal, and the
// answer to the school: feedback offered as far as the consent that came in the package allows,
// the file sealed to the school's key, which opens it to the dates, the feedback and the home
// goal (never the team's notes). How the school takes an answer in is tested against a real
// vault in tests/browser/referralAnswers.test.ts.
// The package is sealed here with the real sealing code (the school's side of making it is
// covered by referrals.spec.ts).
import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';
import { referralPackageContent } from '../../shared/referrals/package';
import { sealSharedFile } from '../../shared/sharing/container';
import { openReceivedFile } from '../../shared/sharing/opener';
import {
  deelsleutelFingerprint,
  deelsleutelOf,
  generateSharingIdentity,
} from '../../shared/sharing/identity';
import { letterContent } from '../unit/referrals/letterFixture';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { dialog, dropFile, go, main } from './steps';
import { createVault } from './vault';

const PASSPHRASE = 'tulp fiets molen kaas';
const DOCUMENT_ID = 'ZT-7K3Q-0000-ABCD-EFGH';

test('a team opens a referral package, keeps it, records contact and intake; the plan term shows on Overzicht; the team answers the school', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const school = await generateSharingIdentity();
  const letter = letterContent();
  const pkg = await referralPackageContent(letter, DOCUMENT_ID, {
    categories: ['zorgsignaal-en-hulpvraag'],
    validUntil: '2027-07-31',
  });
  const bytes = await sealSharedFile({
    kind: 'referral',
    content: pkg,
    sender: school,
    to: { passphrase: PASSPHRASE, workFactor: 10 },
    createdAt: new Date('2026-11-19T15:00:00.000Z'),
  });
  const controlecode = await deelsleutelFingerprint(deelsleutelOf(school));
  // Friday 20 November 2026: contact is due five working days later, Friday 27 November, or
  // Monday 30 November once the team has saved a study day on Wednesday 25 November.
  await page.clock.setFixedTime(new Date('2026-11-20T10:00:00+01:00'));
  await createVault(page);

  // ---- Instellingen: the days that are no working day (issue 15, point 5) ------------------
  await go(page, '#/instellingen');
  const holidays = main(page).getByRole('region', { name: 'Feestdagen en vrije dagen' });
  await expect(holidays).toContainText('Nog geen dagen.');
  await holidays
    .getByRole('button', { name: 'Feestdagen van schooljaar 2026–2027 voorstellen' })
    .click();
  const listed = holidays.getByRole('list', { name: 'Feestdagen en vrije dagen' });
  await expect(listed).toContainText('Eerste Kerstdag');
  await holidays.getByLabel('Naam').fill('Studiedag');
  await holidays.getByRole('button', { name: 'Dag toevoegen' }).click();
  await expect(holidays).toContainText('Vul een geldige datum en een naam in');
  await holidays.getByLabel('Datum').fill('2026-11-25');
  await holidays.getByRole('button', { name: 'Dag toevoegen' }).click();
  await expect(listed).toContainText('Studiedag');
  await holidays.getByRole('button', { name: 'Opslaan' }).click();
  await expect(holidays.getByRole('status')).toContainText('De vrije dagen zijn opgeslagen.');
  await expectNoAxeViolations(page);

  // ---- What it is and who sent it, before the passphrase ----------------------------------
  await go(page, '#/ontvangen');
  await dropFile(page, { name: 'verwijzing-2026-11-19.zorgtafel', bytes });
  const identity = dialog(page).getByTestId('file-identity');
  await expect(identity).toContainText('Wat: verwijspakket (verwijsbrief)');
  await expect(identity).toContainText(`controlecode ${controlecode}`);
  await dialog(page).getByRole('textbox', { name: 'Wachtwoordzin' }).fill(PASSPHRASE);
  await dialog(page).getByRole('button', { name: 'Openen' }).click();

  // ---- Opened: sender not silently trusted, fingerprint checked, consent basis ------------
  await expect(dialog(page).getByRole('heading', { name: 'Verwijzing ontvangen' })).toBeVisible();
  await expect(dialog(page).getByTestId('share-sender')).toContainText(
    `Onbekende afzender. De handtekening klopt, maar deze deelsleutel staat niet in uw sociale kaart. Controlecode: ${controlecode}.`,
  );
  await expect(dialog(page).getByTestId('package-fingerprint')).toContainText(
    `documentnummer ${DOCUMENT_ID} (vingerafdruk ${pkg.fingerprint})`,
  );
  await expect(dialog(page).getByTestId('package-summary')).toContainText(
    `Verwijsbrief van OBS De Tweemaster voor ${letter.pupil.name}`,
  );
  await expect(dialog(page).getByTestId('consent-basis')).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog(page).getByRole('button', { name: 'Bewaren als ontvangen verwijzing' }).click();

  // ---- The received referral's screen: the letter as made, the contact term ---------------
  await expect(page).toHaveURL(/#\/ontvangen\/verwijzing\/[^/]+$/);
  const referralUrl = page.url();
  await expect(
    main(page).getByRole('heading', { level: 1, name: 'Verwijzing van OBS De Tweemaster' }),
  ).toBeVisible();
  await expect(main(page).getByTestId('letter-preview')).toContainText(letter.askOfRecipient);
  await expect(main(page).getByTestId('term-contact')).toContainText(
    'Contact met het gezin uiterlijk 30 november 2026',
  );
  await expectNoAxeViolations(page);

  // ---- Contact made, then the brede intake (a date before receipt is refused) -------------
  await main(page).getByRole('button', { name: 'Contact vastleggen' }).click();
  await expect(
    dialog(page).getByRole('heading', { name: 'Contact met het gezin vastleggen' }),
  ).toBeVisible();
  await dialog(page).getByLabel('Datum').fill('2026-11-19');
  await dialog(page).getByRole('button', { name: 'Vastleggen' }).click();
  await expect(dialog(page).getByLabel('Datum')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog(page)).toContainText('niet vóór de ontvangst of de vorige stap');
  await dialog(page).getByLabel('Datum').fill('2026-11-20');
  await dialog(page).getByRole('button', { name: 'Vastleggen' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(main(page).getByTestId('term-contact')).toContainText(
    'Contact gemaakt op 20 november 2026',
  );
  await main(page).getByRole('button', { name: 'Brede intake vastleggen' }).click();
  await dialog(page).getByLabel('Toelichting (niet verplicht)').fill('Bij het gezin thuis');
  await dialog(page).getByRole('button', { name: 'Vastleggen' }).click();
  await expect(dialog(page)).toBeHidden();
  const history = main(page).getByTestId('received-history');
  await expect(history).toContainText('contact gemaakt op 20 november 2026');
  await expect(history).toContainText('brede intake gedaan op 20 november 2026');
  await expect(history).toContainText('Bij het gezin thuis');
  await expect(main(page).getByTestId('term-plan')).toContainText(
    'Plan van aanpak met het gezin uiterlijk 1 januari 2027',
  );
  await expect(
    main(page).getByRole('button', { name: 'Plan van aanpak vastleggen' }),
  ).toBeVisible();

  // ---- The same package again: recognised, nothing stored ---------------------------------
  await dropFile(page, { name: 'verwijzing-2026-11-19.zorgtafel', bytes });
  await dialog(page).getByRole('textbox', { name: 'Wachtwoordzin' }).fill(PASSPHRASE);
  await dialog(page).getByRole('button', { name: 'Openen' }).click();
  await expect(dialog(page).getByTestId('share-refusal')).toHaveAttribute('data-code', 'replayed');
  await dialog(page).getByRole('button', { name: 'Bewaarde bestand bekijken' }).click();
  await expect(page).toHaveURL(referralUrl);
  await go(page, '#/ontvangen');
  await expect(
    main(page).getByRole('region', { name: 'Ontvangen verwijzingen' }).getByRole('listitem'),
  ).toHaveCount(1);

  // ---- Time passes: the plan van aanpak is overdue on the waiting side's Overzicht --------
  await page.clock.setFixedTime(new Date('2027-01-04T10:00:00+01:00'));
  await go(page, '#/overzicht');
  const widget = main(page).getByRole('region', { name: 'Ontvangen verwijzingen die wachten' });
  await expect(widget.getByTestId('received-overdue-plan')).toContainText(
    'Plan van aanpak had uiterlijk 1 januari 2027 klaar moeten zijn: 3 dagen te laat.',
  );
  await expectNoAxeViolations(page);

  // ---- The plan van aanpak with a home goal, then the answer to the school -----------------
  await go(page, new URL(referralUrl).hash);
  await main(page).getByRole('button', { name: 'Plan van aanpak vastleggen' }).click();
  await dialog(page).getByRole('button', { name: 'Doel toevoegen' }).click();
  await dialog(page).getByLabel('Doel 1').fill('Vaste bedtijd om half acht');
  await dialog(page).getByRole('button', { name: 'Vastleggen' }).click();
  await expect(dialog(page)).toBeHidden();
  await main(page).getByRole('button', { name: 'Antwoord aan school maken' }).click();
  await expect(dialog(page).getByTestId('answer-steps')).toContainText(
    'contact gemaakt op 20 november 2026',
  );
  await expect(dialog(page).getByTestId('answer-feedback-consent')).toContainText(
    'Geldig tot en met 31 juli 2027',
  );
  await dialog(page)
    .getByRole('textbox', { name: 'Terugkoppeling aan de school (niet verplicht)' })
    .fill('Gezin werkt goed mee.');
  await expect(
    dialog(page).getByLabel('Doelen thuis uit het plan van aanpak meesturen'),
  ).toBeChecked();
  await expectNoAxeViolations(page);
  const download: Promise<Download> = page.waitForEvent('download');
  await dialog(page).getByRole('button', { name: 'Antwoord opslaan' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('antwoord-verwijzing-2027-01-04.zorgtafel');
  await expect(dialog(page).getByRole('status')).toContainText('Het antwoord is opgeslagen');
  await dialog(page).getByRole('button', { name: 'Sluiten' }).click();
  const answerBytes = await readFile(await file.path());

  // ---- The team cannot open its own answer: it is sealed for the school ---------------------
  await dropFile(page, { name: 'antwoord-verwijzing-2027-01-04.zorgtafel', bytes: answerBytes });
  await expect(dialog(page)).toContainText('Wat: antwoord op een verwijzing');
  await expect(dialog(page)).toContainText('Dit bestand is niet voor u versleuteld');
  await dialog(page).getByRole('button', { name: 'Sluiten' }).click();

  // ---- Only the school opens it: the dates, the feedback, the home goal; no notes ----------
  const answer = await openReceivedFile(
    answerBytes,
    { identity: school },
    { now: new Date('2027-01-04T12:00:00Z'), maxBytes: 8 * 1024 * 1024 },
  );
  if (!answer.ok || answer.value.opened.kind !== 'referral-answer') throw new Error('not opened');
  const content = answer.value.opened.content;
  expect(content.documentId).toBe(DOCUMENT_ID);
  expect(content.steps).toEqual([
    { step: 'contact', date: '2026-11-20' },
    { step: 'intake', date: '2026-11-20' },
    { step: 'plan', date: '2027-01-04' },
  ]);
  expect(content.feedback).toEqual({ kind: 'text', text: 'Gezin werkt goed mee.' });
  expect(content.homeGoals.map((g) => g.goal)).toEqual(['Vaste bedtijd om half acht']);
  expect(JSON.stringify(content)).not.toContain('Bij het gezin thuis');
});
