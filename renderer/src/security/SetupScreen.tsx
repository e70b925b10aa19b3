// Runs in: renderer.
//
// First run: the school's vault is created in three steps: who and where (school, user,
// role), a passphrase with a strength meter, and the recovery code (shown once, with its
// printable sheet). Someone who already has a backup can restore it instead.
import { useCallback, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import TextField from '@mui/material/TextField';
import { BusyStatus } from '../components/BusyStatus';
import { useSaveAttempt } from '../components/useSaveAttempt';
import { useTranslation } from 'react-i18next';
import { PROFILE_ROLES, type ProfileRole } from '../../../shared/records/profile';
import { isVaultError } from '../vault';
import { AuthLayout } from './AuthLayout';
import { NewPassphraseFields, type NewPassphraseValue } from './NewPassphraseFields';
import { RecoveryCodePanel } from './RecoveryCodePanel';
import { RestoreDialog } from './RestoreDialog';
import { useVault, type AppSession } from './VaultProvider';

type SetupStep = 'school' | 'passphrase' | 'recovery';
const STEPS: readonly SetupStep[] = ['school', 'passphrase', 'recovery'];

export function SetupScreen() {
  const { t } = useTranslation();
  const { service, opened, refresh } = useVault();
  const [step, setStep] = useState<SetupStep>('school');
  const [schoolName, setSchoolName] = useState('');
  const [userName, setUserName] = useState('');
  const [role, setRole] = useState<ProfileRole>('ib');
  const [schoolTried, setSchoolTried] = useState(false);
  const [passphrase, setPassphrase] = useState<NewPassphraseValue>({ passphrase: '', repeat: '' });
  const [passphraseValid, setPassphraseValid] = useState(false);
  const [passphraseTried, setPassphraseTried] = useState(false);
  const { busy: creating, failed: createFailed, attempt } = useSaveAttempt();
  const [created, setCreated] = useState<{
    readonly session: AppSession;
    readonly code: string;
  } | null>(null);
  const [stored, setStored] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const onValidity = useCallback((valid: boolean) => setPassphraseValid(valid), []);

  const submitSchool = (event: FormEvent) => {
    event.preventDefault();
    setSchoolTried(true);
    if (schoolName.trim() !== '' && userName.trim() !== '') setStep('passphrase');
  };

  const submitPassphrase = async (event: FormEvent) => {
    event.preventDefault();
    setPassphraseTried(true);
    if (!passphraseValid) return;
    await attempt(async () => {
      const result = await service
        .createVault({
          passphrase: passphrase.passphrase,
          profile: { schoolName: schoolName.trim(), userName: userName.trim(), role },
        })
        .catch(async (error: unknown) => {
          // A vault made meanwhile (another window) is no failure: the unlock screen opens it.
          if (!isVaultError(error, 'vault.already-exists')) throw error;
          await refresh();
          return null;
        });
      if (result === null) return;
      setPassphrase({ passphrase: '', repeat: '' });
      setCreated({ session: result.session, code: result.recoveryCode });
      setStep('recovery');
    });
  };

  const missing = (value: string) =>
    schoolTried && value.trim() === '' ? t('vault.required') : undefined;
  return (
    <AuthLayout title={t('vault.setup.title')} intro={t('vault.setup.intro')} wide>
      <Stepper
        activeStep={STEPS.indexOf(step)}
        aria-label={t('vault.setup.stepsLabel')}
        alternativeLabel
      >
        {STEPS.map((s) => (
          <Step key={s}>
            <StepLabel>{t(`vault.setup.steps.${s}`)}</StepLabel>
          </Step>
        ))}
      </Stepper>

      {step === 'school' && (
        <Stack component="form" spacing={2.5} onSubmit={submitSchool} noValidate>
          <TextField
            id="school-name"
            label={t('vault.setup.schoolName')}
            value={schoolName}
            onChange={(e) => setSchoolName(e.target.value)}
            required
            autoFocus
            error={missing(schoolName) !== undefined}
            helperText={missing(schoolName) ?? t('vault.setup.schoolNameHelp')}
            slotProps={{ htmlInput: { maxLength: 200 } }}
          />
          <TextField
            id="user-name"
            label={t('vault.setup.userName')}
            value={userName}
            onChange={(e) => setUserName(e.target.value)}
            required
            error={missing(userName) !== undefined}
            helperText={missing(userName) ?? t('vault.setup.userNameHelp')}
            slotProps={{ htmlInput: { maxLength: 200 } }}
          />
          <FormControl>
            <FormLabel id="role-label">{t('vault.setup.role')}</FormLabel>
            <RadioGroup
              aria-labelledby="role-label"
              value={role}
              onChange={(e) => setRole(PROFILE_ROLES.find((r) => r === e.target.value) ?? 'other')}
            >
              {PROFILE_ROLES.map((r) => (
                <FormControlLabel
                  key={r}
                  value={r}
                  control={<Radio />}
                  label={t(`vault.roles.${r}`)}
                />
              ))}
            </RadioGroup>
          </FormControl>
          <Stack
            direction={{ xs: 'column', sm: 'row' }}
            spacing={2}
            sx={{ justifyContent: 'space-between' }}
          >
            <Button variant="text" onClick={() => setRestoring(true)}>
              {t('vault.setup.restoreInstead')}
            </Button>
            <Button type="submit" variant="contained">
              {t('vault.setup.next')}
            </Button>
          </Stack>
        </Stack>
      )}

      {step === 'passphrase' && (
        <Stack component="form" spacing={2.5} onSubmit={(e) => void submitPassphrase(e)} noValidate>
          <Alert severity="info">{t('vault.setup.passphraseIntro')}</Alert>
          <NewPassphraseFields
            value={passphrase}
            onChange={setPassphrase}
            onValidity={onValidity}
            userInputs={[schoolName, userName]}
            showErrors={passphraseTried}
            disabled={creating}
            autoFocus
          />
          {createFailed && <Alert severity="error">{t('vault.setup.createFailed')}</Alert>}
          {creating && <BusyStatus label={t('vault.setup.creating')} />}
          <Stack direction="row" spacing={2} sx={{ justifyContent: 'space-between' }}>
            <Button onClick={() => setStep('school')} disabled={creating}>
              {t('vault.setup.back')}
            </Button>
            <Button type="submit" variant="contained" disabled={creating}>
              {t('vault.setup.create')}
            </Button>
          </Stack>
        </Stack>
      )}

      {step === 'recovery' && created !== null && (
        <Stack spacing={2.5}>
          <Alert severity="warning">{t('vault.setup.recoveryIntro')}</Alert>
          <RecoveryCodePanel code={created.code} session={created.session} />
          <FormControlLabel
            control={<Checkbox checked={stored} onChange={(e) => setStored(e.target.checked)} />}
            label={t('vault.setup.confirmStored')}
          />
          <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
            <Button variant="contained" disabled={!stored} onClick={() => opened(created.session)}>
              {t('vault.setup.finish')}
            </Button>
          </Stack>
        </Stack>
      )}
      <RestoreDialog
        open={restoring}
        onClose={() => setRestoring(false)}
        onRestored={() => void refresh()}
      />
    </AuthLayout>
  );
}
