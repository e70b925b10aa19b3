// Runs in: renderer.
//
// Turns the audit trail's stable codes (actions, record types, actors, verification problems)
// into the message keys the log screen shows. Kept free of React so it can be unit-tested,
// and written as exhaustive switches so a new audit action or record type cannot reach the
// screen untranslated without the compiler noticing.
import type { AuditAction, AuditVerification } from '../../../../shared/audit/chain';
import type { AppRecordMap } from '../../../../shared/records/catalog';
import type { Language } from '../../../../shared/settings/schema';
import { DATE_LOCALES } from '../../i18n/dates';

/** Message key (under security.audit.actions) for each audit action. */
export type AuditActionKey =
  | 'vaultCreate'
  | 'vaultUnlock'
  | 'vaultUnlockFailed'
  | 'vaultLock'
  | 'vaultRecoveryUsed'
  | 'passphraseChange'
  | 'recoveryRegenerate'
  | 'keystoreEnable'
  | 'keystoreDisable'
  | 'recordCreate'
  | 'recordUpdate'
  | 'recordDelete'
  | 'export'
  | 'import'
  | 'print'
  | 'backupExport'
  | 'backupRestore'
  | 'settingsChange'
  | 'retentionDelete'
  | 'integrityProblem'
  | 'integrityResolve'
  | 'integrityManifest'
  | 'recordView';

export function auditActionKey(action: AuditAction): AuditActionKey {
  switch (action) {
    case 'vault.create':
      return 'vaultCreate';
    case 'vault.unlock':
      return 'vaultUnlock';
    case 'vault.unlock-failed':
      return 'vaultUnlockFailed';
    case 'vault.lock':
      return 'vaultLock';
    case 'vault.recovery-used':
      return 'vaultRecoveryUsed';
    case 'passphrase.change':
      return 'passphraseChange';
    case 'recovery.regenerate':
      return 'recoveryRegenerate';
    case 'keystore.enable':
      return 'keystoreEnable';
    case 'keystore.disable':
      return 'keystoreDisable';
    case 'record.create':
      return 'recordCreate';
    case 'record.update':
      return 'recordUpdate';
    case 'record.delete':
      return 'recordDelete';
    case 'export':
      return 'export';
    case 'import':
      return 'import';
    case 'print':
      return 'print';
    case 'backup.export':
      return 'backupExport';
    case 'backup.restore':
      return 'backupRestore';
    case 'settings.change':
      return 'settingsChange';
    case 'retention.delete':
      return 'retentionDelete';
    case 'integrity.problem':
      return 'integrityProblem';
    case 'integrity.resolve':
      return 'integrityResolve';
    case 'integrity.manifest':
      return 'integrityManifest';
    case 'record.view':
      return 'recordView';
    default: {
      const never: never = action;
      return never;
    }
  }
}

/** The app's record type names. */
export type AppRecordType = Extract<keyof AppRecordMap, string>;

/** Message key (under security.audit.recordTypes) for each record type the app knows. */
export type RecordTypeKey =
  | 'profile'
  | 'settings'
  | 'pupil'
  | 'case'
  | 'caseEntry'
  | 'workingNote'
  | 'voice'
  | 'involvement'
  | 'consent'
  | 'organisation'
  | 'contact'
  | 'careSettings'
  | 'meeting'
  | 'actieplan'
  | 'meetingTemplates'
  | 'meetingRunState'
  | 'referral'
  | 'sharingIdentity'
  | 'sharedFile'
  | 'sharedAction'
  | 'letterhead'
  | 'receivedReferral'
  | 'holidays'
  | 'textDraft'
  | 'meldcode'
  | 'schoolFigures';

// Partial on purpose: a feature that adds a record type must not break the build of the
// others; tests/unit/security/auditLabels.test.ts fails until the new type has a label.
const RECORD_TYPE_KEYS: Readonly<Partial<Record<AppRecordType, RecordTypeKey>>> = {
  'vault.profile': 'profile',
  'vault.settings': 'settings',
  pupil: 'pupil',
  case: 'case',
  'case.entry': 'caseEntry',
  'case.working-note': 'workingNote',
  'case.voice': 'voice',
  'case.involvement': 'involvement',
  'case.consent': 'consent',
  'directory.organisation': 'organisation',
  'directory.contact': 'contact',
  'school.care-settings': 'careSettings',
  meeting: 'meeting',
  'case.actieplan': 'actieplan',
  'school.meeting-templates': 'meetingTemplates',
  'meeting.run-state': 'meetingRunState',
  'case.referral': 'referral',
  'sharing.identity': 'sharingIdentity',
  'sharing.received': 'sharedFile',
  'sharing.action': 'sharedAction',
  'school.letterhead': 'letterhead',
  'referral.received': 'receivedReferral',
  'school.holidays': 'holidays',
  'text.draft': 'textDraft',
  'case.meldcode': 'meldcode',
  'swv.school-figures': 'schoolFigures',
};

/** The label key for a record type, or null for a type this build does not know (shown as is). */
export function recordTypeKey(type: string): RecordTypeKey | null {
  return Object.hasOwn(RECORD_TYPE_KEYS, type)
    ? (RECORD_TYPE_KEYS[type as AppRecordType] ?? null)
    : null;
}

/** Who an entry names: the vault's owner, an unknown person (failed unlock), or an id as stored. */
export type ActorLabel =
  | { readonly kind: 'owner' }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'other'; readonly id: string };

export function actorLabel(actor: string): ActorLabel {
  if (actor === 'owner') return { kind: 'owner' };
  if (actor === 'unknown') return { kind: 'unknown' };
  return { kind: 'other', id: actor };
}

/** Record ids are long random tokens: the first characters are enough to tell rows apart. */
export function shortRecordId(id: string): string {
  return id.length > 10 ? `${id.slice(0, 9)}…` : id;
}

/** Message key (under security.audit.verify) and values for a verification result. */
export type VerificationMessage =
  | { readonly key: 'intact'; readonly count: number }
  | { readonly key: 'edited' | 'reordered' | 'missing' | 'truncated'; readonly seq: number };

export function verificationMessage(result: AuditVerification): VerificationMessage {
  if (result.ok) return { key: 'intact', count: result.count };
  const { kind, seq } = result.problem;
  switch (kind) {
    case 'edited':
    case 'reordered':
    case 'missing':
    case 'truncated':
      return { key: kind, seq };
    default: {
      const never: never = kind;
      return never;
    }
  }
}

const dateTimeFormatters = new Map<Language, Intl.DateTimeFormat>();

/** Date and time of an audit entry, e.g. nl "22 nov 2026, 14:05:09". */
export function formatDateTime(iso: string, language: Language): string {
  let formatter = dateTimeFormatters.get(language);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(DATE_LOCALES[language], {
      dateStyle: 'medium',
      timeStyle: 'medium',
    });
    dateTimeFormatters.set(language, formatter);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatter.format(date);
}

/** Message key (under security.audit.details) for the technical notes the vault writes. */
export type AuditDetailKey =
  | 'methodPassphrase'
  | 'methodRecovery'
  | 'methodKeystore'
  | 'reasonManual'
  | 'reasonShortcut'
  | 'reasonIdle'
  | 'reasonScreenLock'
  | 'reasonSuspend'
  | 'reasonQuit'
  | 'kdfUpgrade'
  | 'afterRecovery'
  | 'recoverySheet'
  | 'earlierFailures'
  | 'backupOf';

/** A detail in words: a known note with its values, or the note as stored (other features' notes). */
export type AuditDetail =
  | {
      readonly kind: 'known';
      readonly key: Exclude<AuditDetailKey, 'earlierFailures' | 'backupOf'>;
    }
  | { readonly kind: 'known'; readonly key: 'earlierFailures'; readonly count: number }
  | { readonly kind: 'known'; readonly key: 'backupOf'; readonly at: string }
  | { readonly kind: 'raw'; readonly text: string };

const FIXED_DETAILS: Readonly<
  Record<string, Exclude<AuditDetailKey, 'earlierFailures' | 'backupOf'>>
> = {
  'method=passphrase': 'methodPassphrase',
  'method=recovery': 'methodRecovery',
  'method=keystore': 'methodKeystore',
  'reason=manual': 'reasonManual',
  'reason=shortcut': 'reasonShortcut',
  'reason=idle': 'reasonIdle',
  'reason=screen-lock': 'reasonScreenLock',
  'reason=suspend': 'reasonSuspend',
  'reason=quit': 'reasonQuit',
  'kdf-upgrade': 'kdfUpgrade',
  'after-recovery': 'afterRecovery',
  'recovery-sheet': 'recoverySheet',
};

export function auditDetail(detail: string): AuditDetail {
  if (Object.hasOwn(FIXED_DETAILS, detail)) {
    const key = FIXED_DETAILS[detail];
    if (key !== undefined) return { kind: 'known', key };
  }
  const failures = /^earlier-failures=(\d{1,9})$/.exec(detail);
  if (failures?.[1] !== undefined)
    return { kind: 'known', key: 'earlierFailures', count: Number(failures[1]) };
  const backup = /^backup=(.+)$/.exec(detail);
  if (backup?.[1] !== undefined && !Number.isNaN(Date.parse(backup[1])))
    return { kind: 'known', key: 'backupOf', at: backup[1] };
  return { kind: 'raw', text: detail };
}
