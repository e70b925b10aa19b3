// Unit tests for the search dialog's result list and its keyboard shortcut rules.
import { describe, expect, it } from 'vitest';
import type { Zorgdossier } from '../../../shared/domain/case';
import type { CaseEntry } from '../../../shared/domain/caseEntry';
import type { Pupil } from '../../../shared/domain/pupil';
import {
  isSearchShortcut,
  isTypingTarget,
  toSearchItems,
  type SearchHitLike,
} from '../../../shared/search/searchResults';

const NOW = '2026-11-22T10:00:00+01:00';
const ayla: Pupil = {
  id: 'p1',
  firstName: 'Ayla',
  lastName: 'Özdemir',
  dateOfBirth: '2015-03-12',
  group: '5B',
  guardians: [],
  createdAt: NOW,
  updatedAt: NOW,
};
const daan: Pupil = {
  id: 'p2',
  firstName: 'Daan',
  lastName: 'Jansen',
  dateOfBirth: '2016-09-01',
  guardians: [],
  createdAt: NOW,
  updatedAt: NOW,
};
const zorg: Zorgdossier = {
  id: 'c1',
  pupilId: 'p1',
  signal: { date: '2026-11-20', raisedBy: 'mentor', description: '' },
  hulpvraag: 'Afstemmen met de coördinator',
  leefgebieden: [],
  status: 'in-bespreking',
  createdAt: NOW,
  updatedAt: NOW,
};
const entry: CaseEntry = {
  id: 'e1',
  caseId: 'c1',
  kind: 'notitie',
  date: '2026-11-21',
  recordedAt: NOW,
  title: 'Gesprek',
  body: '',
  author: 'IB',
};
const lookup = {
  pupil: (id: string) => [ayla, daan].find((p) => p.id === id),
  case: (id: string) => (id === 'c1' ? zorg : undefined),
};

describe('toSearchItems', () => {
  it('lists pupils with group and cases with the pupil name and status, in hit order', () => {
    const hits: SearchHitLike[] = [
      { type: 'case', id: 'c1', record: zorg },
      { type: 'pupil', id: 'p1', record: ayla },
      { type: 'pupil', id: 'p2', record: daan },
    ];
    expect(toSearchItems(hits, lookup)).toEqual([
      {
        kind: 'case',
        key: 'case:c1',
        pupilId: 'p1',
        caseId: 'c1',
        name: 'Ayla Özdemir',
        status: 'in-bespreking',
        signalDate: '2026-11-20',
      },
      { kind: 'pupil', key: 'pupil:p1', pupilId: 'p1', name: 'Ayla Özdemir', group: '5B' },
      { kind: 'pupil', key: 'pupil:p2', pupilId: 'p2', name: 'Daan Jansen' },
    ]);
  });

  it('leads a chronology entry hit to its case once, and leaves other record types out', () => {
    const hits: SearchHitLike[] = [
      { type: 'case.entry', id: 'e1', record: entry },
      { type: 'case', id: 'c1', record: zorg },
      { type: 'directory.organisation', id: 'o1', record: { name: 'Wijkteam' } },
    ];
    expect(toSearchItems(hits, lookup).map((i) => i.key)).toEqual(['case:c1']);
  });

  it('skips a case whose pupil is gone and stops at the limit', () => {
    const orphan: Zorgdossier = { ...zorg, id: 'c9', pupilId: 'gone' };
    expect(toSearchItems([{ type: 'case', id: 'c9', record: orphan }], lookup)).toEqual([]);
    const many: SearchHitLike[] = [ayla, daan].map((p) => ({ type: 'pupil', id: p.id, record: p }));
    expect(toSearchItems(many, lookup, 1)).toHaveLength(1);
  });
});

describe('search shortcut', () => {
  const key = (
    k: string,
    mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {},
  ) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });
  const body = { tagName: 'BODY', isContentEditable: false, getAttribute: () => null };
  const input = { tagName: 'INPUT', isContentEditable: false, getAttribute: () => null };

  it('opens on Ctrl+K or Cmd+K anywhere, also while typing', () => {
    expect(isSearchShortcut(key('k', { ctrlKey: true }), input)).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }), body)).toBe(true);
    expect(isSearchShortcut(key('k', { ctrlKey: true, shiftKey: true }), body)).toBe(false);
    expect(isSearchShortcut(key('k'), body)).toBe(false);
  });

  it('opens on "/" only when not typing', () => {
    expect(isSearchShortcut(key('/'), body)).toBe(true);
    expect(isSearchShortcut(key('/'), null)).toBe(true);
    expect(isSearchShortcut(key('/'), input)).toBe(false);
    expect(isSearchShortcut(key('/', { ctrlKey: true }), body)).toBe(false);
  });

  it('treats text inputs, editable content and ARIA text boxes as typing', () => {
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(
      isTypingTarget({ tagName: 'DIV', getAttribute: (n) => (n === 'role' ? 'combobox' : null) }),
    ).toBe(true);
    expect(isTypingTarget({ tagName: 'BUTTON', getAttribute: () => null })).toBe(false);
  });
});
