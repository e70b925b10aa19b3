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
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { ContactPerson, Organisation } from '../../../shared/domain/directory';
import {
  assignRegisseur,
  COORDINATION_LEVELS,
  type Involvement,
} from '../../../shared/domain/involvement';
import {
  draftFromContact,
  initialInvolvementDraft,
  involvementFromDraft,
  type InvolvementDraft,
  type InvolvementDraftErrors,
  type InvolvementTextField,
} from '../../../shared/domain/involvementForm';
import { todayIso } from '../../../shared/domain/dates';
import type { AppSession } from '../security/VaultProvider';
import { newRecordId } from '../vault';
import { useFieldErrorText } from './fieldErrors';
import { useSaveAttempt } from '../components/useSaveAttempt';
import { FormTextField, type FormTextFieldProps } from '../components/FormTextField';
import { FormDialog } from '../components/FormDialog';
import { ContactSourcePicker } from './ContactSourcePicker';

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
  const [draft, setDraft] = useState<InvolvementDraft>(() =>
    initialInvolvementDraft(involvement, contacts, organisations, presetOrganisationId, todayIso()),
  );
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<InvolvementDraftErrors>({});
  // The form was refused: the fields say why; the line above the buttons says to look.
  const [refused, setRefused] = useState(false);
  const { busy, failed, attempt } = useSaveAttempt();
  const currentRegisseur = caseInvolvements.find((i) => i.isRegisseur && i.id !== involvement?.id);

  const update = (
    patch: Partial<InvolvementDraft>,
    cleared: readonly (keyof InvolvementDraftErrors)[] = [],
  ): void => {
    setDraft((d) => ({ ...d, ...patch }));
    setDirty(true);
    if (cleared.length > 0)
      setErrors((e) =>
        Object.fromEntries(
          Object.entries(e).filter(([k]) => !cleared.includes(k as keyof InvolvementDraftErrors)),
        ),
      );
  };

  const pickContact = (contactId: string): void => {
    const contact = contacts.find((c) => c.id === contactId);
    if (contact === undefined) update({ contactId: '' });
    else update(draftFromContact(contact), ['contactId', 'name', 'role', 'phone', 'email']);
  };

  const submit = (): void => {
    const result = involvementFromDraft(draft, {
      id: involvement?.id ?? newRecordId(),
      caseId,
      adding: involvement === undefined,
      contacts,
      organisations,
      createdAt: involvement?.createdAt,
      now: new Date().toISOString(),
    });
    setErrors(result.ok ? {} : result.error);
    if (!result.ok) {
      setRefused(true);
      return;
    }
    const record = result.value;
    const others = caseInvolvements.filter((i) => i.id !== record.id);
    const changed = record.isRegisseur
      ? assignRegisseur(others, caseId, record.id, record.updatedAt)
      : [];
    setRefused(false);
    void attempt(async () => {
      await session.records.putMany('case.involvement', [record, ...changed]);
      onSaved(record);
    });
  };

  const text = (
    field: InvolvementTextField,
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
        <ContactSourcePicker
          source={draft.source}
          contactId={draft.contactId}
          contacts={contacts}
          organisations={organisations}
          presetOrganisationId={presetOrganisationId}
          error={errors.contactId !== undefined}
          onSource={(source) => update({ source, contactId: '' }, ['contactId'])}
          onPick={pickContact}
        />
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
