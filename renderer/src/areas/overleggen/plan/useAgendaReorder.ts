// Runs in: renderer.
//
// Reordering the agenda builder's cards, by keyboard (the card's Omhoog/Omlaag buttons and
// Alt+ArrowUp/ArrowDown on a focused card, ending in moveAgendaItem) and by native HTML5 drag
// and drop (ending in reorderAgenda). After a stored move, `onMoved` gets the item to focus
// and the sentence that announces its new place.
import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { droppedOrder, moveAgendaItem, reorderAgenda } from '../../../../../shared/meetings/agenda';
import {
  agendaInOrder,
  type AgendaItem,
  type Meeting,
} from '../../../../../shared/meetings/meeting';
import type { MeetingProblem } from '../../../../../shared/meetings/problems';
import type { Result } from '../../../../../shared/result';
import { movedIndex } from './planScreenRules';

export interface AgendaReorderInput {
  readonly meeting: Meeting;
  readonly editable: boolean;
  readonly save: (result: Result<Meeting, MeetingProblem>) => Promise<boolean>;
  readonly labelOf: (item: AgendaItem) => string;
  readonly onMoved: (itemId: string, announcement: string) => void;
}

/** The handlers one agenda card needs to be moved. */
export interface CardReorderHandlers {
  readonly dragging: boolean;
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  readonly onMove: (delta: -1 | 1) => void;
  readonly onDragStart: (event: DragEvent<HTMLElement>) => void;
  readonly onDragEnd: () => void;
  readonly onDrop: (event: DragEvent<HTMLElement>) => void;
}

export function useAgendaReorder({
  meeting,
  editable,
  save,
  labelOf,
  onMoved,
}: AgendaReorderInput): (item: AgendaItem) => CardReorderHandlers {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState<string | undefined>(undefined);
  const items = agendaInOrder(meeting);
  const order = items.map((i) => i.id);
  const announce = (item: AgendaItem, index: number): string =>
    t('meetings.agenda.moved', { item: labelOf(item), position: index + 1, count: order.length });

  const move = async (item: AgendaItem, delta: -1 | 1): Promise<void> => {
    const to = movedIndex(order, item.id, delta);
    if (to === undefined) return;
    const ok = await save(moveAgendaItem(meeting, item.id, to, new Date().toISOString()));
    if (ok) onMoved(item.id, announce(item, to));
  };

  const drop = async (event: DragEvent<HTMLElement>, target: AgendaItem): Promise<void> => {
    event.preventDefault();
    const sourceId = dragging ?? event.dataTransfer.getData('text/plain');
    setDragging(undefined);
    const without = droppedOrder(order, sourceId, target.id);
    if (without === undefined) return;
    const ok = await save(reorderAgenda(meeting, without, new Date().toISOString()));
    if (!ok) return;
    const moved = items.find((i) => i.id === sourceId);
    if (moved !== undefined) onMoved(sourceId, announce(moved, without.indexOf(sourceId)));
  };

  return (item) => ({
    dragging: dragging === item.id,
    onKeyDown: (event) => {
      if (!editable || !event.altKey || event.target !== event.currentTarget) return;
      if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
        event.preventDefault();
        void move(item, event.key === 'ArrowUp' ? -1 : 1);
      }
    },
    onMove: (delta) => void move(item, delta),
    onDragStart: (event) => {
      event.dataTransfer.setData('text/plain', item.id);
      event.dataTransfer.effectAllowed = 'move';
      setDragging(item.id);
    },
    onDragEnd: () => setDragging(undefined),
    onDrop: (event) => void drop(event, item),
  });
}
