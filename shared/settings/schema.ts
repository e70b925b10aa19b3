// Runs in: any environment.
//
// Application settings that are NOT sensitive and live outside the encrypted vault
// (electron-store in the main process, localStorage in the browser host). The schema is
// strict: it has no field for names, notes, keys or folder paths, and unknown fields are
// rejected, so nothing personal can be written here by accident.
import { z } from 'zod';

export const LANGUAGES = ['nl', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export const windowBoundsSchema = z
  .object({
    x: z.number().int(),
    y: z.number().int(),
    width: z.number().int().min(400).max(20000),
    height: z.number().int().min(300).max(20000),
    maximized: z.boolean(),
  })
  .strict();
export type WindowBounds = z.infer<typeof windowBoundsSchema>;

/**
 * Version 1 also held `lastFolders` (full folder paths of the last save and open dialogs).
 * Folder names can say more than they should ("Leerlingen/Jan de Vries"), so since version 2
 * they stay in the main process's memory only (electron/main/dialogFolders.ts) and the
 * renderer never sees them. Kept here only to migrate a version-1 document.
 */
const settingsV1Schema = z
  .object({
    version: z.literal(1),
    language: languageSchema,
    window: windowBoundsSchema.optional(),
    lastFolders: z
      .object({ export: z.string().max(4096).optional(), import: z.string().max(4096).optional() })
      .strict(),
  })
  .strict();

export const settingsSchema = z
  .object({
    /** Bumped with a migration (parseStoredSettings) whenever the shape changes. */
    version: z.literal(2),
    language: languageSchema,
    window: windowBoundsSchema.optional(),
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;

/** What the renderer may change. Window bounds are owned by the main process. */
export const settingsPatchSchema = z
  .object({
    language: languageSchema.optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: 2,
  language: 'nl',
};

/** Applies a validated patch; returns a new object and never mutates the input. */
export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  return {
    ...current,
    ...(patch.language !== undefined ? { language: patch.language } : {}),
  };
}

/**
 * Reads stored settings defensively: a version-1 document is migrated (its folder paths are
 * dropped), and anything else that fails the schema (a hand-edited or foreign file) falls
 * back to the defaults rather than crashing the app at start.
 */
export function parseStoredSettings(raw: unknown): Settings {
  const parsed = settingsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const v1 = settingsV1Schema.safeParse(raw);
  if (v1.success) {
    return {
      version: 2,
      language: v1.data.language,
      ...(v1.data.window !== undefined ? { window: v1.data.window } : {}),
    };
  }
  return DEFAULT_SETTINGS;
}
