// Unit tests for the zorgdossier: closing rules and status transitions.
import { describe, expect, it } from 'vitest';
import { changeCaseStatus, zorgdossierSchema } from '../../../shared/domain/case';
import { caseEntrySchema } from '../../../shared/domain/caseEntry';
import {
  allowedTransitions,
  canTransition,
  CASE_STATUSES,
} from '../../../shared/domain/caseStatus';
import { entry, zorgdossier } from './builders';

const change = { on: '2026-03-01', now: '2026-03-01T10:00:00.000Z', author: 'Anouk (IB)' };

describe('zorgdossier schema', () => {
  it('requires a reason and date exactly when closed', () => {
    expect(zorgdossierSchema.safeParse(zorgdossier()).success).toBe(true);
    expect(zorgdossierSchema.safeParse(zorgdossier({ status: 'afgesloten' })).success).toBe(false);
    expect(
      zorgdossierSchema.safeParse(
        zorgdossier({
          status: 'afgesloten',
          closedAt: '2026-03-01',
          closedReason: 'Hulp loopt via wijkteam',
        }),
      ).success,
    ).toBe(true);
    expect(
      zorgdossierSchema.safeParse(zorgdossier({ closedAt: '2026-03-01', closedReason: 'x' }))
        .success,
    ).toBe(false);
    expect(
      zorgdossierSchema.safeParse(
        zorgdossier({ status: 'afgesloten', closedAt: '2025-12-01', closedReason: 'x' }),
      ).success,
    ).toBe(false);
  });

  it('accepts a regisseur as an involvement or a name, and unique leefgebieden only', () => {
    expect(
      zorgdossierSchema.safeParse(
        zorgdossier({ regisseur: { kind: 'name', name: 'Joost Kamphuis' } }),
      ).success,
    ).toBe(true);
    expect(
      zorgdossierSchema.safeParse(
        zorgdossier({ regisseur: { kind: 'involvement', involvementId: 'i-1' } }),
      ).success,
    ).toBe(true);
    expect(
      zorgdossierSchema.safeParse(zorgdossier({ leefgebieden: ['wonen', 'wonen'] })).success,
    ).toBe(false);
  });
});

describe('status transitions', () => {
  it('never allows staying in the same status', () => {
    for (const s of CASE_STATUSES) expect(canTransition(s, s)).toBe(false);
  });

  it('allows going back from verwezen to in bespreking, and reopening', () => {
    expect(canTransition('verwezen', 'in-bespreking')).toBe(true);
    expect(canTransition('in-bespreking', 'signalering')).toBe(false);
    expect(allowedTransitions('afgesloten')).toEqual(['signalering', 'in-bespreking']);
  });

  it('closes with a reason and produces the status entry', () => {
    const result = changeCaseStatus(zorgdossier({ status: 'verwezen' }), 'afgesloten', {
      ...change,
      reason: 'Hulp loopt via het wijkteam',
    });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.case).toMatchObject({
      status: 'afgesloten',
      closedAt: '2026-03-01',
      closedReason: 'Hulp loopt via het wijkteam',
      updatedAt: change.now,
    });
    expect(zorgdossierSchema.safeParse(result.value.case).success).toBe(true);
    expect(caseEntrySchema.safeParse({ ...result.value.entry, id: 'e-status' }).success).toBe(true);
    expect(result.value.entry).toMatchObject({
      kind: 'status',
      status: 'afgesloten',
      date: '2026-03-01',
      body: 'Hulp loopt via het wijkteam',
    });
  });

  it('refuses closing without a reason, before the signal, or a transition that is not allowed', () => {
    const codeOf = (r: ReturnType<typeof changeCaseStatus>): string => (r.ok ? 'ok' : r.error.code);
    expect(codeOf(changeCaseStatus(zorgdossier(), 'afgesloten', { ...change, reason: '  ' }))).toBe(
      'case.closed-reason-required',
    );
    expect(
      codeOf(
        changeCaseStatus(zorgdossier(), 'afgesloten', { ...change, on: '2025-12-31', reason: 'x' }),
      ),
    ).toBe('case.closed-before-signal');
    expect(
      codeOf(changeCaseStatus(zorgdossier({ status: 'in-bespreking' }), 'signalering', change)),
    ).toBe('case.transition-not-allowed');
    expect(codeOf(changeCaseStatus(zorgdossier(), 'signalering', change))).toBe(
      'case.status-unchanged',
    );
  });

  it('reopening removes the closing fields', () => {
    const closed = zorgdossier({
      status: 'afgesloten',
      closedAt: '2026-02-01',
      closedReason: 'Opgelost',
    });
    const result = changeCaseStatus(closed, 'in-bespreking', change);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.case.closedAt).toBeUndefined();
    expect(result.value.case.closedReason).toBeUndefined();
    expect(zorgdossierSchema.safeParse(result.value.case).success).toBe(true);
  });
});

describe('case entry schema', () => {
  it('puts a status on status entries and only there', () => {
    expect(caseEntrySchema.safeParse(entry({ id: 'e-1' })).success).toBe(true);
    expect(caseEntrySchema.safeParse(entry({ id: 'e-1', status: 'verwezen' })).success).toBe(false);
    expect(caseEntrySchema.safeParse(entry({ id: 'e-1', kind: 'status' })).success).toBe(false);
    expect(
      caseEntrySchema.safeParse(entry({ id: 'e-1', kind: 'status', status: 'verwezen', title: '' }))
        .success,
    ).toBe(true);
  });
});
