// Runs in: Node (Vitest). Settings in electron-store: schema-valid writes only, nothing sensitive.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  parseStoredSettings,
  settingsPatchSchema,
  settingsSchema,
  type Settings,
} from '../../../shared/settings/schema';
import {
  createSettingsStore,
  ELECTRON_STORE_OPTIONS,
  type SettingsBackend,
} from '../../../electron/main/settingsStore';

/** Stands in for an electron-store instance: one JSON document. */
function memoryBackend(initial: unknown = DEFAULT_SETTINGS) {
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
    expect(Object.keys(settingsSchema.shape).sort()).toEqual(['language', 'version', 'window']);
    expect(Object.keys(settingsPatchSchema.shape).sort()).toEqual(['language']);
  });

  it('migrates a version-1 document: keeps language and window, drops the folder paths', () => {
    const window = { x: 1, y: 2, width: 900, height: 700, maximized: false };
    const v1 = {
      version: 1,
      language: 'en',
      window,
      lastFolders: { export: '/home/ib/Leerlingen/Jan', import: '//server/zorg' },
    };
    expect(parseStoredSettings(v1)).toEqual({ version: 2, language: 'en', window });
    expect(parseStoredSettings({ version: 1, language: 'nl', lastFolders: {} })).toEqual(
      DEFAULT_SETTINGS,
    );
  });
});

describe('createSettingsStore', () => {
  it('returns defaults for a missing, damaged or foreign document', () => {
    for (const stored of [
      undefined,
      null,
      'garbage',
      { version: 99 },
      { ...DEFAULT_SETTINGS, notes: 'x' },
    ]) {
      expect(createSettingsStore(memoryBackend(stored).backend).get()).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('applies a valid patch and writes the whole valid document', () => {
    const { backend, writes } = memoryBackend();
    const store = createSettingsStore(backend);
    const result = store.update({ language: 'en' });
    expect(result).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, language: 'en' } });
    expect(writes).toHaveLength(1);
    expect(store.get().language).toBe('en');
  });

  it('rejects a patch with an unknown field like `notes` and writes nothing', () => {
    const { backend, writes } = memoryBackend();
    const store = createSettingsStore(backend);
    for (const patch of [
      { notes: 'Jan heeft dyslexie' },
      { language: 'en', notes: 'x' },
      { lastFolders: { export: '/x' } },
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

  it('writes an older or damaged document back in its current form when opened, so no folder path stays on disk', () => {
    const { backend, writes } = memoryBackend({
      version: 1,
      language: 'en',
      lastFolders: { export: '/home/ib/Leerlingen/Jan' },
    });
    createSettingsStore(backend);
    expect(writes).toEqual([{ version: 2, language: 'en' }]);
    const current = memoryBackend();
    createSettingsStore(current.backend);
    expect(current.writes).toEqual([]);
  });

  it('records only valid window bounds', () => {
    const { backend, writes } = memoryBackend();
    const store = createSettingsStore(backend);
    expect(store.setWindowBounds({ x: 1, y: 2, width: 900, height: 700, maximized: true }).ok).toBe(
      true,
    );
    expect(store.get().window).toEqual({ x: 1, y: 2, width: 900, height: 700, maximized: true });
    expect(store.setWindowBounds({ x: 1, y: 2, width: 10, height: 10, maximized: false }).ok).toBe(
      false,
    );
    expect(
      store.setWindowBounds({ x: 1, y: 2, width: 900, height: 700, maximized: false, title: 'Jan' })
        .ok,
    ).toBe(false);
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
    expect(createSettingsStore(backend).update({ language: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'settings.write-failed' },
    });
  });

  it('configures electron-store without dot-notation or file watching', () => {
    expect(ELECTRON_STORE_OPTIONS).toMatchObject({
      name: 'settings',
      accessPropertiesByDotNotation: false,
      watch: false,
      clearInvalidConfig: true,
    });
  });
});
