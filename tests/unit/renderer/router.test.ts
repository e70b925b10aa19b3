// Runs in: Node (Vitest).
//
// The hash router's parsing and the Alt+digit shortcuts, as pure functions.
import { describe, expect, it } from 'vitest';
import { AREA_IDS, DEFAULT_ROUTE, hrefFor, parseHash } from '../../../renderer/src/app/router';
import { areaForShortcut, shortcutKeysFor } from '../../../renderer/src/app/useAreaShortcuts';

describe('parseHash', () => {
  it('reads every area route and round-trips through hrefFor', () => {
    for (const area of AREA_IDS) {
      expect(parseHash(`#/${area}`)).toEqual({ area });
      expect(parseHash(hrefFor({ area }))).toEqual({ area });
      expect(parseHash(`#/${area}/`)).toEqual({ area });
    }
  });

  it('falls back to the Overzicht for anything unknown', () => {
    for (const hash of ['', '#', '#/', '#main', '#/bestaat-niet', '#/Leerlingen', '#/leerlingen/x/y', '#//leerlingen', '#/constructor', '#/__proto__']) {
      expect(parseHash(hash), hash).toEqual(DEFAULT_ROUTE);
    }
    expect(DEFAULT_ROUTE).toEqual({ area: 'overzicht' });
  });
});

describe('area shortcuts', () => {
  const press = (code: string, modifiers: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {}) =>
    areaForShortcut({ altKey: true, ctrlKey: false, metaKey: false, shiftKey: false, code, ...modifiers });

  it('maps Alt+1 … Alt+5 to the areas in navigation order', () => {
    expect(AREA_IDS.map((_, i) => press(`Digit${i + 1}`))).toEqual([...AREA_IDS]);
    expect(press('Numpad3')).toBe('overleggen');
    expect(AREA_IDS.map((area) => shortcutKeysFor(area).join('+'))).toEqual(['Alt+1', 'Alt+2', 'Alt+3', 'Alt+4', 'Alt+5']);
  });

  it('ignores other keys and AltGr (Ctrl+Alt), Shift and Meta combinations', () => {
    expect(press('Digit6')).toBeUndefined();
    expect(press('Digit0')).toBeUndefined();
    expect(press('KeyA')).toBeUndefined();
    expect(press('Digit1', { altKey: false })).toBeUndefined();
    expect(press('Digit1', { ctrlKey: true })).toBeUndefined();
    expect(press('Digit1', { shiftKey: true })).toBeUndefined();
    expect(press('Digit1', { metaKey: true })).toBeUndefined();
  });
});
