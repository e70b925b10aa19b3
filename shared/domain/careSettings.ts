// Runs in: any environment.
//
// The school's care settings, kept in the vault as one record: how long closed cases are
// kept, the school's list of leefgebieden and from what age a case asks the pupil's own view. Per school (per vault), not per computer, so
// they are a record and not part of the local app settings.
import { z } from 'zod';
import { defineRecordType } from '../records/registry';
import { timestampSchema } from './dates';
import { DEFAULT_LEEFGEBIEDEN, leefgebiedListSchema } from './leefgebieden';
import { DEFAULT_RETENTION_YEARS_AFTER_CLOSING, retentionYearsSchema } from './retention';
import { DEFAULT_PUPIL_VOICE_FROM_AGE, pupilVoiceFromAgeSchema } from './voice';

/** The settings record's fixed id: a well-known name, not personal data. */
export const CARE_SETTINGS_RECORD_ID = 'school.care-settings';

export const careSettingsSchema = z
  .object({
    id: z.literal(CARE_SETTINGS_RECORD_ID),
    retentionYearsAfterClosing: retentionYearsSchema,
    leefgebieden: leefgebiedListSchema,
    /** From this age a case offers "Wat vindt de leerling" (version 2). */
    pupilVoiceFromAge: pupilVoiceFromAgeSchema,
    updatedAt: timestampSchema,
  })
  .strict();
export type CareSettings = z.infer<typeof careSettingsSchema>;

/** The settings a new vault starts with. */
export function defaultCareSettings(now: string): CareSettings {
  return {
    id: CARE_SETTINGS_RECORD_ID,
    retentionYearsAfterClosing: DEFAULT_RETENTION_YEARS_AFTER_CLOSING,
    leefgebieden: DEFAULT_LEEFGEBIEDEN.map((l) => ({ ...l })),
    pupilVoiceFromAge: DEFAULT_PUPIL_VOICE_FROM_AGE,
    updatedAt: now,
  };
}

export const careSettingsRecordType = defineRecordType({
  type: 'school.care-settings',
  version: 2,
  schema: careSettingsSchema,
  migrations: {
    // Version 2 adds the age from which the pupil's voice is asked; a school that saved its
    // settings before had no choice yet, so it gets the default.
    1: (data) =>
      typeof data === 'object' && data !== null
        ? { ...data, pupilVoiceFromAge: DEFAULT_PUPIL_VOICE_FROM_AGE }
        : data,
  },
});

/** The school's pupil-voice age, or the default before the settings were ever saved. */
export function pupilVoiceFromAge(settings: CareSettings | undefined): number {
  return settings?.pupilVoiceFromAge ?? DEFAULT_PUPIL_VOICE_FROM_AGE;
}
