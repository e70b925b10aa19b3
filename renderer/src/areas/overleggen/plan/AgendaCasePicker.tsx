// Runs in: renderer.
//
// Which pupil's case goes on the agenda: a searchable list of the open cases not on this
// agenda yet. Several open cases of one pupil are told apart by the signal date.
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { displayName } from '../../../../../shared/domain/pupil';
import { formatIsoDate } from '../../../i18n/dates';
import { useLanguage } from '../../../i18n/useLanguage';
import type { CaseOption } from './planScreenRules';

export interface AgendaCasePickerProps {
  readonly options: readonly CaseOption[];
  readonly picked: CaseOption | null;
  readonly error: string | undefined;
  readonly onPick: (picked: CaseOption | null) => void;
}

export function AgendaCasePicker({ options, picked, error, onPick }: AgendaCasePickerProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (options.length === 0)
    return <Alert severity="info">{t('meetings.itemDialog.noCases')}</Alert>;
  const optionLabel = (option: CaseOption): string => {
    const sameName = options.filter((o) => o.pupilId === option.pupilId).length > 1;
    const group =
      option.pupil.group !== undefined
        ? t('meetings.itemDialog.group', { group: option.pupil.group })
        : '';
    const since = sameName
      ? t('meetings.itemDialog.caseSince', {
          date: formatIsoDate(option.zorgdossier.signal.date, language),
        })
      : '';
    return [displayName(option.pupil), group, since].filter((p) => p !== '').join(', ');
  };
  return (
    <Autocomplete
      options={options}
      value={picked}
      onChange={(_event, value) => onPick(value)}
      getOptionLabel={optionLabel}
      isOptionEqualToValue={(a, b) => a.caseId === b.caseId}
      autoHighlight
      noOptionsText={t('meetings.itemDialog.noMatch')}
      openText={t('meetings.itemDialog.open')}
      closeText={t('meetings.itemDialog.close')}
      clearText={t('meetings.itemDialog.clear')}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('meetings.itemDialog.pupil')}
          required
          autoFocus
          error={error !== undefined}
          helperText={error ?? t('meetings.itemDialog.pupilHelp')}
        />
      )}
    />
  );
}
