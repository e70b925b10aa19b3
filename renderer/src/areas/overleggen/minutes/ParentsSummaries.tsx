// Runs in: renderer.
//
// "Samenvatting voor ouders" on approved minutes (issue 18 point 3): per child discussed by
// name a one-page PDF for the parents, the way to carry out the "Terugkoppeling aan ouders"
// task. What it may hold is decided in shared/documents/meetings/parentsSummary.ts. The file
// name holds the meeting's date only; every export is audited.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import PictureAsPdfOutlinedIcon from '@mui/icons-material/PictureAsPdfOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { renderParentsSummaryPdf } from '../../../../../shared/documents/meetings/parentsSummary';
import { displayName } from '../../../../../shared/domain/pupil';
import type { Meeting } from '../../../../../shared/meetings/meeting';
import { useHost } from '../../../host/HostContext';
import { readLetterhead } from '../../../referrals/letterhead';
import { loadDocumentFonts } from '../../../security/documentFonts';
import type { AppSession } from '../../../security/VaultProvider';
import { NO_PRINT_CLASS } from '../../../theme';

type Status =
  { readonly kind: 'idle' | 'busy' | 'failed' } | { readonly kind: 'saved'; readonly name: string };

export function ParentsSummaries({
  session,
  meeting,
}: {
  readonly session: AppSession;
  readonly meeting: Meeting;
}) {
  const { t } = useTranslation();
  const host = useHost();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  if (meeting.status !== 'vastgesteld') return null;
  const items = meeting.agenda.flatMap((item) => {
    const pupil = session.records.get('pupil', item.pupilId);
    return item.mode === 'named' && item.parentsFeedback?.given !== false && pupil !== undefined
      ? [{ item, pupil }]
      : [];
  });
  if (items.length === 0) return null;

  const save = (itemId: string): void => {
    const entry = items.find((i) => i.item.id === itemId);
    if (entry === undefined) return;
    setStatus({ kind: 'busy' });
    const run = async (): Promise<Status> => {
      const rendered = await renderParentsSummaryPdf({
        fonts: await loadDocumentFonts(),
        schoolName: session.profile.schoolName,
        meeting,
        itemId,
        pupil: entry.pupil,
        defaultContact: {
          name: meeting.approvedBy ?? session.profile.userName,
          organisation: session.profile.schoolName,
        },
        complaintsRoute: readLetterhead(session).complaintsRoute,
      });
      if (!rendered.ok) return { kind: 'failed' };
      const outcome = await host.saveFile({
        suggestedName: `samenvatting-ouders-${meeting.date}.pdf`,
        bytes: rendered.value,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (!outcome.saved) return { kind: 'idle' };
      await session.audit.append('export', {
        recordType: 'meeting',
        recordId: meeting.id,
        detail: 'parents-summary-pdf',
      });
      return { kind: 'saved', name: outcome.name };
    };
    run().then(setStatus, () => setStatus({ kind: 'failed' }));
  };

  return (
    <Box
      component="section"
      aria-labelledby="parents-summary-heading"
      className={NO_PRINT_CLASS}
      sx={{ mb: 4 }}
    >
      <Typography id="parents-summary-heading" variant="h2" sx={{ fontSize: '1.5rem', mb: 1 }}>
        {t('meetingRun.minutes.parentsSummary.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1.5 }}>
        {t('meetingRun.minutes.parentsSummary.intro')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        {items.map(({ item, pupil }) => (
          <Button
            key={item.id}
            variant="outlined"
            startIcon={<PictureAsPdfOutlinedIcon />}
            disabled={status.kind === 'busy'}
            onClick={() => save(item.id)}
          >
            {t('meetingRun.minutes.parentsSummary.pdf', { name: displayName(pupil) })}
          </Button>
        ))}
      </Box>
      <Box role="status" aria-live="polite" sx={{ mt: 1 }}>
        {status.kind === 'saved' ? (
          <Alert severity="success">
            {t('meetingRun.minutes.parentsSummary.saved', { name: status.name })}
          </Alert>
        ) : null}
        {status.kind === 'failed' ? (
          <Alert severity="error">{t('meetingRun.minutes.parentsSummary.failed')}</Alert>
        ) : null}
      </Box>
    </Box>
  );
}
