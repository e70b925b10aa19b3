// Runs in: any environment.
//
// The window title is shown in the taskbar, the window switcher and screen shares, so it may
// say where the user is but never whom it is about (docs/security.md). Policy: "Zorgtafel",
// or an AREA's name and "Zorgtafel" ("Leerlingen – Zorgtafel"), never a pupil's name or any
// other text from a record. The main process lets the page change the title only to one of
// these fixed titles (an allow-list, not a filter), so even a renderer bug cannot put a name
// in the title bar. The area names must match the navigation's (tests/unit checks the locale
// files against this list).
export const APP_TITLE = 'Zorgtafel';

/** The areas' names in the navigation, per language. */
export const AREA_TITLES: Readonly<Record<'nl' | 'en', readonly string[]>> = {
  nl: [
    'Overzicht',
    'Leerlingen',
    'Overleggen',
    'Verwijzingen',
    'Ontvangen bestanden',
    'Cijfers',
    'Instellingen',
  ],
  en: ['Overview', 'Pupils', 'Meetings', 'Referrals', 'Received files', 'Figures', 'Settings'],
};

/** "Leerlingen – Zorgtafel": the title for an area. */
export function areaWindowTitle(areaTitle: string): string {
  return `${areaTitle} – ${APP_TITLE}`;
}

const ALLOWED: ReadonlySet<string> = new Set([
  APP_TITLE,
  ...Object.values(AREA_TITLES).flatMap((titles) => titles.map(areaWindowTitle)),
]);

/** Whether the page may set this window title. */
export function isAllowedWindowTitle(title: string): boolean {
  return ALLOWED.has(title);
}
