// Runs in: renderer.
//
// The agenda builder: one card per case in meeting order, with its time slot from the
// schedule, bespreekdoel, question, named or anonymous (an anonymous item shows only its
// pseudonym, never the name), what came back from earlier meetings, and the item's own
// actions. Reordering works by drag and drop (native HTML5, ending in reorderAgenda) and by
// keyboard (buttons "Omhoog"/"Omlaag" and Alt+ArrowUp/ArrowDown on a focused card, ending in
// moveAgendaItem); focus stays on the moved card and the new place is announced. Cases due
// for their next evaluation are proposed under the agenda (EvaluationProposals).
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { displayName } from '../../../../../shared/domain/pupil';
import {
  agendaSchedule,
  removeAgendaItem,
  setItemMode,
  type ScheduledPart,
} from '../../../../../shared/meetings/agenda';
import {
  agendaInOrder,
  type AgendaItem,
  type Meeting,
} from '../../../../../shared/meetings/meeting';
import type { MeetingProblem } from '../../../../../shared/meetings/problems';
import type { MeetingTemplate } from '../../../../../shared/meetings/templates';
import type { Result } from '../../../../../shared/result';
import { NO_PRINT_CLASS, VISUALLY_HIDDEN_CLASS } from '../../../theme';
import { ok } from '../../../../../shared/result';
import { useSession } from '../../../security/VaultProvider';
import { AgendaItemCard } from './AgendaItemCard';
import { caseWentOnAgenda, meetingWithCase } from './addCaseToAgenda';
import { EvaluationProposals } from './EvaluationProposals';
import { useAgendaReorder } from './useAgendaReorder';
import { AgendaItemDialog } from './AgendaItemDialog';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
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
  const session = useSession();
  const labelOf = useItemLabel(context);
  const items = agendaInOrder(meeting);
  const order = items.map((i) => i.id);
  const schedule = agendaSchedule(meeting, template);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<AgendaItem | undefined>(undefined);
  const [removing, setRemoving] = useState<AgendaItem | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  const [focusId, setFocusId] = useState<string | undefined>(undefined);
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

  const reorder = useAgendaReorder({
    meeting,
    editable,
    save,
    labelOf,
    onMoved: (itemId, moved) => {
      setFocusId(itemId);
      setAnnouncement(moved);
    },
  });

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
      <Box role="status" aria-live="polite" className={VISUALLY_HIDDEN_CLASS}>
        {announcement}
      </Box>

      <Box
        component="ol"
        aria-label={t('meetings.agenda.scheduleLabel')}
        sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.5 }}
      >
        {schedule.parts.map((part, index) => {
          if (part.kind === 'fixed')
            return <FixedAgendaPart key={`fixed-${String(index)}`} part={part} />;
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
              {...reorder(item)}
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
      {editable ? (
        <EvaluationProposals
          meeting={meeting}
          context={context}
          full={full}
          onAdd={(picked) => {
            const added = meetingWithCase(
              meeting,
              template,
              context,
              picked,
              {
                bespreekdoel: 'informatie-advies',
                question: '',
                timeboxMinutes: template.defaultTimeboxMinutes,
                requestedMode: 'named',
              },
              new Date().toISOString(),
            );
            void save(added.ok ? ok(added.value.meeting) : added).then(async (saved) => {
              if (!saved || !added.ok) return;
              await caseWentOnAgenda(session, meeting, picked.caseId);
              setFocusId(added.value.itemId);
              setAnnouncement(
                t('meetings.agenda.proposals.added', { name: displayName(picked.pupil) }),
              );
            });
          }}
        />
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

/** A fixed part of the meeting from its template (opening, round, closing) with its times. */
function FixedAgendaPart({ part }: { readonly part: ScheduledPart }) {
  return (
    <Box
      component="li"
      sx={{
        display: 'flex',
        gap: 2,
        px: 2,
        py: 1,
        bgcolor: 'background.default',
        borderRadius: 1,
      }}
    >
      <Typography variant="body2" sx={{ minWidth: 110, fontVariantNumeric: 'tabular-nums' }}>
        {part.start} – {part.end}
      </Typography>
      <Typography variant="body2">{part.title}</Typography>
    </Box>
  );
}
