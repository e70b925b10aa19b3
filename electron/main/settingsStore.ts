// Runs in: Electron main process.
//
// The non-sensitive application settings (language, window bounds), kept in
// electron-store's JSON file in the user-data folder. Reads go through parseStoredSettings
// (a damaged or older file falls back to defaults); writes accept only data that passes the
// strict schema, which has no field for names, notes or keys. The backend is injected
// (main.ts passes an electron-store instance) so this logic runs in unit tests.
import {
  applySettingsPatch,
  parseStoredSettings,
  settingsPatchSchema,
  settingsSchema,
  windowBoundsSchema,
  type Settings,
} from '../../shared/settings/schema';
import { err, errorInfo, ok, type Result } from '../../shared/result';

/** The part of an electron-store instance used here: the whole document as one value. */
export interface SettingsBackend {
  get store(): unknown;
  set store(value: Settings);
}

export interface SettingsStore {
  get(): Settings;
  /** Applies a patch from the renderer (or from the main process); unknown fields are refused. */
  update(patch: unknown): Result<Settings>;
  /** Records the window's bounds; owned by the main process, not by the renderer. */
  setWindowBounds(bounds: unknown): Result<Settings>;
}

export const SETTINGS_ERROR = {
  invalid: 'settings.invalid',
  writeFailed: 'settings.write-failed',
} as const;

/** Options for electron-store: plain JSON, no watching, no dot-notation surprises. */
export const ELECTRON_STORE_OPTIONS = {
  name: 'settings',
  // A damaged file is replaced by defaults instead of crashing the app at start.
  clearInvalidConfig: true,
  accessPropertiesByDotNotation: false,
  watch: false,
} as const;

export function createSettingsStore(backend: SettingsBackend): SettingsStore {
  const write = (next: Settings): Result<Settings> => {
    const valid = settingsSchema.safeParse(next);
    if (!valid.success) return err(errorInfo(SETTINGS_ERROR.invalid, 'settings failed validation'));
    try {
      backend.store = valid.data;
    } catch {
      return err(errorInfo(SETTINGS_ERROR.writeFailed, 'settings could not be saved'));
    }
    return ok(valid.data);
  };

  const get = (): Settings => {
    try {
      return parseStoredSettings(backend.store);
    } catch {
      return parseStoredSettings(undefined);
    }
  };

  // An older or damaged document is written back in its current form at once, so a
  // version-1 file's folder paths do not stay on disk until the next settings change.
  try {
    if (!settingsSchema.safeParse(backend.store).success) write(get());
  } catch {
    // Unreadable: get() already falls back to the defaults.
  }

  return {
    get,
    update(patch) {
      const parsed = settingsPatchSchema.safeParse(patch);
      if (!parsed.success)
        return err(errorInfo(SETTINGS_ERROR.invalid, 'settings patch failed validation'));
      return write(applySettingsPatch(get(), parsed.data));
    },
    setWindowBounds(bounds) {
      const parsed = windowBoundsSchema.safeParse(bounds);
      if (!parsed.success)
        return err(errorInfo(SETTINGS_ERROR.invalid, 'window bounds failed validation'));
      return write({ ...get(), window: parsed.data });
    },
  };
}
