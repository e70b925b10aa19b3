// Runs in: renderer.
//
// Acties ("Mijn acties"): every open action of every actieplan, by date (te laat, deze week,
// later, zonder datum) or by owner, optionally only the user's own. Each row names the pupil
// (this is the IB's own case file), links to the case and can be marked done with an outcome.
import { useCallback, useMemo, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import CheckIcon from '@mui/icons-material/Check';
import TaskAltOutlinedIcon from '@mui/icons-material/TaskAltOutlined';
import { useTranslation } from 'react-i18next';
import { displayName } from '../../../../../shared/domain/pupil';
import { caseActions } from '../../../../../shared/meetings/actieplan';
import {
  PARENTS_FEEDBACK_ACTION_KIND,
  type CaseAction,
} from '../../../../../shared/meetings/actions';
import { hrefFor } from '../../../app/router';
import { AreaPage } from '../../../components/AreaPage';
import { EmptyState } from '../../../components/EmptyState';
import { VirtualList } from '../../../components/VirtualList';
import { formatIsoDate } from '../../../i18n/dates';
import { todayIso } from '../../../../../shared/domain/dates';
import { useLanguage } from '../../../i18n/useLanguage';
import { useRecordList } from '../../../records/useRecords';
import { useSession } from '../../../security/VaultProvider';
import { ActionSource } from '../../../meetings/ActionSource';
import { isOverdue } from '../../../../../shared/meetings/actieplanEdit';
import { meetingListRoute } from '../../../app/routes';
import { actionsView, byId } from '../../../../../shared/meetings/actionsView';
import { MarkActionDoneDialog, setActionInPlan, withoutCase } from './MarkActionDoneDialog';
import { ReceivedActionsSection } from '../../../sharing/ReceivedActionsSection';

type View = 'date' | 'owner';

interface CaseRef {
  readonly pupilName: string;
  readonly href: string | undefined;
}

function ActionRow({
  action,
  caseRef,
  today,
  onDone,
}: {
  readonly action: CaseAction;
  readonly caseRef: CaseRef;
  readonly today: string;
  readonly onDone: (action: CaseAction) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const overdue = isOverdue(action, today);
  const owner =
    action.ownerOrganisation === ''
      ? action.ownerName
      : t('actieplan.actions.ownerLine', {
          name: action.ownerName,
          organisation: action.ownerOrganisation,
        });
  return (
    <Paper
      variant="outlined"
      data-testid="actions-row"
      sx={{
        p: 2,
        display: 'flex',
        gap: 2,
        alignItems: 'flex-start',
        flexWrap: 'wrap',
        borderLeftWidth: overdue ? 4 : 1,
        borderLeftColor: overdue ? 'error.main' : 'divider',
      }}
    >
      <Box sx={{ flexGrow: 1, minWidth: 240 }}>
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ alignItems: 'center', flexWrap: 'wrap' }}
        >
          <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
            {action.description}
          </Typography>
          {overdue ? (
            <Chip size="small" color="error" label={t('actieplan.actions.overdue')} />
          ) : null}
          {action.kind === PARENTS_FEEDBACK_ACTION_KIND ? (
            <Chip
              size="small"
              variant="outlined"
              color="primary"
              label={t('actieplan.actions.feedbackTask')}
            />
          ) : null}
        </Stack>
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {caseRef.href === undefined ? (
            t('actieplan.overview.pupil', { name: caseRef.pupilName })
          ) : (
            <Link
              href={caseRef.href}
              aria-label={t('actieplan.overview.toPlan', { name: caseRef.pupilName })}
            >
              {t('actieplan.overview.pupil', { name: caseRef.pupilName })}
            </Link>
          )}
        </Typography>
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {t('actieplan.actions.owner')}: {owner}
          {' · '}
          {action.dueDate === undefined
            ? t('actieplan.actions.noDue')
            : t('actieplan.actions.due', { date: formatIsoDate(action.dueDate, language) })}
        </Typography>
        <Box sx={{ mt: 0.5 }}>
          <ActionSource action={action} />
        </Box>
      </Box>
      <Button
        variant="outlined"
        size="small"
        startIcon={<CheckIcon />}
        onClick={() => onDone(action)}
        aria-label={t('actieplan.overview.doneLabel', { description: action.description })}
        sx={{ flexShrink: 0 }}
      >
        {t('actieplan.overview.done')}
      </Button>
    </Paper>
  );
}

const actionKey = (action: CaseAction): string => `${action.caseId}:${action.id}`;

function ActionList({
  title,
  actions,
  caseRefOf,
  today,
  onDone,
  level = 'h2',
}: {
  readonly title: string;
  readonly actions: readonly CaseAction[];
  readonly caseRefOf: (a: CaseAction) => CaseRef;
  readonly today: string;
  readonly onDone: (a: CaseAction) => void;
  readonly level?: 'h2' | 'h3';
}) {
  const { t } = useTranslation();
  const renderItem = useCallback(
    (action: CaseAction) => (
      <ActionRow action={action} caseRef={caseRefOf(action)} today={today} onDone={onDone} />
    ),
    [caseRefOf, today, onDone],
  );
  return (
    <Box component="section" aria-label={title}>
      <Typography variant={level} sx={{ mb: 1.5 }}>
        {title}{' '}
        <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400 }}>
          ({actions.length})
        </Box>
      </Typography>
      {actions.length === 0 ? (
        <Typography color="text.secondary">{t('actieplan.overview.noneInSection')}</Typography>
      ) : (
        <VirtualList
          variant="list"
          items={actions}
          getKey={actionKey}
          estimateSize={120}
          gap={12}
          label={title}
          renderItem={renderItem}
        />
      )}
    </Box>
  );
}

export function ActionsScreen() {
  const { t } = useTranslation();
  const session = useSession();
  const plans = useRecordList(session, 'case.actieplan');
  const cases = useRecordList(session, 'case');
  const pupils = useRecordList(session, 'pupil');
  const [mine, setMine] = useState(false);
  const [view, setView] = useState<View>('date');
  const [completing, setCompleting] = useState<CaseAction | null>(null);
  const [undoable, setUndoable] = useState<CaseAction | null>(null);
  const today = todayIso();
  const userName = session.profile.userName;
  // The row of a completed action disappears: focus moves to the count line above the lists.
  const countLine = useRef<HTMLParagraphElement>(null);

  // Thousands of actions at regional size: sections, lookups and row callbacks are computed
  // once per change of the records or the view, not on every render.
  const all = useMemo(() => caseActions(plans), [plans]);
  const shown = useMemo(
    () => actionsView(all, today, mine ? { userName } : undefined),
    [all, today, mine, userName],
  );
  const anyOpen = useMemo(() => all.some((a) => a.status === 'open'), [all]);
  const casesById = useMemo(() => byId(cases), [cases]);
  const pupilsById = useMemo(() => byId(pupils), [pupils]);

  const caseRefOf = useCallback(
    (action: CaseAction): CaseRef => {
      const zorgdossier = casesById.get(action.caseId);
      const pupil = zorgdossier === undefined ? undefined : pupilsById.get(zorgdossier.pupilId);
      return {
        pupilName: pupil === undefined ? t('actieplan.overview.unknownPupil') : displayName(pupil),
        href:
          zorgdossier === undefined
            ? undefined
            : hrefFor({
                area: 'leerlingen',
                path: [zorgdossier.pupilId, 'dossier', zorgdossier.id],
              }),
      };
    },
    [casesById, pupilsById, t],
  );

  const undo = () => {
    const previous = undoable;
    setUndoable(null);
    if (previous === null) return;
    setActionInPlan(session, previous.caseId, withoutCase(previous)).catch(() =>
      setUndoable(previous),
    );
  };

  return (
    <AreaPage title={t('actieplan.overview.title')} intro={t('actieplan.overview.intro')}>
      {!anyOpen ? (
        <EmptyState
          icon={TaskAltOutlinedIcon}
          title={t('actieplan.overview.empty.title')}
          description={t('actieplan.overview.empty.description')}
          nextStep={t('actieplan.overview.empty.nextStep')}
          action={
            <Button
              variant="contained"
              href={hrefFor(meetingListRoute)}
              endIcon={<ArrowForwardIcon />}
            >
              {t('actieplan.overview.empty.action')}
            </Button>
          }
        />
      ) : (
        <Stack spacing={3}>
          <Stack
            direction={{ xs: 'column', md: 'row' }}
            spacing={2}
            sx={{ alignItems: { md: 'center' }, justifyContent: 'space-between' }}
          >
            <Box>
              <FormControlLabel
                control={
                  <Switch checked={mine} onChange={(event) => setMine(event.target.checked)} />
                }
                label={t('actieplan.overview.mine')}
              />
              <Typography variant="body2" color="text.secondary">
                {t('actieplan.overview.mineHelp', { name: userName })}
              </Typography>
            </Box>
            <ToggleButtonGroup
              size="small"
              exclusive
              value={view}
              aria-label={t('actieplan.overview.view')}
              sx={{ '& .MuiToggleButton-root:not(.Mui-selected)': { color: 'text.secondary' } }}
              onChange={(_event, value: View | null) => {
                if (value !== null) setView(value);
              }}
            >
              <ToggleButton value="date">{t('actieplan.overview.byDate')}</ToggleButton>
              <ToggleButton value="owner">{t('actieplan.overview.byOwner')}</ToggleButton>
            </ToggleButtonGroup>
          </Stack>
          <Typography ref={countLine} tabIndex={-1} role="status" sx={{ fontWeight: 600 }}>
            {shown.openCount === 0 && mine
              ? t('actieplan.overview.emptyMine')
              : t('actieplan.overview.count', { count: shown.openCount })}
          </Typography>
          {shown.openCount === 0 ? null : view === 'date' ? (
            <Stack spacing={4}>
              <ActionList
                title={t('actieplan.overview.overdue')}
                actions={shown.overdue}
                caseRefOf={caseRefOf}
                today={today}
                onDone={setCompleting}
              />
              <ActionList
                title={t('actieplan.overview.thisWeek')}
                actions={shown.dueThisWeek}
                caseRefOf={caseRefOf}
                today={today}
                onDone={setCompleting}
              />
              {shown.later.length > 0 ? (
                <ActionList
                  title={t('actieplan.overview.later')}
                  actions={shown.later}
                  caseRefOf={caseRefOf}
                  today={today}
                  onDone={setCompleting}
                />
              ) : null}
              <ActionList
                title={t('actieplan.overview.withoutDate')}
                actions={shown.withoutDueDate}
                caseRefOf={caseRefOf}
                today={today}
                onDone={setCompleting}
              />
            </Stack>
          ) : (
            <Stack spacing={4}>
              {shown.byOwner.map((group) => (
                <ActionList
                  key={`${group.ownerName}\u0000${group.ownerOrganisation}`}
                  title={
                    group.ownerOrganisation === ''
                      ? group.ownerName
                      : t('actieplan.overview.ownerHeading', {
                          name: group.ownerName,
                          organisation: group.ownerOrganisation,
                        })
                  }
                  actions={group.actions}
                  caseRefOf={caseRefOf}
                  today={today}
                  onDone={setCompleting}
                />
              ))}
            </Stack>
          )}
        </Stack>
      )}
      <Box sx={{ mt: 3 }}>
        <ReceivedActionsSection />
      </Box>
      {completing !== null ? (
        <MarkActionDoneDialog
          action={completing}
          onClose={() => setCompleting(null)}
          onDone={(previous) => {
            setCompleting(null);
            setUndoable(previous);
            requestAnimationFrame(() => countLine.current?.focus());
          }}
        />
      ) : null}
      <Snackbar
        open={undoable !== null}
        autoHideDuration={10_000}
        onClose={(_event, reason) => {
          if (reason !== 'clickaway') setUndoable(null);
        }}
        message={t('actieplan.overview.markedDone')}
        action={
          <Button color="inherit" size="small" onClick={undo}>
            {t('actieplan.common.undo')}
          </Button>
        }
      />
    </AreaPage>
  );
}
