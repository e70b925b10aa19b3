// Unit tests for betrokkenen: one regisseur per case, absence, coordination levels.
import { describe, expect, it } from 'vitest';
import {
  assignRegisseur,
  COORDINATION_LEVELS,
  coordinationLevelNumber,
  findRegisseurConflicts,
  involvementSchema,
  isInvolvementAbsentOn,
  resolveRegisseur,
} from '../../../shared/domain/involvement';
import { involvement, zorgdossier } from './builders';

describe('regisseur', () => {
  const a = involvement({ id: 'i-a', isRegisseur: true });
  const b = involvement({ id: 'i-b', isRegisseur: true });
  const otherCase = involvement({ id: 'i-x', caseId: 'c-2', isRegisseur: true });

  it('finds cases with more than one regisseur', () => {
    expect(findRegisseurConflicts([a, b, otherCase])).toEqual([
      { code: 'involvement.multiple-regisseurs', caseId: 'c-1', involvementIds: ['i-a', 'i-b'] },
    ]);
    expect(findRegisseurConflicts([a, otherCase])).toEqual([]);
  });

  it('assigns one regisseur and returns only the changed records', () => {
    const c = involvement({ id: 'i-c' });
    const changed = assignRegisseur([a, b, c, otherCase], 'c-1', 'i-c', '2026-02-01T10:00:00Z');
    expect(changed.map((i) => [i.id, i.isRegisseur])).toEqual([
      ['i-a', false],
      ['i-b', false],
      ['i-c', true],
    ]);
    expect(assignRegisseur([a], 'c-1', 'i-a', 'now')).toEqual([]);
  });

  it('resolves the flagged involvement first, then the case field', () => {
    expect(
      resolveRegisseur(zorgdossier({ regisseur: { kind: 'name', name: 'Huisarts' } }), [a]),
    ).toEqual({ kind: 'involvement', involvement: a });
    expect(
      resolveRegisseur(zorgdossier({ regisseur: { kind: 'name', name: 'Huisarts' } }), []),
    ).toEqual({ kind: 'name', name: 'Huisarts' });
    const plain = involvement({ id: 'i-p' });
    expect(
      resolveRegisseur(zorgdossier({ regisseur: { kind: 'involvement', involvementId: 'i-p' } }), [
        plain,
      ]),
    ).toEqual({ kind: 'involvement', involvement: plain });
    expect(
      resolveRegisseur(
        zorgdossier({ regisseur: { kind: 'involvement', involvementId: 'i-gone' } }),
        [],
      ),
    ).toBeUndefined();
    expect(resolveRegisseur(zorgdossier(), [otherCase])).toBeUndefined();
  });
});

describe('involvement record', () => {
  it('is valid with the builders, and knows absence', () => {
    const away = involvement({
      id: 'i-1',
      absent: { until: '2026-03-31', replacedBy: 'Ilse Wevers' },
    });
    expect(involvementSchema.safeParse(away).success).toBe(true);
    expect(isInvolvementAbsentOn(away, '2026-03-31')).toBe(true);
    expect(isInvolvementAbsentOn(away, '2026-04-01')).toBe(false);
    expect(isInvolvementAbsentOn(involvement({ id: 'i-2', absent: {} }), '2030-01-01')).toBe(true);
    expect(isInvolvementAbsentOn(involvement({ id: 'i-3' }), '2026-01-01')).toBe(false);
  });

  it('has the six coordination levels of the brief, 0 to 5', () => {
    expect(COORDINATION_LEVELS.map((l) => l.level)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(coordinationLevelNumber('een-plan')).toBe(3);
    expect(
      involvementSchema.safeParse(
        involvement({ id: 'i-1', coordinationLevel: 'nonsense' as 'informeren' }),
      ).success,
    ).toBe(false);
  });
});
