// Runs in: renderer.
//
// Instellingen > Soorten overleg: per meeting kind the school adjusts the usual length, the time
// per pupil, the maximum number of pupils, the closing process evaluation, when the parents'
// feedback task falls due, the roles at the table and the fixed parts of the agenda around the
// case discussions. Stored in the singleton
// 'school.meeting-templates' record; "Standaard herstellen" puts one kind back to the defaults.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteOutlineOutlinedIcon from '@mui/icons-material/DeleteOutlineOutlined';
import GroupsOutlinedIcon from '@mui/icons-material/GroupsOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { MEETING_KINDS, type MeetingKind } from '../../../../shared/domain/consent';
import {
  DEFAULT_MEETING_TEMPLATES,
  defaultMeetingTemplates,
  MEETING_TEMPLATES_RECORD_ID,
  meetingTemplateSchema,
  meetingTemplatesSchema,
  templateFor,
  type AgendaPart,
  type AttendeeRole,
  type MeetingTemplate,
  type MeetingTemplates,
} from '../../../../shared/meetings/templates';
import { FormDialog } from '../../components/FormDialog';
import { useRecord } from '../../records/useRecords';
import { useSession, type AppSession } from '../../security/VaultProvider';
import { SettingsSection } from './SettingsSection';

type NumberField = 'duration' | 'timebox' | 'maxItems' | 'feedbackDays';

/** The schema's ranges (shared/meetings/templates.ts), repeated for the field messages. */
const RANGES: Readonly<Record<NumberField, { readonly min: number; readonly max: number }>> = {
  duration: { min: 15, max: 600 },
  timebox: { min: 1, max: 240 },
  maxItems: { min: 1, max: 100 },
  feedbackDays: { min: 0, max: 60 },
};

interface RoleRow extends AttendeeRole {
  /** A stable React key while roles are added and removed. */
  readonly key: number;
}

/** A row of the agenda editor: a fixed part (title, minutes as typed) or the one slot for the cases. */
type PartRow = { readonly key: number; readonly kind: 'fixed'; readonly title: string; readonly minutes: string } | { readonly key: number; readonly kind: 'cases' };

interface PartError {
  readonly title?: 'required' | 'tooLong';
  readonly minutes?: true;
}

interface TemplateForm {
  readonly duration: string;
  readonly timebox: string;
  readonly maxItems: string;
  readonly feedbackDays: string;
  readonly processEvaluation: boolean;
  readonly roles: readonly RoleRow[];
  readonly parts: readonly PartRow[];
}

interface FormErrors {
  readonly numbers: Partial<Record<NumberField, true>>;
  /** Per role row key: the role name is missing or too long. */
  readonly roles: ReadonlyMap<number, 'required' | 'tooLong'>;
  readonly parts: ReadonlyMap<number, PartError>;
}

let nextRoleKey = 1;

function formFor(template: MeetingTemplate): TemplateForm {
  return {
    duration: String(template.defaultDurationMinutes),
    timebox: String(template.defaultTimeboxMinutes),
    maxItems: String(template.maxItems),
    feedbackDays: String(template.feedbackDueDays),
    processEvaluation: template.processEvaluation,
    roles: template.attendeeRoles.map((role) => ({ ...role, key: nextRoleKey++ })),
    parts: template.agendaParts.map((part): PartRow => (part.kind === 'cases' ? { key: nextRoleKey++, kind: 'cases' } : { key: nextRoleKey++, kind: 'fixed', title: part.title, minutes: String(part.minutes) })),
  };
}

function parseWhole(value: string, field: NumberField): number | undefined {
  const text = value.trim();
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n >= RANGES[field].min && n <= RANGES[field].max ? n : undefined;
}

/** The template the form describes, or the fields to correct. */
function templateFromForm(form: TemplateForm, base: MeetingTemplate): { readonly ok: true; readonly template: MeetingTemplate } | { readonly ok: false; readonly errors: FormErrors } {
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
  if (Object.keys(numbers).length > 0 || roles.size > 0 || parts.size > 0) return { ok: false, errors: { numbers, roles, parts } };
  const attendeeRoles: AttendeeRole[] = form.roles.map(({ key: _key, ...role }) => ({ ...role, role: role.role.trim() }));
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
  return parsed.success ? { ok: true, template: parsed.data } : { ok: false, errors: { numbers: {}, roles: new Map(), parts: new Map() } };
}

async function storeTemplate(session: AppSession, kind: MeetingKind, template: MeetingTemplate, detail: string): Promise<void> {
  const now = new Date().toISOString();
  const current: MeetingTemplates = session.records.get('school.meeting-templates', MEETING_TEMPLATES_RECORD_ID) ?? defaultMeetingTemplates(now);
  const next = meetingTemplatesSchema.parse({ ...current, templates: { ...current.templates, [kind]: template }, updatedAt: now });
  await session.records.put('school.meeting-templates', next);
  await session.audit.append('settings.change', { recordType: 'school.meeting-templates', recordId: MEETING_TEMPLATES_RECORD_ID, detail: `${detail}=${kind}` });
}

function TemplateEditor({ kind, template, onSaved, onReset }: { readonly kind: MeetingKind; readonly template: MeetingTemplate; readonly onSaved: () => void; readonly onReset: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const [form, setForm] = useState<TemplateForm>(() => formFor(template));
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const kindLabel = t(`meetings.kinds.${kind}`);
  const set = <K extends keyof TemplateForm>(key: K, value: TemplateForm[K]) => setForm((current) => ({ ...current, [key]: value }));
  const setPart = (key: number, change: { readonly title?: string; readonly minutes?: string }) =>
    setForm((current) => ({ ...current, parts: current.parts.map((p) => (p.key === key && p.kind === 'fixed' ? { ...p, ...change } : p)) }));
  const movePart = (key: number, by: -1 | 1) => {
    setForm((current) => {
      const from = current.parts.findIndex((p) => p.key === key);
      const to = from + by;
      const moving = current.parts[from];
      if (moving === undefined || to < 0 || to >= current.parts.length) return current;
      const next = current.parts.filter((p) => p.key !== key);
      next.splice(to, 0, moving);
      return { ...current, parts: next };
    });
    // The row moved in the DOM, which takes focus away: put it back on the button (or its twin at an edge).
    requestAnimationFrame(() => {
      const same = document.getElementById(`agenda-part-${key}-${by < 0 ? 'up' : 'down'}`);
      const other = document.getElementById(`agenda-part-${key}-${by < 0 ? 'down' : 'up'}`);
      (same !== null && !same.hasAttribute('disabled') ? same : other)?.focus();
    });
  };
  const partName = (row: PartRow, index: number): string => (row.kind === 'cases' ? t('actieplan.templates.casesPart') : t('actieplan.templates.partTitle', { number: index + 1 }));
  const setRole = (key: number, change: Partial<AttendeeRole>) => setForm((current) => ({ ...current, roles: current.roles.map((r) => (r.key === key ? { ...r, ...change } : r)) }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = templateFromForm(form, template);
    if (!result.ok) {
      setErrors(result.errors);
      // Take the user to the first field to correct.
      const formElement = event.currentTarget;
      requestAnimationFrame(() => formElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setErrors(null);
    setBusy(true);
    setFailed(false);
    storeTemplate(session, kind, result.template, 'meeting-template').then(
      () => {
        setBusy(false);
        onSaved();
      },
      () => {
        setBusy(false);
        setFailed(true);
      },
    );
  };

  const numberField = (field: NumberField, label: string, help: string) => (
    <TextField
      label={label}
      value={form[field]}
      onChange={(event) => set(field, event.target.value)}
      type="number"
      error={errors?.numbers[field] === true}
      helperText={errors?.numbers[field] === true ? t('actieplan.templates.errors.number', RANGES[field]) : help}
      slotProps={{ htmlInput: { min: RANGES[field].min, max: RANGES[field].max, step: 1 } }}
      sx={{ flex: 1, minWidth: 200 }}
    />
  );

  return (
    <Box component="form" noValidate onSubmit={submit} aria-label={kindLabel}>
      <Stack spacing={2.5}>
        <Typography variant="h3">{kindLabel}</Typography>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {numberField('duration', t('actieplan.templates.duration'), t('actieplan.templates.durationHelp'))}
          {numberField('timebox', t('actieplan.templates.timebox'), t('actieplan.templates.timeboxHelp'))}
        </Stack>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {kind === 'driehoeksoverleg' ? (
            <Typography color="text.secondary" sx={{ flex: 1, minWidth: 200, alignSelf: 'center' }}>
              {t('actieplan.templates.maxItemsFixed')}
            </Typography>
          ) : (
            numberField('maxItems', t('actieplan.templates.maxItems'), t('actieplan.templates.maxItemsHelp'))
          )}
          {numberField('feedbackDays', t('actieplan.templates.feedbackDays'), t('actieplan.templates.feedbackDaysHelp'))}
        </Stack>
        <FormControlLabel
          control={<Checkbox checked={form.processEvaluation} onChange={(event) => set('processEvaluation', event.target.checked)} />}
          label={t('actieplan.templates.processEvaluation')}
        />
        <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
          <Typography component="legend" variant="h4" sx={{ fontSize: '1rem', fontWeight: 600, mb: 0.5 }}>
            {t('actieplan.templates.roles')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
            {t('actieplan.templates.roleHelp')}
          </Typography>
          {form.roles.length === 0 ? <Typography color="text.secondary">{t('actieplan.templates.noRoles')}</Typography> : null}
          <Stack component="ul" spacing={1.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {form.roles.map((row, index) => {
              const roleError = errors?.roles.get(row.key);
              const label = t('actieplan.templates.roleName', { number: index + 1 });
              return (
                <Paper component="li" variant="outlined" key={row.key} data-testid="template-role" sx={{ p: 1.5, display: 'flex', gap: 1.5, alignItems: 'flex-start', flexWrap: 'wrap' }}>
                  <TextField
                    label={label}
                    value={row.role}
                    onChange={(event) => setRole(row.key, { role: event.target.value })}
                    error={roleError !== undefined}
                    helperText={roleError === 'required' ? t('actieplan.templates.errors.roleRequired') : roleError === 'tooLong' ? t('actieplan.templates.errors.roleTooLong') : row.parents === true ? t('actieplan.templates.roleParents') : undefined}
                    size="small"
                    sx={{ flex: 1, minWidth: 220 }}
                  />
                  <FormControlLabel
                    control={<Checkbox checked={row.required} onChange={(event) => setRole(row.key, { required: event.target.checked })} slotProps={{ input: { 'aria-label': `${label}: ${t('actieplan.templates.roleRequired')}` } }} />}
                    label={t('actieplan.templates.roleRequired')}
                  />
                  <Tooltip title={t('actieplan.templates.removeRole', { role: row.role.trim() === '' ? label : row.role })}>
                    <IconButton
                      aria-label={t('actieplan.templates.removeRole', { role: row.role.trim() === '' ? label : row.role })}
                      onClick={() => setForm((current) => ({ ...current, roles: current.roles.filter((r) => r.key !== row.key) }))}
                    >
                      <DeleteOutlineOutlinedIcon />
                    </IconButton>
                  </Tooltip>
                </Paper>
              );
            })}
          </Stack>
          <Button
            startIcon={<AddIcon />}
            sx={{ mt: 1.5 }}
            onClick={(event) => {
              const list = event.currentTarget.parentElement;
              setForm((current) => ({ ...current, roles: [...current.roles, { key: nextRoleKey++, role: '', required: true }] }));
              // Focus the new, empty role field so the user can type straight away.
              requestAnimationFrame(() => {
                const fields = list?.querySelectorAll<HTMLInputElement>('[data-testid="template-role"] input[type="text"]');
                fields?.[fields.length - 1]?.focus();
              });
            }}
          >
            {t('actieplan.templates.addRole')}
          </Button>
        </Box>
        <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
          <Typography component="legend" variant="h4" sx={{ fontSize: '1rem', fontWeight: 600, mb: 0.5 }}>
            {t('actieplan.templates.agenda')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
            {t('actieplan.templates.agendaHelp')}
          </Typography>
          <Stack component="ol" spacing={1.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {form.parts.map((row, index) => {
              const name = partName(row, index);
              const partError = errors?.parts.get(row.key);
              return (
                <Paper component="li" variant="outlined" key={row.key} data-testid="template-part" sx={{ p: 1.5, display: 'flex', gap: 1.5, alignItems: 'flex-start', flexWrap: 'wrap', bgcolor: row.kind === 'cases' ? 'background.default' : undefined }}>
                  {row.kind === 'cases' ? (
                    <Typography sx={{ flex: 1, minWidth: 220, py: 1, fontWeight: 600 }}>{t('actieplan.templates.casesPartText')}</Typography>
                  ) : (
                    <>
                      <TextField
                        label={name}
                        value={row.title}
                        onChange={(event) => setPart(row.key, { title: event.target.value })}
                        error={partError?.title !== undefined}
                        helperText={partError?.title === 'required' ? t('actieplan.templates.errors.partTitleRequired') : partError?.title === 'tooLong' ? t('actieplan.templates.errors.roleTooLong') : undefined}
                        size="small"
                        sx={{ flex: 1, minWidth: 220 }}
                      />
                      <TextField
                        label={t('actieplan.templates.partMinutes', { number: index + 1 })}
                        value={row.minutes}
                        onChange={(event) => setPart(row.key, { minutes: event.target.value })}
                        type="number"
                        error={partError?.minutes === true}
                        helperText={partError?.minutes === true ? t('actieplan.templates.errors.number', { min: 0, max: 240 }) : undefined}
                        slotProps={{ htmlInput: { min: 0, max: 240, step: 1 } }}
                        size="small"
                        sx={{ width: 170 }}
                      />
                    </>
                  )}
                  <Stack direction="row" spacing={0.5}>
                    <Tooltip title={t('actieplan.templates.moveUp', { part: name })}>
                      <span>
                        <IconButton id={`agenda-part-${row.key}-up`} aria-label={t('actieplan.templates.moveUp', { part: name })} disabled={index === 0} onClick={() => movePart(row.key, -1)}>
                          <ArrowUpwardIcon />
                        </IconButton>
                      </span>
                    </Tooltip>
                    <Tooltip title={t('actieplan.templates.moveDown', { part: name })}>
                      <span>
                        <IconButton id={`agenda-part-${row.key}-down`} aria-label={t('actieplan.templates.moveDown', { part: name })} disabled={index === form.parts.length - 1} onClick={() => movePart(row.key, 1)}>
                          <ArrowDownwardIcon />
                        </IconButton>
                      </span>
                    </Tooltip>
                    {row.kind === 'fixed' ? (
                      <Tooltip title={t('actieplan.templates.removePart', { part: row.title.trim() === '' ? name : row.title })}>
                        <IconButton
                          aria-label={t('actieplan.templates.removePart', { part: row.title.trim() === '' ? name : row.title })}
                          onClick={() => setForm((current) => ({ ...current, parts: current.parts.filter((p) => p.key !== row.key) }))}
                        >
                          <DeleteOutlineOutlinedIcon />
                        </IconButton>
                      </Tooltip>
                    ) : null}
                  </Stack>
                </Paper>
              );
            })}
          </Stack>
          <Button
            startIcon={<AddIcon />}
            sx={{ mt: 1.5 }}
            disabled={form.parts.length >= 20}
            onClick={(event) => {
              const list = event.currentTarget.parentElement;
              setForm((current) => ({ ...current, parts: [...current.parts, { key: nextRoleKey++, kind: 'fixed', title: '', minutes: '5' }] }));
              requestAnimationFrame(() => {
                const fields = list?.querySelectorAll<HTMLInputElement>('[data-testid="template-part"] input[type="text"]');
                fields?.[fields.length - 1]?.focus();
              });
            }}
          >
            {t('actieplan.templates.addPart')}
          </Button>
        </Box>
        {errors !== null ? (
          <Alert severity="error" role="alert">
            {t('actieplan.templates.errors.fixFields')}
          </Alert>
        ) : null}
        {failed ? (
          <Alert severity="error" role="alert">
            {t('actieplan.common.saveFailed')}
          </Alert>
        ) : null}
        <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('actieplan.templates.save')}
          </Button>
          <Button variant="outlined" color="inherit" onClick={onReset} disabled={busy}>
            {t('actieplan.templates.reset')}
          </Button>
        </Stack>
      </Stack>
    </Box>
  );
}

export function MeetingTemplatesSection() {
  const { t } = useTranslation();
  const session = useSession();
  const record = useRecord(session, 'school.meeting-templates', MEETING_TEMPLATES_RECORD_ID);
  const [kind, setKind] = useState<MeetingKind>('zorgteam');
  const [message, setMessage] = useState<{ readonly kind: MeetingKind; readonly text: 'saved' | 'resetDone' } | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [resetBusy, setResetBusy] = useState(false);
  const [resetFailed, setResetFailed] = useState(false);
  // Bumped on reset so the form shows the defaults again; a save keeps the form (and focus) as it is.
  const [resets, setResets] = useState(0);
  const template = templateFor(kind, record);
  const kindLabel = t(`meetings.kinds.${kind}`);

  const reset = () => {
    setResetBusy(true);
    setResetFailed(false);
    storeTemplate(session, kind, structuredClone(DEFAULT_MEETING_TEMPLATES[kind]), 'meeting-template-reset').then(
      () => {
        setResetBusy(false);
        setConfirmReset(false);
        setResets((n) => n + 1);
        setMessage({ kind, text: 'resetDone' });
      },
      () => {
        setResetBusy(false);
        setResetFailed(true);
      },
    );
  };

  return (
    <SettingsSection icon={GroupsOutlinedIcon} title={t('actieplan.templates.title')} description={t('actieplan.templates.description')}>
      <Stack spacing={3}>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={kind}
          aria-label={t('actieplan.templates.kind')}
          sx={{ flexWrap: 'wrap', '& .MuiToggleButton-root:not(.Mui-selected)': { color: 'text.secondary' } }}
          onChange={(_event, value: MeetingKind | null) => {
            if (value !== null) {
              setKind(value);
              setMessage(null);
            }
          }}
        >
          {MEETING_KINDS.map((k) => (
            <ToggleButton key={k} value={k}>
              {t(`meetings.kinds.${k}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <Box role="status">
          {message !== null && message.kind === kind ? <Alert severity="success">{t(`actieplan.templates.${message.text}`, { kind: kindLabel })}</Alert> : null}
        </Box>
        <TemplateEditor
          // A new form for another kind or after a reset.
          key={`${kind}:${resets}`}
          kind={kind}
          template={template}
          onSaved={() => setMessage({ kind, text: 'saved' })}
          onReset={() => {
            setResetFailed(false);
            setConfirmReset(true);
          }}
        />
      </Stack>
      {confirmReset ? (
        <FormDialog
          open
          title={t('actieplan.templates.resetDialog.title')}
          submitLabel={t('actieplan.templates.resetDialog.confirm')}
          dirty={false}
          busy={resetBusy}
          error={resetFailed ? t('actieplan.common.saveFailed') : null}
          destructive
          onClose={() => setConfirmReset(false)}
          onSubmit={reset}
        >
          <Typography>{t('actieplan.templates.resetDialog.text', { kind: kindLabel })}</Typography>
        </FormDialog>
      ) : null}
    </SettingsSection>
  );
}
