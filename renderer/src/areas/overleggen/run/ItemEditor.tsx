// Runs in: renderer.
//
// The minutes of one agenda item as the team fills them in: what the item is about
// (bespreekdoel, question), what came back from earlier ("welke stappen zijn gezet"), the
// situation, what was discussed, decisions, actions, feedback to parents and the next
// evaluation. Used by meeting mode (one item at a time) and by afronden (all items).
import { memo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { isValidIsoDate } from '../../../../../shared/domain/dates';
import type {
  AgendaItem,
  Attendee,
  CarryOverSnapshot,
} from '../../../../../shared/meetings/meeting';
import type { EntryDraft } from '../../../../../shared/meetings/runState';
import { ActionsEditor } from './ActionsEditor';
import { CarryOverPanel } from './CarryOverPanel';
import { DecisionsEditor } from './DecisionsEditor';
import { DraftTextField } from './DraftTextField';
import { FeedbackEditor } from './FeedbackEditor';
import type { ApplyChange } from './useMeetingDraft';

export interface ItemEditorProps {
  readonly item: AgendaItem;
  /** The pupil's name (named) or the pseudonym (anonymous). */
  readonly title: string;
  readonly number: number;
  /** From the anonymised view for anonymous items. */
  readonly carryOver: CarryOverSnapshot | undefined;
  readonly attendees: readonly Attendee[];
  readonly schoolName: string;
  /** Applies a change and shows it at once (presence, adding or removing a row). */
  readonly apply: ApplyChange;
  /** Applies a typed change without re-rendering the screen (defaults to apply). */
  readonly edit?: ApplyChange;
  /** The entry rows as they were when the item opened; the editors keep them while typing. */
  readonly entry: EntryDraft;
  /** `typing`: a keystroke (stored, shown later); else shown at once. */
  readonly onEntryChange: (patch: Partial<EntryDraft>, typing?: boolean) => void;
  readonly headingRef?: Ref<HTMLHeadingElement>;
  readonly newDecisionRef?: Ref<HTMLInputElement>;
  readonly actionEntryRef?: Ref<HTMLInputElement>;
  readonly focusActionEntry: () => void;
  /** Shown next to the title, e.g. the timer in meeting mode. */
  readonly aside?: React.ReactNode;
}

/**
 * Memoised: a keystroke re-renders only the field typed in, and the screen's own re-renders
 * (save status, focus moves) skip the item while its props stay the same.
 */
export const ItemEditor = memo(function ItemEditor(props: ItemEditorProps) {
  const {
    item,
    title,
    number,
    carryOver,
    attendees,
    schoolName,
    apply,
    edit = apply,
    entry,
    onEntryChange,
    headingRef,
    newDecisionRef,
    actionEntryRef,
    focusActionEntry,
    aside,
  } = props;
  const { t } = useTranslation();
  const headingId = `item-heading-${item.id}`;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mb: 4 }}>
      <Box
        sx={{
          display: 'flex',
          gap: 2,
          alignItems: 'flex-start',
          justifyContent: 'space-between',
          flexWrap: 'wrap',
          mb: 1,
        }}
      >
        <Typography
          id={headingId}
          ref={headingRef}
          tabIndex={-1}
          variant="h2"
          sx={{ fontSize: '1.5rem' }}
        >
          {t('meetingRun.agenda.item', { number, name: title })}
        </Typography>
        {aside}
      </Box>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 1 }}>
        <Chip
          size="small"
          label={t(`meetings.mode.${item.mode}`)}
          color={item.mode === 'anonymous' ? 'warning' : 'default'}
        />
        <Chip size="small" label={t('meetingRun.item.timebox', { minutes: item.timeboxMinutes })} />
      </Box>
      <Box
        component="dl"
        sx={{ m: 0, mb: 2, '& dt': { fontWeight: 600 }, '& dd': { ml: 0, mb: 1 } }}
      >
        <dt>{t('meetingRun.item.bespreekdoel')}</dt>
        <dd>{t(`meetings.bespreekdoel.${item.bespreekdoel}`)}</dd>
        <dt>{t('meetingRun.item.question')}</dt>
        <dd>{item.question.trim() === '' ? t('meetingRun.item.noQuestion') : item.question}</dd>
      </Box>
      {item.mode === 'anonymous' ? (
        <Typography color="warning.dark" sx={{ mb: 2, fontWeight: 600 }}>
          {t('meetingRun.item.anonymousNote')}
        </Typography>
      ) : null}
      <CarryOverPanel carryOver={carryOver} headingLevel="h3" />
      <DraftTextField
        label={t('meetingRun.item.situation')}
        helperText={t('meetingRun.item.situationHelp')}
        value={item.situation}
        onValueChange={(situation) =>
          edit({ kind: 'item-fields', itemId: item.id, patch: { situation } })
        }
        multiline
        minRows={3}
        fullWidth
        sx={{ mb: 2 }}
        slotProps={{
          htmlInput: {
            'data-run-field': 'situation',
            maxLength: 20_000,
            'aria-keyshortcuts': 'Alt+S',
          },
        }}
      />
      <DraftTextField
        label={t('meetingRun.item.discussed')}
        helperText={t('meetingRun.item.discussedHelp')}
        value={item.discussed}
        onValueChange={(discussed) =>
          edit({ kind: 'item-fields', itemId: item.id, patch: { discussed } })
        }
        multiline
        minRows={3}
        fullWidth
        sx={{ mb: 3 }}
        slotProps={{ htmlInput: { 'data-run-field': 'discussed', maxLength: 20_000 } }}
      />
      <DecisionsEditor
        item={item}
        apply={apply}
        edit={edit}
        draft={entry.decision}
        onDraftChange={(decision, typing) => onEntryChange({ decision }, typing)}
        {...(newDecisionRef === undefined ? {} : { newDecisionRef })}
      />
      <ActionsEditor
        item={item}
        attendees={attendees}
        schoolName={schoolName}
        apply={apply}
        edit={edit}
        draft={entry}
        onDraftChange={onEntryChange}
        focusEntry={focusActionEntry}
        {...(actionEntryRef === undefined ? {} : { actionEntryRef })}
      />
      <FeedbackEditor item={item} attendees={attendees} schoolName={schoolName} apply={apply} />
      <DraftTextField
        type="date"
        label={t('meetingRun.nextEvaluation')}
        helperText={t('meetingRun.nextEvaluationHelp')}
        value={item.nextEvaluationDate ?? ''}
        onValueChange={(value) => {
          if (value === '')
            apply({ kind: 'item-fields', itemId: item.id, patch: { nextEvaluationDate: null } });
          else if (isValidIsoDate(value))
            apply({ kind: 'item-fields', itemId: item.id, patch: { nextEvaluationDate: value } });
        }}
        slotProps={{
          inputLabel: { shrink: true },
          htmlInput: { 'data-run-field': 'next-evaluation' },
        }}
      />
    </Box>
  );
});
