// Unit tests for the pupil record: names in Dutch order, postcodes, creation from input.
import { describe, expect, it } from 'vitest';
import { isValidPostcode, normalizePostcode, postcodeArea } from '../../../shared/domain/postcode';
import {
  createPupil,
  displayName,
  guardiansWithGezag,
  pupilAgeOn,
  pupilSchema,
  sortName,
  surname,
  type PupilInput,
} from '../../../shared/domain/pupil';
import { pupil, T0 } from './builders';

describe('names', () => {
  it('writes the tussenvoegsel in lower case after a first name', () => {
    expect(displayName({ firstName: 'Emma', tussenvoegsel: 'Van der', lastName: 'Berg' })).toBe(
      'Emma van der Berg',
    );
    expect(displayName({ firstName: ' Daan ', lastName: 'Jansen' })).toBe('Daan Jansen');
  });

  it('starts the surname alone with a capital', () => {
    expect(surname({ tussenvoegsel: 'van der', lastName: 'Berg' })).toBe('Van der Berg');
    expect(surname({ lastName: 'Öztürk' })).toBe('Öztürk');
  });

  it('sorts by the surname proper', () => {
    expect(sortName({ firstName: 'Emma', tussenvoegsel: 'van der', lastName: 'Berg' })).toBe(
      'Berg, Emma van der',
    );
  });
});

describe('postcodes', () => {
  it.each([
    ['1234AB', '1234 AB'],
    [' 1234  ab ', '1234 AB'],
    ['7511 jk', '7511 JK'],
    ['0123 AB', undefined],
    ['1234 SS', undefined],
    ['1234 SA', undefined],
    ['12345', undefined],
    ['1234', undefined],
  ])('%j → %j', (input, expected) => {
    expect(normalizePostcode(input)).toBe(expected);
    expect(isValidPostcode(input)).toBe(expected !== undefined);
  });

  it('gives the numeric area', () => {
    expect(postcodeArea('7511jk')).toBe(7511);
    expect(postcodeArea('nonsense')).toBeUndefined();
  });

  it('stores only the normalised form', () => {
    expect(pupilSchema.safeParse(pupil({ homePostcode: '7511 JK' })).success).toBe(true);
    expect(pupilSchema.safeParse(pupil({ homePostcode: '7511jk' })).success).toBe(false);
  });
});

describe('createPupil', () => {
  it('gives the pupil and each guardian an id and validates the result', () => {
    let n = 0;
    const input: PupilInput = {
      firstName: 'Zoë',
      lastName: 'Berg',
      tussenvoegsel: 'van der',
      dateOfBirth: '2015-03-12',
      guardians: [{ name: 'Marieke van der Berg', relation: 'moeder', hasGezag: true }],
    };
    const created = createPupil(input, { newId: () => `r${++n}`, now: T0 });
    expect(created.id).toBe('r1');
    expect(created.guardians[0]?.id).toBe('r2');
    expect(created.createdAt).toBe(T0);
    expect(() =>
      createPupil({ ...input, dateOfBirth: '2015-02-31' }, { newId: () => 'r9', now: T0 }),
    ).toThrow();
  });

  it('finds guardians with gezag and the age on a date', () => {
    expect(guardiansWithGezag(pupil()).map((g) => g.id)).toEqual(['g-mother', 'g-father']);
    expect(pupilAgeOn(pupil(), '2027-03-12')).toBe(12);
  });
});
