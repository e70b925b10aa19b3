// Runs in: renderer.
//
// "Toestemming controleren": asks evaluateConsent, the one rule every gate uses, whether a
// use is allowed on a day, and shows yes (with the consents that allow it) or every reason
// why not, in plain words.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Consent } from '../../../shared/domain/consent';
import { evaluateConsent, type ConsentDecision } from '../../../shared/domain/consentEvaluation';
import { isValidIsoDate, todayIso } from '../../../shared/domain/dates';
import type { Organisation } from '../../../shared/domain/directory';
import type { Pupil } from '../../../shared/domain/pupil';
import { FormDialog } from '../components/FormDialog';
import { reasonMessage } from './reasonText';
import { ScopeFields } from './ScopeFields';
import {
  emptyScope,
  validateScope,
  type ScopeDraft,
  type ScopeErrors,
} from '../../../shared/domain/consentScopeDraft';
import { useConsentLabels } from './useConsentLabels';

export interface CheckConsentDialogProps {
  readonly pupil: Pupil;
  readonly consents: readonly Consent[];
  readonly organisations: readonly Organisation[];
  readonly onClose: () => void;
}

export function CheckConsentDialog({
  pupil,
  consents,
  organisations,
  onClose,
}: CheckConsentDialogProps) {
  const { t } = useTranslation();
  const labels = useConsentLabels(organisations, consents);
  const [scope, setScope] = useState<ScopeDraft>(emptyScope);
  const [errors, setErrors] = useState<ScopeErrors>({});
  const [date, setDate] = useState(todayIso());
  const [dateError, setDateError] = useState(false);
  const [decision, setDecision] = useState<ConsentDecision | null>(null);

  const submit = (): void => {
    const checked = validateScope(scope, organisations);
    setErrors(checked.errors);
    const dateOk = isValidIsoDate(date);
    setDateError(!dateOk);
    if (checked.scope === undefined || !dateOk) {
      setDecision(null);
      return;
    }
    const s = checked.scope;
    const meetingKind = s.meetingKinds?.[0];
    setDecision(
      evaluateConsent(
        {
          purpose: s.purpose,
          ...(meetingKind === undefined ? {} : { meetingKind }),
          ...(s.recipientOrganisationId === undefined
            ? {}
            : { recipientOrganisationId: s.recipientOrganisationId }),
          ...(s.documentName === undefined ? {} : { documentName: s.documentName }),
          categories: s.dataCategories,
          onDate: date,
        },
        pupil,
        consents,
      ),
    );
  };

  const byId = (id: string): Consent | undefined => consents.find((c) => c.id === id);

  return (
    <FormDialog
      open
      title={t('directory.consent.checkDialog.title')}
      submitLabel={t('directory.consent.checkDialog.submit')}
      cancelLabel={t('directory.common.close')}
      dirty={false}
      maxWidth="md"
      onClose={onClose}
      onSubmit={submit}
    >
      <Typography>{t('directory.consent.checkDialog.intro')}</Typography>
      <ScopeFields
        draft={scope}
        errors={errors}
        organisations={organisations}
        mode="check"
        autoFocus
        onChange={(patch) => {
          setScope((s) => ({ ...s, ...patch }));
          setErrors({});
          setDecision(null);
        }}
      />
      <TextField
        type="date"
        required
        label={t('directory.consent.checkDialog.date')}
        value={date}
        onChange={(e) => {
          setDate(e.target.value);
          setDateError(false);
          setDecision(null);
        }}
        error={dateError}
        helperText={dateError ? t('directory.fieldErrors.date-invalid') : undefined}
        slotProps={{ inputLabel: { shrink: true } }}
        fullWidth
      />
      <Box role="status" aria-live="polite">
        {decision === null ? null : decision.allowed ? (
          <Alert severity="success">
            <AlertTitle>{t('directory.consent.checkDialog.yes')}</AlertTitle>
            {t('directory.consent.checkDialog.yesBasis', {
              count: decision.consentIds.length,
              consents: labels.list(
                decision.consentIds.flatMap((id) => {
                  const c = byId(id);
                  return c === undefined ? [] : [labels.consentRef(c)];
                }),
              ),
            })}
          </Alert>
        ) : (
          <Alert severity="error">
            <AlertTitle>{t('directory.consent.checkDialog.no')}</AlertTitle>
            {t('directory.consent.checkDialog.why')}
            <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
              {decision.reasons.map((reason, index) => {
                const message = reasonMessage(reason, labels);
                return (
                  <li key={`${reason.code}-${index}`}>
                    {t(`directory.consent.reasons.${message.key}`, {
                      ...message.values,
                      defaultValue: '',
                    })}
                  </li>
                );
              })}
            </Box>
          </Alert>
        )}
      </Box>
    </FormDialog>
  );
}
