// Runs in: renderer.
//
// The agenda builder: one card per case in meeting order, with its time slot from the
// schedule, bespreekdoel, question, named or anonymous (an anonymous item shows only its
// pseudonym, never the name), what came back from earlier meetings, and the item's own
// actions. Reordering works by drag and drop (native HTML5, ending in reorderAgenda) and by
// keyboard (buttons "Omhoog"/"Omlaag" and Alt+ArrowUp/ArrowDown on a focused card, ending in
// moveAgendaItem); focus stays on the moved card and the new place is announced.
import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlineOutlined';
import DragIndicatorIcon from '@mui/icons-material/DragIndicator';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { displayName } from '../../../../../shared/domain/pupil';
import {
  agendaItemMode,
  agendaSchedule,
  moveAgendaItem,
  removeAgendaItem,
  reorderAgenda,
  setItemMode,
} from '../../../../../shared/meetings/agenda';
import {
  agendaInOrder,
  type AgendaItem,
  type Meeting,
} from '../../../../../shared/meetings/meeting';
import type { MeetingProblem } from '../../../../../shared/meetings/problems';
import type { MeetingTemplate } from '../../../../../shared/meetings/templates';
import type { Result } from '../../../../../shared/result';
import { hrefFor } from '../../../app/router';
import { formatIsoDate } from '../../../i18n/dates';
import { useLanguage } from '../../../i18n/useLanguage';
import { NO_PRINT_CLASS } from '../../../theme';
import { AgendaItemDialog } from './AgendaItemDialog';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { movedIndex } from './planScreenRules';
import type { AgendaContext } from './useMeetingData';

export interface AgendaSectionProps {
  readonly meeting: Meeting;
  readonly template: MeetingTemplate;
  readonly context: AgendaContext;
  readonly editable: boolean;
  readonly save: (result: Result<Meeting, MeetingProblem>) => Promise<boolean>;
  readonly onPreparationSheet: (item: AgendaItem, number: number) => void;
  /** What became of the last preparation sheet (saved, failed), shown under the agenda. */
  readonly sheetStatus?: ReactNode;
}

/** The label of an item on every meeting screen: the name for named items, else only the pseudonym. */
export function useItemLabel(context: Pick<AgendaContext, 'pupils'>): (item: AgendaItem) => string {
  const { t } = useTranslation();
  return useMemo(() => {
    const byId = new Map(context.pupils.map((p) => [p.id, p]));
    return (item: AgendaItem) => {
      if (item.mode === 'anonymous') return item.pseudonym ?? t('meetings.agenda.unknownPupil');
      const pupil = byId.get(item.pupilId);
      return pupil === undefined
        ? (item.pseudonym ?? t('meetings.agenda.unknownPupil'))
        : displayName(pupil);
    };
  }, [context.pupils, t]);
}

export function AgendaSection({
  meeting,
  template,
  context,
  editable,
  save,
  onPreparationSheet,
  sheetStatus,
}: AgendaSectionProps) {
  const { t } = useTranslation();
  const labelOf = useItemLabel(context);
  const items = agendaInOrder(meeting);
  const order = items.map((i) => i.id);
  const schedule = agendaSchedule(meeting, template);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<AgendaItem | undefined>(undefined);
  const [removing, setRemoving] = useState<AgendaItem | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  const [focusId, setFocusId] = useState<string | undefined>(undefined);
  const [dragging, setDragging] = useState<string | undefined>(undefined);
  const cardRefs = useRef(new Map<string, HTMLElement>());
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const full = meeting.agenda.length >= template.maxItems;

  // Focus follows the item that moved or was added, once the new order is on screen.
  useEffect(() => {
    if (focusId === undefined) return;
    const element = cardRefs.current.get(focusId);
    if (element !== undefined) {
      element.focus();
      setFocusId(undefined);
    }
  }, [focusId, meeting]);

  const move = async (item: AgendaItem, delta: -1 | 1): Promise<void> => {
    const to = movedIndex(order, item.id, delta);
    if (to === undefined) return;
    const ok = await save(moveAgendaItem(meeting, item.id, to, new Date().toISOString()));
    if (!ok) return;
    setFocusId(item.id);
    setAnnouncement(
      t('meetings.agenda.moved', { item: labelOf(item), position: to + 1, count: order.length }),
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>, item: AgendaItem): void => {
    if (!editable || !event.altKey || event.target !== event.currentTarget) return;
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      void move(item, event.key === 'ArrowUp' ? -1 : 1);
    }
  };

  const onDrop = async (event: DragEvent<HTMLElement>, target: AgendaItem): Promise<void> => {
    event.preventDefault();
    const sourceId = dragging ?? event.dataTransfer.getData('text/plain');
    setDragging(undefined);
    if (sourceId === '' || sourceId === target.id || !order.includes(sourceId)) return;
    const without = order.filter((id) => id !== sourceId);
    const targetIndex = order.indexOf(target.id);
    without.splice(targetIndex, 0, sourceId);
    const ok = await save(reorderAgenda(meeting, without, new Date().toISOString()));
    if (!ok) return;
    const moved = items.find((i) => i.id === sourceId);
    if (moved !== undefined)
      setAnnouncement(
        t('meetings.agenda.moved', {
          item: labelOf(moved),
          position: without.indexOf(sourceId) + 1,
          count: order.length,
        }),
      );
    setFocusId(sourceId);
  };

  return (
    <Box component="section" aria-labelledby="meeting-agenda-heading">
      <Stack
        direction="row"
        spacing={2}
        sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1.5, flexWrap: 'wrap' }}
        useFlexGap
      >
        <Typography variant="h2" id="meeting-agenda-heading">
          {t('meetings.agenda.heading')}
        </Typography>
        {editable ? (
          <Button
            ref={addButtonRef}
            variant="contained"
            startIcon={<AddIcon aria-hidden />}
            onClick={() => setAdding(true)}
            disabled={full}
            className={NO_PRINT_CLASS}
          >
            {t('meetings.agenda.add')}
          </Button>
        ) : null}
      </Stack>
      {full && editable ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {t('meetings.agenda.full', { count: template.maxItems })}
        </Typography>
      ) : null}
      <Box role="status" aria-live="polite" sx={visuallyHidden}>
        {announcement}
      </Box>

      <Box
        component="ol"
        aria-label={t('meetings.agenda.scheduleLabel')}
        sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.5 }}
      >
        {schedule.parts.map((part, index) => {
          if (part.kind === 'fixed') {
            return (
              <Box
                component="li"
                key={`fixed-${String(index)}`}
                sx={{
                  display: 'flex',
                  gap: 2,
                  px: 2,
                  py: 1,
                  bgcolor: 'background.default',
                  borderRadius: 1,
                }}
              >
                <Typography
                  variant="body2"
                  sx={{ minWidth: 110, fontVariantNumeric: 'tabular-nums' }}
                >
                  {part.start} – {part.end}
                </Typography>
                <Typography variant="body2">{part.title}</Typography>
              </Box>
            );
          }
          const item = items.find((i) => i.id === part.itemId);
          if (item === undefined) return null;
          const position = order.indexOf(item.id);
          return (
            <AgendaItemCard
              key={item.id}
              cardRef={(element) => {
                if (element === null) cardRefs.current.delete(item.id);
                else cardRefs.current.set(item.id, element);
              }}
              item={item}
              number={position + 1}
              count={order.length}
              slot={`${part.start} – ${part.end}`}
              label={labelOf(item)}
              meeting={meeting}
              context={context}
              editable={editable}
              dragging={dragging === item.id}
              onKeyDown={(event) => onKeyDown(event, item)}
              onMove={(delta) => void move(item, delta)}
              onEdit={() => setEditing(item)}
              onRemove={() => setRemoving(item)}
              onPreparationSheet={() => onPreparationSheet(item, position + 1)}
              onSetMode={(mode) => {
                const pupil = context.pupils.find((p) => p.id === item.pupilId);
                if (pupil === undefined) return;
                void save(
                  setItemMode(
                    meeting,
                    item.id,
                    mode,
                    { pupil, consents: context.consents.filter((c) => c.pupilId === pupil.id) },
                    new Date().toISOString(),
                  ),
                ).then((ok) => {
                  if (ok) setFocusId(item.id);
                });
              }}
              onDragStart={(event) => {
                event.dataTransfer.setData('text/plain', item.id);
                event.dataTransfer.effectAllowed = 'move';
                setDragging(item.id);
              }}
              onDragEnd={() => setDragging(undefined)}
              onDrop={(event) => void onDrop(event, item)}
            />
          );
        })}
      </Box>
      {items.length === 0 ? (
        <Paper variant="outlined" sx={{ p: 3, mt: 1.5, textAlign: 'center' }}>
          <Typography sx={{ fontWeight: 600 }}>{t('meetings.agenda.emptyTitle')}</Typography>
          <Typography variant="body2" color="text.secondary">
            {t('meetings.agenda.emptyText')}
          </Typography>
        </Paper>
      ) : null}
      {sheetStatus}
      {schedule.overrunMinutes > 0 ? (
        <Alert severity="warning" sx={{ mt: 2 }}>
          {t('meetings.agenda.overrun', { count: schedule.overrunMinutes, end: meeting.endTime })}
        </Alert>
      ) : null}
      {items.length > 0 && editable ? (
        <Typography
          id="agenda-reorder-help"
          variant="body2"
          color="text.secondary"
          sx={{ mt: 1.5 }}
          className={NO_PRINT_CLASS}
        >
          {t('meetings.agenda.reorderHelp')}
        </Typography>
      ) : null}

      {adding ? (
        <AgendaItemDialog
          meeting={meeting}
          template={template}
          context={context}
          onClose={() => {
            setAdding(false);
            requestAnimationFrame(() => addButtonRef.current?.focus());
          }}
          onSaved={(itemId) => {
            setAdding(false);
            setFocusId(itemId);
          }}
        />
      ) : null}
      {editing !== undefined ? (
        <AgendaItemDialog
          meeting={meeting}
          template={template}
          context={context}
          item={editing}
          itemLabel={labelOf(editing)}
          onClose={() => setEditing(undefined)}
          onSaved={(itemId) => {
            setEditing(undefined);
            setFocusId(itemId);
          }}
        />
      ) : null}
      {removing !== undefined ? (
        <ConfirmDialog
          title={t('meetings.agenda.removeTitle')}
          text={t('meetings.agenda.removeText', { item: labelOf(removing) })}
          failedMessage={t('meetings.saveFailed')}
          confirmLabel={t('meetings.agenda.removeConfirm')}
          onClose={() => setRemoving(undefined)}
          onConfirm={async () => {
            const ok = await save(removeAgendaItem(meeting, removing.id, new Date().toISOString()));
            setRemoving(undefined);
            if (ok) {
              setAnnouncement(t('meetings.agenda.removed', { item: labelOf(removing) }));
              requestAnimationFrame(() => addButtonRef.current?.focus());
            }
          }}
        />
      ) : null}
    </Box>
  );
}

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

interface AgendaItemCardProps {
  readonly cardRef: (element: HTMLElement | null) => void;
  readonly item: AgendaItem;
  readonly number: number;
  readonly count: number;
  readonly slot: string;
  readonly label: string;
  readonly meeting: Meeting;
  readonly context: AgendaContext;
  readonly editable: boolean;
  readonly dragging: boolean;
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  readonly onMove: (delta: -1 | 1) => void;
  readonly onEdit: () => void;
  readonly onRemove: () => void;
  readonly onPreparationSheet: () => void;
  readonly onSetMode: (mode: 'named' | 'anonymous') => void;
  readonly onDragStart: (event: DragEvent<HTMLElement>) => void;
  readonly onDragEnd: () => void;
  readonly onDrop: (event: DragEvent<HTMLElement>) => void;
}

function AgendaItemCard({
  cardRef,
  item,
  number,
  count,
  slot,
  label,
  meeting,
  context,
  editable,
  dragging,
  onKeyDown,
  onMove,
  onEdit,
  onRemove,
  onPreparationSheet,
  onSetMode,
  onDragStart,
  onDragEnd,
  onDrop,
}: AgendaItemCardProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const headingId = `agenda-item-${item.id}`;
  const pupil = context.pupils.find((p) => p.id === item.pupilId);
  // Whether consent is there now: an anonymous item can then be switched to named.
  const canBeNamed = useMemo(
    () =>
      pupil !== undefined &&
      agendaItemMode(
        pupil,
        context.consents.filter((c) => c.pupilId === pupil.id),
        meeting,
        meeting.date,
      ).mode === 'named',
    [pupil, context.consents, meeting],
  );
  const carried = item.carryOver;
  const hasCarry =
    carried !== undefined && (carried.openActions.length > 0 || carried.decisions.length > 0);

  return (
    <Paper
      component="li"
      ref={cardRef}
      variant="outlined"
      tabIndex={0}
      aria-labelledby={headingId}
      aria-describedby={editable ? 'agenda-reorder-help' : undefined}
      data-testid="agenda-item"
      draggable={editable}
      onKeyDown={onKeyDown}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragOver={(event) => {
        if (editable) event.preventDefault();
      }}
      onDrop={onDrop}
      sx={{
        p: 2,
        opacity: dragging ? 0.5 : 1,
        '&:focus-visible': { outline: '3px solid', outlineColor: 'primary.main', outlineOffset: 2 },
      }}
    >
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
        {editable ? (
          <DragIndicatorIcon
            aria-hidden
            sx={{ color: 'text.secondary', mt: 0.5, cursor: 'grab' }}
            className={NO_PRINT_CLASS}
          />
        ) : null}
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Stack
            direction="row"
            spacing={1}
            sx={{ alignItems: 'center', flexWrap: 'wrap' }}
            useFlexGap
          >
            <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', minWidth: 110 }}>
              {slot}
            </Typography>
            <Typography variant="h3" component="h3" id={headingId}>
              {t('meetings.agenda.itemHeading', { number, item: label })}
            </Typography>
            <Chip size="small" variant="outlined" label={t(`meetings.mode.${item.mode}`)} />
          </Stack>
          <Box
            component="dl"
            sx={{
              m: 0,
              mt: 1,
              display: 'grid',
              gridTemplateColumns: { sm: '200px 1fr' },
              columnGap: 2,
              rowGap: 0.5,
              '& dt': { color: 'text.secondary' },
              '& dd': { m: 0 },
            }}
          >
            <Typography component="dt" variant="body2">
              {t('meetings.agenda.bespreekdoel')}
            </Typography>
            <Typography component="dd" variant="body2">
              {t(`meetings.bespreekdoel.${item.bespreekdoel}`)}
            </Typography>
            <Typography component="dt" variant="body2">
              {t('meetings.agenda.question')}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
              {item.question.trim() === '' ? t('meetings.agenda.noQuestion') : item.question}
            </Typography>
            <Typography component="dt" variant="body2">
              {t('meetings.agenda.timebox')}
            </Typography>
            <Typography component="dd" variant="body2">
              {t('meetings.agenda.minutes', { count: item.timeboxMinutes })}
            </Typography>
          </Box>
          {item.mode === 'anonymous' ? (
            <Alert severity={canBeNamed ? 'success' : 'info'} sx={{ mt: 1.5 }}>
              {canBeNamed
                ? t('meetings.agenda.consentNowThere')
                : t('meetings.agenda.anonymousBecause')}
              {!canBeNamed ? (
                <>
                  {' '}
                  <Link
                    href={hrefFor({
                      area: 'leerlingen',
                      path: [item.pupilId, 'dossier', item.caseId],
                    })}
                    className={NO_PRINT_CLASS}
                  >
                    {t('meetings.agenda.openCase', { item: label })}
                  </Link>
                </>
              ) : null}
            </Alert>
          ) : null}
          {hasCarry ? (
            <Box sx={{ mt: 1.5 }}>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {carried.from !== undefined
                  ? t('meetings.agenda.carryOverSince', {
                      kind: t(`meetings.kinds.${carried.from.meetingKind}`),
                      date: formatIsoDate(carried.from.meetingDate, language),
                    })
                  : t('meetings.agenda.carryOver')}
              </Typography>
              <Box component="ul" sx={{ m: 0, pl: 3 }}>
                {carried.openActions.map((a) => (
                  <li key={a.id}>
                    <Typography variant="body2">
                      {t('meetings.agenda.openAction', {
                        description: a.description,
                        owner:
                          [a.ownerName, a.ownerOrganisation]
                            .filter((p) => p.trim() !== '')
                            .join(', ') || t('meetings.agenda.noOwner'),
                        due:
                          a.dueDate === undefined
                            ? t('meetings.agenda.noDue')
                            : formatIsoDate(a.dueDate, language),
                      })}
                    </Typography>
                  </li>
                ))}
                {carried.decisions.map((d) => (
                  <li key={d.id}>
                    <Typography variant="body2">
                      {t('meetings.agenda.lastDecision', { text: d.text })}
                    </Typography>
                  </li>
                ))}
              </Box>
            </Box>
          ) : null}
          <Stack
            direction="row"
            spacing={1}
            sx={{ mt: 1.5, flexWrap: 'wrap' }}
            useFlexGap
            className={NO_PRINT_CLASS}
          >
            <Button size="small" variant="outlined" onClick={onPreparationSheet}>
              {t('meetings.agenda.preparationSheet')}
            </Button>
            {editable && item.mode === 'anonymous' && canBeNamed ? (
              <Button size="small" variant="outlined" onClick={() => onSetMode('named')}>
                {t('meetings.agenda.makeNamed')}
              </Button>
            ) : null}
            {editable && item.mode === 'named' ? (
              <Button size="small" onClick={() => onSetMode('anonymous')}>
                {t('meetings.agenda.makeAnonymous')}
              </Button>
            ) : null}
            {editable ? (
              <Button
                size="small"
                startIcon={<EditOutlinedIcon aria-hidden />}
                onClick={onEdit}
                aria-label={t('meetings.agenda.editLabel', { item: label })}
              >
                {t('meetings.agenda.edit')}
              </Button>
            ) : null}
          </Stack>
        </Box>
        {editable ? (
          <Stack spacing={0.5} className={NO_PRINT_CLASS}>
            <Tooltip title={t('meetings.agenda.up')}>
              <span>
                <IconButton
                  size="small"
                  aria-label={t('meetings.agenda.upLabel', { item: label })}
                  disabled={number === 1}
                  onClick={() => onMove(-1)}
                >
                  <ArrowUpwardIcon fontSize="small" />
                </IconButton>
              </span>
            </Tooltip>
            <Tooltip title={t('meetings.agenda.down')}>
              <span>
                <IconButton
                  size="small"
                  aria-label={t('meetings.agenda.downLabel', { item: label })}
                  disabled={number === count}
                  onClick={() => onMove(1)}
                >
                  <ArrowDownwardIcon fontSize="small" />
                </IconButton>
              </span>
            </Tooltip>
            <Tooltip title={t('meetings.agenda.remove')}>
              <IconButton
                size="small"
                aria-label={t('meetings.agenda.removeLabel', { item: label })}
                onClick={onRemove}
              >
                <DeleteOutlineIcon fontSize="small" />
              </IconButton>
            </Tooltip>
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}
