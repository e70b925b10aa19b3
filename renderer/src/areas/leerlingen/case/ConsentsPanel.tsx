// Runs in: renderer.
//
// The toestemming register of one case (tab of the case screen): every consent with its
// scope, who gave it and its status today; recording a new one, withdrawing, checking a use
// against evaluateConsent, and printing the consent form.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import AddIcon from '@mui/icons-material/Add';
import FactCheckOutlinedIcon from '@mui/icons-material/FactCheckOutlined';
import PictureAsPdfOutlinedIcon from '@mui/icons-material/PictureAsPdfOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Consent } from '../../../../../shared/domain/consent';
import { CheckConsentDialog } from '../../../consent/CheckConsentDialog';
import { ConsentFormDialog } from '../../../consent/ConsentFormDialog';
import { ConsentItem } from '../../../consent/ConsentItem';
import { compareConsentsForList } from '../../../../../shared/domain/consentStatus';
import { todayIso } from '../../../../../shared/domain/dates';
import { RecordConsentDialog } from '../../../consent/RecordConsentDialog';
import { scopeOf, type ScopeDraft } from '../../../../../shared/domain/consentScopeDraft';
import { useConsentLabels } from '../../../consent/useConsentLabels';
import { WithdrawConsentDialog } from '../../../consent/WithdrawConsentDialog';
import { useRecord, useRecordList } from '../../../records/useRecords';
import { useSession } from '../../../security/VaultProvider';
import { usePendingFocus } from '../../../components/usePendingFocus';

export interface ConsentsPanelProps {
  readonly caseId: string;
  readonly pupilId: string;
}

type Open =
  | { readonly kind: 'none' }
  | { readonly kind: 'record' }
  | { readonly kind: 'check' }
  | { readonly kind: 'form'; readonly scope?: ScopeDraft }
  | { readonly kind: 'withdraw'; readonly consent: Consent };

export function ConsentsPanel({ caseId, pupilId }: ConsentsPanelProps) {
  const { t } = useTranslation();
  const session = useSession();
  const focusWhenReady = usePendingFocus();
  const pupil = useRecord(session, 'pupil', pupilId);
  const zorgdossier = useRecord(session, 'case', caseId);
  const organisations = useRecordList(session, 'directory.organisation');
  const allConsents = useRecordList(session, 'case.consent');
  const today = todayIso();
  const consents = allConsents
    .filter((c) => c.caseId === caseId)
    .sort((a, b) => compareConsentsForList(a, b, today));
  // The check looks at every consent of the pupil: a consent recorded in another case counts too.
  const pupilConsents = allConsents.filter((c) => c.pupilId === pupilId);
  const labels = useConsentLabels(organisations, consents);
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [notice, setNotice] = useState<string | null>(null);
  const close = (): void => setOpen({ kind: 'none' });
  const headingId = `consents-${caseId}`;

  if (pupil === undefined || zorgdossier === undefined) {
    return (
      <Box component="section" aria-labelledby={headingId}>
        <Typography variant="h2" id={headingId}>
          {t('directory.consent.title')}
        </Typography>
        <Alert severity="warning">{t('directory.consent.notFound')}</Alert>
      </Box>
    );
  }

  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography variant="h2" id={headingId} tabIndex={-1} sx={{ mb: 1 }}>
        {t('directory.consent.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('directory.consent.intro')}
      </Typography>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', mb: 2.5 }}>
        <Button
          variant="contained"
          startIcon={<AddIcon />}
          onClick={() => setOpen({ kind: 'record' })}
        >
          {t('directory.consent.record')}
        </Button>
        <Button
          variant="outlined"
          startIcon={<FactCheckOutlinedIcon />}
          onClick={() => setOpen({ kind: 'check' })}
        >
          {t('directory.consent.check')}
        </Button>
        <Button
          variant="outlined"
          startIcon={<PictureAsPdfOutlinedIcon />}
          onClick={() => setOpen({ kind: 'form' })}
        >
          {t('directory.consent.print')}
        </Button>
      </Stack>
      <Box role="status">
        {notice !== null ? (
          <Alert severity="success" sx={{ mb: 2 }} onClose={() => setNotice(null)}>
            {notice}
          </Alert>
        ) : null}
      </Box>
      {consents.length === 0 ? (
        <Typography>{t('directory.consent.empty')}</Typography>
      ) : (
        <Stack
          component="ul"
          aria-label={t('directory.consent.listLabel')}
          spacing={1.5}
          sx={{ listStyle: 'none', p: 0, m: 0 }}
        >
          {consents.map((consent) => (
            <ConsentItem
              key={consent.id}
              consent={consent}
              pupil={pupil}
              today={today}
              labels={labels}
              onWithdraw={() => setOpen({ kind: 'withdraw', consent })}
              onPrint={() => setOpen({ kind: 'form', scope: scopeOf(consent) })}
            />
          ))}
        </Stack>
      )}

      {open.kind === 'record' ? (
        <RecordConsentDialog
          session={session}
          caseId={caseId}
          pupil={pupil}
          organisations={organisations}
          onClose={close}
          onSaved={(saved) => {
            close();
            setNotice(t('directory.consent.dialog.saved'));
            focusWhenReady(`consent-${saved.id}`);
          }}
        />
      ) : null}
      {open.kind === 'check' ? (
        <CheckConsentDialog
          pupil={pupil}
          consents={pupilConsents}
          organisations={organisations}
          onClose={close}
        />
      ) : null}
      {open.kind === 'form' ? (
        <ConsentFormDialog
          session={session}
          caseId={caseId}
          pupil={pupil}
          organisations={organisations}
          {...(open.scope === undefined ? {} : { initialScope: open.scope })}
          onClose={close}
        />
      ) : null}
      {open.kind === 'withdraw' ? (
        <WithdrawConsentDialog
          session={session}
          consent={open.consent}
          onClose={close}
          onWithdrawn={(saved) => {
            close();
            focusWhenReady(`consent-${saved.id}`);
          }}
        />
      ) : null}
    </Box>
  );
}
