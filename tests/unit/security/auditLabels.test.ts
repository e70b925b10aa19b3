// Runs in: Node (Vitest).
//
// The audit log screen translates every stored code: each audit action and each record type
// the app knows has a Dutch and an English label, verification results map to messages,
// and the small formatting helpers (short ids, date-times) behave.
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, type AuditVerification } from '../../../shared/audit/chain';
import { APP_RECORD_TYPES } from '../../../shared/records/catalog';
import securityEn from '../../../renderer/src/i18n/locales/features/security.en.json';
import securityNl from '../../../renderer/src/i18n/locales/features/security.nl.json';
import {
  actorLabel,
  auditActionKey,
  auditDetail,
  formatDateTime,
  recordTypeKey,
  shortRecordId,
  verificationMessage,
} from '../../../renderer/src/security/settings/auditLabels';
import { mayCloseDialog } from '../../../renderer/src/components/dialogClose';

const LOCALES = { nl: securityNl.security, en: securityEn.security } as const;

describe('audit labels', () => {
  it('gives every audit action its own label in Dutch and English', () => {
    const keys = AUDIT_ACTIONS.map(auditActionKey);
    expect(new Set(keys).size).toBe(AUDIT_ACTIONS.length);
    for (const [language, messages] of Object.entries(LOCALES)) {
      const labels: Record<string, string> = messages.audit.actions;
      for (const key of keys) expect(labels[key], `${language}: ${key}`).toMatch(/\S/);
      expect(Object.keys(labels).sort(), language).toEqual([...keys].sort());
    }
  });

  it('labels every record type of the app and leaves unknown ones as they are', () => {
    for (const definition of APP_RECORD_TYPES) {
      const key = recordTypeKey(definition.type);
      expect(key, definition.type).not.toBeNull();
      for (const messages of Object.values(LOCALES)) {
        const labels: Record<string, string> = messages.audit.recordTypes;
        expect(labels[key ?? ''], definition.type).toMatch(/\S/);
      }
    }
    expect(recordTypeKey('something.else')).toBeNull();
    expect(recordTypeKey('toString')).toBeNull();
    expect(recordTypeKey('__proto__')).toBeNull();
  });

  it('names the owner and the unknown actor of a failed unlock', () => {
    expect(actorLabel('owner')).toEqual({ kind: 'owner' });
    expect(actorLabel('unknown')).toEqual({ kind: 'unknown' });
    expect(actorLabel('u123')).toEqual({ kind: 'other', id: 'u123' });
  });

  it('maps every verification outcome to a message', () => {
    expect(verificationMessage({ ok: true, count: 12 })).toEqual({ key: 'intact', count: 12 });
    for (const kind of ['edited', 'reordered', 'missing', 'truncated'] as const) {
      const result: AuditVerification = { ok: false, problem: { kind, seq: 7 } };
      expect(verificationMessage(result)).toEqual({ key: kind, seq: 7 });
      for (const messages of Object.values(LOCALES))
        expect(messages.audit.verify[kind]).toContain('{{seq}}');
    }
  });

  it('shortens long record ids and keeps short ones', () => {
    expect(shortRecordId('r0123456789abcdef0123456789abcdef')).toBe('r01234567…');
    expect(shortRecordId('vault.meta')).toBe('vault.meta');
  });

  it('formats entry times with date and time, and leaves garbage visible', () => {
    const text = formatDateTime('2026-11-22T14:05:09.000Z', 'nl');
    expect(text).toMatch(/2026/);
    expect(text).toMatch(/\d{2}:\d{2}:\d{2}/);
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
  });
});

describe('auditDetail', () => {
  it('puts the notes the vault writes into words and leaves other notes as they are', () => {
    expect(auditDetail('method=passphrase')).toEqual({ kind: 'known', key: 'methodPassphrase' });
    expect(auditDetail('reason=idle')).toEqual({ kind: 'known', key: 'reasonIdle' });
    expect(auditDetail('reason=screen-lock')).toEqual({ kind: 'known', key: 'reasonScreenLock' });
    expect(auditDetail('kdf-upgrade')).toEqual({ kind: 'known', key: 'kdfUpgrade' });
    expect(auditDetail('earlier-failures=12')).toEqual({
      kind: 'known',
      key: 'earlierFailures',
      count: 12,
    });
    expect(auditDetail('backup=2026-11-20T10:00:00.000Z')).toEqual({
      kind: 'known',
      key: 'backupOf',
      at: '2026-11-20T10:00:00.000Z',
    });
    expect(auditDetail('backup=yesterday')).toEqual({ kind: 'raw', text: 'backup=yesterday' });
    expect(auditDetail('format=pdf')).toEqual({ kind: 'raw', text: 'format=pdf' });
    expect(auditDetail('toString')).toEqual({ kind: 'raw', text: 'toString' });
  });

  it('has a Dutch and English text for every known note', () => {
    const samples = [
      'method=passphrase',
      'method=recovery',
      'method=keystore',
      'reason=manual',
      'reason=shortcut',
      'reason=idle',
      'reason=screen-lock',
      'reason=suspend',
      'reason=quit',
      'kdf-upgrade',
      'after-recovery',
      'recovery-sheet',
      'backup=2026-11-20T10:00:00.000Z',
    ];
    for (const messages of Object.values(LOCALES)) {
      const details: Record<string, string> = messages.audit.details;
      for (const sample of samples) {
        const detail = auditDetail(sample);
        expect(detail.kind, sample).toBe('known');
        if (detail.kind === 'known') expect(details[detail.key], sample).toMatch(/\S/);
      }
      expect(details['earlierFailures_one']).toContain('{{count}}');
      expect(details['earlierFailures_other']).toContain('{{count}}');
    }
  });
});

describe('mayCloseDialog', () => {
  it('never closes while busy', () => {
    for (const reason of ['backdropClick', 'escapeKeyDown', 'button'] as const)
      expect(mayCloseDialog(reason, { busy: true, dirty: false })).toBe(false);
  });

  it('ignores a click beside a dialog with typed input, but Esc and the button still close it', () => {
    expect(mayCloseDialog('backdropClick', { busy: false, dirty: true })).toBe(false);
    expect(mayCloseDialog('backdropClick', { busy: false, dirty: false })).toBe(true);
    expect(mayCloseDialog('escapeKeyDown', { busy: false, dirty: true })).toBe(true);
    expect(mayCloseDialog('button', { busy: false, dirty: true })).toBe(true);
  });
});
