// Runs in: renderer.
//
// Adding or changing one organisation of the sociale kaart: name, kind, the municipalities
// and postcode areas it serves (for suggesting the right team), and how to reach it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import {
  ORGANISATION_KINDS,
  organisationSchema,
  type Organisation,
  type OrganisationKind,
} from '../../../shared/domain/directory';
import { newRecordId } from '../vault';
import type { AppSession } from '../security/VaultProvider';
import {
  formatPostcodeRanges,
  parseMunicipalities,
  parseOptionalEmail,
  parseOptionalPhone,
  parseOptionalText,
  parsePostcodeRanges,
  parseRequired,
} from '../../../shared/domain/directoryForm';
import { useFieldErrorText, type FieldError } from './fieldErrors';
import { useSaveAttempt } from '../components/useSaveAttempt';
import { FormTextField, type FormTextFieldProps } from '../components/FormTextField';
import { FormDialog } from '../components/FormDialog';

interface Draft {
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly municipalities: string;
  readonly postcodeRanges: string;
  readonly phone: string;
  readonly email: string;
  readonly address: string;
}

type DraftErrors = Partial<Record<keyof Draft, FieldError>>;

function draftOf(organisation: Organisation | undefined): Draft {
  return {
    name: organisation?.name ?? '',
    kind: organisation?.kind ?? 'wijkteam',
    municipalities: organisation?.municipalities.join(', ') ?? '',
    postcodeRanges:
      organisation === undefined ? '' : formatPostcodeRanges(organisation.postcodeRanges),
    phone: organisation?.phone ?? '',
    email: organisation?.email ?? '',
    address: organisation?.address ?? '',
  };
}

/** Checks the draft; returns the record to store or the field errors. */
function toOrganisation(
  draft: Draft,
  existing: Organisation | undefined,
  now: string,
): { record?: Organisation; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const name = parseRequired(draft.name);
  const municipalities = parseMunicipalities(draft.municipalities);
  const ranges = parsePostcodeRanges(draft.postcodeRanges);
  const phone = parseOptionalPhone(draft.phone);
  const email = parseOptionalEmail(draft.email);
  const address = parseOptionalText(draft.address, 300);
  if (!name.ok) errors.name = { code: name.error };
  if (!municipalities.ok)
    errors.municipalities = {
      code: municipalities.error,
      ...(municipalities.token === undefined ? {} : { token: municipalities.token }),
    };
  if (!ranges.ok)
    errors.postcodeRanges = {
      code: ranges.error,
      ...(ranges.token === undefined ? {} : { token: ranges.token }),
    };
  if (!phone.ok) errors.phone = { code: phone.error };
  if (!email.ok) errors.email = { code: email.error };
  if (!address.ok) errors.address = { code: address.error };
  if (!name.ok || !municipalities.ok || !ranges.ok || !phone.ok || !email.ok || !address.ok)
    return { errors };
  const record = {
    id: existing?.id ?? newRecordId(),
    name: name.value,
    kind: draft.kind,
    municipalities: municipalities.value,
    postcodeRanges: ranges.value,
    ...(phone.value === undefined ? {} : { phone: phone.value }),
    ...(email.value === undefined ? {} : { email: email.value }),
    ...(address.value === undefined ? {} : { address: address.value }),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  const parsed = organisationSchema.safeParse(record);
  return parsed.success
    ? { record: parsed.data, errors }
    : { errors: { name: { code: 'required' } } };
}

export interface OrganisationDialogProps {
  readonly session: AppSession;
  /** The organisation to change; undefined adds a new one. */
  readonly organisation: Organisation | undefined;
  readonly onClose: () => void;
  readonly onSaved: (organisation: Organisation) => void;
}

export function OrganisationDialog({
  session,
  organisation,
  onClose,
  onSaved,
}: OrganisationDialogProps) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const [draft, setDraft] = useState<Draft>(() => draftOf(organisation));
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<DraftErrors>({});
  // The form was refused: the fields say why; the line above the buttons says to look.
  const [refused, setRefused] = useState(false);
  const { busy, failed, attempt } = useSaveAttempt();

  const set = (field: Exclude<keyof Draft, 'kind'>) => (value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setDirty(true);
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const submit = (): void => {
    const result = toOrganisation(draft, organisation, new Date().toISOString());
    setErrors(result.errors);
    if (result.record === undefined) {
      setRefused(true);
      return;
    }
    const record = result.record;
    setRefused(false);
    void attempt(async () => {
      const saved = await session.records.put('directory.organisation', record);
      onSaved(saved);
    });
  };

  const field = (
    name: Exclude<keyof Draft, 'kind'>,
    label: string,
    extra: Omit<FormTextFieldProps, 'label' | 'value' | 'onChange' | 'error'> = {},
  ) => (
    <FormTextField
      label={label}
      value={draft[name]}
      onChange={set(name)}
      error={errorText(errors[name])}
      {...extra}
    />
  );

  return (
    <FormDialog
      open
      title={
        organisation === undefined
          ? t('directory.organisationDialog.addTitle')
          : t('directory.organisationDialog.editTitle')
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
      {field('name', t('directory.organisationDialog.name'), { required: true, autoFocus: true })}
      <TextField
        select
        label={t('directory.organisationDialog.kind')}
        value={draft.kind}
        onChange={(e) => {
          const kind = ORGANISATION_KINDS.find((k) => k === e.target.value);
          if (kind === undefined) return;
          setDraft((d) => ({ ...d, kind }));
          setDirty(true);
        }}
        fullWidth
      >
        {ORGANISATION_KINDS.map((kind) => (
          <MenuItem key={kind} value={kind}>
            {t(`directory.kinds.${kind}`)}
          </MenuItem>
        ))}
      </TextField>
      {field('municipalities', t('directory.organisationDialog.municipalities'), {
        helperText: t('directory.organisationDialog.municipalitiesHelp'),
      })}
      {field('postcodeRanges', t('directory.organisationDialog.postcodeRanges'), {
        helperText: t('directory.organisationDialog.postcodeRangesHelp'),
      })}
      {field('phone', t('directory.organisationDialog.phone'), { type: 'tel' })}
      {field('email', t('directory.organisationDialog.email'), { type: 'email' })}
      {field('address', t('directory.organisationDialog.address'), { multiline: true })}
    </FormDialog>
  );
}
