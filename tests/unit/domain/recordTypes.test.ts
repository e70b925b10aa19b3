// Unit tests for the domain's record types: they register together (with the app's own),
// have parents that are record ids, and keep working notes and consents out of search.
import { describe, expect, it } from 'vitest';
import { APP_RECORD_TYPES } from '../../../shared/records/catalog';
import { isRecordId } from '../../../shared/records/ids';
import { createRecordRegistry, validateRecord } from '../../../shared/records/registry';
import { DOMAIN_RECORD_TYPES } from '../../../shared/domain/recordTypes';
import { consent, entry, involvement, pupil, zorgdossier } from './builders';

describe('DOMAIN_RECORD_TYPES', () => {
  it('is part of the app catalog, which registers without clashes', () => {
    for (const def of DOMAIN_RECORD_TYPES) expect(APP_RECORD_TYPES).toContain(def);
    const registry = createRecordRegistry(APP_RECORD_TYPES);
    expect(registry.types()).toEqual(
      expect.arrayContaining([
        'pupil',
        'case',
        'case.entry',
        'case.working-note',
        'case.involvement',
        'case.consent',
        'directory.organisation',
        'directory.contact',
        'school.care-settings',
      ]),
    );
  });

  it('validates records and points each child at its parent by id', () => {
    const registry = createRecordRegistry(DOMAIN_RECORD_TYPES);
    const samples: [string, { id: string }, string | undefined][] = [
      ['pupil', pupil(), undefined],
      ['case', zorgdossier(), 'p-zoe'],
      ['case.entry', entry({ id: 'e-1' }), 'c-1'],
      ['case.involvement', involvement({ id: 'i-1' }), 'c-1'],
      ['case.consent', consent(), 'c-1'],
    ];
    for (const [type, record, parent] of samples) {
      const def = registry.get(type);
      expect(validateRecord(def, record)).toEqual(record);
      const parentId = def.parentOf?.(record);
      expect(parentId).toBe(parent);
      if (parentId !== undefined) expect(isRecordId(parentId)).toBe(true);
    }
  });

  it('makes pupils findable by name and keeps working notes and consents unsearchable', () => {
    const registry = createRecordRegistry(DOMAIN_RECORD_TYPES);
    expect(registry.get('pupil').searchText?.(pupil())).toContain('Zoë van der Berg');
    expect('searchText' in registry.get('case.working-note')).toBe(false);
    expect('searchText' in registry.get('case.consent')).toBe(false);
  });
});
