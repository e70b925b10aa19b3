// Runs in: renderer.
//
// Instellingen > Feestdagen en vrije dagen (issue 15, point 5): the days that every
// working-day count skips besides the weekend (contact within five working days, expected
// feedback, the received referral's terms). Nothing is presumed: the list is empty until the
// school saves it; "voorstellen" adds the national holidays of the current school year
// (shared/referrals/holidays.ts), which the school checks and saves.
import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlineOutlined';
import EventBusyOutlinedIcon from '@mui/icons-material/EventBusyOutlined';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../shared/domain/dates';
import {
  holidaySchema,
  HOLIDAYS_RECORD_ID,
  mergeHolidays,
  schoolYearHolidays,
  schoolYearOf,
  type Holiday,
} from '../../../../shared/referrals/holidays';
import { useUnsavedForm } from '../../app/unsavedForms';
import { useSaveAttempt } from '../../components/useSaveAttempt';
import { useFormatIsoDate } from '../../i18n/useFormatIsoDate';
import { useRecord } from '../../records/useRecords';
import { useSession } from '../../security/VaultProvider';
import { SettingsSection } from './SettingsSection';

export function HolidaysSection() {
  const { t } = useTranslation();
  const session = useSession();
  const stored = useRecord(session, 'school.holidays', HOLIDAYS_RECORD_ID);
  // Kept here, not in the form: saving changes the stored list, which remounts the form.
  const [saved, setSaved] = useState(false);
  return (
    <SettingsSection
      icon={EventBusyOutlinedIcon}
      title={t('received.holidays.title')}
      description={t('received.holidays.intro')}
    >
      {/* Remounted when the stored list changes (another tab, a restore): the form starts from it. */}
      <HolidaysForm
        key={stored?.updatedAt ?? 'none'}
        initial={stored?.days ?? []}
        saved={saved}
        setSaved={setSaved}
      />
    </SettingsSection>
  );
}

interface HolidaysFormProps {
  readonly initial: readonly Holiday[];
  readonly saved: boolean;
  readonly setSaved: (saved: boolean) => void;
}

function HolidaysForm({ initial, saved, setSaved }: HolidaysFormProps) {
  const { t } = useTranslation();
  const session = useSession();
  const formatDate = useFormatIsoDate();
  const { busy, failed, attempt, reset } = useSaveAttempt();
  const [days, setDays] = useState<readonly Holiday[]>(initial);
  // The list as stored: `initial`, then what this form saved (before the stored list remounts it).
  const [savedDays, setSavedDays] = useState<readonly Holiday[]>(initial);
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [invalid, setInvalid] = useState(false);
  const startYear = schoolYearOf(todayIso());

  const change = (next: readonly Holiday[]): void => {
    setDays(next);
    setSaved(false);
    reset();
  };
  const add = (): void => {
    const parsed = holidaySchema.safeParse({ date, name: name.trim() });
    if (!parsed.success || days.some((d) => d.date === parsed.data.date)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    change(mergeHolidays(days, [parsed.data]));
    setDate('');
    setName('');
  };
  const persist = async (): Promise<void> => {
    const written = days;
    await attempt(async () => {
      const updatedAt = new Date().toISOString();
      await session.records.put('school.holidays', {
        id: HOLIDAYS_RECORD_ID,
        days: [...days],
        updatedAt,
      });
      // The count only: the days themselves are public calendar facts, but the log stays terse.
      await session.audit.append('settings.change', {
        recordType: 'school.holidays',
        detail: `holidays=${days.length}`,
      });
      setSavedDays(written);
      setSaved(true);
    });
  };
  const listChanged = JSON.stringify(days) !== JSON.stringify(savedDays);
  // A day typed but not added yet counts too: leaving asks. A lock or window close saves
  // what Opslaan would save, the list (unsavedForms.ts).
  useUnsavedForm(
    t('received.holidays.title'),
    listChanged || date !== '' || name.trim() !== '',
    () => (listChanged ? persist() : Promise.resolve()),
  );
  const save = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    void persist();
  };

  return (
    <Box component="form" noValidate onSubmit={save}>
      <Button
        variant="outlined"
        onClick={() => change(mergeHolidays(days, schoolYearHolidays(startYear)))}
      >
        {t('received.holidays.propose', { from: startYear, to: startYear + 1 })}
      </Button>
      {days.length === 0 ? (
        <Typography sx={{ mt: 2 }} color="text.secondary">
          {t('received.holidays.none')}
        </Typography>
      ) : (
        <List dense aria-label={t('received.holidays.title')} sx={{ mt: 1, maxWidth: 560 }}>
          {days.map((day) => (
            <ListItem
              key={day.date}
              divider
              secondaryAction={
                <IconButton
                  edge="end"
                  aria-label={t('received.holidays.remove', {
                    name: day.name,
                    date: formatDate(day.date),
                  })}
                  onClick={() => change(days.filter((d) => d.date !== day.date))}
                >
                  <DeleteOutlineIcon />
                </IconButton>
              }
            >
              <ListItemText primary={day.name} secondary={formatDate(day.date)} />
            </ListItem>
          ))}
        </List>
      )}
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ mt: 2, alignItems: { sm: 'flex-start' } }}
      >
        <TextField
          label={t('received.holidays.date')}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          error={invalid}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          label={t('received.holidays.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={invalid}
          helperText={invalid ? t('received.holidays.invalid') : undefined}
        />
        <Button variant="outlined" onClick={add} sx={{ mt: { sm: 1 } }}>
          {t('received.holidays.add')}
        </Button>
      </Stack>
      <Button type="submit" variant="contained" disabled={busy} sx={{ mt: 2 }}>
        {t('received.holidays.save')}
      </Button>
      <Box role="status" sx={{ mt: saved || failed ? 1.5 : 0 }}>
        {saved ? <Alert severity="success">{t('received.holidays.saved')}</Alert> : null}
        {failed ? <Alert severity="error">{t('received.holidays.saveFailed')}</Alert> : null}
      </Box>
    </Box>
  );
}
