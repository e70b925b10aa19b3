// Runs in: renderer.
//
// The zorgdossier screen of one case (#/leerlingen/<pupilId>/dossier/<caseId>): a header
// with the pupil, the status and the signal date, "Dossier afdrukken" for the formal file,
// and tabs for the overview, the chronology, the user's own working notes, the betrokkenen
// and the consent register. Tabs follow the ARIA tabs pattern (arrow keys move and select).
import { useCallback, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import FolderOffOutlinedIcon from '@mui/icons-material/FolderOffOutlined';
import PictureAsPdfOutlinedIcon from '@mui/icons-material/PictureAsPdfOutlined';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../shared/domain/dates';
import { displayName } from '../../../../../shared/domain/pupil';
import type { TextDraftKind } from '../../../../../shared/records/textDraft';
import { useDraftRestore } from '../../../app/autosave/draftRestore';
import { hrefFor } from '../../../app/router';
import { AreaPage } from '../../../components/AreaPage';
import { EmptyState } from '../../../components/EmptyState';
import { useHost } from '../../../host/HostContext';
import { useSession } from '../../../security/VaultProvider';
import { NO_PRINT_CLASS } from '../../../theme';
import { CaseStatusChip } from './CaseStatusChip';
import { ActieplanTab } from './actieplan/ActieplanTab';
import { ChronologyTab } from './ChronologyTab';
import { ConsentsPanel } from './ConsentsPanel';
import { InvolvementsPanel } from './InvolvementsPanel';
import { OverviewTab } from './OverviewTab';
import { printCase } from './printCase';
import { useFormatIsoDate } from '../../../i18n/useFormatIsoDate';
import { useCaseData } from './useCaseData';
import { CaseReferralsTab } from './referrals/CaseReferralsTab';
import { WorkingNotesTab } from './WorkingNotesTab';
import { MeldcodeTab } from './meldcode/MeldcodeTab';
import { MeldcodeStatusChip } from './meldcode/MeldcodeStatusChip';

export interface CaseScreenProps {
  readonly pupilId: string;
  readonly caseId: string;
}

const TABS = [
  'overview',
  'actieplan',
  'chronology',
  'workingNotes',
  'involvements',
  'consents',
  'referrals',
  'meldcode',
] as const;
type TabId = (typeof TABS)[number];

type PrintStatus =
  { readonly kind: 'idle' | 'busy' | 'failed' } | { readonly kind: 'saved'; readonly name: string };

/** The tab whose dialog a draft of each kind belongs to. */
const TAB_OF_DRAFT: Readonly<Record<TextDraftKind, TabId>> = {
  'case.entry': 'chronology',
  'case.working-note': 'workingNotes',
  'case.voice': 'overview',
  'actieplan.goal': 'actieplan',
  'actieplan.action': 'actieplan',
  'actieplan.evaluation': 'actieplan',
  'meldcode.step': 'meldcode',
};

function tabId(tab: TabId): string {
  return `case-tab-${tab}`;
}

function panelId(tab: TabId): string {
  return `case-tabpanel-${tab}`;
}

function TabPanel({ tab, children }: { readonly tab: TabId; readonly children: ReactNode }) {
  return (
    <Box role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)} sx={{ pt: 3 }}>
      {children}
    </Box>
  );
}

export function CaseScreen({ pupilId, caseId }: CaseScreenProps) {
  const { t } = useTranslation();
  const session = useSession();
  const host = useHost();
  const formatIsoDate = useFormatIsoDate();
  const data = useCaseData(session, pupilId, caseId);
  const [tab, setTab] = useState<TabId>('overview');
  // Unsaved dialog text the user chose to restore after a crash: show the tab that owns it.
  // (Adjusted during render, once per draft: the tab itself then takes the draft.)
  const restore = useDraftRestore(caseId);
  const [restoreShown, setRestoreShown] = useState<string | undefined>(undefined);
  if (restore !== undefined && restore.id !== restoreShown) {
    setRestoreShown(restore.id);
    setTab(TAB_OF_DRAFT[restore.kind]);
  }
  const [print, setPrint] = useState<PrintStatus>({ kind: 'idle' });
  // A chronology entry the user chose to start a meldcode track from (handed to the tab once).
  const [meldcodeFrom, setMeldcodeFrom] = useState<
    { readonly entryId: string; readonly seq: number } | undefined
  >(undefined);
  const startMeldcode = useCallback((entryId: string) => {
    setMeldcodeFrom((previous) => ({ entryId, seq: (previous?.seq ?? 0) + 1 }));
    setTab('meldcode');
  }, []);

  const { pupil, zorgdossier } = data;
  if (pupil === undefined || zorgdossier === undefined) {
    return (
      <AreaPage title={t('cases.notFound.title')} intro={t('cases.notFound.description')}>
        <EmptyState
          icon={FolderOffOutlinedIcon}
          title={t('cases.notFound.title')}
          description={t('cases.notFound.description')}
          nextStep={t('cases.notFound.nextStep')}
          action={
            <Button variant="contained" href={hrefFor({ area: 'leerlingen' })}>
              {t('cases.notFound.back')}
            </Button>
          }
        />
      </AreaPage>
    );
  }

  const name = displayName(pupil);

  const printFile = async () => {
    setPrint({ kind: 'busy' });
    try {
      const outcome = await printCase(session, host, {
        ...data,
        pupil,
        zorgdossier,
        today: todayIso(),
      });
      setPrint(outcome.saved ? { kind: 'saved', name: outcome.name } : { kind: 'idle' });
    } catch {
      setPrint({ kind: 'failed' });
    }
  };

  return (
    <Box>
      <Link
        href={hrefFor({ area: 'leerlingen', path: [pupilId] })}
        className={NO_PRINT_CLASS}
        sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, mb: 2 }}
      >
        <ArrowBackIcon fontSize="small" aria-hidden />
        {t('cases.backToPupil', { name })}
      </Link>
      <AreaPage
        title={t('cases.title', { name })}
        intro={t('cases.intro')}
        meta={
          <Box
            component="span"
            sx={{ display: 'inline-flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}
          >
            <CaseStatusChip status={zorgdossier.status} />
            <span>{t('cases.signalOn', { date: formatIsoDate(zorgdossier.signal.date) })}</span>
            <MeldcodeStatusChip caseId={caseId} />
          </Box>
        }
      >
        <Stack spacing={1.5} className={NO_PRINT_CLASS} sx={{ mb: 3 }}>
          <Stack
            direction={{ xs: 'column', sm: 'row' }}
            spacing={2}
            sx={{ alignItems: { sm: 'center' } }}
          >
            <Button
              variant="outlined"
              startIcon={<PictureAsPdfOutlinedIcon />}
              onClick={() => void printFile()}
              disabled={print.kind === 'busy'}
              aria-describedby="case-print-help"
            >
              {print.kind === 'busy' ? t('cases.print.busy') : t('cases.print.button')}
            </Button>
            <Typography id="case-print-help" variant="body2" color="text.secondary">
              {t('cases.print.help')}
            </Typography>
          </Stack>
          <Box role="status">
            {print.kind === 'saved' ? (
              <Alert severity="success" role="none">
                {t('cases.print.saved', { name: print.name })}
              </Alert>
            ) : null}
          </Box>
          {print.kind === 'failed' ? (
            <Alert severity="error" role="alert">
              {t('cases.print.failed')}
            </Alert>
          ) : null}
        </Stack>

        <Box sx={{ borderBottom: 1, borderColor: 'divider' }}>
          <Tabs
            value={tab}
            onChange={(_event, value: TabId) => {
              setTab(value);
              setMeldcodeFrom(undefined);
            }}
            aria-label={t('cases.tabs.label')}
            variant="scrollable"
            scrollButtons={false}
            selectionFollowsFocus
          >
            {TABS.map((id) => (
              <Tab
                key={id}
                value={id}
                id={tabId(id)}
                aria-controls={panelId(id)}
                label={t(`cases.tabs.${id}`)}
              />
            ))}
          </Tabs>
        </Box>
        <TabPanel tab={tab}>
          {tab === 'overview' ? (
            <OverviewTab
              zorgdossier={zorgdossier}
              pupil={pupil}
              involvements={data.involvements}
              leefgebieden={data.leefgebieden}
              voices={data.voices}
              pupilVoiceFromAge={data.pupilVoiceFromAge}
            />
          ) : null}
          {tab === 'actieplan' ? <ActieplanTab caseId={caseId} /> : null}
          {tab === 'chronology' ? (
            <ChronologyTab
              zorgdossier={zorgdossier}
              entries={data.entries}
              consents={data.consents}
              involvements={data.involvements}
              onStartMeldcode={startMeldcode}
            />
          ) : null}
          {tab === 'workingNotes' ? (
            <WorkingNotesTab caseId={caseId} notes={data.workingNotes} />
          ) : null}
          {tab === 'involvements' ? <InvolvementsPanel caseId={caseId} pupilId={pupilId} /> : null}
          {tab === 'consents' ? <ConsentsPanel caseId={caseId} pupilId={pupilId} /> : null}
          {tab === 'referrals' ? <CaseReferralsTab caseId={caseId} pupilId={pupilId} /> : null}
          {tab === 'meldcode' ? (
            <MeldcodeTab
              pupil={pupil}
              zorgdossier={zorgdossier}
              entries={data.entries}
              startFrom={meldcodeFrom}
            />
          ) : null}
        </TabPanel>
      </AreaPage>
    </Box>
  );
}
