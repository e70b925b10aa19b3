// Runs in: Node (Vitest). Settings in electron-store: schema-valid writes only, nothing sensitive.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsPatchSchema, settingsSchema, type Settings } from '../../../shared/settings/schema';
import { createSettingsStore, ELECTRON_STORE_OPTIONS, type SettingsBackend } from '../../../electron/main/settingsStore';

/** Stands in for an electron-store instance: one JSON document. */
function memoryBackend(initial: unknown = undefined) {
  const writes: Settings[] = [];
  let document: unknown = initial;
  const backend: SettingsBackend = {
    get store(): unknown {
      return document;
    },
    set store(value: Settings) {
      writes.push(value);
      document = JSON.parse(JSON.stringify(value));
    },
  };
  return { backend, writes };
}

describe('settings schema', () => {
  it('has exactly the non-sensitive fields: no place for names, notes or keys', () => {
    expect(Object.keys(settingsSchema.shape).sort()).toEqual(['language', 'lastFolders', 'version', 'window']);
    expect(Object.keys(settingsPatchSchema.shape).sort()).toEqual(['language', 'lastFolders']);
  });
});

describe('createSettingsStore', () => {
  it('returns defaults for a missing, damaged or foreign document', () => {
    for (const stored of [undefined, null, 'garbage', { version: 99 }, { ...DEFAULT_SETTINGS, notes: 'x' }]) {
      expect(createSettingsStore(memoryBackend(stored).backend).get()).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('applies a valid patch and writes the whole valid document', () => {
    const { backend, writes } = memoryBackend();
    const store = createSettingsStore(backend);
    const result = store.update({ language: 'en', lastFolders: { export: '/home/ib/Exports' } });
    expect(result).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, language: 'en', lastFolders: { export: '/home/ib/Exports' } } });
    expect(writes).toHaveLength(1);
    expect(store.get().language).toBe('en');
  });

  it('rejects a patch with an unknown field like `notes` and writes nothing', () => {
    const { backend, writes } = memoryBackend();
    const store = createSettingsStore(backend);
    for (const patch of [
      { notes: 'Jan heeft dyslexie' },
      { language: 'en', notes: 'x' },
      { lastFolders: { export: '/x', passphrase: 'geheim' } },
      { language: 'de' },
      { window: { x: 0, y: 0, width: 800, height: 600, maximized: false } },
      null,
      'en',
    ]) {
      const result = store.update(patch);
      expect(result.ok, JSON.stringify(patch)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('settings.invalid');
    }
    expect(writes).toEqual([]);
  });

  it('records only valid window bounds', () => {
    const { backend, writes } = memoryBackend();
    const store = createSettingsStore(backend);
    expect(store.setWindowBounds({ x: 1, y: 2, width: 900, height: 700, maximized: true }).ok).toBe(true);
    expect(store.get().window).toEqual({ x: 1, y: 2, width: 900, height: 700, maximized: true });
    expect(store.setWindowBounds({ x: 1, y: 2, width: 10, height: 10, maximized: false }).ok).toBe(false);
    expect(store.setWindowBounds({ x: 1, y: 2, width: 900, height: 700, maximized: false, title: 'Jan' }).ok).toBe(false);
    expect(writes).toHaveLength(1);
  });

  it('reports a failing write as an error Result', () => {
    const backend: SettingsBackend = {
      get store(): unknown {
        return DEFAULT_SETTINGS;
      },
      set store(_value: Settings) {
        throw new Error('EACCES');
      },
    };
    expect(createSettingsStore(backend).update({ language: 'en' })).toMatchObject({ ok: false, error: { code: 'settings.write-failed' } });
  });

  it('configures electron-store without dot-notation or file watching', () => {
    expect(ELECTRON_STORE_OPTIONS).toMatchObject({ name: 'settings', accessPropertiesByDotNotation: false, watch: false, clearInvalidConfig: true });
  });
});
