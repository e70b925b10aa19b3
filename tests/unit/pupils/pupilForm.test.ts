// Unit tests for the add/edit pupil form: validation codes, building a schema-valid pupil, duplicates.
import { describe, expect, it } from 'vitest';
import { pupilSchema, type Pupil } from '../../../shared/domain/pupil';
import {
  draftFromPupil,
  EMPTY_PUPIL_DRAFT,
  emptyGuardianDraft,
  findDuplicatePupil,
  hasErrors,
  isDraftDirty,
  pupilFromDraft,
  validatePupilDraft,
  type PupilDraft,
} from '../../../shared/domain/pupilForm';

const TODAY = '2026-11-22';
const NOW = '2026-11-22T10:00:00+01:00';

function ids(): () => string {
  let n = 0;
  return () => `id${(n += 1)}`;
}

const valid: PupilDraft = {
  ...EMPTY_PUPIL_DRAFT,
  firstName: ' Ayla ',
  lastName: 'Özdemir',
  dateOfBirth: '2015-03-12',
  homePostcode: '7511jk',
  guardians: [{ ...emptyGuardianDraft('g-new'), name: 'Fatma Özdemir', phone: '06-12345678' }],
};

describe('validatePupilDraft', () => {
  it('asks for the required fields', () => {
    const errors = validatePupilDraft(EMPTY_PUPIL_DRAFT, TODAY);
    expect(errors.fields).toEqual({
      firstName: 'required',
      lastName: 'required',
      dateOfBirth: 'required',
    });
    expect(hasErrors(errors)).toBe(true);
  });

  it('accepts a complete draft', () => {
    expect(hasErrors(validatePupilDraft(valid, TODAY))).toBe(false);
  });

  it.each([
    [{ homePostcode: '75111' }, 'homePostcode', 'postcode-invalid'],
    [{ homePostcode: '1234 SA' }, 'homePostcode', 'postcode-invalid'],
    [{ dateOfBirth: '2015-02-31' }, 'dateOfBirth', 'date-invalid'],
    [{ dateOfBirth: '2026-11-23' }, 'dateOfBirth', 'date-in-future'],
    [{ firstName: 'x'.repeat(101) }, 'firstName', 'too-long'],
    [{ group: 'x'.repeat(41) }, 'group', 'too-long'],
  ] as const)('%o gives %s: %s', (change, field, code) => {
    expect(validatePupilDraft({ ...valid, ...change }, TODAY).fields[field]).toBe(code);
  });

  it('checks each guardian by key', () => {
    const draft: PupilDraft = {
      ...valid,
      guardians: [{ ...emptyGuardianDraft('g1'), phone: 'abc', email: 'nope' }],
    };
    expect(validatePupilDraft(draft, TODAY).guardians).toEqual({
      g1: { name: 'required', phone: 'phone-invalid', email: 'email-invalid' },
    });
  });
});

describe('pupilFromDraft', () => {
  it('builds a schema-valid pupil with a normalised postcode and trimmed names', () => {
    const pupil = pupilFromDraft(valid, { newId: ids(), now: NOW });
    expect(pupil).toBeDefined();
    expect(pupilSchema.safeParse(pupil).success).toBe(true);
    expect(pupil?.firstName).toBe('Ayla');
    expect(pupil?.homePostcode).toBe('7511 JK');
    expect(pupil?.guardians[0]).toMatchObject({
      name: 'Fatma Özdemir',
      relation: 'moeder',
      hasGezag: true,
      phone: '06-12345678',
    });
    expect(pupil?.guardians[0]).not.toHaveProperty('email');
    expect(pupil).not.toHaveProperty('tussenvoegsel');
  });

  it('keeps id, creation time, leerlingnummer and guardian ids when editing', () => {
    const existing: Pupil = {
      id: 'p1',
      firstName: 'Daan',
      lastName: 'Jansen',
      dateOfBirth: '2016-09-01',
      externalId: '1002',
      guardians: [{ id: 'g1', name: 'Sanne Jansen', relation: 'moeder', hasGezag: true }],
      createdAt: '2025-01-01T00:00:00+01:00',
      updatedAt: '2025-01-01T00:00:00+01:00',
    };
    const draft = draftFromPupil(existing);
    expect(isDraftDirty(draft, draftFromPupil(existing))).toBe(false);
    const edited: PupilDraft = {
      ...draft,
      group: '5A',
      guardians: [
        ...draft.guardians,
        { ...emptyGuardianDraft('tmp'), name: 'Peter Jansen', relation: 'vader', hasGezag: false },
      ],
    };
    expect(isDraftDirty(edited, draft)).toBe(true);
    const saved = pupilFromDraft(edited, { existing, newId: ids(), now: NOW });
    expect(saved).toMatchObject({
      id: 'p1',
      externalId: '1002',
      group: '5A',
      createdAt: existing.createdAt,
      updatedAt: NOW,
    });
    expect(saved?.guardians.map((g) => g.id)).toEqual(['g1', 'id1']);
  });

  it('returns undefined when the schema refuses (e.g. an invalid date slipped through)', () => {
    expect(
      pupilFromDraft({ ...valid, dateOfBirth: '12-03-2015' }, { newId: ids(), now: NOW }),
    ).toBeUndefined();
  });
});

describe('findDuplicatePupil', () => {
  const existing = pupilFromDraft(valid, { newId: ids(), now: NOW });
  if (existing === undefined) throw new Error('fixture');

  it('matches the same name and date of birth without case or accents', () => {
    expect(
      findDuplicatePupil([existing], {
        ...EMPTY_PUPIL_DRAFT,
        firstName: 'ayla',
        lastName: 'OZDEMIR',
        dateOfBirth: '2015-03-12',
      })?.id,
    ).toBe(existing.id);
  });

  it('ignores another date, an incomplete draft and the pupil being edited', () => {
    expect(findDuplicatePupil([existing], { ...valid, dateOfBirth: '2015-03-13' })).toBeUndefined();
    expect(findDuplicatePupil([existing], { ...valid, lastName: '' })).toBeUndefined();
    expect(findDuplicatePupil([existing], valid, existing.id)).toBeUndefined();
  });
});
