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
  // Version 2 adds the optional `parentsReview` and `sentWithoutParentsReview` (issue 18): a
  // version-1 referral is a valid version-2 referral as it is (one sent before has neither, and
  // the screen says the review was not recorded then), and an older app refuses a version-2
  // record (newer version) instead of failing on the unknown fields.
  version: 2,
  schema: referralSchema,
  migrations: { 1: (data) => data },
  // Not searchable: referrals are found through their case.
  parentOf: (r) => r.caseId,
});

export const REFERRAL_RECORD_TYPES = [
  referralRecordType,
  letterheadRecordType,
  receivedReferralRecordType,
  holidaysRecordType,
] as const;
