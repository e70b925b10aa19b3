// Runs in: any environment.
//
// The record types of the meetings module (issue 5), in one list for the app's catalog
// (shared/records/catalog.ts is to add them to APP_RECORD_TYPES, like DOMAIN_RECORD_TYPES).
import { actieplanRecordType } from './actieplan';
import { meetingRecordType } from './meeting';
import { meetingTemplatesRecordType } from './templates';

export const MEETING_RECORD_TYPES = [
  meetingRecordType,
  actieplanRecordType,
  meetingTemplatesRecordType,
] as const;
