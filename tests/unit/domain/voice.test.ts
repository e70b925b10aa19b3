// Unit tests for the voices around the child (issue 18): the record, the age from which the
// pupil's own view is asked, the school setting that holds that age (with its migration), and
// the printed lines documents draw from.
import { describe, expect, it } from 'vitest';
import {
  careSettingsRecordType,
  defaultCareSettings,
  pupilVoiceFromAge,
} from '../../../shared/domain/careSettings';
import { validateWorkingNoteForm } from '../../../shared/domain/caseDialogChecks';
import { formatDutchDate } from '../../../shared/domain/dates';
import {
  caseVoices,
  pupilVoiceApplies,
  voiceLines,
  voiceRecordType,
  voiceSchema,
  VOICE_TEXT_MAX,
} from '../../../shared/domain/voice';
import { migrateRecord } from '../../../shared/records/registry';
import { T0, voice } from './builders';

describe('voice record', () => {
  it('belongs to its case (so retention deletes it with the case) and is not searchable', () => {
    expect(voiceRecordType.parentOf?.(voice())).toBe('c-1');
    expect('searchText' in voiceRecordType).toBe(false);
  });

  it('needs text, a known kind and a calendar date', () => {
    expect(voiceSchema.safeParse(voice()).success).toBe(true);
    expect(voiceSchema.safeParse(voice({ text: '  ' })).success).toBe(false);
    expect(voiceSchema.safeParse({ ...voice(), kind: 'leerkracht' }).success).toBe(false);
    expect(voiceSchema.safeParse(voice({ date: '2026-02-30' })).success).toBe(false);
    expect(voiceSchema.safeParse({ ...voice(), note: 'x' }).success).toBe(false);
  });

  it('the dialog refuses what the record could not hold: no text, a future date, too long', () => {
    const today = '2026-02-10';
    const check = (date: string, body: string) =>
      validateWorkingNoteForm({ date, body }, today, VOICE_TEXT_MAX);
    expect(check(today, 'Vader is blij met de hulp.')).toEqual({});
    expect(check(today, ' ')).toEqual({ body: 'required' });
    expect(check('2026-02-11', 'x')).toEqual({ date: 'date-in-future' });
    expect(check(today, 'x'.repeat(VOICE_TEXT_MAX + 1))).toEqual({ body: 'too-long' });
    expect(
      validateWorkingNoteForm({ date: today, body: 'x'.repeat(VOICE_TEXT_MAX + 1) }, today),
    ).toEqual({});
  });

  it('lists one case and one kind, oldest first', () => {
    const voices = [
      voice({ id: 'v-late', date: '2026-03-01' }),
      voice({ id: 'v-other-case', caseId: 'c-2' }),
      voice({ id: 'v-pupil', kind: 'leerling' }),
      voice({ id: 'v-early', date: '2026-01-05' }),
    ];
    expect(caseVoices(voices, 'c-1', 'ouders').map((v) => v.id)).toEqual(['v-early', 'v-late']);
    expect(caseVoices(voices, 'c-1', 'leerling').map((v) => v.id)).toEqual(['v-pupil']);
  });

  it('prints dated lines per kind, parents first, and leaves out a kind without entries', () => {
    expect(
      voiceLines(
        [voice({ kind: 'leerling', text: 'Ik wil naast Daan zitten. ' }), voice({ id: 'v-2' })],
        'c-1',
        formatDutchDate,
      ),
    ).toEqual([
      {
        kind: 'ouders',
        lines: ['1 februari 2026: Moeder wil graag dat Zoë weer plezier heeft op school.'],
      },
      { kind: 'leerling', lines: ['1 februari 2026: Ik wil naast Daan zitten.'] },
    ]);
    expect(voiceLines([voice()], 'c-2', formatDutchDate)).toEqual([]);
  });
});

describe('the pupil voice age', () => {
  it('asks the pupil from the birthday the school chose on', () => {
    const pupil = { dateOfBirth: '2018-03-10' };
    expect(pupilVoiceApplies(pupil, '2026-03-09', 8)).toBe(false);
    expect(pupilVoiceApplies(pupil, '2026-03-10', 8)).toBe(true);
    expect(pupilVoiceApplies(pupil, '2026-03-10', 10)).toBe(false);
  });

  it('is 8 by default and in settings saved before it existed (migration 1 → 2)', () => {
    expect(defaultCareSettings(T0).pupilVoiceFromAge).toBe(8);
    expect(pupilVoiceFromAge(undefined)).toBe(8);
    const { pupilVoiceFromAge: _dropped, ...version1 } = {
      ...defaultCareSettings(T0),
      retentionYearsAfterClosing: 5,
    };
    const migrated = migrateRecord(careSettingsRecordType, 1, version1);
    expect(migrated.pupilVoiceFromAge).toBe(8);
    expect(migrated.retentionYearsAfterClosing).toBe(5);
    expect(pupilVoiceFromAge({ ...migrated, pupilVoiceFromAge: 12 })).toBe(12);
  });

  it('refuses an age outside 4 to 18', () => {
    const settings = defaultCareSettings(T0);
    for (const age of [3, 19, 8.5])
      expect(
        careSettingsRecordType.schema.safeParse({ ...settings, pupilVoiceFromAge: age }).success,
      ).toBe(false);
  });
});
