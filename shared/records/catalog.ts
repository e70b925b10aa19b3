// Runs in: any environment.
//
// The record types this build of Zorgtafel knows. Adding a record type means adding its
// definition here; the vault's typed repositories take their types from this list.
import { profileRecordType } from './profile';
import { textDraftRecordType } from './textDraft';
import { vaultSettingsRecordType } from './vaultSettings';
import { DOMAIN_RECORD_TYPES } from '../domain/recordTypes';
import { FIGURES_RECORD_TYPES } from '../figures/regionRecord';
import { MELDCODE_RECORD_TYPES } from '../meldcode/recordTypes';
import { MEETING_RECORD_TYPES } from '../meetings/recordTypes';
import { meetingRunStateRecordType } from '../meetings/runState';
import { REFERRAL_RECORD_TYPES } from '../referrals/recordTypes';
import { SHARING_RECORD_TYPES } from '../sharing/recordTypes';
import { createRecordRegistry, type RecordMapOf } from './registry';

export const APP_RECORD_TYPES = [
  profileRecordType,
  vaultSettingsRecordType,
  ...DOMAIN_RECORD_TYPES,
  ...MEETING_RECORD_TYPES,
  meetingRunStateRecordType,
  ...REFERRAL_RECORD_TYPES,
  ...SHARING_RECORD_TYPES,
  ...MELDCODE_RECORD_TYPES,
  ...FIGURES_RECORD_TYPES,
  textDraftRecordType,
] as const;

/** Record shape per type name for the app's record types. */
export type AppRecordMap = RecordMapOf<typeof APP_RECORD_TYPES>;

/** The registry the app's vault uses. */
export const APP_RECORD_REGISTRY = createRecordRegistry(APP_RECORD_TYPES);
