// Runs in: any environment.
//
// Per meeting kind, what a meeting usually looks like: the roles at the table, the fixed
// parts of the agenda around the case discussions, the usual length and timebox, whether it
// ends with a process evaluation and how many pupils it is about. The defaults follow the
// brief (§3); the school adjusts them in one record, 'school.meeting-templates'.
import { z } from 'zod';
import { MEETING_KINDS, meetingKindSchema, type MeetingKind } from '../domain/consent';
import { ORGANISATION_KINDS } from '../domain/directory';
import { timestampSchema } from '../domain/dates';
import { requiredText } from '../domain/fields';
import { defineRecordType } from '../records/registry';

export const attendeeRoleSchema = z
  .object({
    role: requiredText(200),
    /** The kind of organisation this role usually comes from (to suggest contacts); absent for school staff and parents. */
    organisationKind: z.enum(ORGANISATION_KINDS).optional(),
    /** The pupil's parents/guardians with gezag take this seat (driehoeksoverleg). */
    parents: z.boolean().optional(),
    /** Usually at the table; optional roles are offered but not added by default. */
    required: z.boolean(),
  })
  .strict();
export type AttendeeRole = z.infer<typeof attendeeRoleSchema>;

/** One part of the agenda: a fixed point (opening, rondvraag, …) or the slot where the case items go. */
export const agendaPartSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('fixed'),
      title: requiredText(200),
      minutes: z.number().int().min(0).max(240),
    })
    .strict(),
  z.object({ kind: z.literal('cases') }).strict(),
]);
export type AgendaPart = z.infer<typeof agendaPartSchema>;

export const meetingTemplateSchema = z
  .object({
    kind: meetingKindSchema,
    attendeeRoles: z.array(attendeeRoleSchema).max(30),
    agendaParts: z
      .array(agendaPartSchema)
      .min(1)
      .max(20)
      .refine((parts) => parts.filter((p) => p.kind === 'cases').length === 1, {
        message: 'exactly one cases part',
      }),
    defaultDurationMinutes: z.number().int().min(15).max(600),
    defaultTimeboxMinutes: z.number().int().min(1).max(240),
    /** At most this many case items (1 for a driehoeksoverleg: it is about one pupil). */
    maxItems: z.number().int().min(1).max(100),
    /** The meeting closes with a process evaluation (what went well, what not, what differently). */
    processEvaluation: z.boolean(),
    /** Days after the meeting the parents' feedback task falls due. */
    feedbackDueDays: z.number().int().min(0).max(60),
  })
  .strict();
export type MeetingTemplate = z.infer<typeof meetingTemplateSchema>;

const fixed = (title: string, minutes: number): AgendaPart => ({ kind: 'fixed', title, minutes });

/** The defaults: brief §3 and the route of §2. */
export const DEFAULT_MEETING_TEMPLATES: Readonly<Record<MeetingKind, MeetingTemplate>> = {
  driehoeksoverleg: {
    kind: 'driehoeksoverleg',
    attendeeRoles: [
      { role: 'ouder/verzorger', parents: true, required: true },
      { role: 'intern begeleider', required: true },
      { role: 'leerkracht of mentor', required: false },
      {
        role: 'hulpverlener (SMW, OT-medewerker of wijkcoach)',
        organisationKind: 'ondersteuningsteam',
        required: true,
      },
      { role: 'leerling', required: false },
    ],
    agendaParts: [
      fixed('Kennismaking en doel van het gesprek', 5),
      { kind: 'cases' },
      fixed('Afspraken: wie doet wat, wanneer', 10),
      fixed('Volgende afspraak', 5),
    ],
    defaultDurationMinutes: 60,
    defaultTimeboxMinutes: 40,
    maxItems: 1,
    processEvaluation: false,
    feedbackDueDays: 7,
  },
  zorgteam: {
    kind: 'zorgteam',
    attendeeRoles: [
      { role: 'intern begeleider', required: true },
      { role: 'schoolmaatschappelijk werker', organisationKind: 'smw', required: true },
      { role: 'jeugdverpleegkundige', organisationKind: 'ggd-jgz', required: true },
      {
        role: 'contactpersoon ondersteuningsteam of wijkcoach',
        organisationKind: 'ondersteuningsteam',
        required: false,
      },
    ],
    agendaParts: [
      fixed('Opening en vaststellen agenda', 5),
      fixed('Terugblik: welke stappen zijn gezet', 5),
      { kind: 'cases' },
      fixed('Rondvraag en sluiting', 5),
    ],
    defaultDurationMinutes: 90,
    defaultTimeboxMinutes: 15,
    maxItems: 20,
    processEvaluation: false,
    feedbackDueDays: 7,
  },
  zat: {
    kind: 'zat',
    attendeeRoles: [
      { role: 'intern begeleider of zorgcoördinator', required: true },
      { role: 'schoolmaatschappelijk werker', organisationKind: 'smw', required: true },
      { role: 'jeugdarts', organisationKind: 'ggd-jgz', required: true },
      { role: 'leerplichtambtenaar', organisationKind: 'leerplicht', required: true },
      { role: 'orthopedagoog', organisationKind: 'samenwerkingsverband', required: false },
      {
        role: 'OT-medewerker of wijkcoach',
        organisationKind: 'ondersteuningsteam',
        required: true,
      },
      { role: 'jeugdconsulent', organisationKind: 'other', required: false },
      { role: 'ouder/verzorger', parents: true, required: false },
    ],
    agendaParts: [
      fixed('Opening en vaststellen agenda', 5),
      fixed('Terugblik: welke stappen zijn gezet', 10),
      { kind: 'cases' },
      fixed('Procesevaluatie', 10),
      fixed('Sluiting', 5),
    ],
    defaultDurationMinutes: 120,
    defaultTimeboxMinutes: 20,
    maxItems: 12,
    processEvaluation: true,
    feedbackDueDays: 7,
  },
};

/** The templates record's fixed id: a well-known name, not personal data. */
export const MEETING_TEMPLATES_RECORD_ID = 'school.meeting-templates';

export const meetingTemplatesSchema = z
  .object({
    id: z.literal(MEETING_TEMPLATES_RECORD_ID),
    templates: z
      .object({
        zorgteam: meetingTemplateSchema,
        zat: meetingTemplateSchema,
        driehoeksoverleg: meetingTemplateSchema,
      })
      .strict(),
    updatedAt: timestampSchema,
  })
  .strict()
  .refine((r) => MEETING_KINDS.every((kind) => r.templates[kind].kind === kind), {
    message: 'each template sits under its own kind',
    path: ['templates'],
  });
export type MeetingTemplates = z.infer<typeof meetingTemplatesSchema>;

/** The record a new vault starts with (deep copies, so edits never touch the defaults). */
export function defaultMeetingTemplates(now: string): MeetingTemplates {
  return meetingTemplatesSchema.parse({
    id: MEETING_TEMPLATES_RECORD_ID,
    templates: structuredClone(DEFAULT_MEETING_TEMPLATES),
    updatedAt: now,
  });
}

/** The template for a kind from the school's record, or the default when there is no record yet. */
export function templateFor(kind: MeetingKind, record?: MeetingTemplates): MeetingTemplate {
  return record?.templates[kind] ?? DEFAULT_MEETING_TEMPLATES[kind];
}

export const meetingTemplatesRecordType = defineRecordType({
  type: 'school.meeting-templates',
  version: 1,
  schema: meetingTemplatesSchema,
  migrations: {},
});
