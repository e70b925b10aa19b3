// Runs in: renderer.
//
// "Versleuteld pakket": the letter's content as a `.zorgtafel` file for recipients who use
// Zorgtafel, sealed for the deelsleutels of the recipient's contact persons or, without
// those, for a passphrase that is passed on separately (by phone, never with the file). The
// consent gate is asked again when the file is made.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { parseDeelsleutel, type Deelsleutel } from '../../../../shared/sharing/identity';
import { generatePassphrase, passphraseProblem } from '../../../../shared/sharing/passphrase';
import { todayIso } from '../../../../shared/domain/dates';
import { FormDialog } from '../../components/FormDialog';
import { useSaveAttempt } from '../../components/useSaveAttempt';
import { useHost } from '../../host/HostContext';
import type { AppSession } from '../../security/VaultProvider';
import { exportReferralPackage, type PackageOutcome } from './exportLetter';
import type { ReferralSources } from './referralSources';

export interface PackageDialogProps {
  readonly session: AppSession;
  readonly sources: ReferralSources;
  readonly onClose: () => void;
  readonly onDone: (outcome: PackageOutcome, passphrase: string | null) => void;
}

export function PackageDialog({ session, sources, onClose, onDone }: PackageDialogProps) {
  const { t } = useTranslation();
  const host = useHost();
  const modeId = useId();
  const contacts = useMemo(
    () =>
      session.records
        .list('directory.contact')
        .filter(
          (c) =>
            c.organisationId === sources.referral.recipientOrganisationId &&
            c.deelsleutel !== undefined,
        )
        .flatMap((c) => {
          const key = parseDeelsleutel(c.deelsleutel ?? '');
          return key.ok ? [{ contact: c, key: key.value }] : [];
        }),
    [session, sources.referral.recipientOrganisationId],
  );
  const [mode, setMode] = useState<'recipients' | 'passphrase'>(
    contacts.length > 0 ? 'recipients' : 'passphrase',
  );
  const [chosen, setChosen] = useState<readonly string[]>(() => contacts.map((c) => c.contact.id));
  const [passphrase, setPassphrase] = useState(() => generatePassphrase());
  const [shown, setShown] = useState(false);
  const { busy, failed, attempt } = useSaveAttempt();
  const problem = mode === 'passphrase' ? passphraseProblem(passphrase) : null;
  const noneChosen = mode === 'recipients' && chosen.length === 0;

  const submit = (): void => {
    setShown(true);
    if (problem !== null || noneChosen) return;
    const keys: Deelsleutel[] = contacts
      .filter((c) => chosen.includes(c.contact.id))
      .map((c) => c.key);
    const to = mode === 'recipients' ? { recipients: keys } : { passphrase: passphrase.trim() };
    void attempt(async () => {
      const outcome = await exportReferralPackage(
        session,
        host,
        sources.referral.id,
        to,
        todayIso(),
      );
      onDone(outcome, mode === 'passphrase' ? passphrase.trim() : null);
    });
  };

  return (
    <FormDialog
      open
      title={t('referrals.package.title')}
      submitLabel={t('referrals.package.submit')}
      busyLabel={t('referrals.package.busy')}
      dirty={shown}
      busy={busy}
      error={failed ? t('referrals.package.failed') : null}
      onClose={onClose}
      onSubmit={submit}
    >
      <Typography>
        {t('referrals.package.intro', {
          recipient: sources.recipient?.name ?? t('referrals.common.unknownRecipient'),
        })}
      </Typography>
      <FormControl>
        <FormLabel id={modeId}>{t('referrals.package.mode')}</FormLabel>
        <RadioGroup
          aria-labelledby={modeId}
          value={mode}
          onChange={(e) => setMode(e.target.value === 'recipients' ? 'recipients' : 'passphrase')}
        >
          <FormControlLabel
            value="recipients"
            control={<Radio />}
            label={t('referrals.package.modeRecipients')}
            disabled={contacts.length === 0}
          />
          <FormControlLabel
            value="passphrase"
            control={<Radio />}
            label={t('referrals.package.modePassphrase')}
          />
        </RadioGroup>
        {contacts.length === 0 ? (
          <FormHelperText>{t('referrals.package.noKeys')}</FormHelperText>
        ) : null}
      </FormControl>
      {mode === 'recipients' ? (
        <FormControl component="fieldset" error={shown && noneChosen}>
          <FormLabel component="legend">{t('referrals.package.contacts')}</FormLabel>
          <FormGroup>
            {contacts.map(({ contact }) => (
              <FormControlLabel
                key={contact.id}
                control={
                  <Checkbox
                    checked={chosen.includes(contact.id)}
                    onChange={(e) =>
                      setChosen(
                        e.target.checked
                          ? [...chosen, contact.id]
                          : chosen.filter((id) => id !== contact.id),
                      )
                    }
                  />
                }
                label={`${contact.name} (${contact.role})`}
              />
            ))}
          </FormGroup>
          {shown && noneChosen ? (
            <FormHelperText>{t('referrals.package.chooseContact')}</FormHelperText>
          ) : null}
        </FormControl>
      ) : (
        <Box>
          <TextField
            label={t('referrals.package.passphrase')}
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            error={shown && problem !== null}
            helperText={
              shown && problem !== null
                ? t('referrals.package.passphraseTooShort')
                : t('referrals.package.passphraseHelp')
            }
            fullWidth
            autoComplete="off"
            slotProps={{ htmlInput: { spellCheck: false } }}
          />
          <Alert severity="info" sx={{ mt: 1.5 }}>
            {t('referrals.package.passphraseNote')}
          </Alert>
        </Box>
      )}
    </FormDialog>
  );
}
