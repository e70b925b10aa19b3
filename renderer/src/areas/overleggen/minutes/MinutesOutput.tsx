// Runs in: renderer.
//
// The approved minutes as PDF (embedded font, school name, page numbers, "vertrouwelijk"),
// as .docx for schools that work in Word, and printed through the host. File names hold the
// kind and the date only; every export and print is written to the audit trail.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import PictureAsPdfOutlinedIcon from '@mui/icons-material/PictureAsPdfOutlined';
import PrintOutlinedIcon from '@mui/icons-material/PrintOutlined';
import DescriptionOutlinedIcon from '@mui/icons-material/DescriptionOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import {
  renderMinutesDocx,
  renderMinutesPdf,
} from '../../../../../shared/documents/meetings/minutes';
import { anonymisationReport } from '../../../../../shared/meetings/anonymise';
import type { Meeting } from '../../../../../shared/meetings/meeting';
import { anonymousOutputItems, ReplacedNames } from '../../../components/ReplacedNames';
import { useHost } from '../../../host/HostContext';
import { loadDocumentFonts, prepareDocumentFonts } from '../../../security/documentFonts';
import type { AppSession } from '../../../security/VaultProvider';
import { NO_PRINT_CLASS } from '../../../theme';
import { minutesFileName } from '../../../../../shared/meetings/meetingLabels';
import { ShareMeetingDialog } from '../../../sharing/ShareMeetingDialog';

type Status =
  | { readonly kind: 'idle' | 'busy' | 'failed' | 'notApproved' }
  | { readonly kind: 'saved'; readonly name: string };

export function MinutesOutput({
  session,
  meeting,
}: {
  readonly session: AppSession;
  readonly meeting: Meeting;
}) {
  const { t } = useTranslation();
  const host = useHost();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [sharing, setSharing] = useState(false);
  // The fonts load and are parsed while the screen is read, not after the click on "PDF".
  useEffect(() => prepareDocumentFonts(), []);

  const save = (format: 'pdf' | 'docx'): void => {
    setStatus({ kind: 'busy' });
    const run = async (): Promise<Status> => {
      const input = {
        schoolName: session.profile.schoolName,
        meeting,
        pupils: session.records.list('pupil'),
      };
      const result =
        format === 'pdf'
          ? await renderMinutesPdf({ ...input, fonts: await loadDocumentFonts() })
          : await renderMinutesDocx(input);
      if (!result.ok) return { kind: 'notApproved' };
      const outcome = await host.saveFile({
        suggestedName: minutesFileName(meeting, format),
        bytes: result.value,
        filters: [
          format === 'pdf'
            ? { name: 'PDF', extensions: ['pdf'] }
            : { name: 'Word', extensions: ['docx'] },
        ],
      });
      if (!outcome.saved) return { kind: 'idle' };
      await session.audit.append('export', {
        recordType: 'meeting',
        recordId: meeting.id,
        detail: `minutes-${format}`,
      });
      return { kind: 'saved', name: outcome.name };
    };
    run().then(setStatus, () => setStatus({ kind: 'failed' }));
  };

  const print = (): void => {
    host
      .print()
      .then(
        () =>
          session.audit.append('print', {
            recordType: 'meeting',
            recordId: meeting.id,
            detail: 'minutes',
          }),
        () => setStatus({ kind: 'failed' }),
      )
      .catch(() => setStatus({ kind: 'failed' }));
  };

  const replaced = useMemo(
    () => anonymisationReport(meeting, session.records.list('pupil')),
    [meeting, session],
  );
  return (
    <Box
      component="section"
      aria-labelledby="minutes-output-heading"
      className={NO_PRINT_CLASS}
      sx={{ mb: 4 }}
    >
      <Typography id="minutes-output-heading" variant="h2" sx={{ fontSize: '1.5rem', mb: 1 }}>
        {t('meetingRun.minutes.output.title')}
      </Typography>
      <Box sx={{ mb: 1.5 }}>
        <ReplacedNames
          meetingId={meeting.id}
          replaced={replaced}
          items={anonymousOutputItems(meeting)}
        />
      </Box>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Button
          variant="contained"
          startIcon={<PictureAsPdfOutlinedIcon />}
          disabled={status.kind === 'busy'}
          onClick={() => save('pdf')}
        >
          {t('meetingRun.minutes.output.pdf')}
        </Button>
        <Button
          variant="outlined"
          startIcon={<DescriptionOutlinedIcon />}
          disabled={status.kind === 'busy'}
          onClick={() => save('docx')}
        >
          {t('meetingRun.minutes.output.docx')}
        </Button>
        <Button variant="outlined" startIcon={<PrintOutlinedIcon />} onClick={print}>
          {t('meetingRun.minutes.output.print')}
        </Button>
        {meeting.status === 'vastgesteld' ? (
          <Button variant="outlined" onClick={() => setSharing(true)}>
            {t('sharing.share.openButton')}
          </Button>
        ) : null}
      </Box>
      <ShareMeetingDialog
        meetingId={meeting.id}
        phase="minutes"
        open={sharing}
        onClose={() => setSharing(false)}
      />
      <Box role="status" aria-live="polite" sx={{ mt: 1 }}>
        {status.kind === 'busy' ? (
          <Typography>{t('meetingRun.minutes.output.busy')}</Typography>
        ) : null}
        {status.kind === 'saved' ? (
          <Alert severity="success">
            {t('meetingRun.minutes.output.saved', { name: status.name })}
          </Alert>
        ) : null}
        {status.kind === 'failed' ? (
          <Alert severity="error">{t('meetingRun.minutes.output.failed')}</Alert>
        ) : null}
        {status.kind === 'notApproved' ? (
          <Alert severity="warning">{t('meetingRun.minutes.output.onlyApproved')}</Alert>
        ) : null}
      </Box>
    </Box>
  );
}
