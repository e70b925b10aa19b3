// Runs in: any environment.
//
// The record types of the meldcode track (issue 16), in one list for the app's catalog
// (shared/records/catalog.ts adds them to APP_RECORD_TYPES).
import { meldcodeTrackRecordType } from './meldcode';

export const MELDCODE_RECORD_TYPES = [meldcodeTrackRecordType] as const;
