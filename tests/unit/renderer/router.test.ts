// Runs in: Node (Vitest).
//
// The hash router's parsing and the Alt+digit shortcuts, as pure functions.
import { describe, expect, it } from 'vitest';
import { AREA_IDS, DEFAULT_ROUTE, hrefFor, parseHash } from '../../../renderer/src/app/router';
import { areaForShortcut, shortcutKeysFor } from '../../../renderer/src/app/useAreaShortcuts';

describe('parseHash', () => {
  it('reads every area route and round-trips through hrefFor', () => {
    for (const area of AREA_IDS) {
      expect(parseHash(`#/${area}`)).toEqual({ area, path: [] });
      expect(parseHash(hrefFor({ area }))).toEqual({ area, path: [] });
      expect(parseHash(`#/${area}/`)).toEqual({ area, path: [] });
    }
  });

  it('falls back to the Overzicht for anything unknown', () => {
    for (const hash of [
      '',
      '#',
      '#/',
      '#main',
      '#/bestaat-niet',
      '#/Leerlingen',
      '#//leerlingen',
      '#/constructor',
      '#/__proto__',
    ]) {
      expect(parseHash(hash), hash).toEqual(DEFAULT_ROUTE);
    }
    expect(DEFAULT_ROUTE).toEqual({ area: 'overzicht', path: [] });
  });
});

describe('area shortcuts', () => {
  const press = (
    code: string,
    modifiers: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {},
  ) =>
    areaForShortcut({
      altKey: true,
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      code,
      ...modifiers,
    });

  it('maps Alt+1 … Alt+7 to the areas in navigation order', () => {
    expect(AREA_IDS.map((_, i) => press(`Digit${i + 1}`))).toEqual([...AREA_IDS]);
    expect(press('Numpad3')).toBe('overleggen');
    expect(AREA_IDS.map((area) => shortcutKeysFor(area).join('+'))).toEqual([
      'Alt+1',
      'Alt+2',
      'Alt+3',
      'Alt+4',
      'Alt+5',
      'Alt+6',
      'Alt+7',
    ]);
  });

  it('ignores other keys and AltGr (Ctrl+Alt), Shift and Meta combinations', () => {
    expect(press('Digit8')).toBeUndefined();
    expect(press('Digit0')).toBeUndefined();
    expect(press('KeyA')).toBeUndefined();
    expect(press('Digit1', { altKey: false })).toBeUndefined();
    expect(press('Digit1', { ctrlKey: true })).toBeUndefined();
    expect(press('Digit1', { shiftKey: true })).toBeUndefined();
    expect(press('Digit1', { metaKey: true })).toBeUndefined();
  });
});

describe('nested paths', () => {
  it('reads record ids and sub-pages after the area', () => {
    expect(parseHash('#/leerlingen/r3kq9/dossier/r8p2x')).toEqual({
      area: 'leerlingen',
      path: ['r3kq9', 'dossier', 'r8p2x'],
    });
    expect(hrefFor({ area: 'leerlingen', path: ['r3kq9', 'dossier'] })).toBe(
      '#/leerlingen/r3kq9/dossier',
    );
    expect(hrefFor({ area: 'overleggen' })).toBe('#/overleggen');
  });

  it('drops a path with characters a record id never has', () => {
    expect(parseHash('#/leerlingen/Zo%C3%AB%20de%20Vries')).toEqual({
      area: 'leerlingen',
      path: [],
    });
    expect(parseHash('#/leerlingen/../instellingen')).toEqual({ area: 'leerlingen', path: [] });
  });
});
