// Runs in: any environment.
//
// The record types of the care domain (issue 4), in one list for the app's catalog
// (shared/records/catalog.ts adds them to APP_RECORD_TYPES).
import { careSettingsRecordType } from './careSettings';
import { zorgdossierRecordType } from './case';
import { caseEntryRecordType } from './caseEntry';
import { consentRecordType } from './consent';
import { contactPersonRecordType, organisationRecordType } from './directory';
import { involvementRecordType } from './involvement';
import { pupilRecordType } from './pupil';
import { voiceRecordType } from './voice';
import { workingNoteRecordType } from './workingNote';

export const DOMAIN_RECORD_TYPES = [
  pupilRecordType,
  zorgdossierRecordType,
  caseEntryRecordType,
  workingNoteRecordType,
  voiceRecordType,
  involvementRecordType,
  consentRecordType,
  organisationRecordType,
  contactPersonRecordType,
  careSettingsRecordType,
] as const;
