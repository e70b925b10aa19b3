// Runs in: renderer.
//
// Instellingen > Briefpapier en termijnen: the school's address and logo for referral
// letters, and how many working days the school waits for first contact and for feedback
// after sending a referral before the dashboard flags it; and the complaints route printed on
// the parents' summary after a meeting.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import DescriptionOutlinedIcon from '@mui/icons-material/DescriptionOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { toBase64 } from '../../../../shared/crypto/bytes';
import {
  contactWorkingDaysSchema,
  feedbackWorkingDaysSchema,
  LETTERHEAD_RECORD_ID,
  letterheadSchema,
  MAX_LOGO_BYTES,
  sniffImageType,
  type Letterhead,
  type Logo,
} from '../../../../shared/referrals/letterhead';
import { useUnsavedForm } from '../../app/unsavedForms';
import { useHost } from '../../host/HostContext';
import { useSession, type AppSession } from '../../security/VaultProvider';
import { readLetterhead } from '../../referrals/letterhead';
import { SettingsSection } from './SettingsSection';

type Status = 'idle' | 'busy' | 'saved' | 'failed' | 'invalid';
type LogoProblem = 'type' | 'size' | 'failed' | null;

function wholeNumber(text: string): number {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
}

function LetterheadForm({
  session,
  current,
}: {
  readonly session: AppSession;
  readonly current: Letterhead;
}) {
  const { t } = useTranslation();
  const host = useHost();
  const [address, setAddress] = useState(current.address);
  const [logo, setLogo] = useState<Logo | undefined>(current.logo);
  const [contactDays, setContactDays] = useState(String(current.contactWorkingDays));
  const [feedbackDays, setFeedbackDays] = useState(String(current.feedbackWorkingDays));
  const [complaintsRoute, setComplaintsRoute] = useState(current.complaintsRoute);
  const [status, setStatus] = useState<Status>('idle');
  // What the fields hold, as one comparable value, and the same as last stored.
  const formState = JSON.stringify([
    address,
    logo?.data ?? null,
    contactDays,
    feedbackDays,
    complaintsRoute,
  ]);
  const [savedState, setSavedState] = useState(formState);
  const [logoProblem, setLogoProblem] = useState<LogoProblem>(null);
  const contactOk = contactWorkingDaysSchema.safeParse(wholeNumber(contactDays)).success;
  const feedbackOk = feedbackWorkingDaysSchema.safeParse(wholeNumber(feedbackDays)).success;
  const shown = status === 'invalid';

  const chooseLogo = async (): Promise<void> => {
    setLogoProblem(null);
    try {
      const outcome = await host.openFile({
        filters: [
          { name: t('referrals.letterhead.logoFilter'), extensions: ['png', 'jpg', 'jpeg'] },
        ],
        maxBytes: MAX_LOGO_BYTES,
      });
      if (!outcome.opened) return;
      const type = sniffImageType(outcome.file.bytes);
      if (type === undefined) {
        setLogoProblem('type');
        return;
      }
      setLogo({ mediaType: type, data: toBase64(outcome.file.bytes) });
      setStatus('idle');
    } catch {
      setLogoProblem('size');
    }
  };

  /** Validates and saves; marks the fields when refused. */
  const persist = async (): Promise<void> => {
    if (!contactOk || !feedbackOk) {
      setStatus('invalid');
      return;
    }
    const next = letterheadSchema.safeParse({
      id: LETTERHEAD_RECORD_ID,
      address: address.trim(),
      ...(logo === undefined ? {} : { logo }),
      contactWorkingDays: wholeNumber(contactDays),
      feedbackWorkingDays: wholeNumber(feedbackDays),
      complaintsRoute: complaintsRoute.trim(),
      updatedAt: new Date().toISOString(),
    });
    if (!next.success) {
      setStatus('invalid');
      return;
    }
    setStatus('busy');
    const written = formState;
    try {
      await session.records.put('school.letterhead', next.data);
      await session.audit.append('settings.change', {
        recordType: 'school.letterhead',
        detail: `letterhead contact-days=${next.data.contactWorkingDays} feedback-days=${next.data.feedbackWorkingDays}`,
      });
      setSavedState(written);
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  };
  // Leaving the page asks, a lock or closing the window saves (unsavedForms.ts).
  useUnsavedForm(t('referrals.letterhead.title'), formState !== savedState, persist);
  const save = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    void persist();
  };

  return (
    <Box component="form" noValidate onSubmit={save}>
      <Stack spacing={2.5}>
        <TextField
          label={t('referrals.letterhead.address')}
          helperText={t('referrals.letterhead.addressHelp')}
          value={address}
          onChange={(e) => {
            setAddress(e.target.value);
            setStatus('idle');
          }}
          multiline
          minRows={2}
          fullWidth
          slotProps={{ htmlInput: { maxLength: 500 } }}
        />
        <Box>
          <Typography variant="h3" sx={{ mb: 1 }}>
            {t('referrals.letterhead.logo')}
          </Typography>
          {logo === undefined ? (
            <Typography color="text.secondary" sx={{ mb: 1 }}>
              {t('referrals.letterhead.noLogo')}
            </Typography>
          ) : (
            <Box
              component="img"
              src={`data:${logo.mediaType};base64,${logo.data}`}
              alt={t('referrals.letterhead.logoAlt')}
              sx={{
                maxWidth: 240,
                maxHeight: 86,
                display: 'block',
                mb: 1,
                border: 1,
                borderColor: 'divider',
                p: 1,
              }}
            />
          )}
          <Stack direction="row" spacing={1.5}>
            <Button variant="outlined" onClick={() => void chooseLogo()}>
              {logo === undefined
                ? t('referrals.letterhead.chooseLogo')
                : t('referrals.letterhead.replaceLogo')}
            </Button>
            {logo === undefined ? null : (
              <Button
                onClick={() => {
                  setLogo(undefined);
                  setStatus('idle');
                }}
              >
                {t('referrals.letterhead.removeLogo')}
              </Button>
            )}
          </Stack>
          <Box role="status">
            {logoProblem === null ? null : (
              <Alert severity="error" sx={{ mt: 1 }}>
                {t(`referrals.letterhead.logoProblems.${logoProblem}`)}
              </Alert>
            )}
          </Box>
        </Box>
        <Typography variant="h3">{t('referrals.letterhead.termsTitle')}</Typography>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField
            label={t('referrals.letterhead.contactDays')}
            type="number"
            value={contactDays}
            onChange={(e) => {
              setContactDays(e.target.value);
              setStatus('idle');
            }}
            error={shown && !contactOk}
            helperText={
              shown && !contactOk
                ? t('referrals.letterhead.contactDaysInvalid')
                : t('referrals.letterhead.contactDaysHelp')
            }
            slotProps={{ htmlInput: { min: 1, max: 30, step: 1 } }}
            sx={{ maxWidth: 320 }}
          />
          <TextField
            label={t('referrals.letterhead.feedbackDays')}
            type="number"
            value={feedbackDays}
            onChange={(e) => {
              setFeedbackDays(e.target.value);
              setStatus('idle');
            }}
            error={shown && !feedbackOk}
            helperText={
              shown && !feedbackOk
                ? t('referrals.letterhead.feedbackDaysInvalid')
                : t('referrals.letterhead.feedbackDaysHelp')
            }
            slotProps={{ htmlInput: { min: 1, max: 130, step: 1 } }}
            sx={{ maxWidth: 320 }}
          />
        </Stack>
        <TextField
          label={t('referrals.letterhead.complaintsRoute')}
          helperText={t('referrals.letterhead.complaintsRouteHelp')}
          value={complaintsRoute}
          onChange={(e) => {
            setComplaintsRoute(e.target.value);
            setStatus('idle');
          }}
          multiline
          minRows={2}
          fullWidth
          slotProps={{ htmlInput: { maxLength: 2000 } }}
        />
        <Box>
          <Button type="submit" variant="contained" disabled={status === 'busy'}>
            {t('referrals.letterhead.save')}
          </Button>
        </Box>
        <Box role="status">
          {status === 'saved' ? (
            <Alert severity="success">{t('referrals.letterhead.saved')}</Alert>
          ) : null}
          {status === 'failed' ? (
            <Alert severity="error">{t('referrals.common.saveFailed')}</Alert>
          ) : null}
        </Box>
      </Stack>
    </Box>
  );
}

export function LetterheadSection() {
  const { t } = useTranslation();
  const session = useSession();
  // The form starts from what is stored when the section opens and keeps its own state after
  // saving (re-mounting it would drop the "saved" message).
  const [current] = useState(() => readLetterhead(session));
  return (
    <SettingsSection
      icon={DescriptionOutlinedIcon}
      title={t('referrals.letterhead.title')}
      description={t('referrals.letterhead.description')}
    >
      <LetterheadForm session={session} current={current} />
    </SettingsSection>
  );
}
