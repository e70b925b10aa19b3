// Runs in: Node (Vitest).
//
// The meldcode track never travels (issue 16, point 3): shared meeting files, referral
// packages, hand-overs, figures and search read only the record types they name, so the
// track stays out as long as none of them names it. This test holds that line: only the
// meldcode screens, the record catalog and the audit labels may refer to the track's record
// type or its module; an export that starts reading it fails here. The one deliberate door is
// the referral's named part (the user's opt-in with a recorded basis, checked by namedPart.ts):
// the referral's sources, its wizard step and its export audit are listed below by name, so a
// second door cannot open unnoticed. What actually leaves is proven on the real outputs in
// tests/browser/meldcodeNeverTravels.test.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { APP_RECORD_REGISTRY } from '../../../shared/records/catalog';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Where the track may be read: its own module and screens, the dashboard widget, the catalog, the audit log's labels. */
const ALLOWED = [
  /^shared\/meldcode\//,
  /^shared\/records\/catalog\.ts$/,
  // The meldcode verslag: the school's own print of the track, and the part for Veilig Thuis.
  /^shared\/documents\/meldcodeVerslag\.ts$/,
  /^renderer\/src\/areas\/leerlingen\/case\/meldcode\//,
  // The texts the tab and the start-screen widget share (outside areas/: no area imports another).
  /^renderer\/src\/meldcode\//,
  /^renderer\/src\/areas\/leerlingen\/case\/CaseScreen\.tsx$/,
  /^renderer\/src\/security\/settings\/auditLabels\.ts$/,
  // The start screen's widget: an in-app view without names, not an export.
  /^renderer\/src\/areas\/overzicht\/MeldcodeWidget\.tsx$/,
  // Cijfers (issue 17) counts tracks started/closed and decisions by kind, nothing else: the
  // counts go through the suppression rules (docs/figures.md) and no field of a track is copied.
  /^shared\/figures\/compute\.ts$/,
  /^renderer\/src\/areas\/cijfers\/figuresData\.ts$/,
  // The referral's named part (issue 16, point 3): the sources read the case's tracks only to
  // build the part the user included (namedPart.ts decides), the wizard step offers the
  // opt-in, the export puts a saved part on the track's own audit trail.
  /^renderer\/src\/areas\/verwijzingen\/referralSources\.ts$/,
  /^renderer\/src\/areas\/verwijzingen\/MeldcodePartStep\.tsx$/,
  /^renderer\/src\/areas\/verwijzingen\/exportLetter\.ts$/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('the meldcode track never travels', () => {
  it('is referred to only by its own module, its screens, the catalog and the audit labels', () => {
    const offenders = ['shared', 'renderer/src', 'electron']
      .flatMap((dir) => sourceFiles(join(ROOT, dir)))
      .map((path) => relative(ROOT, path).split('\\').join('/'))
      .filter((path) => !ALLOWED.some((pattern) => pattern.test(path)))
      .filter((path) => /case\.meldcode|meldcode\//.test(readFileSync(join(ROOT, path), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('is not searchable, so its text never shows up in search results', () => {
    expect('searchText' in APP_RECORD_REGISTRY.get('case.meldcode')).toBe(false);
  });
});
