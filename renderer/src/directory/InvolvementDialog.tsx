// Runs in: renderer.
//
// Adding or changing one betrokkene of a case: picked from the directory (the contact's
// details are copied in and can still be changed) or typed in for a one-off contact, with
// since when, how closely the school works with them (levels 0-5), whether they lead
// (regisseur, at most one per case) and whether they are away and replaced.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { ContactPerson, Organisation } from '../../../shared/domain/directory';
import {
  assignRegisseur,
  COORDINATION_LEVELS,
  involvementSchema,
  type CoordinationLevelId,
  type Involvement,
} from '../../../shared/domain/involvement';
import { todayIso } from '../../../shared/domain/dates';
import type { AppSession } from '../security/VaultProvider';
import { newRecordId } from '../vault';
import {
  parseOptionalDate,
  parseOptionalEmail,
  parseOptionalPhone,
  parseOptionalText,
  parseRequired,
  parseRequiredDate,
} from '../../../shared/domain/directoryForm';
import { useFieldErrorText, type FieldError } from './fieldErrors';
import { useSaveAttempt } from '../components/useSaveAttempt';
import { FormTextField, type FormTextFieldProps } from '../components/FormTextField';
import { FormDialog } from '../components/FormDialog';

interface Draft {
  readonly source: 'directory' | 'manual';
  readonly contactId: string;
  readonly name: string;
  readonly role: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly phone: string;
  readonly email: string;
  readonly since: string;
  readonly level: CoordinationLevelId;
  readonly isRegisseur: boolean;
  readonly absent: boolean;
  readonly absentUntil: string;
  readonly replacedBy: string;
}

type TextField_ =
  'name' | 'role' | 'organisationName' | 'phone' | 'email' | 'since' | 'absentUntil' | 'replacedBy';
type DraftErrors = Partial<Record<TextField_ | 'contactId', FieldError>>;

export interface InvolvementDialogProps {
  readonly session: AppSession;
  readonly caseId: string;
  /** The betrokkene to change; undefined adds a new one. */
  readonly involvement: Involvement | undefined;
  /** Every involvement of this case (for the one-regisseur rule). */
  readonly caseInvolvements: readonly Involvement[];
  readonly organisations: readonly Organisation[];
  readonly contacts: readonly ContactPerson[];
  /** For a new betrokkene: start with this organisation (from the team suggestion). */
  readonly presetOrganisationId?: string;
  readonly onClose: () => void;
  readonly onSaved: (involvement: Involvement) => void;
}

function initialDraft(
  involvement: Involvement | undefined,
  contacts: readonly ContactPerson[],
  organisations: readonly Organisation[],
  presetOrganisationId: string | undefined,
): Draft {
  if (involvement !== undefined) {
    // An organisation deleted from the directory since: keep its name as typed text.
    const linked = organisations.some((o) => o.id === involvement.organisationId);
    return {
      source: involvement.contactId === undefined ? 'manual' : 'directory',
      contactId: involvement.contactId ?? '',
      name: involvement.name,
      role: involvement.role,
      organisationId: linked ? (involvement.organisationId ?? '') : '',
      organisationName: linked ? '' : (involvement.organisationName ?? ''),
      phone: involvement.phone ?? '',
      email: involvement.email ?? '',
      since: involvement.since,
      level: involvement.coordinationLevel,
      isRegisseur: involvement.isRegisseur,
      absent: involvement.absent !== undefined,
      absentUntil: involvement.absent?.until ?? '',
      replacedBy: involvement.absent?.replacedBy ?? '',
    };
  }
  const presetHasContacts =
    presetOrganisationId !== undefined &&
    contacts.some((c) => c.organisationId === presetOrganisationId);
  return {
    source:
      contacts.length > 0 && (presetOrganisationId === undefined || presetHasContacts)
        ? 'directory'
        : 'manual',
    contactId: '',
    name: '',
    role: '',
    organisationId: presetOrganisationId ?? '',
    organisationName: '',
    phone: '',
    email: '',
    since: todayIso(),
    level: 'informeren',
    isRegisseur: false,
    absent: false,
    absentUntil: '',
    replacedBy: '',
  };
}

export function InvolvementDialog({
  session,
  caseId,
  involvement,
  caseInvolvements,
  organisations,
  contacts,
  presetOrganisationId,
  onClose,
  onSaved,
}: InvolvementDialogProps) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const [draft, setDraft] = useState<Draft>(() =>
    initialDraft(involvement, contacts, organisations, presetOrganisationId),
  );
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<DraftErrors>({});
  // The form was refused: the fields say why; the line above the buttons says to look.
  const [refused, setRefused] = useState(false);
  const { busy, failed, attempt } = useSaveAttempt();
  const orgName = (id: string): string => organisations.find((o) => o.id === id)?.name ?? '';
  const sortedContacts = [...contacts].sort(
    (a, b) =>
      Number(b.organisationId === presetOrganisationId) -
        Number(a.organisationId === presetOrganisationId) ||
      orgName(a.organisationId).localeCompare(orgName(b.organisationId), 'nl') ||
      a.name.localeCompare(b.name, 'nl'),
  );
  const currentRegisseur = caseInvolvements.find((i) => i.isRegisseur && i.id !== involvement?.id);

  const update = (patch: Partial<Draft>, cleared: readonly (keyof DraftErrors)[] = []): void => {
    setDraft((d) => ({ ...d, ...patch }));
    setDirty(true);
    if (cleared.length > 0)
      setErrors((e) =>
        Object.fromEntries(
          Object.entries(e).filter(([k]) => !cleared.includes(k as keyof DraftErrors)),
        ),
      );
  };

  const pickContact = (contactId: string): void => {
    const contact = contacts.find((c) => c.id === contactId);
    if (contact === undefined) {
      update({ contactId: '' });
      return;
    }
    update(
      {
        contactId,
        name: contact.name,
        role: contact.role,
        organisationId: contact.organisationId,
        organisationName: '',
        phone: contact.phone ?? '',
        email: contact.email ?? '',
      },
      ['contactId', 'name', 'role', 'phone', 'email'],
    );
  };

  const submit = (): void => {
    const next: DraftErrors = {};
    if (draft.source === 'directory' && involvement === undefined && draft.contactId === '')
      next.contactId = { code: 'required' };
    const name = parseRequired(draft.name);
    const role = parseRequired(draft.role);
    const organisationName = parseOptionalText(draft.organisationName, 200);
    const phone = parseOptionalPhone(draft.phone);
    const email = parseOptionalEmail(draft.email);
    const since = parseRequiredDate(draft.since);
    const absentUntil = parseOptionalDate(draft.absentUntil);
    const replacedBy = parseOptionalText(draft.replacedBy, 200);
    if (!name.ok) next.name = { code: name.error };
    if (!role.ok) next.role = { code: role.error };
    if (!organisationName.ok) next.organisationName = { code: organisationName.error };
    if (!phone.ok) next.phone = { code: phone.error };
    if (!email.ok) next.email = { code: email.error };
    if (!since.ok) next.since = { code: since.error };
    if (!absentUntil.ok) next.absentUntil = { code: absentUntil.error };
    if (!replacedBy.ok) next.replacedBy = { code: replacedBy.error };
    setErrors(next);
    if (
      Object.keys(next).length > 0 ||
      !name.ok ||
      !role.ok ||
      !organisationName.ok ||
      !phone.ok ||
      !email.ok ||
      !since.ok ||
      !absentUntil.ok ||
      !replacedBy.ok
    ) {
      setRefused(true);
      return;
    }
    const now = new Date().toISOString();
    const organisation = organisations.find((o) => o.id === draft.organisationId);
    const contactId =
      draft.source === 'directory' && contacts.some((c) => c.id === draft.contactId)
        ? draft.contactId
        : undefined;
    const orgFields =
      organisation !== undefined
        ? { organisationId: organisation.id, organisationName: organisation.name }
        : organisationName.value !== undefined
          ? { organisationName: organisationName.value }
          : {};
    const absent = draft.absent
      ? {
          absent: {
            ...(absentUntil.value === undefined ? {} : { until: absentUntil.value }),
            ...(replacedBy.value === undefined ? {} : { replacedBy: replacedBy.value }),
          },
        }
      : {};
    const parsed = involvementSchema.safeParse({
      id: involvement?.id ?? newRecordId(),
      caseId,
      ...(contactId === undefined ? {} : { contactId }),
      name: name.value,
      role: role.value,
      ...orgFields,
      ...(phone.value === undefined ? {} : { phone: phone.value }),
      ...(email.value === undefined ? {} : { email: email.value }),
      since: since.value,
      isRegisseur: draft.isRegisseur,
      ...absent,
      coordinationLevel: draft.level,
      createdAt: involvement?.createdAt ?? now,
      updatedAt: now,
    });
    if (!parsed.success) {
      setRefused(true);
      return;
    }
    const record = parsed.data;
    const others = caseInvolvements.filter((i) => i.id !== record.id);
    const changed = record.isRegisseur ? assignRegisseur(others, caseId, record.id, now) : [];
    setRefused(false);
    void attempt(async () => {
      await session.records.putMany('case.involvement', [record, ...changed]);
      onSaved(record);
    });
  };

  const text = (
    field: TextField_,
    label: string,
    extra: Omit<FormTextFieldProps, 'label' | 'value' | 'onChange' | 'error'> = {},
  ) => (
    <FormTextField
      label={label}
      value={draft[field]}
      onChange={(value) => update({ [field]: value }, [field])}
      error={errorText(errors[field])}
      {...extra}
    />
  );

  return (
    <FormDialog
      open
      title={
        involvement === undefined
          ? t('directory.involvements.dialog.addTitle')
          : t('directory.involvements.dialog.editTitle')
      }
      submitLabel={t('directory.common.save')}
      dirty={dirty}
      busy={busy}
      error={
        refused ? t('directory.common.fixErrors') : failed ? t('directory.common.saveFailed') : null
      }
      onClose={onClose}
      onSubmit={submit}
    >
      {involvement === undefined ? (
        <FormControl component="fieldset">
          <FormLabel component="legend">{t('directory.involvements.dialog.source')}</FormLabel>
          <RadioGroup
            row
            name="involvement-source"
            value={draft.source}
            onChange={(e) =>
              update(
                { source: e.target.value === 'manual' ? 'manual' : 'directory', contactId: '' },
                ['contactId'],
              )
            }
          >
            <FormControlLabel
              value="directory"
              control={<Radio />}
              label={t('directory.involvements.dialog.fromDirectory')}
            />
            <FormControlLabel
              value="manual"
              control={<Radio />}
              label={t('directory.involvements.dialog.manual')}
            />
          </RadioGroup>
        </FormControl>
      ) : null}
      {draft.source === 'directory' && involvement === undefined ? (
        contacts.length === 0 ? (
          <Alert severity="info">{t('directory.involvements.dialog.noContacts')}</Alert>
        ) : (
          <TextField
            select
            label={t('directory.involvements.dialog.contact')}
            value={draft.contactId}
            onChange={(e) => pickContact(e.target.value)}
            required
            error={errors.contactId !== undefined}
            helperText={
              errors.contactId !== undefined
                ? t('directory.involvements.dialog.chooseContact')
                : t('directory.involvements.dialog.contactHelp')
            }
            fullWidth
          >
            {sortedContacts.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {t('directory.involvements.dialog.contactOption', {
                  name: c.name,
                  role: c.role,
                  organisation: orgName(c.organisationId),
                })}
              </MenuItem>
            ))}
          </TextField>
        )
      ) : null}
      {text('name', t('directory.involvements.dialog.name'), {
        required: true,
        autoFocus: draft.source === 'manual',
      })}
      {text('role', t('directory.involvements.dialog.role'), { required: true })}
      <TextField
        select
        label={t('directory.involvements.dialog.organisation')}
        value={draft.organisationId}
        onChange={(e) => update({ organisationId: e.target.value })}
        fullWidth
      >
        <MenuItem value="">{t('directory.involvements.dialog.organisationNone')}</MenuItem>
        {[...organisations]
          .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
          .map((o) => (
            <MenuItem key={o.id} value={o.id}>
              {o.name}
            </MenuItem>
          ))}
      </TextField>
      {draft.organisationId === ''
        ? text('organisationName', t('directory.involvements.dialog.organisationName'), {
            helperText: t('directory.involvements.dialog.organisationNameHelp'),
          })
        : null}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        {text('phone', t('directory.involvements.dialog.phone'), { type: 'tel' })}
        {text('email', t('directory.involvements.dialog.email'), { type: 'email' })}
      </Stack>
      {text('since', t('directory.involvements.dialog.since'), { type: 'date', required: true })}
      <TextField
        select
        label={t('directory.involvements.dialog.level')}
        value={draft.level}
        onChange={(e) => {
          const level = COORDINATION_LEVELS.find((l) => l.id === e.target.value);
          if (level !== undefined) update({ level: level.id });
        }}
        helperText={t('directory.involvements.dialog.levelHelp')}
        fullWidth
      >
        {COORDINATION_LEVELS.map((l) => (
          <MenuItem key={l.id} value={l.id}>
            {t(`directory.levels.${l.id}`)}
          </MenuItem>
        ))}
      </TextField>
      <FormControlLabel
        control={
          <Checkbox
            checked={draft.isRegisseur}
            onChange={(e) => update({ isRegisseur: e.target.checked })}
          />
        }
        label={t('directory.involvements.dialog.isRegisseur')}
      />
      {draft.isRegisseur && currentRegisseur !== undefined ? (
        <Alert severity="info">
          {t('directory.involvements.dialog.regisseurMoves', { name: currentRegisseur.name })}
        </Alert>
      ) : null}
      <FormControlLabel
        control={
          <Checkbox checked={draft.absent} onChange={(e) => update({ absent: e.target.checked })} />
        }
        label={t('directory.involvements.dialog.absent')}
      />
      {draft.absent ? (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          {text('absentUntil', t('directory.involvements.dialog.absentUntil'), {
            type: 'date',
            helperText: t('directory.involvements.dialog.absentUntilHelp'),
          })}
          {text('replacedBy', t('directory.involvements.dialog.replacedBy'))}
        </Stack>
      ) : null}
    </FormDialog>
  );
}
