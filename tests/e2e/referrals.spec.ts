// Runs in: Node (Playwright test runner), driving Chromium.
//
// Verwijzingen (issue 6), driven as an IB would: set up the ondersteuningsteam and the
// school's letterhead (with a logo), start a referral from a case (the team of the family's
// postcode is suggested), see it blocked without consent with exactly what is missing,
// record the consent from the wizard and go through, save the letter and the parents' copy
// (their text holds the content with diacritics and a fingerprint that matches a
// recomputation), mark it sent, see that feedback needs its own consent, withdraw the consent
// and see a new export blocked while the referral stays sent, and see overdue contact and
// feedback on the dashboard once the clock has moved on. Every screen and dialog passes axe;
// the wizard is filled in by keyboard.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { referralContentFingerprint } from '../../shared/referrals/fingerprint';
import { openReferralPackage } from '../../shared/referrals/package';
import {
  REFERRAL_LETTER_FORMAT,
  type ReferralLetterContent,
} from '../../shared/referrals/letterContent';
import { extractPdfText } from '../helpers/pdfText';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { choose, consentGivenByAll, dialog, go, main, openTab } from './steps';
import { createVault, SCHOOL, USER } from './vault';

/** A valid 1×1 PNG, as a school logo. */
const LOGO_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const RECIPIENT = 'Ondersteuningsteam Twente-Oost';
const RECIPIENT_ADDRESS = 'Postbus 12, 7500 AA Enschede';
const SCHOOL_ADDRESS = 'Schoolstraat 1\n7511 AB Enschede';
const REASON = 'Zoë is vaak moe en stil; wat speelt er thuis en wat heeft zij nodig?';
const DONE = 'Twee gesprekken met moeder en een observatie door de coördinator.';
const STRENGTHS = 'Zoë is creatief en behulpzaam; oma Ayşe helpt het gezin veel.';
const CONCERN = 'Zoë mist veel lessen op maandag; haar leesniveau daalt.';
const ASK = 'Wilt u contact opnemen met het gezin voor een intake?';
const PARENTS_VOICE = 'Moeder: Zoë slaapt slecht sinds de verhuizing; zij wil hulp thuis.';
const PARENTS_REACTION = 'Moeder herkent het beeld; vader wil eerst zelf met het wijkteam bellen.';
const PUPIL_VOICE = 'Ik ben moe op maandag en wil graag naast Fenna zitten.';

/** Instellingen: two teams (one serving the pupil's postcode) and the letterhead with a logo. */
async function setUpSchool(page: Page): Promise<void> {
  await go(page, '#/instellingen');
  const section = main(page).getByRole('region', { name: 'Organisaties en contactpersonen' });
  for (const org of [
    {
      name: 'Wijkteam Hengelo',
      kind: 'Wijkteam of wijkcoach',
      municipalities: 'Hengelo',
      ranges: '7550-7559',
      address: undefined,
    },
    {
      name: RECIPIENT,
      kind: 'Ondersteuningsteam',
      municipalities: 'Enschede',
      ranges: '7500-7547',
      address: RECIPIENT_ADDRESS,
    },
  ]) {
    await section.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await dialog(page).getByRole('textbox', { name: 'Naam van de organisatie' }).fill(org.name);
    await choose(page, dialog(page), 'Soort organisatie', org.kind);
    await dialog(page)
      .getByRole('textbox', { name: 'Gemeenten die zij bedienen' })
      .fill(org.municipalities);
    await dialog(page).getByRole('textbox', { name: 'Postcodegebieden' }).fill(org.ranges);
    if (org.address !== undefined)
      await dialog(page).getByRole('textbox', { name: 'Adres', exact: true }).fill(org.address);
    await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
    await expect(dialog(page)).toBeHidden();
  }

  const letterhead = main(page).getByRole('region', { name: 'Briefpapier en termijnen' });
  await expect(letterhead.getByText('Er is nog geen logo gekozen', { exact: false })).toBeVisible();
  await letterhead.getByRole('textbox', { name: 'Adres van de school' }).fill(SCHOOL_ADDRESS);
  const chooser = page.waitForEvent('filechooser');
  await letterhead.getByRole('button', { name: 'Logo kiezen' }).click();
  await (await chooser).setFiles({ name: 'logo.png', mimeType: 'image/png', buffer: LOGO_PNG });
  await expect(letterhead.getByRole('img', { name: 'Logo van de school' })).toBeVisible();
  // Field-level validation of the terms.
  const contactDays = letterhead.getByRole('spinbutton', {
    name: 'Contact verwacht binnen (werkdagen)',
  });
  await expect(contactDays).toHaveValue('5');
  await contactDays.fill('0');
  await contactDays.press('Enter');
  await expect(letterhead.getByText('Vul een heel getal in van 1 tot en met 30.')).toBeVisible();
  await expectNoAxeViolations(page);
  await contactDays.fill('5');
  await letterhead.getByRole('button', { name: 'Opslaan' }).click();
  await expect(
    letterhead.getByText('Briefpapier en termijnen zijn opgeslagen.', { exact: false }),
  ).toBeVisible();
  await expect(
    letterhead.getByRole('spinbutton', { name: 'Terugkoppeling verwacht binnen (werkdagen)' }),
  ).toHaveValue('20');
}

/** An 8-year-old living in Enschede with one parent with gezag, and a case. */
async function pupilAndCase(page: Page): Promise<string> {
  await go(page, '#/leerlingen');
  await main(page).getByRole('button', { name: 'Leerling toevoegen' }).first().click();
  await dialog(page).getByRole('textbox', { name: 'Voornaam', exact: true }).fill('Zoë');
  await dialog(page).getByRole('textbox', { name: 'Achternaam', exact: true }).fill('Bakır');
  await dialog(page)
    .getByRole('textbox', { name: 'Geboortedatum', exact: true })
    .fill('2018-03-03');
  await dialog(page).getByRole('textbox', { name: 'Groep of klas' }).fill('groep 5');
  await dialog(page).getByRole('textbox', { name: 'Woonplaats' }).fill('Enschede');
  await dialog(page).getByRole('textbox', { name: 'Postcode' }).fill('7511 JK');
  await dialog(page).getByRole('button', { name: 'Ouder of verzorger toevoegen' }).click();
  await dialog(page)
    .getByRole('group', { name: 'Ouder of verzorger 1' })
    .getByRole('textbox', { name: 'Naam', exact: true })
    .fill('Linda Bakır');
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
  await main(page).getByRole('button', { name: 'Nieuw zorgdossier' }).click();
  await dialog(page).getByLabel('Datum van het signaal').fill('2026-10-01');
  await dialog(page).getByLabel('Gemeld door').fill('juf Esther (groep 5)');
  await dialog(page).getByLabel('Wat is er gezien of gehoord?').fill('Zoë is vaak moe.');
  await dialog(page).getByLabel('Hulpvraag', { exact: true }).fill('Wat heeft Zoë nodig?');
  await dialog(page)
    .getByRole('button', { name: /Dossier aanmaken|Opslaan/ })
    .click();
  await expect(
    main(page).getByRole('heading', { level: 1, name: 'Zorgdossier Zoë Bakır' }),
  ).toBeVisible();
  // What the parents and the pupil (8, the school's default age) think, on the overview.
  for (const [button, text] of [
    ['Toevoegen wat ouders vinden', PARENTS_VOICE],
    ['Toevoegen wat de leerling vindt', PUPIL_VOICE],
  ] as const) {
    await main(page).getByRole('button', { name: button }).click();
    await dialog(page)
      .getByRole('textbox', { name: /^Wat vind/ })
      .fill(text);
    await expectNoAxeViolations(page);
    await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
    await expect(dialog(page)).toBeHidden();
  }
  await expect(
    main(page).getByRole('region', { name: 'Wat vinden ouders' }).getByText(PARENTS_VOICE),
  ).toBeVisible();
  await expect(
    main(page).getByRole('region', { name: 'Wat vindt de leerling' }).getByText(PUPIL_VOICE),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  return new URL(page.url()).hash;
}

/** Types into a field reached by keyboard focus. */
async function typeInto(page: Page, label: string, text: string): Promise<void> {
  await main(page).getByRole('textbox', { name: label }).focus();
  await page.keyboard.type(text);
}

test('a referral: blocked without consent, letter with a verifiable fingerprint, withdrawal blocks, overdue on the dashboard', async ({
  page,
}) => {
  test.setTimeout(480_000);
  // Friday 20 November 2026: five working days later is Friday 27 November.
  await page.clock.setFixedTime(new Date('2026-11-20T10:00:00+01:00'));
  await createVault(page);
  await setUpSchool(page);
  const caseHash = await pupilAndCase(page);

  // ---- Start from the case ----------------------------------------------------------
  await openTab(page, 'Verwijzingen');
  await expect(
    main(page).getByText('Voor dit dossier is nog geen verwijzing gemaakt.', { exact: false }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  const start = main(page).getByRole('button', { name: 'Nieuwe verwijzing' });
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page).getByRole('heading', { name: 'Nieuwe verwijzing' })).toBeVisible();
  // The team serving the family's postcode is suggested and chosen.
  await expect(
    dialog(page).getByText(
      `Voorstel: ${RECIPIENT}. Postcode 7511 JK valt in het gebied 7500-7547.`,
    ),
  ).toBeVisible();
  await expect(dialog(page).getByRole('combobox', { name: 'Ontvanger' })).toContainText(RECIPIENT);
  await expectNoAxeViolations(page);
  await dialog(page).getByRole('button', { name: 'Verwijzing starten' }).focus();
  await page.keyboard.press('Enter');
  await expect(
    main(page).getByRole('heading', { level: 1, name: 'Verwijzing Zoë Bakır' }),
  ).toBeVisible();
  const referralHash = new URL(page.url()).hash;
  expect(referralHash).toMatch(/^#\/verwijzingen\/[A-Za-z0-9_-]+$/);
  await expect(main(page).getByTestId('referral-status')).toHaveText('Concept');

  // ---- The wizard by keyboard: data, content --------------------------------------------
  const gate = main(page).getByTestId('consent-gate');
  await expect(
    gate.getByText('Er zijn nog geen gegevens gekozen om te delen (stap 2).'),
  ).toBeVisible();
  for (const category of [
    'Basisgegevens (naam, geboortedatum, groep, adres)',
    'Zorgsignaal en hulpvraag',
    'Aanwezigheid en verzuim',
  ]) {
    await main(page).getByRole('checkbox', { name: category }).focus();
    await page.keyboard.press('Space');
    await expect(main(page).getByRole('checkbox', { name: category })).toBeChecked();
  }
  // Working notes are never offered; this case has no minutes or plan yet.
  await expect(
    main(page).getByText(
      'Er zijn nog geen vastgestelde verslagen of een actieplan bij dit dossier.',
    ),
  ).toBeVisible();

  // Blocked, with exactly what is missing.
  const missing = gate.getByTestId('gate-missing');
  await expect(missing.getByRole('listitem')).toHaveCount(4);
  await expect(missing).toContainText(
    `Voor „Basisgegevens (naam, geboortedatum, groep, adres)” is geen toestemming om te verwijzen naar ${RECIPIENT}.`,
  );
  await expect(missing).toContainText(
    `Voor „Zorgsignaal en hulpvraag” is geen toestemming om te verwijzen naar ${RECIPIENT}.`,
  );
  await expect(missing).toContainText(
    `Voor „Aanwezigheid en verzuim” is geen toestemming om te verwijzen naar ${RECIPIENT}.`,
  );
  await expect(missing).toContainText(
    `Er is nog geen toestemming om te verwijzen naar ${RECIPIENT}.`,
  );
  await expect(
    gate.getByText('Zonder deze toestemming kunt u de brief niet maken of versturen.', {
      exact: false,
    }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // Field-level validation when trying to make the letter with empty required fields.
  await main(page).getByRole('button', { name: 'Verwijsbrief opslaan (PDF)' }).click();
  await expect(
    main(page).getByRole('textbox', { name: 'Reden van aanmelding en hulpvraag' }),
  ).toBeFocused();
  await expect(
    main(page).getByText('Schrijf de reden van aanmelding en de hulpvraag op.').first(),
  ).toBeVisible();
  await expect(
    main(page).getByText('Schrijf op wat de school van de ontvanger vraagt.').first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.keyboard.type(REASON);
  await typeInto(page, 'Wat de school verder al deed (toelichting)', DONE);
  await typeInto(page, 'Sterke kanten van het kind en het gezin', STRENGTHS);
  await typeInto(page, 'Zorgen: Onderwijs', CONCERN);
  await typeInto(page, 'Wat de school van de ontvanger vraagt', ASK);
  await expect(main(page).getByText('Concept bewaard.')).toBeVisible();

  // Without consent the export is refused, naming what is missing.
  await main(page).getByRole('button', { name: 'Verwijsbrief opslaan (PDF)' }).click();
  const blocked = main(page).getByTestId('export-blocked');
  await expect(blocked).toContainText(
    `Er is nog geen toestemming om te verwijzen naar ${RECIPIENT}.`,
  );
  await main(page).getByRole('button', { name: 'Markeren als verstuurd' }).click();
  await expect(dialog(page)).toHaveCount(0);
  await expect(
    main(page).getByText('Versturen kan pas als de toestemming in orde is (stap 3).'),
  ).toBeVisible();

  // The draft survives leaving the screen.
  await go(page, caseHash);
  await expect(
    main(page).getByRole('heading', { level: 1, name: 'Zorgdossier Zoë Bakır' }),
  ).toBeVisible();
  await go(page, referralHash);
  await expect(
    main(page).getByRole('textbox', { name: 'Reden van aanmelding en hulpvraag' }),
  ).toHaveValue(REASON);

  // ---- Consent, recorded from the wizard -----------------------------------------------
  await gate.getByRole('button', { name: 'Toestemmingsformulier afdrukken' }).click();
  await expect(
    dialog(page).getByRole('heading', { name: 'Toestemmingsformulier afdrukken' }),
  ).toBeVisible();
  await expect(
    dialog(page).getByRole('combobox', { name: 'Waarvoor is de toestemming?' }),
  ).toContainText('Aanmelden (verwijzen)');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();

  await gate.getByRole('button', { name: 'Toestemming vastleggen' }).click();
  await expect(dialog(page).getByRole('heading', { name: 'Toestemming vastleggen' })).toBeVisible();
  await expect(
    dialog(page).getByRole('combobox', { name: 'Ontvangende organisatie' }),
  ).toContainText(RECIPIENT);
  await expect(dialog(page).getByLabel('Aanwezigheid en verzuim')).toBeChecked();
  await expect(dialog(page).getByLabel('Medische gegevens')).not.toBeChecked();
  await expect(dialog(page).getByRole('radio', { checked: true })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await consentGivenByAll(page);
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(gate.getByText('Toestemming is in orde')).toBeVisible();
  await expect(
    gate.getByText(`Er is een geldige toestemming om te verwijzen naar ${RECIPIENT}`, {
      exact: false,
    }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // ---- Preview and the letter ---------------------------------------------------------
  const preview = main(page).getByTestId('letter-preview');
  await expect(preview.getByText(REASON)).toBeVisible();
  await expect(preview.getByText(CONCERN)).toBeVisible();
  await expect(preview.getByText('Linda Bakır (moeder, met ouderlijk gezag)')).toBeVisible();
  await expect(preview.getByText(`${USER} (intern begeleider)`)).toBeVisible();

  const expected: ReferralLetterContent = {
    format: REFERRAL_LETTER_FORMAT,
    school: { name: SCHOOL, address: SCHOOL_ADDRESS },
    recipient: { name: RECIPIENT, address: RECIPIENT_ADDRESS },
    date: '2026-11-20',
    pupil: { name: 'Zoë Bakır', dateOfBirth: '2018-03-03', group: 'groep 5' },
    reasonAndQuestion: REASON,
    alreadyDone: { items: [], text: DONE },
    strengths: STRENGTHS,
    concerns: [{ leefgebied: 'Onderwijs', text: CONCERN }],
    askOfRecipient: ASK,
    voices: {
      parents: [`20 november 2026: ${PARENTS_VOICE}`],
      pupil: [`20 november 2026: ${PUPIL_VOICE}`],
    },
    involved: [],
    attachments: [],
    dataCategories: ['basisgegevens', 'zorgsignaal-en-hulpvraag', 'aanwezigheid-en-verzuim'],
    signers: [
      { name: 'Linda Bakır', role: 'moeder, met ouderlijk gezag' },
      { name: USER, role: 'intern begeleider' },
    ],
  };
  const fingerprint = await referralContentFingerprint(expected);
  await expect(main(page).getByTestId('preview-fingerprint')).toHaveText(
    `Vingerafdruk (SHA-256): ${fingerprint}`,
  );

  const letterButton = main(page).getByRole('button', { name: 'Verwijsbrief opslaan (PDF)' });
  await letterButton.focus();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toBe('verwijzing-2026-11-20.pdf');
  await expect(
    main(page).getByText('De verwijsbrief is opgeslagen als verwijzing-2026-11-20.pdf.'),
  ).toBeVisible();
  const pdf = await extractPdfText(new Uint8Array(await readFile(await file.path())));
  const text = pdf.text.replace(/\s+/g, ' ');
  for (const part of [
    SCHOOL,
    'Schoolstraat 1',
    '7511 AB Enschede',
    RECIPIENT,
    '20 november 2026',
    'Zoë Bakır',
    REASON,
    DONE,
    STRENGTHS,
    CONCERN,
    ASK,
    'Wat vinden ouders',
    PARENTS_VOICE,
    'Wat vindt de leerling',
    PUPIL_VOICE,
    'Aanwezigheid en verzuim',
    'Linda Bakır (moeder, met ouderlijk gezag)',
    `${USER} (intern begeleider)`,
    'VERTROUWELIJK',
    'Pagina 1 van',
  ]) {
    expect(text).toContain(part);
  }
  expect(text).toMatch(/Document-id: ZT-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/);
  // The printed fingerprint is the SHA-256 of exactly this content, recomputed here.
  expect(text).toContain(`Vingerafdruk (SHA-256): ${fingerprint}`);
  expect(pdf.title).toBe('Verwijsbrief');

  const parentsDownload = page.waitForEvent('download');
  await main(page).getByRole('button', { name: 'Ouderexemplaar opslaan (PDF)' }).click();
  const parentsFile = await parentsDownload;
  expect(parentsFile.suggestedFilename()).toBe('verwijzing-ouderexemplaar-2026-11-20.pdf');
  const parentsText = (
    await extractPdfText(new Uint8Array(await readFile(await parentsFile.path())))
  ).text.replace(/\s+/g, ' ');
  expect(parentsText).toContain('Kopie voor ouders');
  expect(parentsText).toContain(REASON);
  expect(parentsText).toContain(fingerprint);

  // The encrypted package for a recipient with Zorgtafel: a passphrase (no deelsleutels known).
  await main(page).getByRole('button', { name: 'Versleuteld pakket (Zorgtafel)' }).click();
  await expect(
    dialog(page).getByRole('heading', { name: 'Versleuteld pakket maken' }),
  ).toBeVisible();
  await expect(dialog(page).getByRole('radio', { name: 'Met een wachtwoordzin' })).toBeChecked();
  await expectNoAxeViolations(page);
  const passphraseField = dialog(page).getByRole('textbox', { name: 'Wachtwoordzin' });
  await passphraseField.fill('te kort');
  await dialog(page).getByRole('button', { name: 'Pakket maken en opslaan' }).click();
  await expect(
    dialog(page).getByText('Gebruik een wachtwoordzin van minstens 12 tekens.'),
  ).toBeVisible();
  const passphrase = 'Zoë-tafel-2026-pakket';
  await passphraseField.fill(passphrase);
  const packageDownload = page.waitForEvent('download');
  await dialog(page).getByRole('button', { name: 'Pakket maken en opslaan' }).click();
  const packageFile = await packageDownload;
  expect(packageFile.suggestedFilename()).toBe('verwijzing-2026-11-20.zorgtafel');
  await expect(
    main(page).getByText(
      'Het versleutelde pakket is opgeslagen als verwijzing-2026-11-20.zorgtafel.',
    ),
  ).toBeVisible();
  const opened = await openReferralPackage(
    new Uint8Array(await readFile(await packageFile.path())),
    { passphrase },
    { now: new Date('2026-11-20T10:00:00+01:00'), maxBytes: 8_000_000 },
  );
  if (!opened.ok) throw new Error(`package did not open: ${opened.error.code}`);
  expect(opened.value.package.letter).toEqual(expected);
  expect(opened.value.package.fingerprint).toBe(fingerprint);

  // ---- Mark as sent: the parents see the draft first (issue 18) ------------------------
  await main(page).getByRole('button', { name: 'Markeren als verstuurd' }).click();
  await expect(dialog(page).getByRole('heading', { name: 'Verwijzing versturen' })).toBeVisible();
  await dialog(page).getByRole('button', { name: 'Markeren als verstuurd' }).click();
  await expect(dialog(page).getByText('Kies hoe de brief is verstuurd.')).toBeVisible();
  await expect(
    dialog(page).getByText('Schrijf op waarom ouders de concept-brief niet hebben gezien.'),
  ).toBeVisible();
  await dialog(page).getByRole('button', { name: 'Annuleren' }).click();
  const review = main(page).getByTestId('parents-review');
  await expect(review.getByText('Nog niet vastgelegd.')).toBeVisible();
  await review.getByRole('button', { name: 'Inzage door ouders vastleggen' }).click();
  await choose(page, dialog(page), 'Hoe zagen ouders de concept-brief?', 'in een gesprek');
  await dialog(page).getByRole('textbox', { name: 'Reactie van ouders' }).fill(PARENTS_REACTION);
  await dialog(page)
    .getByRole('textbox', { name: 'Wat is daarna aangepast' })
    .fill('Zin over oma weggelaten.');
  await expectNoAxeViolations(page);
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
  const seen = 'Ouders zagen de concept-brief op 20 november 2026 (in een gesprek).';
  await expect(review.getByText(seen)).toBeVisible();
  await main(page).getByRole('button', { name: 'Markeren als verstuurd' }).click();
  await expect(dialog(page).getByText(seen)).toBeVisible();
  await expect(dialog(page).getByRole('textbox', { name: /zonder inzage/ })).toHaveCount(0);
  await choose(page, dialog(page), 'Hoe is de brief verstuurd?', 'Per post');
  await expect(
    dialog(page).getByText(
      'Zorgtafel verwacht contact uiterlijk 27 november 2026 (5 werkdagen) en een terugkoppeling uiterlijk 18 december 2026.',
    ),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog(page).getByRole('button', { name: 'Markeren als verstuurd' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(main(page).getByTestId('referral-status')).toHaveText('Verstuurd');
  const progress = main(page).getByTestId('referral-progress');
  await expect(progress.getByText('Verstuurd op 20 november 2026 (Per post)')).toBeVisible();
  await expect(progress.getByText('27 november 2026')).toBeVisible();
  await expect(progress.getByText('18 december 2026')).toBeVisible();
  await expect(progress.getByText('Document-id', { exact: false })).toHaveCount(0);
  const sentReview = main(page).getByTestId('parents-review');
  await expect(sentReview.getByText(seen)).toBeVisible();
  await expect(sentReview.getByText(`Reactie van ouders: ${PARENTS_REACTION}`)).toBeVisible();
  await expect(sentReview.getByText('Aangepast: Zin over oma weggelaten.')).toBeVisible();
  // Feedback needs its own consent; the screen says so and offers to record it.
  await expect(
    main(page).getByText(`Er is geen toestemming om terugkoppeling van ${RECIPIENT} te ontvangen`, {
      exact: false,
    }),
  ).toBeVisible();
  await expect(main(page).getByRole('button', { name: 'Terugkoppeling vastleggen' })).toHaveCount(
    0,
  );
  await expectNoAxeViolations(page);

  // ---- Withdraw the consent: a new export is blocked at once, the referral stays sent ---
  await go(page, caseHash);
  await openTab(page, 'Toestemming');
  await main(page)
    .getByRole('button', {
      name: 'Toestemming Aanmelden (verwijzen) van 20 november 2026 intrekken',
    })
    .click();
  await dialog(page).getByRole('textbox', { name: 'Door wie?' }).fill('Linda Bakır');
  await dialog(page).getByRole('button', { name: 'Toestemming intrekken' }).click();
  await expect(dialog(page)).toBeHidden();
  await openTab(page, 'Verwijzingen');
  await expect(main(page).getByTestId('referral-status')).toHaveText('Verstuurd');
  await main(page)
    .getByRole('link', { name: `Verwijzing naar ${RECIPIENT}` })
    .click();
  await expect(
    main(page).getByRole('heading', { level: 1, name: 'Verwijzing Zoë Bakır' }),
  ).toBeVisible();
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await main(page).getByRole('button', { name: 'Verwijsbrief opslaan (PDF)' }).click();
  await expect(main(page).getByTestId('export-blocked')).toContainText(
    'De toestemming is op 20 november 2026 ingetrokken door Linda Bakır.',
  );
  expect(downloads).toBe(0);
  await expect(main(page).getByTestId('referral-status')).toHaveText('Verstuurd');
  await expect(
    main(page).getByRole('list', { name: 'Gemaakte brieven' }).getByRole('listitem'),
  ).toHaveCount(3);
  await expectNoAxeViolations(page);

  // ---- Time passes: contact and feedback are overdue ----------------------------------
  await page.clock.setFixedTime(new Date('2026-12-21T10:00:00+01:00'));
  await go(page, '#/overzicht');
  const widget = main(page).getByRole('region', { name: 'Verwijzingen die wachten' });
  await expect(widget.getByTestId('overdue-contact')).toContainText(
    'Contact te laat: verwacht uiterlijk 27 november 2026 (24 dagen te laat)',
  );
  await expect(widget.getByTestId('overdue-feedback')).toContainText(
    'Terugkoppeling te laat: verwacht uiterlijk 18 december 2026 (3 dagen te laat)',
  );
  await expect(
    widget.getByRole('link', { name: `Zoë Bakır → ${RECIPIENT}` }).first(),
  ).toHaveAttribute('href', referralHash);
  await expectNoAxeViolations(page);

  // The case shows it too, and so does the Verwijzingen list.
  await go(page, caseHash);
  await openTab(page, 'Verwijzingen');
  await expect(
    main(page).getByText(
      `Contact van ${RECIPIENT} had er uiterlijk 27 november 2026 moeten zijn (24 dagen te laat).`,
      { exact: false },
    ),
  ).toBeVisible();
  await go(page, '#/verwijzingen');
  await expect(main(page).getByRole('heading', { level: 1, name: 'Verwijzingen' })).toBeVisible();
  await expect(main(page).getByText('1 verwijzing')).toBeVisible();
  await choose(page, main(page), 'Toon', 'Afgesloten');
  await expect(main(page).getByText('0 verwijzingen')).toBeVisible();
  await expectNoAxeViolations(page);
  await choose(page, main(page), 'Toon', 'Verstuurd');
  await main(page)
    .getByRole('link', { name: `Zoë Bakır → ${RECIPIENT}` })
    .click();

  // Contact made: the contact reminder is resolved; the feedback one stays until feedback.
  await main(page).getByRole('button', { name: 'Status bijwerken' }).click();
  await expect(dialog(page).getByRole('heading', { name: 'Status bijwerken' })).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(main(page).getByTestId('referral-status')).toHaveText('Contact opgenomen');

  // Record the feedback consent, then the feedback itself.
  await main(page).getByRole('button', { name: 'Toestemming vastleggen' }).click();
  await expect(
    dialog(page).getByRole('combobox', { name: 'Waarvoor is de toestemming?' }),
  ).toContainText('Terugkoppeling ontvangen');
  await expect(dialog(page).getByRole('radio', { checked: true })).toHaveCount(0);
  await consentGivenByAll(page);
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
  await main(page).getByRole('button', { name: 'Terugkoppeling vastleggen' }).click();
  await expectNoAxeViolations(page);
  await dialog(page).getByRole('textbox', { name: 'Van wie' }).fill('Sanne Kroeze, OT-medewerker');
  await dialog(page)
    .getByRole('textbox', { name: 'Wat is er teruggekoppeld?' })
    .fill('Intake gepland; het gezin staat open voor hulp.');
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(main(page).getByRole('list', { name: 'Ontvangen terugkoppeling' })).toContainText(
    'Intake gepland; het gezin staat open voor hulp.',
  );

  // The family also went to the GP: recorded so the case stays in view.
  await main(page).getByRole('button', { name: 'Andere route vastleggen' }).click();
  await choose(page, dialog(page), 'Welke route?', 'Via de huisarts');
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(main(page).getByText('Via de huisarts, sinds 21 december 2026.')).toBeVisible();
  await expectNoAxeViolations(page);

  await go(page, '#/overzicht');
  await expect(
    main(page)
      .getByRole('region', { name: 'Verwijzingen die wachten' })
      .getByText('Geen verwijzingen over tijd.'),
  ).toBeVisible();
});
