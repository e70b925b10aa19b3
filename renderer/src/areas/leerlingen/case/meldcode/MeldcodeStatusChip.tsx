// Runs in: renderer.
//
// The case header's sign that a meldcode track is open and what it waits for, so whoever
// opens the case sees it from every tab. Nothing when no track is open.
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import { nextOnTrack } from '../../../../../../shared/meldcode/meldcode';
import { useSession } from '../../../../security/VaultProvider';
import { todayIso } from '../../../../../../shared/domain/dates';
import { useMeldcodeText } from '../../../../meldcode/meldcodeText';
import { useMeldcodeTracks } from './useMeldcode';

export function MeldcodeStatusChip({ caseId }: { readonly caseId: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const { tracks } = useMeldcodeTracks(session, caseId);
  const open = tracks.find((track) => track.closed === undefined);
  const text = useMeldcodeText(open?.signalDate ?? '1900-01-01');
  if (open === undefined) return null;
  const next = nextOnTrack(open, todayIso());
  return (
    <Chip
      size="small"
      color={next.kind === 'answer' && next.overdue ? 'error' : 'primary'}
      variant="outlined"
      label={t('meldcode.status.open', { next: text.next(next) })}
      data-testid="meldcode-case-status"
    />
  );
}
