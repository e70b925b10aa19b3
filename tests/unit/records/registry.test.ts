// Unit tests for the record-type registry and the migration framework.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { APP_RECORD_REGISTRY, type AppRecordMap } from '../../../shared/records/catalog';
import { isRecordId, newRecordId } from '../../../shared/records/ids';
import {
  PROFILE_RECORD_ID,
  profileRecordType,
  type VaultProfile,
} from '../../../shared/records/profile';
import {
  createRecordRegistry,
  defineRecordType,
  migrateRecord,
  RecordError,
  type RecordTypeDef,
  validateRecord,
} from '../../../shared/records/registry';

// A record type at version 3 with a history: v1 {id, naam}, v2 split the name, v3 added a tag list.
const noteV3 = z
  .object({
    id: z.string(),
    voornaam: z.string(),
    achternaam: z.string(),
    tags: z.array(z.string()),
  })
  .strict();
const pupil = defineRecordType({
  type: 'test.pupil',
  version: 3,
  schema: noteV3,
  migrations: {
    1: (data) => {
      const v1 = z.object({ id: z.string(), naam: z.string() }).parse(data);
      const [voornaam = '', ...rest] = v1.naam.split(' ');
      return { id: v1.id, voornaam, achternaam: rest.join(' ') };
    },
    2: (data) => ({ ...z.object({ id: z.string() }).passthrough().parse(data), tags: [] }),
  },
  searchText: (record) => [record.voornaam, record.achternaam],
});

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof RecordError ? error.code : `not a RecordError: ${String(error)}`;
  }
  return undefined;
}

describe('migrateRecord', () => {
  it('applies every step in order from the stored version', () => {
    expect(migrateRecord(pupil, 1, { id: 'r1', naam: 'Ayşe van Dijk' })).toEqual({
      id: 'r1',
      voornaam: 'Ayşe',
      achternaam: 'van Dijk',
      tags: [],
    });
    expect(migrateRecord(pupil, 2, { id: 'r1', voornaam: 'A', achternaam: 'B' })).toEqual({
      id: 'r1',
      voornaam: 'A',
      achternaam: 'B',
      tags: [],
    });
  });

  it('only validates data already at the current version', () => {
    const current = { id: 'r1', voornaam: 'A', achternaam: 'B', tags: ['x'] };
    expect(migrateRecord(pupil, 3, current)).toEqual(current);
    expect(codeOf(() => migrateRecord(pupil, 3, { ...current, extra: 1 }))).toBe('record.invalid');
  });

  it('refuses versions newer than this build and nonsense versions', () => {
    expect(codeOf(() => migrateRecord(pupil, 4, {}))).toBe('record.newer-version');
    expect(codeOf(() => migrateRecord(pupil, 0, {}))).toBe('record.invalid-version');
    expect(codeOf(() => migrateRecord(pupil, 1.5, {}))).toBe('record.invalid-version');
  });

  it('reports a missing step clearly (definition built without defineRecordType)', () => {
    const broken: RecordTypeDef<'test.broken', { id: string }> = {
      type: 'test.broken',
      version: 3,
      schema: z.object({ id: z.string() }),
      migrations: { 1: (data) => data },
    };
    const error = (() => {
      try {
        migrateRecord(broken, 1, { id: 'r' });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(RecordError);
    expect((error as RecordError).code).toBe('record.migration-missing');
    expect((error as RecordError).message).toContain('from version 2 to 3');
  });

  it('wraps a throwing step without leaking record content', () => {
    const error = (() => {
      try {
        migrateRecord(pupil, 1, { id: 'r1', naam: 12345 });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect((error as RecordError).code).toBe('record.migration-failed');
    expect((error as RecordError).message).not.toContain('12345');
  });

  it('validation messages name paths, not values', () => {
    const error = (() => {
      try {
        validateRecord(profileRecordType, {
          id: PROFILE_RECORD_ID,
          schoolName: 'Geheime School',
          userName: 42,
          role: 'ib',
          createdAt: 'x',
        });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect((error as RecordError).code).toBe('record.invalid');
    expect((error as RecordError).message).toContain('userName');
    expect((error as RecordError).message).not.toContain('Geheime');
  });
});

describe('defineRecordType', () => {
  const schema = z.object({ id: z.string() });
  it('refuses a definition with a missing or stray migration', () => {
    expect(
      codeOf(() => defineRecordType({ type: 'test.a', version: 2, schema, migrations: {} })),
    ).toBe('record.invalid-definition');
    expect(
      codeOf(() =>
        defineRecordType({ type: 'test.a', version: 1, schema, migrations: { 1: (d) => d } }),
      ),
    ).toBe('record.invalid-definition');
  });
  it('refuses bad or reserved names and bad versions', () => {
    expect(
      codeOf(() => defineRecordType({ type: 'Test Type', version: 1, schema, migrations: {} })),
    ).toBe('record.invalid-definition');
    expect(
      codeOf(() => defineRecordType({ type: 'vault.meta', version: 1, schema, migrations: {} })),
    ).toBe('record.invalid-definition');
    expect(
      codeOf(() => defineRecordType({ type: 'audit.entry', version: 1, schema, migrations: {} })),
    ).toBe('record.invalid-definition');
    expect(
      codeOf(() => defineRecordType({ type: 'test.a', version: 0, schema, migrations: {} })),
    ).toBe('record.invalid-definition');
  });
});

describe('registry', () => {
  it('looks up definitions and refuses unknown or duplicate types', () => {
    const registry = createRecordRegistry([profileRecordType, pupil]);
    expect(registry.types().sort()).toEqual(['test.pupil', 'vault.profile']);
    expect(registry.get('test.pupil')).toBe(pupil);
    expect(registry.find('nope')).toBeUndefined();
    expect(registry.has('vault.profile')).toBe(true);
    expect(codeOf(() => registry.get('nope'))).toBe('record.unknown-type');
    expect(codeOf(() => createRecordRegistry([pupil, pupil]))).toBe('record.invalid-definition');
  });

  it('infers the record map', () => {
    expectTypeOf<AppRecordMap['vault.profile']>().toEqualTypeOf<VaultProfile>();
    expect(APP_RECORD_REGISTRY.get('vault.profile')).toBe(profileRecordType);
  });
});

describe('profile record', () => {
  it('validates the profile', () => {
    const profile = {
      id: PROFILE_RECORD_ID,
      schoolName: 'OBS De Regenboog',
      userName: 'Fatma Yılmaz',
      role: 'ib',
      createdAt: '2026-11-22T10:00:00.000Z',
    };
    expect(validateRecord(profileRecordType, profile)).toEqual(profile);
    expect(codeOf(() => validateRecord(profileRecordType, { ...profile, role: 'directeur' }))).toBe(
      'record.invalid',
    );
    expect(codeOf(() => validateRecord(profileRecordType, { ...profile, schoolName: '   ' }))).toBe(
      'record.invalid',
    );
    expect(codeOf(() => validateRecord(profileRecordType, { ...profile, id: 'other' }))).toBe(
      'record.invalid',
    );
  });
});

describe('record ids', () => {
  it('generates random ids that match the id pattern', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newRecordId()));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(isRecordId(id)).toBe(true);
    expect(isRecordId(PROFILE_RECORD_ID)).toBe(true);
    expect(isRecordId('Jan de Vries')).toBe(false);
    expect(isRecordId('')).toBe(false);
  });
});
