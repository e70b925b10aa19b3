// Runs in: any environment.
//
// Application settings that are NOT sensitive and live outside the encrypted vault
// (electron-store in the main process, localStorage in the browser host). The schema is
// strict: it has no field for names, notes or keys, and unknown fields are rejected, so
// nothing personal can be written here by accident.
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

/** Folder paths remembered for file dialogs. Paths only; never file contents. */
export const lastFoldersSchema = z
  .object({
    export: z.string().max(4096).optional(),
    import: z.string().max(4096).optional(),
  })
  .strict();

export const settingsSchema = z
  .object({
    /** Bumped with a migration whenever the shape changes. */
    version: z.literal(1),
    language: languageSchema,
    window: windowBoundsSchema.optional(),
    lastFolders: lastFoldersSchema,
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;

/** What the renderer may change. Window bounds are owned by the main process. */
export const settingsPatchSchema = z
  .object({
    language: languageSchema.optional(),
    lastFolders: lastFoldersSchema.optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  language: 'nl',
  lastFolders: {},
};

/** Applies a validated patch; returns a new object and never mutates the input. */
export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  return {
    ...current,
    ...(patch.language !== undefined ? { language: patch.language } : {}),
    ...(patch.lastFolders !== undefined ? { lastFolders: { ...current.lastFolders, ...patch.lastFolders } } : {}),
  };
}

/**
 * Reads stored settings defensively: anything that fails the schema (an older shape, a
 * hand-edited file) falls back to the defaults rather than crashing the app at start.
 */
export function parseStoredSettings(raw: unknown): Settings {
  const parsed = settingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}
