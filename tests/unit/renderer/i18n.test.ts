// Runs in: Node (Vitest).
//
// Every UI string exists in Dutch and in English: both languages' messages have exactly the same
// keys, no empty values, and the same {{placeholders}} per key.
import { describe, expect, it } from 'vitest';
import { enMessages as en, nlMessages as nl } from '../../../renderer/src/i18n/messages';

type Messages = { readonly [key: string]: string | Messages };

function flatten(messages: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof messages !== 'object' || messages === null || Array.isArray(messages)) {
    out.set(prefix, messages);
    return out;
  }
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    for (const [leafKey, leafValue] of flatten(value, path)) out.set(leafKey, leafValue);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

const LOCALES: Readonly<Record<string, Messages>> = { nl, en };

describe('message files', () => {
  const nlKeys = [...flatten(nl).keys()].sort();
  const enKeys = [...flatten(en).keys()].sort();

  it('nl.json and en.json have exactly the same keys', () => {
    expect(enKeys).toEqual(nlKeys);
    expect(nlKeys.length).toBeGreaterThan(20);
  });

  for (const [language, messages] of Object.entries(LOCALES)) {
    it(`${language}.json has only non-empty strings`, () => {
      for (const [key, value] of flatten(messages)) {
        expect(typeof value, key).toBe('string');
        expect(String(value).trim(), key).not.toBe('');
      }
    });
  }

  it('uses the same placeholders in both languages', () => {
    const enFlat = flatten(en);
    for (const [key, value] of flatten(nl)) {
      expect(placeholders(String(enFlat.get(key))), key).toEqual(placeholders(String(value)));
    }
  });

  it('has a title, an introduction and (except Instellingen) an empty state for every area', async () => {
    const { AREA_IDS } = await import('../../../renderer/src/app/router');
    const keys = new Set(nlKeys);
    for (const area of AREA_IDS) {
      expect(keys.has(`areas.${area}.title`), area).toBe(true);
      expect(keys.has(`areas.${area}.intro`), area).toBe(true);
      if (area !== 'instellingen')
        expect(keys.has(`areas.${area}.empty.description`), area).toBe(true);
    }
  });
});

describe('feature message files', () => {
  it('never define the same top-level key twice (a later file would silently win)', () => {
    const files = import.meta.glob<Record<string, unknown>>(
      [
        '../../../renderer/src/i18n/locales/*.json',
        '../../../renderer/src/i18n/locales/features/*.json',
      ],
      { eager: true, import: 'default' },
    );
    for (const language of ['nl', 'en']) {
      const owners = new Map<string, string>();
      for (const [path, messages] of Object.entries(files)) {
        if (!path.endsWith(`${language}.json`)) continue;
        for (const key of Object.keys(messages)) {
          expect(
            owners.get(key),
            `"${key}" is defined in ${owners.get(key) ?? ''} and ${path}`,
          ).toBeUndefined();
          owners.set(key, path);
        }
      }
      expect(owners.size).toBeGreaterThan(3);
    }
  });
});
