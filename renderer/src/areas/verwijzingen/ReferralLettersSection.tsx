// Runs in: renderer.
//
// After sending: the family's other route (huisarts, Veilig Thuis, …) when there is one, and
// the letters made so far with their document ids and fingerprints, the export actions and
// the letter again. The consent gate decides anew, so a withdrawal blocks a new letter; what
// was sent stays recorded as sent.
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { IsoDate } from '../../../../shared/domain/dates';
import type { Referral } from '../../../../shared/referrals/referral';
import type { AppSession } from '../../security/VaultProvider';
import { ExportActions } from './ExportActions';
import { LetterPreview } from '../../referrals/LetterPreview';
import { letterContentFor, type ReferralSources } from './referralSources';
import { useLetterProblemText } from './useLetterProblemText';
import { WizardSection } from './WizardSection';

const LETTER_KEYS = {
  recipient: 'referrals.followUp.letterRecipient',
  parents: 'referrals.followUp.letterParents',
  package: 'referrals.followUp.letterPackage',
} as const;

export function ReferralRouteSection({
  referral,
  date,
  onChangeRoute,
}: {
  readonly referral: Referral;
  /** A date as the user reads it. */
  readonly date: (d: IsoDate) => string;
  readonly onChangeRoute: () => void;
}) {
  const { t } = useTranslation();
  return (
    <WizardSection title={t('referrals.route.sectionTitle')} intro={t('referrals.route.intro')}>
      {referral.route === undefined ? null : (
        <Typography sx={{ mb: 2 }}>
          {t('referrals.route.recorded', {
            route: t(`referrals.routes.${referral.route.kind}`),
            date: date(referral.route.date),
          })}
          {referral.route.note === undefined ? '' : ` ${referral.route.note}`}
        </Typography>
      )}
      <Button variant="outlined" onClick={onChangeRoute}>
        {referral.route === undefined ? t('referrals.route.add') : t('referrals.route.change')}
      </Button>
    </WizardSection>
  );
}

export function ReferralLettersSection({
  session,
  sources,
  sent,
  date,
}: {
  readonly session: AppSession;
  readonly sources: ReferralSources;
  /** The day the referral was sent: the letter is made as of then. */
  readonly sent: IsoDate;
  /** A date as the user reads it. */
  readonly date: (d: IsoDate) => string;
}) {
  const { t } = useTranslation();
  const letterProblemText = useLetterProblemText();
  const { referral } = sources;
  const content = letterContentFor(session, sources, sent);
  return (
    <WizardSection
      title={t('referrals.followUp.lettersTitle')}
      intro={t('referrals.followUp.lettersIntro')}
    >
      {(referral.letters ?? []).length === 0 ? null : (
        <Box
          component="ul"
          aria-label={t('referrals.followUp.lettersLabel')}
          sx={{ m: 0, pl: 2.5, mb: 2 }}
        >
          {(referral.letters ?? []).map((l) => (
            <li key={l.documentId}>
              <Typography variant="body2" sx={{ wordBreak: 'break-all' }}>
                {t(LETTER_KEYS[l.variant], {
                  date: date(l.date),
                  documentId: l.documentId,
                  fingerprint: l.fingerprint,
                })}
              </Typography>
            </li>
          ))}
        </Box>
      )}
      <ExportActions session={session} sources={sources} />
      <Typography variant="h3" sx={{ mt: 3, mb: 1.5 }}>
        {t('referrals.preview.title')}
      </Typography>
      {content.ok ? (
        <LetterPreview content={content.value} variant="recipient" logo={sources.letterhead.logo} />
      ) : (
        <Alert severity="warning">{letterProblemText(content.error)}</Alert>
      )}
    </WizardSection>
  );
}
