// Runs in: renderer.
//
// Why a pupil cannot be discussed by name in this meeting: the consent check's reasons in
// the same words the toestemming screens use, and the way to the case to record consent.
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { ConsentReason } from '../../../../../shared/domain/consentEvaluation';
import { hrefFor } from '../../../app/router';
import { reasonMessage } from '../../../consent/reasonText';
import { useConsentLabels } from '../../../consent/useConsentLabels';
import { useRecordList } from '../../../records/useRecords';
import { useSession } from '../../../security/VaultProvider';

export interface ConsentReasonsProps {
  readonly reasons: readonly ConsentReason[];
  readonly pupilId: string;
  readonly caseId: string;
}

export function ConsentReasons({ reasons, pupilId, caseId }: ConsentReasonsProps) {
  const { t } = useTranslation();
  const session = useSession();
  const organisations = useRecordList(session, 'directory.organisation');
  const consents = useRecordList(session, 'case.consent');
  const labels = useConsentLabels(organisations, consents);
  return (
    <Box>
      {reasons.length > 0 ? (
        <Box component="ul" sx={{ m: 0, pl: 3 }}>
          {reasons.map((reason, index) => {
            const message = reasonMessage(reason, labels);
            return (
              <li key={`${reason.code}-${String(index)}`}>
                <Typography variant="body2">
                  {t(`directory.consent.reasons.${message.key}`, {
                    ...message.values,
                    defaultValue: '',
                  })}
                </Typography>
              </li>
            );
          })}
        </Box>
      ) : null}
      <Typography variant="body2" sx={{ mt: 1 }}>
        <Link href={hrefFor({ area: 'leerlingen', path: [pupilId, 'dossier', caseId] })}>
          {t('meetings.agenda.recordConsent')}
        </Link>
      </Typography>
    </Box>
  );
}
