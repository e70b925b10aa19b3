// Runs in: renderer.
//
// Instellingen > Bewaartermijn: how many years closed cases are kept, and the closed cases
// past that term, each of which can be deleted for real after a typed confirmation.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import AutoDeleteOutlinedIcon from '@mui/icons-material/AutoDeleteOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { CARE_SETTINGS_RECORD_ID } from '../../../../shared/domain/careSettings';
import type { Zorgdossier } from '../../../../shared/domain/case';
import { displayName } from '../../../../shared/domain/pupil';
import {
  casesPastRetention,
  DEFAULT_RETENTION_YEARS_AFTER_CLOSING,
  retentionYearsSchema,
} from '../../../../shared/domain/retention';
import { formatIsoDate } from '../../i18n/dates';
import { todayIso } from '../../../../shared/domain/dates';
import { caseDeletionPlan, deleteCaseForReal } from '../../directory/caseDeletion';
import { recordTypeKey } from '../../security/settings/auditLabels';
import { FormDialog } from '../../components/FormDialog';
import { useSaveAttempt } from '../../components/useSaveAttempt';
import { useRecordList } from '../../records/useRecords';
import { useLanguage } from '../../i18n/useLanguage';
import { useSession, type AppSession } from '../../security/VaultProvider';
import { CareSettingNumberForm } from './CareSettingNumberForm';
import { SettingsSection } from './SettingsSection';

/** The retention term field: whole years, 1 to 20. */
function YearsForm({
  session,
  current,
}: {
  readonly session: AppSession;
  readonly current: number;
}) {
  const { t } = useTranslation();
  return (
    <CareSettingNumberForm
      section={t('directory.retention.title')}
      session={session}
      current={current}
      schema={retentionYearsSchema}
      min={1}
      max={20}
      apply={(settings, years) => ({ ...settings, retentionYearsAfterClosing: years })}
      auditDetail={(years) => `retention-years=${years}`}
      texts={{
        label: t('directory.retention.years'),
        help: t('directory.retention.yearsHelp'),
        invalid: t('directory.retention.yearsInvalid'),
        save: t('directory.retention.saveYears'),
        saved: t('directory.retention.savedYears'),
      }}
    />
  );
}

function DeleteCaseDialog({
  session,
  target,
  pupilName,
  onClose,
  onDeleted,
}: {
  readonly session: AppSession;
  readonly target: Zorgdossier;
  readonly pupilName: string;
  readonly onClose: () => void;
  readonly onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const word = t('directory.retention.dialog.word');
  const [typed, setTyped] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const { busy, failed, attempt } = useSaveAttempt();
  // Computed once when the dialog opens: the list shown is exactly what the button deletes.
  const [plan] = useState(() => caseDeletionPlan(session, target.id));
  const typeLabel = (type: string): string => {
    const key = recordTypeKey(type);
    return key === null ? type : t(`security.audit.recordTypes.${key}`);
  };
  const meetingItems = plan.meetings.reduce((sum, m) => sum + m.items, 0);
  const submit = (): void => {
    if (typed.trim() !== word) {
      setMismatch(true);
      return;
    }
    void attempt(async () => {
      await deleteCaseForReal(session, target.id);
      onDeleted();
    });
  };
  return (
    <FormDialog
      open
      title={t('directory.retention.dialog.title')}
      submitLabel={t('directory.retention.dialog.confirm')}
      busyLabel={t('directory.retention.dialog.busy')}
      dirty={typed !== ''}
      busy={busy}
      error={failed ? t('directory.common.deleteFailed') : null}
      destructive
      onClose={onClose}
      onSubmit={submit}
    >
      <Typography>
        {t('directory.retention.dialog.body', {
          name: pupilName,
          closed: formatIsoDate(target.closedAt ?? '', language),
          count: plan.records.length,
        })}
      </Typography>
      <Box component="section" aria-labelledby="retention-goes">
        <Typography variant="h3" id="retention-goes">
          {t('directory.retention.dialog.goesTitle')}
        </Typography>
        <Box component="ul" aria-labelledby="retention-goes" sx={{ my: 0.5, pl: 2.5 }}>
          {plan.counts.map(({ type, count }) => (
            <li key={type}>
              {t('directory.retention.dialog.goesCount', { label: typeLabel(type), count })}
            </li>
          ))}
          {meetingItems > 0 ? (
            <li>{t('directory.retention.dialog.goesMeetingItems', { count: meetingItems })}</li>
          ) : null}
          <li>{t('directory.retention.dialog.goesSearch')}</li>
        </Box>
      </Box>
      <Box component="section" aria-labelledby="retention-stays">
        <Typography variant="h3" id="retention-stays">
          {t('directory.retention.dialog.staysTitle')}
        </Typography>
        <Box component="ul" aria-labelledby="retention-stays" sx={{ my: 0.5, pl: 2.5 }}>
          <li>{t('directory.retention.dialog.staysPupil')}</li>
          {plan.meetings.length > 0 ? (
            <li>
              {t('directory.retention.dialog.staysMeetings', { count: plan.meetings.length })}
            </li>
          ) : null}
          <li>{t('directory.retention.dialog.staysAudit')}</li>
          <li>{t('directory.retention.dialog.staysOutside')}</li>
        </Box>
      </Box>
      <TextField
        label={t('directory.retention.dialog.typeToConfirm', { word })}
        value={typed}
        onChange={(e) => {
          setTyped(e.target.value);
          setMismatch(false);
        }}
        error={mismatch}
        helperText={mismatch ? t('directory.retention.dialog.mismatch', { word }) : undefined}
        autoFocus
        autoComplete="off"
        fullWidth
      />
    </FormDialog>
  );
}

export function RetentionSection() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const settingsList = useRecordList(session, 'school.care-settings');
  const cases = useRecordList(session, 'case');
  const pupils = useRecordList(session, 'pupil');
  const years =
    settingsList.find((s) => s.id === CARE_SETTINGS_RECORD_ID)?.retentionYearsAfterClosing ??
    DEFAULT_RETENTION_YEARS_AFTER_CLOSING;
  const due = casesPastRetention(cases, todayIso(), years);
  const [deleting, setDeleting] = useState<Zorgdossier | null>(null);
  const [done, setDone] = useState(false);
  const nameOf = (pupilId: string): string => {
    const pupil = pupils.find((p) => p.id === pupilId);
    return pupil === undefined ? t('directory.retention.unknownPupil') : displayName(pupil);
  };

  return (
    <SettingsSection
      icon={AutoDeleteOutlinedIcon}
      title={t('directory.retention.title')}
      description={t('directory.retention.description')}
    >
      <Stack spacing={3}>
        <YearsForm key={years} session={session} current={years} />
        <Alert severity="info">{t('directory.retention.explain')}</Alert>
        <Box>
          <Typography variant="h3" sx={{ mb: 1.5 }}>
            {t('directory.retention.dueTitle')}
          </Typography>
          <Box role="status">
            {done ? (
              <Alert severity="success" sx={{ mb: 1.5 }}>
                {t('directory.retention.dialog.done')}
              </Alert>
            ) : null}
          </Box>
          {due.length === 0 ? (
            <Typography color="text.secondary">{t('directory.retention.none')}</Typography>
          ) : (
            <Stack component="ul" spacing={1.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
              {due.map(({ case: c, dueSince }) => (
                <Paper
                  component="li"
                  variant="outlined"
                  key={c.id}
                  sx={{
                    p: 2,
                    display: 'flex',
                    flexWrap: 'wrap',
                    gap: 1.5,
                    justifyContent: 'space-between',
                    alignItems: 'center',
                  }}
                >
                  <Box>
                    <Typography sx={{ fontWeight: 600 }}>
                      {t('directory.retention.caseLabel', { name: nameOf(c.pupilId) })}
                    </Typography>
                    <Typography variant="body2" color="text.secondary">
                      {t('directory.retention.caseDetails', {
                        signal: formatIsoDate(c.signal.date, language),
                        closed: formatIsoDate(c.closedAt ?? '', language),
                        pastTermSince: formatIsoDate(dueSince, language),
                      })}
                    </Typography>
                  </Box>
                  <Button
                    color="error"
                    variant="outlined"
                    onClick={() => {
                      setDone(false);
                      setDeleting(c);
                    }}
                    aria-label={t('directory.retention.deleteLabel', { name: nameOf(c.pupilId) })}
                  >
                    {t('directory.retention.delete')}
                  </Button>
                </Paper>
              ))}
            </Stack>
          )}
        </Box>
      </Stack>
      {deleting !== null ? (
        <DeleteCaseDialog
          session={session}
          target={deleting}
          pupilName={nameOf(deleting.pupilId)}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            setDone(true);
          }}
        />
      ) : null}
    </SettingsSection>
  );
}
