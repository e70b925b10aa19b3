// Runs in: any environment.
//
// The record types of shared meeting files, for shared/records/catalog.ts.
import { sharingIdentityRecordType } from './identityRecord';
import { SHARING_RECORD_TYPES as RECEIVED_TYPES } from './received';

export const SHARING_RECORD_TYPES = [sharingIdentityRecordType, ...RECEIVED_TYPES] as const;
