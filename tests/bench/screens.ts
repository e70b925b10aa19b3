// Runs in: Node (Playwright test runner), driving Chromium.
//
// The benchmark's UI measurements of the screens after unlock, one helper per screen, each
// driving the REAL app as a user would (hash links, clicks, the keyboard) on the fixed
// targets of the seeded vault (renderer/bench/targets.ts) and timing inside the page
// (uiProbes.ts). They return plain figures; bench.spec.ts files them under metric ids.
import { readFile } from 'node:fs/promises';
import { expect, type Download, type Page } from '@playwright/test';
import type { BenchTargets } from '../../renderer/bench/api';
import { dropFile, main } from '../e2e/steps';
import { armKeystrokes, keystrokeSamples, scrollToEnd, timed, type ScrollResult } from './uiProbes';

/**
 * The keystroke probe on a page holding only a textarea, typed like meeting mode: what the
 * probe reads when the app does nothing. The probe ends at the first frame after the input,
 * so up to one frame (16.7 ms at 60 Hz) of waiting for it is in every sample, app or not.
 */
export async function measureControlKeystrokes(page: Page, characters: number): Promise<number[]> {
  const control = await page.context().newPage();
  try {
    await control.setContent(
      '<!doctype html><title>control</title><textarea aria-label="control"></textarea>',
    );
    await control.getByRole('textbox', { name: 'control' }).focus();
    const text = SITUATION_TEXT.repeat(Math.ceil(characters / SITUATION_TEXT.length)).slice(
      0,
      characters,
    );
    await armKeystrokes(control);
    await control.keyboard.type(text, { delay: 40 });
    return await keystrokeSamples(control, [...text].length);
  } finally {
    await control.close();
  }
}

/** Links to a pupil in the list: one per row. Pupil ids start with "r". */
const PUPIL_ROW = 'main a[href^="#/leerlingen/r"]';

/** Goes to the dashboard first, so every measured navigation starts from the same screen. */
async function fromDashboard(page: Page): Promise<void> {
  await page.evaluate(() => (window.location.hash = '#/overzicht'));
  await expect(main(page).getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();
}

export interface ListFigures {
  readonly openMs: number;
  readonly scroll: ScrollResult;
}

/** #/leerlingen from the dashboard until the first rows are painted, then the list scrolled to its end. */
export async function measurePupilList(page: Page): Promise<ListFigures> {
  await fromDashboard(page);
  const open = await timed(
    page,
    { kind: 'hash', hash: '#/leerlingen' },
    { kind: 'paint', anyOf: [{ selector: PUPIL_ROW }] },
  );
  await expect(main(page).getByRole('heading', { level: 1, name: 'Leerlingen' })).toBeVisible();
  const scroll = await scrollToEnd(page, PUPIL_ROW);
  return { openMs: open.ms, scroll };
}

export interface CaseFigures {
  /** Hash to the case screen painted (its tabs), plus the click on "Chronologie" to its entries painted. */
  readonly openMs: number;
  readonly screenMs: number;
  readonly chronologyMs: number;
  readonly itemsShown: number;
}

/** The target case with the long chronology: its hash from the dashboard, then the Chronologie tab. */
export async function measureCaseOpen(page: Page, targets: BenchTargets): Promise<CaseFigures> {
  await fromDashboard(page);
  const hash = `#/leerlingen/${targets.pupilId}/dossier/${targets.caseId}`;
  const screen = await timed(
    page,
    { kind: 'hash', hash },
    { kind: 'paint', anyOf: [{ selector: '#case-tab-chronology' }] },
  );
  const tab = main(page).getByRole('tab', { name: 'Chronologie' });
  const chronology = await timed(
    page,
    { kind: 'click' },
    { kind: 'paint', anyOf: [{ selector: '[data-testid="chronology-item"]' }] },
    () => tab.click(),
  );
  const itemsShown = await main(page).getByTestId('chronology-item').count();
  return {
    openMs: screen.ms + chronology.ms,
    screenMs: screen.ms,
    chronologyMs: chronology.ms,
    itemsShown,
  };
}

/**
 * Cijfers for the current school year (issue 17 point 5): the hash from the dashboard until
 * its first table is painted. The figures of the year and the year before are computed from
 * every record of the vault, so this grows with the vault's size.
 */
export async function measureCijfersOpen(page: Page): Promise<number> {
  await fromDashboard(page);
  const open = await timed(
    page,
    { kind: 'hash', hash: '#/cijfers' },
    { kind: 'paint', anyOf: [{ selector: '[data-testid="figures-new-cases-by-source"]' }] },
  );
  await expect(main(page).getByRole('heading', { level: 1, name: 'Cijfers' })).toBeVisible();
  return open.ms;
}

export interface MeetingFigures {
  /** Hash to the first item's editor painted, "Vergadering starten" included when the meeting had not started. */
  readonly openMs: number;
  readonly started: boolean;
  readonly keystrokeMs: readonly number[];
  /** Enter on a complete new action until the save status reads "Alles opgeslagen" again (includes the 300 ms autosave debounce). */
  readonly saveActionMs: number;
}

const SITUATION_TEXT =
  'Zoë komt sinds de herfstvakantie vaak te laat; moeder maakt zich zorgen over het slapen en de ochtenden thuis. De leerkracht ziet dat zij moe is.';

async function waitSaved(page: Page): Promise<void> {
  await expect(main(page).getByTestId('save-status')).toHaveText('Alles opgeslagen', {
    timeout: 30_000,
  });
}

/** Meeting mode of the 10-item bench meeting: open (and start), type into the situation, add an action by keyboard. */
export async function measureMeetingMode(
  page: Page,
  targets: BenchTargets,
  characters: number,
): Promise<MeetingFigures> {
  await fromDashboard(page);
  const editor = { selector: '[data-run-field="situation"]' };
  const startButton = { selector: 'main button', text: 'Vergadering starten' };
  const first = await timed(
    page,
    { kind: 'hash', hash: `#/overleggen/${targets.meetingId}/vergadering` },
    { kind: 'paint', anyOf: [editor, startButton] },
  );
  let openMs = first.ms;
  const start = main(page).getByRole('button', { name: 'Vergadering starten' });
  const started = await start.isVisible();
  if (started)
    openMs += (
      await timed(page, { kind: 'click' }, { kind: 'paint', anyOf: [editor] }, () => start.click())
    ).ms;
  const agenda = main(page).getByRole('navigation', { name: 'Agenda' });
  await expect(agenda.getByRole('button', { name: /^Punt 10:/ })).toBeVisible();

  // Keystroke to screen: the situation field, typed at a steady pace.
  await page.keyboard.press('Alt+S');
  const situation = main(page).getByRole('textbox', { name: 'Situatie' });
  await expect(situation).toBeFocused();
  const text = SITUATION_TEXT.repeat(Math.ceil(characters / SITUATION_TEXT.length)).slice(
    0,
    characters,
  );
  await armKeystrokes(page);
  await page.keyboard.type(text, { delay: 40 });
  const keystrokeMs = await keystrokeSamples(page, [...text].length);
  await expect(situation).toHaveValue(text);
  await waitSaved(page);

  // Saving an action by the keyboard flow of meeting mode (what, who, when, Enter).
  await page.keyboard.press('Alt+A');
  const entry = main(page).getByRole('group', { name: 'Nieuwe actie' });
  await expect(entry.getByRole('textbox', { name: 'Wat' })).toBeFocused();
  await page.keyboard.type('Gesprek plannen met moeder');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Anouk van den Berg');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(entry.getByLabel('Wanneer (uiterlijk)')).toBeFocused();
  // 12 December: day and month alike, so the keys work whatever the date input's field order.
  await page.keyboard.type('12122026');
  await waitSaved(page);
  const save = await timed(
    page,
    { kind: 'keydown', key: 'Enter' },
    {
      kind: 'return',
      sight: { selector: '[data-testid="save-status"]', text: 'Alles opgeslagen' },
    },
    () => page.keyboard.press('Enter'),
  );
  await expect(
    main(page).getByRole('group', { name: 'Actie 1' }).getByRole('textbox', { name: 'Wat' }),
  ).toHaveValue('Gesprek plannen met moeder');
  return { openMs, started, keystrokeMs, saveActionMs: save.ms };
}

export interface FileFigures {
  /** From the click to the file handed to the host (the download link clicked by the app). */
  readonly ms: number;
  readonly name: string;
  readonly bytes: Buffer;
}

/** Clicks `button` and times it until the app hands a file to the browser host; also returns the file. */
async function fileFrom(page: Page, click: () => Promise<void>): Promise<FileFigures> {
  const download: Promise<Download> = page.waitForEvent('download', { timeout: 120_000 });
  const result = await timed(page, { kind: 'click' }, { kind: 'download' }, click);
  const file = await download;
  return {
    ms: result.ms,
    name: file.suggestedFilename(),
    bytes: await readFile(await file.path()),
  };
}

/** The approved bench zorgteam: "Notulen (PDF)" on its afronden screen. */
export async function measureMinutesPdf(page: Page, targets: BenchTargets): Promise<FileFigures> {
  await page.evaluate(
    (id) => (window.location.hash = `#/overleggen/${id}/afronden`),
    targets.minutesMeetingId,
  );
  const button = main(page).getByRole('button', { name: 'Notulen (PDF)' });
  await expect(button).toBeEnabled({ timeout: 60_000 });
  const file = await fileFrom(page, () => button.click());
  expect(file.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return file;
}

/** The concept referral with its consent in order: "Verwijsbrief opslaan (PDF)". */
export async function measureReferralPdf(page: Page, targets: BenchTargets): Promise<FileFigures> {
  await page.evaluate((id) => (window.location.hash = `#/verwijzingen/${id}`), targets.referralId);
  await expect(
    main(page).getByTestId('consent-gate').getByText('Toestemming is in orde'),
  ).toBeVisible({ timeout: 60_000 });
  const button = main(page).getByRole('button', { name: 'Verwijsbrief opslaan (PDF)' });
  const file = await fileFrom(page, () => button.click());
  expect(file.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return file;
}

export interface SharedFileFigures {
  readonly exportMs: number;
  readonly openMs: number;
  readonly bytes: number;
}

/** "3 november 2026" for the targets' ISO date, as the app labels meetings in Dutch. */
function dutchDate(iso: string): string {
  const months = [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ];
  const [year, month, day] = iso.split('-').map(Number);
  return `${String(day)} ${months[(month ?? 1) - 1] ?? ''} ${String(year)}`;
}

/**
 * The bench meeting's agenda as a shared file with a passphrase (sealed in the sharing
 * worker), then the same file opened again through the passphrase prompt (scrypt in the
 * worker) until the "Agenda ontvangen" dialog is painted. Nothing is stored.
 */
export async function measureSharedFile(
  page: Page,
  targets: BenchTargets,
): Promise<SharedFileFigures> {
  await page.evaluate(() => (window.location.hash = '#/ontvangen'));
  await expect(
    main(page).getByRole('heading', { level: 1, name: 'Ontvangen bestanden' }),
  ).toBeVisible();
  await main(page)
    .getByRole('button', {
      name: `Agenda delen: Zorgteam ${dutchDate(targets.today)}`,
      exact: true,
    })
    .click();
  const share = page.getByRole('dialog', { name: 'Agenda delen als bestand' });
  await share
    .getByRole('radio', { name: 'Met een wachtwoordzin, voor deelnemers zonder deelsleutel' })
    .check();
  await share.getByRole('button', { name: 'Wachtwoordzin maken' }).click();
  const passphrase = await share.getByRole('textbox', { name: 'Wachtwoordzin' }).inputValue();
  const exported = await fileFrom(page, () =>
    share.getByRole('button', { name: 'Bestand maken en opslaan' }).click(),
  );
  await share.getByRole('button', { name: 'Klaar' }).click();
  await expect(share).toBeHidden();

  // Open it again: dropped onto the window, as from the file manager.
  await dropFile(page, exported);
  const prompt = page.getByRole('dialog', { name: 'Wachtwoordzin voor dit bestand' });
  await prompt.getByRole('textbox', { name: 'Wachtwoordzin' }).fill(passphrase);
  const opened = await timed(
    page,
    { kind: 'click' },
    { kind: 'paint', anyOf: [{ selector: '[role="dialog"] h2', text: 'Agenda ontvangen' }] },
    () => prompt.getByRole('button', { name: 'Openen' }).click(),
  );
  const received = page.getByRole('dialog', { name: 'Agenda ontvangen' });
  await expect(received).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(received).toBeHidden();
  return { exportMs: exported.ms, openMs: opened.ms, bytes: exported.bytes.byteLength };
}
