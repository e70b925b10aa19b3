// Runs in: renderer.
//
// The actions of an item (wat / wie / wanneer), typed fast: one entry row where Enter in any
// field adds the action and puts the cursor back in "Wat" for the next one. "Wie" suggests
// the attendees (their organisation fills in by itself) but takes any name. An anonymously
// discussed pupil's actions can only go to the school: the rule is explained up front and
// the partner choice is not offered. Typing re-renders only this editor: the entry row is its
// own state (and goes to the run state quietly), an action's texts go through `edit`, computed
// from the latest meeting so a row is never written back stale.
import { useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import {
  actionFromEntry,
  type ActionEntryProblem,
} from '../../../../../shared/meetings/actionEntry';
import type { MeetingAction } from '../../../../../shared/meetings/actions';
import type { AgendaItem, Attendee } from '../../../../../shared/meetings/meeting';
import type { MeetingProblem } from '../../../../../shared/meetings/problems';
import type { EntryDraft } from '../../../../../shared/meetings/runState';
import { VISUALLY_HIDDEN_CLASS } from '../../../theme';
import { newRecordId } from '../../../vault';
import { ActionEntryFieldset } from './ActionEntryFieldset';
import { ActionRow } from './ActionRow';
import type { ApplyChange } from './useMeetingDraft';
import { actionUpdate } from '../../../../../shared/meetings/meetingChanges';
import { runErrorKey } from './runErrors';

export interface ActionsEditorProps {
  readonly item: AgendaItem;
  readonly attendees: readonly Attendee[];
  readonly schoolName: string;
  readonly apply: ApplyChange;
  /** Applies a typed change without re-rendering the screen. */
  readonly edit: ApplyChange;
  /** The entry row when the editor opened (from the run state). */
  readonly draft: EntryDraft;
  /** `typing`: a keystroke (stored quietly). */
  readonly onDraftChange: (patch: Partial<EntryDraft>, typing?: boolean) => void;
  readonly actionEntryRef?: Ref<HTMLInputElement>;
  /** Focuses the "Wat" field of the entry row again after adding. */
  readonly focusEntry: () => void;
}

/** The words for an entry row that cannot become an action yet. */
const ENTRY_PROBLEM_KEYS = {
  empty: 'meetingRun.actions.emptyError',
  'invalid-date': 'meetingRun.actions.dateError',
  'anonymous-partner': 'meetingRun.actions.anonymousRefused',
} as const satisfies Record<ActionEntryProblem, string>;

export function ActionsEditor({
  item,
  attendees,
  schoolName,
  apply,
  edit,
  draft: initialDraft,
  onDraftChange: storeDraft,
  actionEntryRef,
  focusEntry,
}: ActionsEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initialDraft);
  const onDraftChange = (patch: Partial<EntryDraft>, typing = false): void => {
    setDraft((old) => ({ ...old, ...patch }));
    storeDraft(patch, typing);
  };
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [removed, setRemoved] = useState<MeetingAction | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);

  const remove = (action: MeetingAction): void => {
    const result = apply({ kind: 'remove-action', itemId: item.id, actionId: action.id });
    if (result?.ok !== true) return;
    setRemoved(action);
    window.setTimeout(() => undoRef.current?.focus(), 0);
  };

  const undo = (): void => {
    if (removed === null) return;
    apply({ kind: 'add-action', itemId: item.id, action: removed });
    setRemoved(null);
    const field = `action:${removed.id}:description`;
    window.setTimeout(
      () => document.querySelector<HTMLElement>(`[data-run-field="${CSS.escape(field)}"]`)?.focus(),
      0,
    );
  };
  const anonymous = item.mode === 'anonymous';
  const listId = `attendee-names-${item.id}`;

  // The partner refusal has its own words here; other refusals are meeting mode's.
  const problemText = (problem: MeetingProblem): string =>
    problem.code === 'anonymous-partner-action'
      ? t('meetingRun.actions.anonymousRefused')
      : t(`meetingRun.errors.${runErrorKey(problem)}`);

  const add = (): void => {
    const entry = actionFromEntry(draft, anonymous, newRecordId());
    if (!entry.ok) {
      setError(t(ENTRY_PROBLEM_KEYS[entry.error]));
      if (entry.error === 'empty') focusEntry();
      return;
    }
    const action = entry.value;
    const result = apply({ kind: 'add-action', itemId: item.id, action });
    if (result === undefined) return;
    if (!result.ok) {
      setError(problemText(result.error));
      return;
    }
    setError(null);
    setAnnouncement(t('meetingRun.actions.added', { what: action.description }));
    onDraftChange({
      actionDescription: '',
      actionOwner: '',
      actionOrganisation: '',
      actionOwnerKind: 'school',
      actionDue: '',
    });
    focusEntry();
  };

  const update = (action: MeetingAction, patch: Partial<MeetingAction>, typing = false): void => {
    const result = (typing ? edit : apply)(actionUpdate(item.id, action.id, patch));
    if (result !== undefined && !result.ok) setError(problemText(result.error));
  };

  return (
    <Box component="section" sx={{ mb: 3 }}>
      <Typography variant="h3" sx={{ fontSize: '1.1rem', mb: 1 }}>
        {t('meetingRun.actions.title')}
      </Typography>
      <datalist id={listId}>
        {attendees.map((a) => (
          <option key={a.id} value={a.name} />
        ))}
      </datalist>
      {anonymous ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('meetingRun.actions.anonymousRule')}
        </Alert>
      ) : null}
      {item.actions.length === 0 ? (
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          {t('meetingRun.actions.none')}
        </Typography>
      ) : (
        <Box component="ol" sx={{ pl: 0, listStyle: 'none', display: 'grid', gap: 1.5, mb: 2 }}>
          {item.actions.map((action, index) => (
            <Box component="li" key={action.id}>
              <ActionRow
                action={action}
                index={index}
                anonymous={anonymous}
                attendees={attendees}
                schoolName={schoolName}
                listId={listId}
                onChange={(patch, typing) => update(action, patch, typing)}
                onRemove={() => remove(action)}
              />
            </Box>
          ))}
        </Box>
      )}
      <Box role="status" aria-live="polite">
        {removed !== null ? (
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: 1 }}>
            <Typography>{t('meetingRun.actions.removed')}</Typography>
            <Button ref={undoRef} size="small" onClick={undo}>
              {t('meetingRun.actions.undo')}
            </Button>
          </Box>
        ) : null}
      </Box>
      <ActionEntryFieldset
        draft={draft}
        anonymous={anonymous}
        attendees={attendees}
        schoolName={schoolName}
        listId={listId}
        error={error}
        actionEntryRef={actionEntryRef}
        onDraftChange={onDraftChange}
        onDescriptionTyped={() => setError(null)}
        onAdd={add}
      />
      <Box role="status" aria-live="polite" className={VISUALLY_HIDDEN_CLASS}>
        {announcement}
      </Box>
    </Box>
  );
}
