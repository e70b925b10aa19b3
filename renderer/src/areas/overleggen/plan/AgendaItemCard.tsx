// Runs in: renderer.
//
// One case on the agenda builder: its time slot, number and label (an anonymous item shows
// only its pseudonym), named or anonymous, the item's facts, what came back from earlier
// meetings, and its buttons. The card itself is focusable and draggable: Alt+ArrowUp/Down
// and drag and drop reorder it (AgendaSection does the moving).
import { useMemo, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import DragIndicatorIcon from '@mui/icons-material/DragIndicator';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { agendaItemMode } from '../../../../../shared/meetings/agenda';
import type { AgendaItem, Meeting } from '../../../../../shared/meetings/meeting';
import { NO_PRINT_CLASS } from '../../../theme';
import {
  AgendaItemFacts,
  AgendaItemMoveButtons,
  AnonymousItemNotice,
  CarryOverList,
} from './AgendaItemParts';
import type { AgendaContext } from './useMeetingData';

export interface AgendaItemCardProps {
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

export function AgendaItemCard({
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
          <AgendaItemFacts item={item} />
          {item.mode === 'anonymous' ? (
            <AnonymousItemNotice item={item} label={label} canBeNamed={canBeNamed} />
          ) : null}
          {hasCarry ? <CarryOverList carried={carried} /> : null}
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
          <AgendaItemMoveButtons
            label={label}
            first={number === 1}
            last={number === count}
            onMove={onMove}
            onRemove={onRemove}
          />
        ) : null}
      </Stack>
    </Paper>
  );
}
