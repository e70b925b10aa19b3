// Unit tests for the meeting module's record types and templates: they register alongside
// the app's own types, validate sample records, keep meeting content out of the search
// index, and the defaults match the brief (one pupil in a driehoeksoverleg, process
// evaluation in a ZAT).
import { describe, expect, it } from 'vitest';
import { APP_RECORD_TYPES } from '../../../shared/records/catalog';
import { createRecordRegistry, validateRecord } from '../../../shared/records/registry';
import { emptyActieplan } from '../../../shared/meetings/actieplan';
import { MEETING_KINDS } from '../../../shared/meetings/meeting';
import { MEETING_RECORD_TYPES } from '../../../shared/meetings/recordTypes';
import {
  defaultMeetingTemplates,
  DEFAULT_MEETING_TEMPLATES,
  meetingTemplatesSchema,
  templateFor,
} from '../../../shared/meetings/templates';
import { BESPREEKDOEL_LABELS_NL } from '../../../shared/meetings/meetingLabelsNl';
import { T0, threeCaseZorgteam } from './builders';

describe('MEETING_RECORD_TYPES', () => {
  it('is part of the app catalog, which registers without clashes', () => {
    for (const def of MEETING_RECORD_TYPES) expect(APP_RECORD_TYPES).toContain(def);
    const registry = createRecordRegistry(APP_RECORD_TYPES);
    expect(registry.types()).toEqual(
      expect.arrayContaining(['meeting', 'case.actieplan', 'school.meeting-templates']),
    );
  });

  it('validates sample records; the plan points at its case; a meeting has no parent and indexes only its place', () => {
    const registry = createRecordRegistry(MEETING_RECORD_TYPES);
    const meeting = threeCaseZorgteam();
    expect(validateRecord(registry.get('meeting'), meeting)).toEqual(meeting);
    expect('parentOf' in registry.get('meeting')).toBe(false);
    expect(registry.get('meeting').searchText?.(meeting)).toEqual(['Teamkamer, OBS De Tweemaster']);
    const plan = emptyActieplan('c-1', T0);
    expect(registry.get('case.actieplan').parentOf?.(plan)).toBe('c-1');
    const templates = defaultMeetingTemplates(T0);
    expect(validateRecord(registry.get('school.meeting-templates'), templates)).toEqual(templates);
  });
});

describe('templates', () => {
  it('has a default per kind following the brief', () => {
    for (const kind of MEETING_KINDS) expect(DEFAULT_MEETING_TEMPLATES[kind].kind).toBe(kind);
    expect(DEFAULT_MEETING_TEMPLATES.driehoeksoverleg.maxItems).toBe(1);
    expect(
      DEFAULT_MEETING_TEMPLATES.driehoeksoverleg.attendeeRoles.some(
        (r) => r.parents === true && r.required,
      ),
    ).toBe(true);
    expect(DEFAULT_MEETING_TEMPLATES.zat.processEvaluation).toBe(true);
    expect(DEFAULT_MEETING_TEMPLATES.zorgteam.processEvaluation).toBe(false);
    expect(DEFAULT_MEETING_TEMPLATES.zat.attendeeRoles.map((r) => r.role)).toEqual(
      expect.arrayContaining(['leerplichtambtenaar', 'jeugdarts']),
    );
  });

  it('lets the school adjust a template, and refuses a template filed under another kind or without a cases slot', () => {
    const record = defaultMeetingTemplates(T0);
    const adjusted = {
      ...record,
      templates: {
        ...record.templates,
        zorgteam: { ...record.templates.zorgteam, defaultTimeboxMinutes: 20 },
      },
    };
    expect(
      templateFor('zorgteam', meetingTemplatesSchema.parse(adjusted)).defaultTimeboxMinutes,
    ).toBe(20);
    expect(templateFor('zorgteam').defaultTimeboxMinutes).toBe(15);
    expect(
      meetingTemplatesSchema.safeParse({
        ...record,
        templates: { ...record.templates, zat: record.templates.zorgteam },
      }).success,
    ).toBe(false);
    const noCases = {
      ...record.templates.zorgteam,
      agendaParts: [{ kind: 'fixed', title: 'Opening', minutes: 5 }],
    };
    expect(
      meetingTemplatesSchema.safeParse({
        ...record,
        templates: { ...record.templates, zorgteam: noCases },
      }).success,
    ).toBe(false);
    // The defaults are copied, not shared.
    record.templates.zorgteam.attendeeRoles.pop();
    expect(DEFAULT_MEETING_TEMPLATES.zorgteam.attendeeRoles).toHaveLength(4);
  });

  it('labels the four bespreekdoelen in Dutch', () => {
    expect(Object.keys(BESPREEKDOEL_LABELS_NL)).toEqual([
      'informatie-advies',
      'niet-pluis',
      'verwijzing-verwacht',
      'aanmelding',
    ]);
  });
});
