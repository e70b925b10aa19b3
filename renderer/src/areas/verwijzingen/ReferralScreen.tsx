// Runs in: renderer.
//
// One referral (#/verwijzingen/<referralId>): the wizard while it is a concept, the
// follow-up once it was sent. The header names the pupil and the recipient and links back to
// the case.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import SearchOffOutlinedIcon from '@mui/icons-material/SearchOffOutlined';
import { displayName } from '../../../../shared/domain/pupil';
import { hrefFor } from '../../app/router';
import { AreaPage } from '../../components/AreaPage';
import { EmptyState } from '../../components/EmptyState';
import { useSession } from '../../security/VaultProvider';
import { NO_PRINT_CLASS } from '../../theme';
import { ReferralFollowUp } from './ReferralFollowUp';
import { ReferralStatusChip } from '../../referrals/ReferralStatusChip';
import { ReferralWizard } from './ReferralWizard';
import { useReferralSources } from './useReferralSources';

export function ReferralScreen({ referralId }: { readonly referralId: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const sources = useReferralSources(session, referralId);
  const rootRef = useRef<HTMLDivElement>(null);
  const status = sources?.referral.status;
  const shownStatus = useRef(status);
  // Sending turns the wizard into the follow-up: focus moves to the page's heading so the
  // keyboard and screen-reader user start at the top of the new content.
  useEffect(() => {
    if (shownStatus.current === status) return;
    const wasConcept = shownStatus.current === 'concept';
    shownStatus.current = status;
    if (wasConcept) rootRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [status]);
  if (sources === undefined) {
    return (
      <AreaPage title={t('referrals.notFound.title')} intro={t('referrals.notFound.description')}>
        <EmptyState
          icon={SearchOffOutlinedIcon}
          title={t('referrals.notFound.title')}
          description={t('referrals.notFound.description')}
          nextStep={t('referrals.notFound.nextStep')}
          action={
            <Button variant="contained" href={hrefFor({ area: 'verwijzingen' })}>
              {t('referrals.notFound.back')}
            </Button>
          }
        />
      </AreaPage>
    );
  }
  const { referral, pupil } = sources;
  const name = displayName(pupil);
  const concept = referral.status === 'concept';
  return (
    <Box ref={rootRef}>
      <Link
        href={hrefFor({ area: 'leerlingen', path: [pupil.id, 'dossier', referral.caseId] })}
        className={NO_PRINT_CLASS}
        sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, mb: 2 }}
      >
        <ArrowBackIcon fontSize="small" aria-hidden />
        {t('referrals.screen.backToCase', { name })}
      </Link>
      <AreaPage
        title={t('referrals.screen.title', { name })}
        intro={concept ? t('referrals.screen.introConcept') : t('referrals.screen.introSent')}
        meta={
          <Box
            component="span"
            sx={{ display: 'inline-flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}
          >
            <ReferralStatusChip status={referral.status} />
            <span>
              {t('referrals.screen.to', {
                recipient: sources.recipient?.name ?? t('referrals.common.unknownRecipient'),
              })}
            </span>
          </Box>
        }
      >
        {concept ? (
          <ReferralWizard key={`${referral.id}-concept`} session={session} sources={sources} />
        ) : (
          <ReferralFollowUp session={session} sources={sources} />
        )}
      </AreaPage>
    </Box>
  );
}
