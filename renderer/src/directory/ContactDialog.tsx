// Runs in: renderer.
//
// Adding or changing a contact person of an organisation: who, in what role, how to reach
// them, and, while they are away, until when and who takes over (so a case does not stall
// on a voicemail). A partner's deelsleutel (public sharing key) is kept here too, so meeting
// files can be encrypted to them; it is checked with the same parser that uses it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { deelsleutelFingerprint, parseDeelsleutel } from '../../../shared/sharing/identity';
import {
  contactPersonSchema,
  type ContactPerson,
  type Organisation,
} from '../../../shared/domain/directory';
import { newRecordId } from '../vault';
import type { AppSession } from '../security/VaultProvider';
import {
  parseOptionalDate,
  parseOptionalEmail,
  parseOptionalPhone,
  parseRequired,
} from '../../../shared/domain/directoryForm';
import { useFieldErrorText, type FieldError } from './fieldErrors';
import { useSaveAttempt } from '../components/useSaveAttempt';
import { FormTextField, type FormTextFieldProps } from '../components/FormTextField';
import { FormDialog } from '../components/FormDialog';

interface Draft {
  readonly name: string;
  readonly role: string;
  readonly phone: string;
  readonly email: string;
  readonly absentUntil: string;
  readonly replacedBy: string;
  readonly deelsleutel: string;
}

type DraftErrors = Partial<Record<keyof Draft, FieldError>>;

export interface ContactDialogProps {
  readonly session: AppSession;
  readonly organisation: Organisation;
  /** The contact to change; undefined adds a new one. */
  readonly contact: ContactPerson | undefined;
  /** Everyone in the directory, to choose a replacement from. */
  readonly contacts: readonly ContactPerson[];
  readonly organisations: readonly Organisation[];
  readonly onClose: () => void;
  readonly onSaved: (contact: ContactPerson) => void;
}

export function ContactDialog({
  session,
  organisation,
  contact,
  contacts,
  organisations,
  onClose,
  onSaved,
}: ContactDialogProps) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const [draft, setDraft] = useState<Draft>({
    name: contact?.name ?? '',
    role: contact?.role ?? '',
    phone: contact?.phone ?? '',
    email: contact?.email ?? '',
    absentUntil: contact?.absentUntil ?? '',
    replacedBy: contacts.some((c) => c.id === contact?.replacedBy)
      ? (contact?.replacedBy ?? '')
      : '',
    deelsleutel: contact?.deelsleutel ?? '',
  });
  const [deelsleutelError, setDeelsleutelError] = useState<string | null>(null);
  // The check code of a well-formed key, to compare with the contact by phone.
  const [fingerprint, setFingerprint] = useState<{
    readonly text: string;
    readonly code: string;
  } | null>(null);
  useEffect(() => {
    const parsed = parseDeelsleutel(draft.deelsleutel);
    if (!parsed.ok) return;
    let live = true;
    void deelsleutelFingerprint(parsed.value).then((code) => {
      if (live) setFingerprint({ text: parsed.value.text, code });
    });
    return () => {
      live = false;
    };
  }, [draft.deelsleutel]);
  const shownFingerprint =
    fingerprint !== null && fingerprint.text === draft.deelsleutel.trim() ? fingerprint.code : null;
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<DraftErrors>({});
  // The form was refused: the fields say why; the line above the buttons says to look.
  const [refused, setRefused] = useState(false);
  const { busy, failed, attempt } = useSaveAttempt();
  const orgName = (id: string): string => organisations.find((o) => o.id === id)?.name ?? '';
  const others = contacts
    .filter((c) => c.id !== contact?.id)
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));

  const set = (field: keyof Draft) => (value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setDirty(true);
    setErrors((e) => ({ ...e, [field]: undefined }));
    if (field === 'deelsleutel') setDeelsleutelError(null);
  };

  const submit = (): void => {
    const name = parseRequired(draft.name);
    const role = parseRequired(draft.role);
    const phone = parseOptionalPhone(draft.phone);
    const email = parseOptionalEmail(draft.email);
    const absentUntil = parseOptionalDate(draft.absentUntil);
    const next: DraftErrors = {};
    if (!name.ok) next.name = { code: name.error };
    if (!role.ok) next.role = { code: role.error };
    if (!phone.ok) next.phone = { code: phone.error };
    if (!email.ok) next.email = { code: email.error };
    if (!absentUntil.ok) next.absentUntil = { code: absentUntil.error };
    setErrors(next);
    const deelsleutelText = draft.deelsleutel.trim();
    const deelsleutel = deelsleutelText === '' ? null : parseDeelsleutel(deelsleutelText);
    const deelsleutelProblem =
      deelsleutel !== null && !deelsleutel.ok
        ? t(`sharing.deelsleutelErrors.${deelsleutelCode(deelsleutel.error.code)}`)
        : null;
    setDeelsleutelError(deelsleutelProblem);
    if (
      !name.ok ||
      !role.ok ||
      !phone.ok ||
      !email.ok ||
      !absentUntil.ok ||
      deelsleutelProblem !== null
    ) {
      setRefused(true);
      return;
    }
    const now = new Date().toISOString();
    const replacedBy = others.some((c) => c.id === draft.replacedBy) ? draft.replacedBy : undefined;
    const parsed = contactPersonSchema.safeParse({
      id: contact?.id ?? newRecordId(),
      organisationId: organisation.id,
      name: name.value,
      role: role.value,
      ...(phone.value === undefined ? {} : { phone: phone.value }),
      ...(email.value === undefined ? {} : { email: email.value }),
      ...(deelsleutel !== null && deelsleutel.ok ? { deelsleutel: deelsleutel.value.text } : {}),
      ...(absentUntil.value === undefined ? {} : { absentUntil: absentUntil.value }),
      ...(replacedBy === undefined ? {} : { replacedBy }),
      createdAt: contact?.createdAt ?? now,
      updatedAt: now,
    });
    if (!parsed.success) {
      setRefused(true);
      return;
    }
    setRefused(false);
    void attempt(async () => {
      const saved = await session.records.put('directory.contact', parsed.data);
      onSaved(saved);
    });
  };

  const text = (
    field: keyof Draft,
    label: string,
    extra: Omit<FormTextFieldProps, 'label' | 'value' | 'onChange' | 'error'> = {},
  ) => (
    <FormTextField
      label={label}
      value={draft[field]}
      onChange={set(field)}
      error={errorText(errors[field])}
      {...extra}
    />
  );

  return (
    <FormDialog
      open
      title={
        contact === undefined
          ? t('directory.contactDialog.addTitle')
          : t('directory.contactDialog.editTitle')
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
      <Typography color="text.secondary">
        {t('directory.contactDialog.organisation', { name: organisation.name })}
      </Typography>
      {text('name', t('directory.contactDialog.name'), { required: true, autoFocus: true })}
      {text('role', t('directory.contactDialog.role'), {
        required: true,
        helperText: t('directory.contactDialog.roleHelp'),
      })}
      {text('phone', t('directory.contactDialog.phone'), { type: 'tel' })}
      {text('email', t('directory.contactDialog.email'), { type: 'email' })}
      {text('absentUntil', t('directory.contactDialog.absentUntil'), {
        type: 'date',
        helperText: t('directory.contactDialog.absentUntilHelp'),
      })}
      <TextField
        select
        label={t('directory.contactDialog.replacedBy')}
        value={draft.replacedBy}
        onChange={(e) => set('replacedBy')(e.target.value)}
        fullWidth
      >
        <MenuItem value="">{t('directory.contactDialog.replacedByNone')}</MenuItem>
        {others.map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {t('directory.contactDialog.replacedByOption', {
              name: c.name,
              organisation: orgName(c.organisationId),
            })}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={t('sharing.contact.label')}
        value={draft.deelsleutel}
        onChange={(e) => set('deelsleutel')(e.target.value)}
        error={deelsleutelError !== null}
        helperText={
          deelsleutelError ??
          (shownFingerprint !== null
            ? t('sharing.contact.fingerprint', { code: shownFingerprint })
            : t('sharing.contact.help'))
        }
        multiline
        minRows={2}
        fullWidth
        slotProps={{
          htmlInput: { spellCheck: false },
          input: { sx: { fontFamily: 'monospace', fontSize: 14 } },
        }}
      />
    </FormDialog>
  );
}

/** The message key of a deelsleutel parse error (unknown codes fall back to the format message). */
function deelsleutelCode(
  code: string,
): 'invalidFormat' | 'unsupportedVersion' | 'invalidRecipient' | 'invalidSigningKey' {
  switch (code) {
    case 'deelsleutel.unsupported-version':
      return 'unsupportedVersion';
    case 'deelsleutel.invalid-recipient':
      return 'invalidRecipient';
    case 'deelsleutel.invalid-signing-key':
      return 'invalidSigningKey';
    default:
      return 'invalidFormat';
  }
}
