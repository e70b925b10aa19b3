// Runs in: renderer.
//
// The vault's public API for the screens: import from here, not from the modules behind it.
export {
  VaultService,
  type BackupInfo,
  type CreatedVault,
  type CreateVaultInput,
  type UnlockStatus,
  type VaultServiceOptions,
} from './VaultService';
export {
  BACKUP_REMINDER_MS,
  VaultSession,
  type BackupStatus,
  type LockReason,
  type SearchHit,
  type UnlockMethod,
  type VaultIntegrity,
  type VaultRecordMap,
} from './VaultSession';
export { RecordsRepository, type RecordChange, type RecordListener } from './recordsRepository';
export {
  SessionAudit,
  UI_AUDIT_ACTIONS,
  type AuditListItem,
  type AuditPage,
  type AuditTarget,
  type UiAuditAction,
} from './sessionAudit';
export type { RestoreSummary } from './backup';
export type { IntegrityProblem, IntegrityProblemKind } from './integrity';
export type { IntegrityReport } from './sessionIntegrity';
export type { LoadSource, UnreadableReason, UnreadableRecord } from './loader';
export { AUDIT_ACTORS } from './auditStorage';
export {
  isVaultError,
  VAULT_ERROR_CODES,
  VaultError,
  type RestoreError,
  type RestoreErrorCode,
  type UnlockError,
  type UnlockErrorCode,
  type VaultErrorCode,
} from './errors';
export { delayAfterFailures, FIRST_DELAY_MS, FREE_FAILURES, MAX_DELAY_MS } from './throttle';
export { VAULT_DB_NAME } from './storage/db';
export { newRecordId } from '../../../shared/records/ids';
export type { AuditEntry, AuditVerification } from '../../../shared/audit/chain';
export type { BackupSecret } from '../../../shared/crypto/backup';
export {
  PROFILE_RECORD_ID,
  PROFILE_ROLES,
  type ProfileRole,
  type VaultProfile,
  type VaultProfileInput,
} from '../../../shared/records/profile';
