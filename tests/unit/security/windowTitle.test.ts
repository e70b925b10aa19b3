// Runs in: Node (Vitest).
//
// The window title policy: only "Zorgtafel" and "<area> – Zorgtafel" are allowed, and the
// allow-list's area names are exactly the navigation's, in both languages (so the titles
// the renderer sets are the ones the main process lets through).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  AREA_TITLES,
  areaWindowTitle,
  isAllowedWindowTitle,
} from '../../../shared/security/windowTitle';

const localeSchema = z.object({
  areas: z.record(z.string(), z.object({ title: z.string() })),
});

function navigationTitles(language: 'nl' | 'en'): string[] {
  const file = join(__dirname, '..', '..', '..', 'renderer', 'src', 'i18n', 'locales');
  const locale = localeSchema.parse(
    JSON.parse(readFileSync(join(file, `${language}.json`), 'utf8')),
  );
  return Object.values(locale.areas).map((a) => a.title);
}

describe('window title policy', () => {
  it('lists exactly the areas of the navigation, in Dutch and English', () => {
    expect([...AREA_TITLES.nl].sort()).toEqual(navigationTitles('nl').sort());
    expect([...AREA_TITLES.en].sort()).toEqual(navigationTitles('en').sort());
  });

  it('allows the app name and area titles, nothing else', () => {
    expect(isAllowedWindowTitle('Zorgtafel')).toBe(true);
    expect(isAllowedWindowTitle(areaWindowTitle('Leerlingen'))).toBe(true);
    expect(areaWindowTitle('Leerlingen')).toBe('Leerlingen – Zorgtafel');
    expect(isAllowedWindowTitle('Pupils – Zorgtafel')).toBe(true);
    expect(isAllowedWindowTitle('Sem Brouwer – Zorgtafel')).toBe(false);
    expect(isAllowedWindowTitle('Leerlingen – Zorgtafel – Sem')).toBe(false);
    expect(isAllowedWindowTitle('')).toBe(false);
  });
});
