// Runs in: renderer.
//
// Overzicht: the open meldcode tracks with what each waits for, a late answer from Veilig
// Thuis first (issue 16, point 5). Deliberately without the pupil's name, group or initials:
// the start screen is what someone glancing over a shoulder sees. Each row says only the day
// of the signal and the next step, and links to the case. Shown only while a track is open.
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { nextOnTrack } from '../../../../shared/meldcode/meldcode';
import { hrefFor } from '../../app/router';
import { todayIso } from '../../../../shared/domain/dates';
import { useRecordList } from '../../records/useRecords';
import { useSession } from '../../security/VaultProvider';
import { useFormatIsoDate } from '../../i18n/useFormatIsoDate';
import { useMeldcodeText } from '../../meldcode/meldcodeText';
import { Widget } from './Widget';

export function MeldcodeWidget() {
  const { t } = useTranslation();
  const session = useSession();
  const formatIsoDate = useFormatIsoDate();
  const text = useMeldcodeText('1900-01-01');
  const tracks = useRecordList(session, 'case.meldcode');
  const cases = useRecordList(session, 'case');
  const today = todayIso();
  const open = tracks
    .filter((track) => track.closed === undefined)
    .map((track) => ({ track, next: nextOnTrack(track, today) }))
    .sort(
      (a, b) =>
        Number(b.next.kind === 'answer' && b.next.overdue) -
          Number(a.next.kind === 'answer' && a.next.overdue) ||
        a.track.signalDate.localeCompare(b.track.signalDate),
    );
  if (open.length === 0) return null;
  return (
    <Widget title={t('meldcode.widget.title')} intro={t('meldcode.widget.intro')}>
      <Stack component="ul" spacing={1.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {open.map(({ track, next }) => {
          const zorgdossier = cases.find((c) => c.id === track.caseId);
          const signal = formatIsoDate(track.signalDate);
          const late = next.kind === 'answer' && next.overdue;
          return (
            <Box component="li" key={track.id} data-testid="meldcode-widget-item">
              {zorgdossier === undefined ? (
                <Typography sx={{ fontWeight: 600 }}>
                  {t('meldcode.widget.item', { date: signal })}
                </Typography>
              ) : (
                <Link
                  href={hrefFor({
                    area: 'leerlingen',
                    path: [zorgdossier.pupilId, 'dossier', zorgdossier.id],
                  })}
                  sx={{ fontWeight: 600 }}
                >
                  {t('meldcode.widget.item', { date: signal })}
                </Link>
              )}
              <Typography variant="body2" color={late ? 'error.dark' : 'text.secondary'}>
                {t('meldcode.widget.next', { next: text.next(next) })}
              </Typography>
            </Box>
          );
        })}
      </Stack>
    </Widget>
  );
}
