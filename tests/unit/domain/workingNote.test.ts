// Unit tests for working notes: kept apart from the formal file, seen only by their author,
// and impossible to carry into anything built on ExportableCase.
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  formalEntriesOnly,
  toExportableCase,
  type ExportableCase,
  type ExportableCaseInput,
} from '../../../shared/domain/exportableCase';
import {
  ownWorkingNotes,
  workingNoteRecordType,
  workingNoteSchema,
  type WorkingNote,
} from '../../../shared/domain/workingNote';
import { consent, entry, involvement, pupil, T0, zorgdossier } from './builders';

const SECRET = 'Vermoeden: vader drinkt, nog niet besproken';

const note = (overrides: Partial<WorkingNote> = {}): WorkingNote => ({
  id: 'w-1',
  caseId: 'c-1',
  authorId: 'u-anouk',
  body: SECRET,
  date: '2026-01-15',
  createdAt: T0,
  updatedAt: T0,
  ...overrides,
});

const input: ExportableCaseInput = {
  pupil: pupil(),
  case: zorgdossier(),
  entries: [entry({ id: 'e-1', date: '2026-01-08' })],
  consents: [consent()],
  involvements: [involvement({ id: 'i-1' })],
};

describe('working notes', () => {
  it('is a valid record of its own type, not searchable', () => {
    expect(workingNoteSchema.safeParse(note()).success).toBe(true);
    expect(workingNoteSchema.safeParse(note({ body: '   ' })).success).toBe(false);
    expect(workingNoteRecordType.type).toBe('case.working-note');
    expect('searchText' in workingNoteRecordType).toBe(false);
  });

  it('shows each author only their own notes of the case, newest first', () => {
    const notes = [
      note(),
      note({ id: 'w-2', date: '2026-02-01' }),
      note({ id: 'w-3', authorId: 'u-fatma' }),
      note({ id: 'w-4', caseId: 'c-2' }),
    ];
    expect(ownWorkingNotes(notes, 'c-1', 'u-anouk').map((n) => n.id)).toEqual(['w-2', 'w-1']);
    expect(ownWorkingNotes(notes, 'c-1', 'u-fatma').map((n) => n.id)).toEqual(['w-3']);
  });
});

describe('ExportableCase', () => {
  it('has no field that could hold working notes', () => {
    expectTypeOf<keyof ExportableCase>().toEqualTypeOf<
      'pupil' | 'case' | 'chronology' | 'involvements' | 'consents'
    >();
    expectTypeOf<WorkingNote>().not.toMatchTypeOf<ExportableCase['chronology'][number]>();
  });

  it('carries the formal file only, even when working notes are smuggled into the input', () => {
    const smuggled = {
      ...input,
      workingNotes: [note()],
      entries: [...input.entries, note() as unknown as ReturnType<typeof entry>],
    };
    const exported = toExportableCase(smuggled);
    const text = JSON.stringify(exported);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('w-1');
    expect(Object.keys(exported).sort()).toEqual([
      'case',
      'chronology',
      'consents',
      'involvements',
      'pupil',
    ]);
    expect(exported.chronology.map((i) => i.key)).toEqual([
      'signal:c-1',
      'entry:e-1',
      'consent:k-1',
      'involvement:i-1',
    ]);
  });

  it('drops stray fields on formal records too', () => {
    const sneaky = { ...entry({ id: 'e-2' }), workingNote: SECRET };
    expect(
      formalEntriesOnly([entry({ id: 'e-1' }), sneaky, note()], 'c-1').map((e) => e.id),
    ).toEqual(['e-1']);
    const withStrayField = { ...input, case: { ...zorgdossier(), note: SECRET } };
    expect(() => toExportableCase(withStrayField)).toThrow();
  });

  it('refuses a case of another pupil and leaves out other cases', () => {
    expect(() =>
      toExportableCase({ ...input, case: zorgdossier({ pupilId: 'p-other' }) }),
    ).toThrow();
    const exported = toExportableCase({
      ...input,
      consents: [consent(), consent({ id: 'k-2', caseId: 'c-2' })],
    });
    expect(exported.consents.map((c) => c.id)).toEqual(['k-1']);
  });
});
