// Runs in: Node (Playwright test runner), driving Chromium.
//
// Fault injection for issue 12, "typing survives": in every long text field, a burst of
// steady typing (never a pause the debounce waits for), then the browser process is
// SIGKILLed 0, 100, 500 or 1,000 ms later, the same profile is opened again and unlocked,
// and what the field holds is compared with what was typed. Everything typed at least a
// second before the kill must be there, and nothing that was not typed. In-app navigation
// in the middle of typing loses nothing at all. A reload, leaving the page and a tab close
// mid-typing raise the browser's warning while a write is pending; whoever leaves at once
// anyway keeps everything but the last second. A paste over a field's limit is refused with
// the numbers, never cut quietly.
//
// One vault per worker: the tests of this file run in order on one persistent profile
// (creating a vault costs an Argon2id derivation); each kill test opens it, types, kills,
// opens it again and unlocks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { addCaseToAgenda, addPupilWithCase, planMeeting, type Child } from './meetingSteps';
import {
  closeProfile,
  killBrowser,
  openProfile as startProfile,
  type OpenProfile,
} from './profile';
import { choose, dialog, go, main, openTab } from './steps';
import { createVault, unlock } from './vault';

test.describe.configure({ mode: 'serial' });

const CHILD: Child = { firstName: 'Ïsa', lastName: 'de Jong', parent: 'Marieke de Jong' };

/** The guarantee under test: text this old (ms) at the moment of a hard kill is on disk. */
const SURVIVES_AFTER_MS = 1000;
/** Between keys: steady typing, shorter than the autosave's 300 ms debounce. */
const KEY_GAP_MS = 60;

let profileDir = '';
let baseURL = '';
let meetingId = '';
/** The zorgdossier's route (#/leerlingen/<pupil>/dossier/<case>). */
let caseHash = '';
/** The concept referral's route (#/verwijzingen/<referral>). */
let referralHash = '';
/** The profile open right now, closed after a failed test so the profile can be removed. */
let current: OpenProfile | undefined;

async function openProfile(dir: string, url: string, path?: string): Promise<OpenProfile> {
  current = await startProfile(dir, url, path);
  return current;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** What a burst typed, and when (Node's clock) each character had been handed to the page. */
interface Burst {
  readonly text: string;
  readonly typedAt: readonly number[];
}

/** Types `text` key by key into the focused field without a pause long enough for the debounce. */
async function typeBurst(page: Page, text: string): Promise<Burst> {
  const typedAt: number[] = [];
  for (const key of text) {
    await page.keyboard.type(key);
    typedAt.push(Date.now());
    await sleep(KEY_GAP_MS);
  }
  return { text, typedAt };
}

/** The part of a burst typed at least SURVIVES_AFTER_MS before `killedAt`. */
function mustSurvive(burst: Burst, killedAt: number): string {
  const count = burst.typedAt.filter((at) => at <= killedAt - SURVIVES_AFTER_MS).length;
  return [...burst.text].slice(0, count).join('');
}

/** Asserts the stored text is a prefix of what was typed that holds everything old enough. */
function expectSurvived(stored: string, burst: Burst, killedAt: number): void {
  const required = mustSurvive(burst, killedAt);
  expect(burst.text.startsWith(stored), `stored text "${stored}" is not what was typed`).toBe(true);
  expect(
    stored.length,
    `lost text typed ≥ ${SURVIVES_AFTER_MS} ms before the kill: "${required}"`,
  ).toBeGreaterThanOrEqual(required.length);
}

/** Types a burst, waits `delayMs`, SIGKILLs the browser; returns the burst and the kill time. */
async function typeAndKill(
  profile: OpenProfile,
  text: string,
  delayMs: number,
): Promise<{ readonly burst: Burst; readonly killedAt: number }> {
  const burst = await typeBurst(profile.page, text);
  await sleep(delayMs);
  const killedAt = Date.now();
  await killBrowser(profile, profileDir);
  return { burst, killedAt };
}

function burstText(field: string, delayMs: number): string {
  return `${field} ${delayMs}: Ïsa komt te laat, moeder ‘Zoë’ belt de IB op maandag.`;
}

function meetingRoute(): string {
  return `/#/overleggen/${meetingId}/vergadering`;
}

function situation(page: Page): Locator {
  return main(page).getByRole('textbox', { name: 'Situatie' });
}

async function waitSaved(page: Page): Promise<void> {
  await expect(main(page).getByTestId('save-status')).toHaveText('Alles opgeslagen');
}

/** Opens meeting mode on the profile, unlocked, with the situation field empty and focused. */
async function openEmptySituation(): Promise<OpenProfile> {
  const profile = await openProfile(profileDir, baseURL, meetingRoute());
  await unlock(profile.page);
  const field = situation(profile.page);
  await field.click();
  await profile.page.keyboard.press('Control+A');
  await profile.page.keyboard.press('Delete');
  await expect(field).toHaveValue('');
  await waitSaved(profile.page);
  return profile;
}

/** Opens the profile again after a kill and returns what the situation field holds. */
async function storedSituation(): Promise<{
  readonly profile: OpenProfile;
  readonly stored: string;
}> {
  const profile = await openProfile(profileDir, baseURL, meetingRoute());
  await unlock(profile.page);
  await expect(situation(profile.page)).toBeVisible();
  return { profile, stored: await situation(profile.page).inputValue() };
}

/** A team to refer to (Instellingen), and a concept referral from the case; returns its route. */
async function startReferral(page: Page): Promise<string> {
  await go(page, '#/instellingen');
  const section = main(page).getByRole('region', { name: 'Organisaties en contactpersonen' });
  await section.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  await dialog(page)
    .getByRole('textbox', { name: 'Naam van de organisatie' })
    .fill('Wijkteam Centrum');
  await choose(page, dialog(page), 'Soort organisatie', 'Wijkteam of wijkcoach');
  await dialog(page).getByRole('textbox', { name: 'Gemeenten die zij bedienen' }).fill('Enschede');
  await dialog(page).getByRole('textbox', { name: 'Postcodegebieden' }).fill('7500-7547');
  await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog(page)).toBeHidden();
  await go(page, caseHash);
  await openTab(page, 'Verwijzingen');
  await main(page).getByRole('button', { name: 'Nieuwe verwijzing' }).click();
  await choose(page, dialog(page), 'Ontvanger', 'Wijkteam Centrum (Wijkteam of wijkcoach)');
  await dialog(page).getByRole('button', { name: 'Verwijzing starten' }).click();
  await expect(
    main(page).getByRole('heading', { level: 1, name: 'Verwijzing Ïsa de Jong' }),
  ).toBeVisible();
  return new URL(page.url()).hash;
}

test.beforeAll(async ({ browserName }, testInfo) => {
  expect(browserName).toBe('chromium');
  testInfo.setTimeout(300_000);
  baseURL = testInfo.project.use.baseURL ?? '';
  profileDir = mkdtempSync(join(tmpdir(), 'zorgtafel-typing-'));
  const profile = await openProfile(profileDir, baseURL);
  const { page } = profile;
  await createVault(page, { goto: false });
  await addPupilWithCase(page, CHILD);
  caseHash = new URL(page.url()).hash;
  referralHash = await startReferral(page);
  meetingId = await planMeeting(page, {
    kind: 'zorgteam',
    date: '2026-12-01',
    startTime: '15:00',
    endTime: '16:30',
    place: 'Teamkamer',
  });
  await addCaseToAgenda(page, {
    pupilName: 'Ïsa de Jong',
    question: 'Hoe krijgen we Ïsa op tijd op school?',
    named: false,
  });
  await page.evaluate((id) => (window.location.hash = `#/overleggen/${id}/vergadering`), meetingId);
  await main(page).getByRole('button', { name: 'Vergadering starten' }).click();
  await expect(situation(page)).toBeVisible();
  await closeProfile(profile);
});

test.afterAll(async () => {
  await current?.context.close().catch(() => undefined);
  if (profileDir !== '') rmSync(profileDir, { recursive: true, force: true });
});

for (const delayMs of [0, 100, 500, 1000]) {
  test(`meeting mode: a SIGKILL ${delayMs} ms after a burst of typing keeps everything typed a second before it`, async () => {
    test.setTimeout(120_000);
    const profile = await openEmptySituation();
    const { burst, killedAt } = await typeAndKill(profile, burstText('Situatie', delayMs), delayMs);
    const after = await storedSituation();
    expectSurvived(after.stored, burst, killedAt);
    if (delayMs >= SURVIVES_AFTER_MS) expect(after.stored).toBe(burst.text);
    await closeProfile(after.profile);
  });
}

/**
 * Unlocks (meeting mode takes over: the meeting is running) and opens the meeting's minutes
 * (afronden): the same meeting record and autosave as meeting mode, through its own screen.
 */
async function openMinutes(profile: OpenProfile): Promise<void> {
  await unlock(profile.page);
  await expect(profile.page.getByRole('navigation', { name: 'Hoofdnavigatie' })).toBeVisible();
  await go(profile.page, `#/overleggen/${meetingId}/afronden`);
  await expect(
    main(profile.page).getByRole('button', { name: 'Notulen vaststellen' }),
  ).toBeVisible();
  await expect(situation(profile.page)).toBeVisible();
}

for (const delayMs of [0, 1000]) {
  test(`minutes screen: a SIGKILL ${delayMs} ms after a burst of typing keeps everything typed a second before it`, async () => {
    test.setTimeout(120_000);
    const profile = await openProfile(profileDir, baseURL);
    await openMinutes(profile);
    const field = situation(profile.page);
    await field.click();
    await profile.page.keyboard.press('Control+A');
    await profile.page.keyboard.press('Delete');
    await expect(field).toHaveValue('');
    await waitSaved(profile.page);
    const { burst, killedAt } = await typeAndKill(profile, burstText('Notulen', delayMs), delayMs);

    const after = await openProfile(profileDir, baseURL);
    await openMinutes(after);
    const stored = await situation(after.page).inputValue();
    expectSurvived(stored, burst, killedAt);
    if (delayMs >= SURVIVES_AFTER_MS) expect(stored).toBe(burst.text);
    await closeProfile(after);
  });
}

/** A dialog that saves only on "Opslaan" and keeps a draft meanwhile. */
interface DraftDialog {
  readonly name: string;
  /** How the draft is named in the recovery prompt. */
  readonly offered: string;
  readonly tab: string;
  readonly open: string;
  readonly title: string;
  /** Fields to fill before the burst (label → text). */
  readonly fill: Readonly<Record<string, string>>;
  /** Selects to choose in before the burst (label → option), so that the restored dialog can save. */
  readonly pick?: Readonly<Record<string, string>>;
  readonly field: string;
}

const DRAFT_DIALOGS: readonly DraftDialog[] = [
  {
    name: 'chronology entry',
    offered: 'een chronologie-item',
    tab: 'Chronologie',
    open: 'Gebeurtenis toevoegen',
    title: 'Gebeurtenis toevoegen',
    fill: { Titel: 'Gesprek met moeder' },
    field: 'Tekst',
  },
  {
    name: 'working note',
    offered: 'een werkaantekening',
    tab: 'Werkaantekeningen',
    open: 'Werkaantekening toevoegen',
    title: 'Werkaantekening toevoegen',
    fill: {},
    field: 'Aantekening',
  },
  {
    name: 'actieplan action',
    offered: 'een actie van het actieplan',
    tab: 'Actieplan',
    open: 'Actie toevoegen',
    title: 'Actie toevoegen',
    fill: {},
    field: 'Wat moet er gebeuren?',
  },
  {
    name: 'actieplan goal',
    offered: 'een doel van het actieplan',
    tab: 'Actieplan',
    open: 'Doel toevoegen',
    title: 'Doel toevoegen',
    fill: {},
    pick: { Hoofdleefgebied: 'Onderwijs' },
    field: 'Doel',
  },
  {
    name: 'actieplan evaluation',
    offered: 'een evaluatie van het actieplan',
    tab: 'Actieplan',
    open: 'Evaluatiemoment toevoegen',
    title: 'Evaluatiemoment toevoegen',
    fill: { Datum: '2027-01-15' },
    field: 'Notitie (niet verplicht)',
  },
];

/** Unlocks (meeting mode may take over: a meeting is running) and opens the case's tab. */
async function openCaseTab(profile: OpenProfile, tab: string): Promise<void> {
  await unlock(profile.page);
  // Once the frame shows, meeting mode has taken over (ResumeMeeting): only then move on.
  await expect(profile.page.getByRole('navigation', { name: 'Hoofdnavigatie' })).toBeVisible();
  await go(profile.page, caseHash);
  await expect(
    main(profile.page).getByRole('heading', { level: 1, name: 'Zorgdossier Ïsa de Jong' }),
  ).toBeVisible();
  await openTab(profile.page, tab);
}

for (const target of DRAFT_DIALOGS) {
  for (const delayMs of [0, 1000]) {
    test(`${target.name}: a SIGKILL ${delayMs} ms after typing leaves a draft that the next unlock offers back`, async () => {
      test.setTimeout(120_000);
      const profile = await openProfile(profileDir, baseURL);
      await openCaseTab(profile, target.tab);
      await main(profile.page).getByRole('button', { name: target.open }).first().click();
      const form = profile.page.getByRole('dialog', { name: target.title });
      for (const [label, text] of Object.entries(target.fill))
        await form.getByRole('textbox', { name: label, exact: true }).fill(text);
      for (const [label, option] of Object.entries(target.pick ?? {}))
        await choose(profile.page, form, label, option);
      await form.getByRole('textbox', { name: target.field, exact: true }).click();
      const { burst, killedAt } = await typeAndKill(
        profile,
        burstText(target.field, delayMs),
        delayMs,
      );

      const after = await openProfile(profileDir, baseURL);
      const { page } = after;
      await unlock(page);
      const offer = page.getByRole('dialog', { name: 'Niet-opgeslagen tekst' });
      await expect(offer).toContainText(
        `Er is niet-opgeslagen tekst gevonden: ${target.offered} bij het zorgdossier van Ïsa de Jong`,
      );
      await offer.getByRole('button', { name: 'Herstellen' }).click();
      const restored = page.getByRole('dialog', { name: target.title });
      const field = restored.getByRole('textbox', { name: target.field, exact: true });
      await expect(field).toBeVisible();
      expectSurvived(await field.inputValue(), burst, killedAt);
      for (const [label, text] of Object.entries(target.fill))
        await expect(restored.getByRole('textbox', { name: label, exact: true })).toHaveValue(text);
      for (const [label, option] of Object.entries(target.pick ?? {}))
        await expect(restored.getByRole('combobox', { name: label })).toHaveText(option);
      if (delayMs >= SURVIVES_AFTER_MS) {
        await expect(field).toHaveValue(burst.text);
        // Saved: the draft is gone, the text is in the case.
        await restored.getByRole('button', { name: 'Opslaan' }).click();
        await expect(dialog(page)).toBeHidden();
        await expect(main(page).getByText(burst.text)).toBeVisible();
      } else {
        // Cancelled: the draft is gone too.
        await restored.getByRole('button', { name: 'Annuleren' }).click();
        await expect(dialog(page)).toBeHidden();
      }
      await closeProfile(after);
      // The next unlock offers nothing: saving or cancelling deleted the draft.
      const again = await openProfile(profileDir, baseURL);
      await openCaseTab(again, target.tab);
      await expect(again.page.getByRole('dialog')).toHaveCount(0);
      await closeProfile(again);
    });
  }
}

test('meeting mode: in-app navigation mid-typing, then a lock at once, loses nothing', async () => {
  test.setTimeout(180_000);
  // In-app navigation, then a lock at once: the screen writes what it holds as it goes.
  const profile = await openEmptySituation();
  const burst = await typeBurst(profile.page, burstText('Navigatie', 0));
  await go(profile.page, '#/overzicht');
  // Locking at once: the screen's last write is still registered, so the lock waits for it.
  await profile.page.keyboard.press('Control+Shift+L');
  await expect(
    profile.page.getByRole('heading', { level: 1, name: 'Zorgtafel is vergrendeld' }),
  ).toBeVisible();
  await closeProfile(profile);
  const after = await storedSituation();
  expect(after.stored).toBe(burst.text);
  await closeProfile(after.profile);
});

/** The referral wizard's long text fields; each saves straight into the concept referral. */
const WIZARD_FIELDS = [
  'Reden van aanmelding en hulpvraag',
  'Wat de school van de ontvanger vraagt',
] as const;

function wizardField(page: Page, label: string): Locator {
  return main(page).getByRole('textbox', { name: label });
}

/** Unlocks (meeting mode may take over) and opens the concept referral's wizard. */
async function openReferral(profile: OpenProfile): Promise<void> {
  await unlock(profile.page);
  await expect(profile.page.getByRole('navigation', { name: 'Hoofdnavigatie' })).toBeVisible();
  await go(profile.page, referralHash);
  await expect(
    main(profile.page).getByRole('heading', { level: 1, name: 'Verwijzing Ïsa de Jong' }),
  ).toBeVisible();
}

for (const [index, label] of WIZARD_FIELDS.entries()) {
  for (const delayMs of [0, 1000]) {
    test(`referral wizard, ${label}: a SIGKILL ${delayMs} ms after a burst of typing keeps everything typed a second before it`, async () => {
      test.setTimeout(120_000);
      const profile = await openProfile(profileDir, baseURL);
      await openReferral(profile);
      const field = wizardField(profile.page, label);
      await field.click();
      if ((await field.inputValue()) !== '') {
        await profile.page.keyboard.press('Control+A');
        await profile.page.keyboard.press('Delete');
        await expect(field).toHaveValue('');
        await expect(main(profile.page).getByText('Concept bewaard.')).toBeVisible();
      }
      const { burst, killedAt } = await typeAndKill(
        profile,
        burstText(`Verwijzing ${index}`, delayMs),
        delayMs,
      );

      const after = await openProfile(profileDir, baseURL);
      await openReferral(after);
      const stored = await wizardField(after.page, label).inputValue();
      expectSurvived(stored, burst, killedAt);
      if (delayMs >= SURVIVES_AFTER_MS) expect(stored).toBe(burst.text);
      await closeProfile(after);
    });
  }
}

/**
 * In the page, adds `key` to the focused field as typing would (the field's own setter, then an
 * input event React handles as a keystroke) and leaves the page in the same task by `leave`.
 * The autosave has just restarted its wait, so a write is certainly pending when the page goes:
 * a leave started from the test runner instead can come after the write on a loaded machine,
 * and then rightly shows no warning.
 */
function typeAndLeaveInPage(page: Page, key: string, leave: 'assign' | 'reload'): Promise<void> {
  return page.evaluate(
    ({ typed, how }) => {
      const field = document.activeElement;
      if (!(field instanceof HTMLTextAreaElement)) throw new Error('no text field has focus');
      // The prototype's setter, not the field's own: React's tracker then sees a change.
      Reflect.set(HTMLTextAreaElement.prototype, 'value', field.value + typed, field);
      field.dispatchEvent(new Event('input', { bubbles: true }));
      if (how === 'assign') window.location.assign('about:blank');
      else window.location.reload();
    },
    { typed: key, how: leave },
  );
}

/** The character typed in the page as it is left. */
const LAST_KEY = '!';

/**
 * Types a burst in meeting mode and leaves the page at once, answering the browser's warning
 * with "leave" straight away; then checks what is stored. The warning is what lets a user stay
 * until the write is done; leaving at once is the worst case, in which (as after a hard kill)
 * only the last second may be missing (docs/storage.md).
 *
 * `leave` either types LAST_KEY and leaves in the page's own task (a write is then certainly
 * pending, so the warning must come) or leaves from the test runner (`typesLastKey` false): on a
 * loaded machine the write may be done by then, and no warning is then the right answer, but
 * only if everything typed is stored.
 */
async function leaveMidTyping(
  leave: (page: Page) => Promise<unknown>,
  label: string,
  typesLastKey: boolean,
): Promise<void> {
  const profile = await openEmptySituation();
  const { page } = profile;
  const warnings: string[] = [];
  page.on('dialog', (shown) => {
    warnings.push(shown.type());
    void shown.accept();
  });
  const typed = await typeBurst(page, burstText(label, 0));
  const leftAt = Date.now();
  await leave(page);
  await closeProfile(profile);
  const burst: Burst = typesLastKey
    ? { text: typed.text + LAST_KEY, typedAt: [...typed.typedAt, leftAt] }
    : typed;
  const after = await storedSituation();
  if (typesLastKey || warnings.length > 0) {
    expect(warnings, 'the browser warned before the page with unwritten text was left').toEqual([
      'beforeunload',
    ]);
  } else {
    expect(after.stored, 'no warning, so everything typed must have been written').toBe(burst.text);
  }
  expectSurvived(after.stored, burst, leftAt);
  await closeProfile(after.profile);
}

test('meeting mode: a reload mid-typing warns before leaving and keeps everything but the last second; without pending text it does not warn', async () => {
  test.setTimeout(180_000);
  // Nothing unwritten: the page is left without a word.
  const quiet = await openEmptySituation();
  const dialogs: string[] = [];
  quiet.page.on('dialog', (shown) => {
    dialogs.push(shown.type());
    void shown.accept();
  });
  await quiet.page.reload();
  await expect(
    quiet.page.getByRole('heading', { level: 1, name: 'Zorgtafel is vergrendeld' }),
  ).toBeVisible();
  expect(dialogs).toEqual([]);
  await closeProfile(quiet);

  await leaveMidTyping(
    async (page) => {
      await typeAndLeaveInPage(page, LAST_KEY, 'reload');
      await expect(
        page.getByRole('heading', { level: 1, name: 'Zorgtafel is vergrendeld' }),
      ).toBeVisible();
    },
    'Herladen',
    true,
  );
});

test('meeting mode: leaving the page mid-typing warns before leaving and keeps everything but the last second', async () => {
  test.setTimeout(180_000);
  // Left by the page itself, as a link or an address typed elsewhere would: a navigation the
  // test runner starts (page.goto) does not always run the page's beforeunload.
  await leaveMidTyping(
    async (page) => {
      await typeAndLeaveInPage(page, LAST_KEY, 'assign');
      await page.waitForURL('about:blank');
    },
    'Weggaan',
    true,
  );
});

test('meeting mode: closing the tab mid-typing warns before closing and keeps everything but the last second', async () => {
  test.setTimeout(180_000);
  // A tab can only be closed from the test runner, so the write may be done before it closes.
  await leaveMidTyping(
    async (page) => {
      const closed = page.waitForEvent('close');
      await page.close({ runBeforeUnload: true });
      await closed;
    },
    'Sluiten',
    false,
  );
});

/**
 * Pastes `text` into `field` as the clipboard would (a real Ctrl+V does not reach the page in
 * headless Chromium); true when the page refused the paste.
 */
async function paste(field: Locator, text: string): Promise<boolean> {
  return field.evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    return !element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

/** 39,000 characters, with diacritics: the paste that was cut to 20,000 without a word. */
const OVERSIZED = 'Zoë '.repeat(9_750);

test("a paste over the limit of meeting mode's situation field and of a chronology entry is refused with the numbers, never cut quietly", async () => {
  test.setTimeout(180_000);
  const profile = await openEmptySituation();
  const { page } = profile;
  const field = situation(page);
  const refusal = page.getByRole('alert').filter({ hasText: 'Niet geplakt' });
  await page.keyboard.type('Kort.');
  await waitSaved(page);
  expect(await paste(field, OVERSIZED)).toBe(true);
  await expect(refusal).toContainText(
    'Niet geplakt: de tekst is 39.000 tekens lang en in dit veld is nog plaats voor 19.995 (maximaal 20.000).',
  );
  await expect(field).toHaveValue('Kort.');
  await refusal.getByRole('button', { name: /Sluiten|Close/ }).click();
  await expect(refusal).toHaveCount(0);
  // A paste that fits is left to the browser.
  expect(await paste(field, 'Moeder belde.')).toBe(false);
  await expect(refusal).toHaveCount(0);

  // What the issue saw: 39,000 characters into a chronology entry, cut to 20,000 without a
  // word. Now refused inside the dialog, with the numbers; the field keeps what it had.
  await go(page, caseHash);
  await openTab(page, 'Chronologie');
  await main(page).getByRole('button', { name: 'Gebeurtenis toevoegen' }).first().click();
  const entry = page.getByRole('dialog', { name: 'Gebeurtenis toevoegen' });
  const body = entry.getByRole('textbox', { name: 'Tekst', exact: true });
  await body.fill('Gesprek.');
  expect(await paste(body, OVERSIZED)).toBe(true);
  await expect(entry.getByRole('alert').filter({ hasText: 'Niet geplakt' })).toContainText(
    'Niet geplakt: de tekst is 39.000 tekens lang en in dit veld is nog plaats voor 19.992 (maximaal 20.000).',
  );
  await expect(body).toHaveValue('Gesprek.');
  await closeProfile(profile);
});
