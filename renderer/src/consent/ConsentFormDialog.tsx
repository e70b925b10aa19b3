// Runs in: renderer.
//
// "Toestemmingsformulier afdrukken": the printable consent form (always Dutch) with
// signature lines for exactly the people whose consent is needed today. The file name holds
// only the date, never a name; every saved form is written to the audit trail.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { isValidIsoDate, todayIso } from '../../../shared/domain/dates';
import type { Organisation } from '../../../shared/domain/directory';
import type { Pupil } from '../../../shared/domain/pupil';
import {
  renderConsentForm,
  type ConsentFormErrorCode,
} from '../../../shared/documents/consentForm';
import type { ProfileRole } from '../../../shared/records/profile';
import { FormDialog } from '../components/FormDialog';
import { useHost } from '../host/HostContext';
import { loadDocumentFonts } from '../security/documentFonts';
import type { AppSession } from '../security/VaultProvider';
import { consentFormFileName } from './fileNames';
import { defaultConsentValidUntil } from '../../../shared/domain/schoolYear';
import { ScopeFields } from './ScopeFields';
import {
  emptyScope,
  validateScope,
  type ScopeDraft,
  type ScopeErrors,
} from '../../../shared/domain/consentScopeDraft';

/** The user's role as it is written on a Dutch form. */
const ROLE_ON_FORM: Readonly<Record<ProfileRole, string>> = {
  ib: 'intern begeleider',
  zorgcoordinator: 'zorgcoördinator',
  smw: 'schoolmaatschappelijk werker',
  swv: 'coördinator samenwerkingsverband',
  other: 'contactpersoon zorg',
};

export interface ConsentFormDialogProps {
  readonly session: AppSession;
  readonly caseId: string;
  readonly pupil: Pupil;
  readonly organisations: readonly Organisation[];
  /** Start from this scope (e.g. an existing consent to renew). */
  readonly initialScope?: ScopeDraft;
  readonly onClose: () => void;
}

type Status =
  | { readonly kind: 'idle' | 'busy' | 'failed' }
  | { readonly kind: 'saved'; readonly name: string }
  | { readonly kind: 'refused'; readonly code: ConsentFormErrorCode };

export function ConsentFormDialog({
  session,
  caseId,
  pupil,
  organisations,
  initialScope,
  onClose,
}: ConsentFormDialogProps) {
  const { t } = useTranslation();
  const host = useHost();
  const today = todayIso();
  const [scope, setScope] = useState<ScopeDraft>(() => initialScope ?? emptyScope());
  const [errors, setErrors] = useState<ScopeErrors>({});
  const [validUntil, setValidUntil] = useState(defaultConsentValidUntil(today));
  const [dateError, setDateError] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const submit = (): void => {
    const checked = validateScope(scope, organisations);
    setErrors(checked.errors);
    const dateOk = isValidIsoDate(validUntil);
    setDateError(!dateOk);
    if (checked.scope === undefined || !dateOk) return;
    const s = checked.scope;
    setStatus({ kind: 'busy' });
    const run = async (): Promise<Status> => {
      const profile = session.profile;
      const result = await renderConsentForm({
        fonts: await loadDocumentFonts(),
        schoolName: profile.schoolName,
        pupil,
        request: {
          purpose: s.purpose,
          ...(s.meetingKinds === undefined ? {} : { meetingKinds: s.meetingKinds }),
          ...(s.recipientOrganisationName === undefined
            ? {}
            : { recipientName: s.recipientOrganisationName }),
          ...(s.documentName === undefined ? {} : { documentName: s.documentName }),
          dataCategories: s.dataCategories,
          validUntil,
        },
        onDate: today,
        contact: { name: profile.userName, role: ROLE_ON_FORM[profile.role] },
      });
      if (!result.ok) return { kind: 'refused', code: result.error.code };
      const outcome = await host.saveFile({
        suggestedName: consentFormFileName(today),
        bytes: result.value,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (!outcome.saved) return { kind: 'idle' };
      await session.audit.append('print', {
        recordType: 'case',
        recordId: caseId,
        detail: 'consent-form',
      });
      return { kind: 'saved', name: outcome.name };
    };
    run().then(setStatus, () => setStatus({ kind: 'failed' }));
  };

  return (
    <FormDialog
      open
      title={t('directory.consent.form.title')}
      submitLabel={
        status.kind === 'busy'
          ? t('directory.consent.form.busy')
          : t('directory.consent.form.submit')
      }
      cancelLabel={
        status.kind === 'saved' ? t('directory.common.close') : t('directory.common.cancel')
      }
      dirty={false}
      busy={status.kind === 'busy'}
      maxWidth="md"
      onClose={onClose}
      onSubmit={submit}
    >
      <Typography>{t('directory.consent.form.intro')}</Typography>
      <ScopeFields
        draft={scope}
        errors={errors}
        organisations={organisations}
        mode="record"
        autoFocus
        onChange={(patch) => {
          setScope((old) => ({ ...old, ...patch }));
          setErrors({});
          setStatus({ kind: 'idle' });
        }}
      />
      <TextField
        type="date"
        required
        label={t('directory.consent.form.validUntil')}
        value={validUntil}
        onChange={(e) => {
          setValidUntil(e.target.value);
          setDateError(false);
          setStatus({ kind: 'idle' });
        }}
        error={dateError}
        helperText={
          dateError
            ? t('directory.fieldErrors.date-invalid')
            : t('directory.consent.dialog.validUntilHelp')
        }
        slotProps={{ inputLabel: { shrink: true } }}
        fullWidth
      />
      <Box role="status" aria-live="polite">
        {status.kind === 'saved' ? (
          <Alert severity="success">
            {t('directory.consent.form.saved', { name: status.name })}
          </Alert>
        ) : null}
        {status.kind === 'refused' ? (
          <Alert severity="error">{t(`directory.consent.form.errors.${status.code}`)}</Alert>
        ) : null}
        {status.kind === 'failed' ? (
          <Alert severity="error">{t('directory.consent.form.failed')}</Alert>
        ) : null}
      </Box>
    </FormDialog>
  );
}
