// Runs in: renderer.
//
// One whole-number setting of the school's care settings record (the retention term, the
// age from which the pupil's voice is asked): a field, a save button, a status line. Saving
// writes the record (created with the defaults when the school never saved it) and audits the
// change with the new value only.
import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  CARE_SETTINGS_RECORD_ID,
  defaultCareSettings,
  type CareSettings,
} from '../../../../shared/domain/careSettings';
import { useUnsavedForm } from '../../app/unsavedForms';
import type { AppSession } from '../../security/VaultProvider';

export interface CareSettingNumberFormProps {
  /** The section's title, named when leaving with an unsaved value is asked. */
  readonly section: string;
  readonly session: AppSession;
  readonly current: number;
  readonly schema: z.ZodType<number>;
  readonly min: number;
  readonly max: number;
  /** The settings with the new value in place. */
  readonly apply: (settings: CareSettings, value: number) => CareSettings;
  /** The audit detail, e.g. `retention-years=3` (a number, never personal data). */
  readonly auditDetail: (value: number) => string;
  readonly texts: {
    readonly label: string;
    readonly help: string;
    readonly invalid: string;
    readonly save: string;
    readonly saved: string;
  };
}

export function CareSettingNumberForm({
  section,
  session,
  current,
  schema,
  min,
  max,
  apply,
  auditDetail,
  texts,
}: CareSettingNumberFormProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(String(current));
  /** The value as stored (the form is remounted when the stored value changes elsewhere). */
  const [savedValue, setSavedValue] = useState(String(current));
  const [status, setStatus] = useState<'idle' | 'invalid' | 'busy' | 'saved' | 'failed'>('idle');
  /** Validates and saves; says why when the value is refused. */
  const persist = async (): Promise<void> => {
    const parsed = schema.safeParse(/^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN);
    if (!parsed.success) {
      setStatus('invalid');
      return;
    }
    setStatus('busy');
    const now = new Date().toISOString();
    const base =
      session.records.get('school.care-settings', CARE_SETTINGS_RECORD_ID) ??
      defaultCareSettings(now);
    try {
      await session.records.put('school.care-settings', {
        ...apply(base, parsed.data),
        updatedAt: now,
      });
      await session.audit.append('settings.change', {
        recordType: 'school.care-settings',
        detail: auditDetail(parsed.data),
      });
      setSavedValue(value.trim());
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  };
  // Leaving the page asks, a lock or closing the window saves (unsavedForms.ts).
  useUnsavedForm(section, value.trim() !== savedValue, persist);
  const save = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    void persist();
  };
  return (
    <Box component="form" noValidate onSubmit={save}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ alignItems: { sm: 'flex-start' } }}
      >
        <TextField
          label={texts.label}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setStatus('idle');
          }}
          type="number"
          error={status === 'invalid'}
          helperText={status === 'invalid' ? texts.invalid : texts.help}
          slotProps={{ htmlInput: { min, max, step: 1 } }}
          sx={{ maxWidth: 280 }}
        />
        <Button
          type="submit"
          variant="outlined"
          disabled={status === 'busy'}
          sx={{ mt: { sm: 1 } }}
        >
          {texts.save}
        </Button>
      </Stack>
      <Box role="status" sx={{ mt: status === 'saved' || status === 'failed' ? 1.5 : 0 }}>
        {status === 'saved' ? <Alert severity="success">{texts.saved}</Alert> : null}
        {status === 'failed' ? (
          <Alert severity="error">{t('directory.common.saveFailed')}</Alert>
        ) : null}
      </Box>
    </Box>
  );
}
