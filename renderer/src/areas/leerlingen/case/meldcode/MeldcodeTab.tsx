// Runs in: renderer.
//
// The case's meldcode track (issue 16): the five steps in order, each with what, who and
// when, what was recorded and by whom; the decision and, after it, the report to Veilig
// Thuis, the reminder when its answer is late, and closing. A step chosen out of order is
// explained, never silently accepted. Showing a track is audited ('record.view'), like every
// change (the vault audits each write).
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ReportProblemOutlinedIcon from '@mui/icons-material/ReportProblemOutlined';
import { useTranslation } from 'react-i18next';
import type { Zorgdossier } from '../../../../../../shared/domain/case';
import type { CaseEntry } from '../../../../../../shared/domain/caseEntry';
import type { Pupil } from '../../../../../../shared/domain/pupil';
import {
  decisionOrganisesHelp,
  decisionReports,
  MELDCODE_STEPS,
  missingBefore,
  nextOnTrack,
  type MeldcodeStep,
  type MeldcodeTrack,
} from '../../../../../../shared/meldcode/meldcode';
import type { TextDraft } from '../../../../../../shared/records/textDraft';
import { useRestoreInto } from '../../../../app/autosave/draftRestore';
import { EmptyState } from '../../../../components/EmptyState';
import { useSession } from '../../../../security/VaultProvider';
import { useFormatIsoDate } from '../../../../i18n/useFormatIsoDate';
import { todayIso } from '../../../../../../shared/domain/dates';
import { stepNumber, useMeldcodeText } from '../../../../meldcode/meldcodeText';
import { StepSummary } from './StepSummary';
import { StepDialog } from './StepDialog';
import { FollowUpDialog, StartDialog, type FollowUpKind } from './TrackDialogs';
import { useMeldcodeTracks } from './useMeldcode';
import { VerslagPrint } from './VerslagPrint';
import { MonitoringAgreements } from './MonitoringAgreements';
import { useMeetingChronology } from '../useCaseData';

export interface MeldcodeTabProps {
  readonly pupil: Pupil;
  readonly zorgdossier: Zorgdossier;
  readonly entries: readonly CaseEntry[];
  /** A chronology entry the user chose to start a track from; each new `seq` opens the start dialog once. */
  readonly startFrom?: { readonly entryId: string; readonly seq: number } | undefined;
}

type OpenDialog =
  | { readonly kind: 'start'; readonly entryId?: string | undefined }
  | {
      readonly kind: 'step';
      readonly track: MeldcodeTrack;
      readonly step: MeldcodeStep;
      readonly restored?: TextDraft | undefined;
    }
  | {
      readonly kind: 'follow-up';
      readonly track: MeldcodeTrack;
      readonly followUp: FollowUpKind;
      readonly restored?: TextDraft | undefined;
    }
  | null;

const RESTORED_KINDS = ['meldcode.step'] as const;
const FOLLOW_UPS: readonly FollowUpKind[] = ['report', 'answer', 'close'];

export function MeldcodeTab({ pupil, zorgdossier, entries, startFrom }: MeldcodeTabProps) {
  const { t } = useTranslation();
  const session = useSession();
  const caseId = zorgdossier.id;
  const { tracks } = useMeldcodeTracks(session, caseId);
  // A case discussed without a name in a meeting prints its verslag without the name too.
  const discussedAnonymously = useMeetingChronology(session, caseId).some(
    (event) => event.label.kind === 'meeting-discussed' && event.label.anonymous,
  );
  const open = tracks.find((track) => track.closed === undefined);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [refused, setRefused] = useState<{
    readonly trackId: string;
    readonly step: MeldcodeStep;
    readonly missing: MeldcodeStep;
  } | null>(null);

  // Every view of a track is audited: once per track each time the tab shows it.
  const viewed = useRef(new Set<string>());
  useEffect(() => {
    for (const track of tracks) {
      if (viewed.current.has(track.id)) continue;
      viewed.current.add(track.id);
      void session.audit
        .append('record.view', { recordType: 'case.meldcode', recordId: track.id })
        .catch(() => undefined);
    }
  }, [tracks, session]);

  // Adjusted during render, once per request from the chronology.
  const [handledStart, setHandledStart] = useState<number | undefined>(undefined);
  if (startFrom !== undefined && startFrom.seq !== handledStart) {
    setHandledStart(startFrom.seq);
    if (open === undefined) setDialog({ kind: 'start', entryId: startFrom.entryId });
  }

  useRestoreInto(
    caseId,
    RESTORED_KINDS,
    useCallback(
      (draft: TextDraft) => {
        const track = tracks.find((t) => t.id === draft.targetId);
        if (track === undefined) return;
        const step = MELDCODE_STEPS.find((s) => s === draft.values['step']);
        const followUp = FOLLOW_UPS.find((f) => f === draft.values['step']);
        if (step !== undefined) setDialog({ kind: 'step', track, step, restored: draft });
        else if (followUp !== undefined)
          setDialog({ kind: 'follow-up', track, followUp, restored: draft });
      },
      [tracks],
    ),
  );

  const chooseStep = (track: MeldcodeTrack, step: MeldcodeStep) => {
    const missing = missingBefore(track.steps, step);
    if (missing !== undefined) {
      setRefused({ trackId: track.id, step, missing });
      return;
    }
    setRefused(null);
    setDialog({ kind: 'step', track, step });
  };

  return (
    <Stack spacing={3}>
      <Box>
        <Typography variant="h2" sx={{ fontSize: '1.35rem' }}>
          {t('meldcode.heading')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('meldcode.intro')}
        </Typography>
      </Box>
      {tracks.length === 0 ? (
        <EmptyState
          icon={ReportProblemOutlinedIcon}
          title={t('meldcode.empty.title')}
          description={t('meldcode.empty.description')}
          nextStep={t('meldcode.empty.nextStep')}
          action={
            <Button variant="contained" onClick={() => setDialog({ kind: 'start' })}>
              {t('meldcode.start.button')}
            </Button>
          }
        />
      ) : open === undefined ? (
        <Box>
          <Button variant="contained" onClick={() => setDialog({ kind: 'start' })}>
            {t('meldcode.start.button')}
          </Button>
        </Box>
      ) : null}
      {tracks.map((track) => (
        <TrackView
          key={track.id}
          track={track}
          refused={refused?.trackId === track.id ? refused : null}
          print={
            <VerslagPrint track={track} pupil={pupil} discussedAnonymously={discussedAnonymously} />
          }
          onStep={(step) => chooseStep(track, step)}
          onFollowUp={(followUp) => setDialog({ kind: 'follow-up', track, followUp })}
        />
      ))}
      {dialog?.kind === 'start' ? (
        <StartDialog
          caseId={caseId}
          caseSignalDate={zorgdossier.signal.date}
          entries={entries}
          entryId={dialog.entryId}
          onClose={() => setDialog(null)}
          onSaved={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'step' ? (
        <StepDialog
          track={dialog.track}
          step={dialog.step}
          entries={entries}
          restored={dialog.restored}
          onClose={() => setDialog(null)}
          onSaved={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'follow-up' ? (
        <FollowUpDialog
          track={dialog.track}
          kind={dialog.followUp}
          restored={dialog.restored}
          onClose={() => setDialog(null)}
          onSaved={() => setDialog(null)}
        />
      ) : null}
    </Stack>
  );
}

interface TrackViewProps {
  readonly track: MeldcodeTrack;
  readonly refused: { readonly step: MeldcodeStep; readonly missing: MeldcodeStep } | null;
  readonly onStep: (step: MeldcodeStep) => void;
  readonly onFollowUp: (kind: FollowUpKind) => void;
  /** The verslag's print buttons. */
  readonly print: ReactNode;
}

function TrackView({ track, refused, onStep, onFollowUp, print }: TrackViewProps) {
  const { t } = useTranslation();
  const formatIsoDate = useFormatIsoDate();
  const text = useMeldcodeText(track.signalDate);
  const next = nextOnTrack(track, todayIso());
  const closed = track.closed !== undefined;
  const nextStep = next.kind === 'step' ? next.step : undefined;
  const besluit = track.steps.besluit;
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label={t('meldcode.status.open', { next: text.next(next) })}
      data-testid="meldcode-track"
      sx={{ p: { xs: 2, md: 3 } }}
    >
      <Stack spacing={2}>
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ alignItems: 'center', flexWrap: 'wrap' }}
        >
          <Chip
            color={
              closed ? 'default' : next.kind === 'answer' && next.overdue ? 'error' : 'primary'
            }
            label={t('meldcode.status.open', { next: text.next(next) })}
            data-testid="meldcode-status"
          />
          <Typography variant="body2" color="text.secondary">
            {t('meldcode.status.startedOn', {
              date: formatIsoDate(track.createdAt.slice(0, 10)),
              by: track.startedBy,
              signalDate: formatIsoDate(track.signalDate),
            })}
          </Typography>
        </Stack>
        {next.kind === 'answer' && next.overdue ? (
          <Alert severity="error" data-testid="meldcode-answer-overdue">
            {t('meldcode.report.overdue', { date: formatIsoDate(next.dueDate) })}
          </Alert>
        ) : null}
        <Box role="status" aria-live="polite">
          {refused !== null ? (
            <Alert severity="warning" data-testid="meldcode-out-of-order">
              {text.outOfOrder(refused.step, refused.missing)}
            </Alert>
          ) : null}
        </Box>
        <Stack
          component="ol"
          aria-label={t('meldcode.steps.label')}
          spacing={1.5}
          sx={{ listStyle: 'none', p: 0, m: 0 }}
        >
          {MELDCODE_STEPS.map((step) => {
            const recorded = track.steps[step];
            const title = text.stepTitle(step);
            const number = stepNumber(step);
            return (
              <Paper
                component="li"
                key={step}
                variant="outlined"
                data-testid={`meldcode-step-${step}`}
                sx={{
                  p: 2,
                  borderLeftWidth: step === nextStep ? 4 : 1,
                  borderLeftColor: step === nextStep ? 'primary.main' : 'divider',
                }}
              >
                <Stack
                  direction={{ xs: 'column', sm: 'row' }}
                  spacing={2}
                  sx={{ justifyContent: 'space-between' }}
                >
                  <Box sx={{ minWidth: 0 }}>
                    <Typography variant="h3" sx={{ fontSize: '1.05rem' }}>
                      {t('meldcode.steps.number', { number })}: {title}
                    </Typography>
                    <Typography variant="body2" color="text.secondary">
                      {recorded === undefined
                        ? step === nextStep
                          ? t('meldcode.stepList.next')
                          : t('meldcode.stepList.todo')
                        : t('meldcode.stepList.done', {
                            date: formatIsoDate(recorded.date),
                            by: recorded.by,
                          })}
                    </Typography>
                  </Box>
                  {closed ? null : (
                    <Box sx={{ flexShrink: 0 }}>
                      <Button
                        size="small"
                        variant={step === nextStep ? 'contained' : 'outlined'}
                        aria-label={
                          recorded === undefined
                            ? t('meldcode.stepList.recordLabel', { number, title })
                            : t('meldcode.stepList.editLabel', { number, title })
                        }
                        onClick={() => onStep(step)}
                      >
                        {recorded === undefined
                          ? t('meldcode.stepList.record')
                          : t('meldcode.stepList.edit')}
                      </Button>
                    </Box>
                  )}
                </Stack>
                {recorded === undefined ? (
                  <Box
                    component="dl"
                    sx={{
                      m: 0,
                      mt: 1,
                      display: 'grid',
                      gridTemplateColumns: 'auto 1fr',
                      columnGap: 1.5,
                      rowGap: 0.5,
                      typography: 'body2',
                    }}
                  >
                    {(['what', 'who', 'when'] as const).map((part) => (
                      <Box key={part} sx={{ display: 'contents' }}>
                        <Box component="dt" sx={{ fontWeight: 600 }}>
                          {t(`meldcode.steps.${part}`)}
                        </Box>
                        <Box component="dd" sx={{ m: 0 }}>
                          {t(`meldcode.steps.${step}.${part}`)}
                        </Box>
                      </Box>
                    ))}
                  </Box>
                ) : (
                  <StepSummary track={track} step={step} />
                )}
              </Paper>
            );
          })}
        </Stack>
        {besluit !== undefined && decisionReports(besluit.decision) ? (
          <Box component="section" aria-label={t('meldcode.report.heading')}>
            <Typography variant="h3" sx={{ fontSize: '1.05rem' }}>
              {t('meldcode.report.heading')}
            </Typography>
            {track.report === undefined ? (
              <Typography variant="body2">{t('meldcode.report.none')}</Typography>
            ) : (
              <>
                <Typography variant="body2">
                  {t('meldcode.report.made', {
                    date: formatIsoDate(track.report.date),
                    by: track.report.by,
                    contact: track.report.contact,
                  })}
                </Typography>
                {track.report.answer === undefined ? (
                  next.kind === 'answer' && !next.overdue ? (
                    <Typography variant="body2">
                      {t('meldcode.report.due', { date: formatIsoDate(next.dueDate) })}
                    </Typography>
                  ) : null
                ) : (
                  <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                    {t('meldcode.report.answered', {
                      date: formatIsoDate(track.report.answer.date),
                    })}{' '}
                    {track.report.answer.summary}
                  </Typography>
                )}
              </>
            )}
            {closed ? null : (
              <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
                <Button
                  size="small"
                  variant={track.report === undefined ? 'contained' : 'outlined'}
                  onClick={() => onFollowUp('report')}
                >
                  {t('meldcode.report.record')}
                </Button>
                {track.report !== undefined && track.report.answer === undefined ? (
                  <Button size="small" variant="contained" onClick={() => onFollowUp('answer')}>
                    {t('meldcode.report.answerRecord')}
                  </Button>
                ) : null}
              </Stack>
            )}
          </Box>
        ) : null}
        {!closed && besluit !== undefined && decisionOrganisesHelp(besluit.decision) ? (
          <MonitoringAgreements caseId={track.caseId} />
        ) : null}
        {track.closed !== undefined ? (
          <Typography variant="body2" data-testid="meldcode-closed">
            {t('meldcode.close.closed', {
              date: formatIsoDate(track.closed.date),
              by: track.closed.by,
              reason: track.closed.reason,
            })}
          </Typography>
        ) : besluit !== undefined ? (
          <Box>
            <Button
              variant={next.kind === 'close' ? 'contained' : 'outlined'}
              onClick={() => onFollowUp('close')}
            >
              {t('meldcode.close.button')}
            </Button>
          </Box>
        ) : null}
        {print}
      </Stack>
    </Paper>
  );
}
