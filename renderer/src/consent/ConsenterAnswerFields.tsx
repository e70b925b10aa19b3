// Runs in: renderer.
//
// One required person in "Toestemming vastleggen": their answer (given / refused / not (yet)
// asked, nothing preselected) and, for an answer, how and when. A row shows its own missing
// fields once the user tried to save.
import { useTranslation } from 'react-i18next';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { CONSENT_ANSWERS, CONSENT_METHODS } from '../../../shared/domain/consent';
import { VISUALLY_HIDDEN_CLASS } from '../theme';
import type { ConsenterRow, RowError } from '../../../shared/domain/consenterDraft';

export interface ConsenterAnswerFieldsProps {
  readonly row: ConsenterRow;
  /** "moeder", "leerling", … */
  readonly relation: string;
  /** Shown after a save attempt. */
  readonly errors: readonly RowError[];
  /** True after a save attempt left this person without an answer. */
  readonly unanswered: boolean;
  readonly onChange: (patch: Partial<ConsenterRow>) => void;
}

export function ConsenterAnswerFields({
  row,
  relation,
  errors,
  unanswered,
  onChange,
}: ConsenterAnswerFieldsProps) {
  const { t } = useTranslation();
  const name = row.person.name;
  const has = (e: RowError): boolean => errors.includes(e);
  const hidden = <span className={VISUALLY_HIDDEN_CLASS}>({name})</span>;
  return (
    <Paper variant="outlined" role="group" aria-label={name} sx={{ p: 2 }}>
      <FormControl component="fieldset" error={unanswered} required>
        <FormLabel component="legend">
          {t('directory.consent.dialog.answerOf', { name, relation })}
        </FormLabel>
        <RadioGroup
          row
          name={`answer-${row.key}`}
          value={row.answer ?? ''}
          onChange={(e) => {
            const answer = CONSENT_ANSWERS.find((a) => a === e.target.value);
            if (answer !== undefined) onChange({ answer });
          }}
        >
          {CONSENT_ANSWERS.map((a) => (
            <FormControlLabel
              key={a}
              value={a}
              control={<Radio />}
              label={t(`directory.consent.answers.${a}`)}
            />
          ))}
        </RadioGroup>
        {unanswered ? (
          <FormHelperText>{t('directory.consent.dialog.chooseAnswer')}</FormHelperText>
        ) : null}
      </FormControl>
      {row.answer === 'given' || row.answer === 'refused' ? (
        <Stack spacing={1.5} sx={{ mt: 1, pl: { sm: 4 } }}>
          <FormControl component="fieldset" error={has('method-required')} required>
            <FormLabel component="legend">
              {t('directory.consent.dialog.method')} {hidden}
            </FormLabel>
            <RadioGroup
              row
              name={`method-${row.key}`}
              value={row.method ?? ''}
              onChange={(e) => {
                const method = CONSENT_METHODS.find((m) => m === e.target.value);
                if (method !== undefined) onChange({ method });
              }}
            >
              {CONSENT_METHODS.map((m) => (
                <FormControlLabel
                  key={m}
                  value={m}
                  control={<Radio />}
                  label={t(`directory.consent.methods.${m}`)}
                />
              ))}
            </RadioGroup>
            {has('method-required') ? (
              <FormHelperText>{t('directory.consent.dialog.methodRequired')}</FormHelperText>
            ) : null}
          </FormControl>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField
              label={t('directory.consent.dialog.witnessedBy')}
              value={row.witnessedBy}
              required={row.method === 'mondeling'}
              onChange={(e) => onChange({ witnessedBy: e.target.value })}
              error={has('witness-required')}
              helperText={
                has('witness-required')
                  ? t('directory.consent.dialog.witnessRequired')
                  : t('directory.consent.dialog.witnessedByHelp')
              }
              fullWidth
            />
            <TextField
              type="date"
              required
              label={t(
                row.answer === 'given'
                  ? 'directory.consent.dialog.giverDate'
                  : 'directory.consent.dialog.refusalDate',
              )}
              value={row.date}
              onChange={(e) => onChange({ date: e.target.value })}
              error={has('date-required') || has('date-invalid')}
              helperText={
                has('date-required')
                  ? t('directory.consent.dialog.answerDateRequired')
                  : has('date-invalid')
                    ? t('directory.fieldErrors.date-invalid')
                    : undefined
              }
              slotProps={{ inputLabel: { shrink: true } }}
              fullWidth
            />
          </Stack>
        </Stack>
      ) : null}
    </Paper>
  );
}
