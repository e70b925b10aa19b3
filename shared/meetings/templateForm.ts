// Runs in: any environment.
//
// The meeting template form (Instellingen > Soorten overleg) as values: what the fields hold
// (numbers as typed, role and agenda rows with stable keys), and turning them back into a
// template with an error per field the schema would refuse.
import {
  meetingTemplateSchema,
  type AgendaPart,
  type AttendeeRole,
  type MeetingTemplate,
} from './templates';

export type NumberField = 'duration' | 'timebox' | 'maxItems' | 'feedbackDays';

/** The schema's ranges (shared/meetings/templates.ts), repeated for the field messages. */
export const RANGES: Readonly<Record<NumberField, { readonly min: number; readonly max: number }>> =
  {
    duration: { min: 15, max: 600 },
    timebox: { min: 1, max: 240 },
    maxItems: { min: 1, max: 100 },
    feedbackDays: { min: 0, max: 60 },
  };

export interface RoleRow extends AttendeeRole {
  /** A stable React key while roles are added and removed. */
  readonly key: number;
}

/** A row of the agenda editor: a fixed part (title, minutes as typed) or the one slot for the cases. */
export type PartRow =
  | {
      readonly key: number;
      readonly kind: 'fixed';
      readonly title: string;
      readonly minutes: string;
    }
  | { readonly key: number; readonly kind: 'cases' };

export interface PartError {
  readonly title?: 'required' | 'tooLong';
  readonly minutes?: true;
}

export interface TemplateForm {
  readonly duration: string;
  readonly timebox: string;
  readonly maxItems: string;
  readonly feedbackDays: string;
  readonly processEvaluation: boolean;
  readonly roles: readonly RoleRow[];
  readonly parts: readonly PartRow[];
}

export interface FormErrors {
  readonly numbers: Partial<Record<NumberField, true>>;
  /** Per role row key: the role name is missing or too long. */
  readonly roles: ReadonlyMap<number, 'required' | 'tooLong'>;
  readonly parts: ReadonlyMap<number, PartError>;
}

let nextRowKey = 1;

/** A stable React key for a new role or agenda row. */
export function newRowKey(): number {
  return nextRowKey++;
}

export function formFor(template: MeetingTemplate): TemplateForm {
  return {
    duration: String(template.defaultDurationMinutes),
    timebox: String(template.defaultTimeboxMinutes),
    maxItems: String(template.maxItems),
    feedbackDays: String(template.feedbackDueDays),
    processEvaluation: template.processEvaluation,
    roles: template.attendeeRoles.map((role) => ({ ...role, key: newRowKey() })),
    parts: template.agendaParts.map((part): PartRow =>
      part.kind === 'cases'
        ? { key: newRowKey(), kind: 'cases' }
        : { key: newRowKey(), kind: 'fixed', title: part.title, minutes: String(part.minutes) },
    ),
  };
}

function parseWhole(value: string, field: NumberField): number | undefined {
  const text = value.trim();
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n >= RANGES[field].min && n <= RANGES[field].max ? n : undefined;
}

/** The template the form describes, or the fields to correct. */
export function templateFromForm(
  form: TemplateForm,
  base: MeetingTemplate,
):
  | { readonly ok: true; readonly template: MeetingTemplate }
  | { readonly ok: false; readonly errors: FormErrors } {
  const numbers: Partial<Record<NumberField, true>> = {};
  const read = (field: NumberField): number => {
    const n = parseWhole(form[field], field);
    if (n === undefined) numbers[field] = true;
    return n ?? 0;
  };
  const duration = read('duration');
  const timebox = read('timebox');
  const maxItems = base.kind === 'driehoeksoverleg' ? base.maxItems : read('maxItems');
  const feedbackDays = read('feedbackDays');
  const roles = new Map<number, 'required' | 'tooLong'>();
  for (const row of form.roles) {
    const name = row.role.trim();
    if (name === '') roles.set(row.key, 'required');
    else if (name.length > 200) roles.set(row.key, 'tooLong');
  }
  const parts = new Map<number, PartError>();
  const agendaParts: AgendaPart[] = [];
  for (const row of form.parts) {
    if (row.kind === 'cases') {
      agendaParts.push({ kind: 'cases' });
      continue;
    }
    const title = row.title.trim();
    const minutesText = row.minutes.trim();
    const minutes = /^\d+$/.test(minutesText) ? Number(minutesText) : Number.NaN;
    const error: { title?: 'required' | 'tooLong'; minutes?: true } = {};
    if (title === '') error.title = 'required';
    else if (title.length > 200) error.title = 'tooLong';
    if (!(minutes >= 0 && minutes <= 240)) error.minutes = true;
    if (error.title !== undefined || error.minutes !== undefined) parts.set(row.key, error);
    agendaParts.push({ kind: 'fixed', title, minutes });
  }
  if (Object.keys(numbers).length > 0 || roles.size > 0 || parts.size > 0)
    return { ok: false, errors: { numbers, roles, parts } };
  const attendeeRoles: AttendeeRole[] = form.roles.map(({ key: _key, ...role }) => ({
    ...role,
    role: role.role.trim(),
  }));
  const parsed = meetingTemplateSchema.safeParse({
    ...base,
    attendeeRoles,
    defaultDurationMinutes: duration,
    defaultTimeboxMinutes: timebox,
    maxItems,
    feedbackDueDays: feedbackDays,
    processEvaluation: form.processEvaluation,
    agendaParts,
  });
  return parsed.success
    ? { ok: true, template: parsed.data }
    : { ok: false, errors: { numbers: {}, roles: new Map(), parts: new Map() } };
}
