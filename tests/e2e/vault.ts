// Runs in: Node (Playwright test runner), driving Chromium.
//
// Steps through the vault screens as a user would. Most specs need an unlocked app and start
// with `createVault(page)`; the vault specs use the pieces to test each screen itself.
import { expect, type Page } from '@playwright/test';

/** A passphrase that passes the policy (long, unrelated words). */
export const PASSPHRASE = 'tafel regenjas fluit oktober zeilboot';
export const SCHOOL = 'OBS De Tweemaster';
export const USER = 'Anouk van den Berg';

export interface CreatedVault {
  readonly recoveryCode: string;
}

/** Fills the first-run screen and lands in the unlocked app (on Overzicht). */
export async function createVault(
  page: Page,
  options: {
    readonly passphrase?: string;
    readonly goto?: boolean;
    /** The school (or samenwerkingsverband) name; SCHOOL when left out. */
    readonly school?: string;
    /** The label of the role to choose; the first-run default (intern begeleider) when left out. */
    readonly role?: string;
  } = {},
): Promise<CreatedVault> {
  if (options.goto !== false) await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom bij Zorgtafel' })).toBeVisible();
  await page.getByLabel('Naam van de school').fill(options.school ?? SCHOOL);
  await page.getByLabel('Uw naam').fill(USER);
  if (options.role !== undefined) await page.getByRole('radio', { name: options.role }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  const passphrase = options.passphrase ?? PASSPHRASE;
  await page.getByLabel('Nieuwe wachtwoordzin').fill(passphrase);
  await page.getByLabel('Herhaal de wachtwoordzin').fill(passphrase);
  await expect(page.getByText('Deze wachtwoordzin is sterk genoeg.')).toBeVisible();
  await page.getByRole('button', { name: 'Kluis aanmaken' }).click();
  const code = page.getByTestId('recovery-code');
  await expect(code).toBeVisible({ timeout: 30_000 });
  const recoveryCode = (await code.textContent()) ?? '';
  await page.getByLabel(/Ik heb het herstelblad/).check();
  await page.getByRole('button', { name: 'Naar Zorgtafel' }).click();
  await expect(
    page.getByRole('main').getByRole('heading', { level: 1, name: 'Overzicht' }),
  ).toBeVisible();
  return { recoveryCode };
}

/** Unlocks from the unlock screen with the passphrase. */
export async function unlock(page: Page, passphrase: string = PASSPHRASE): Promise<void> {
  await expect(
    page.getByRole('heading', { level: 1, name: 'Zorgtafel is vergrendeld' }),
  ).toBeVisible();
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
}
