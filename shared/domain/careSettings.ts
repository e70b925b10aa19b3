// Runs in: any environment.
//
// The school's care settings, kept in the vault as one record: how long closed cases are
// kept and the school's list of leefgebieden. Per school (per vault), not per computer, so
// they are a record and not part of the local app settings.
import { z } from 'zod';
import { defineRecordType } from '../records/registry';
import { timestampSchema } from './dates';
import { DEFAULT_LEEFGEBIEDEN, leefgebiedListSchema } from './leefgebieden';
import { DEFAULT_RETENTION_YEARS_AFTER_CLOSING, retentionYearsSchema } from './retention';

/** The settings record's fixed id: a well-known name, not personal data. */
export const CARE_SETTINGS_RECORD_ID = 'school.care-settings';

export const careSettingsSchema = z
  .object({
    id: z.literal(CARE_SETTINGS_RECORD_ID),
    retentionYearsAfterClosing: retentionYearsSchema,
    leefgebieden: leefgebiedListSchema,
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
    updatedAt: now,
  };
}

export const careSettingsRecordType = defineRecordType({
  type: 'school.care-settings',
  version: 1,
  schema: careSettingsSchema,
  migrations: {},
});
