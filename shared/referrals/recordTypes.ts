// Runs in: any environment.
//
// The record types of the referrals module (issue 6), in one list for the app's catalog
// (shared/records/catalog.ts adds them to APP_RECORD_TYPES, like the meeting types).
import { defineRecordType } from '../records/registry';
import { holidaysRecordType } from './holidays';
import { letterheadRecordType } from './letterhead';
import { receivedReferralRecordType } from './received';
import { referralSchema } from './referral';

export const referralRecordType = defineRecordType({
  type: 'case.referral',
  version: 1,
  schema: referralSchema,
  migrations: {},
  // Not searchable: referrals are found through their case.
  parentOf: (r) => r.caseId,
});

export const REFERRAL_RECORD_TYPES = [
  referralRecordType,
  letterheadRecordType,
  receivedReferralRecordType,
  holidaysRecordType,
] as const;
