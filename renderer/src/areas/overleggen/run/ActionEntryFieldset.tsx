// Runs in: renderer.
//
// Meeting mode's entry row for a new action ("wat / wie / wanneer"): Enter in any of its
// fields adds the action (ActionsEditor decides whether it can), so a team types actions
// one after the other without the mouse. A name that matches an attendee fills in their
// organisation; "Werkt bij" stays the user's choice, with the organisation's suggestion shown.
import type { KeyboardEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ownerFromAttendee } from '../../../../../shared/meetings/actionEntry';
import type { Attendee } from '../../../../../shared/meetings/meeting';
import type { EntryDraft } from '../../../../../shared/meetings/runState';
import { OwnerKindSuggestion } from '../../../components/OwnerKindSuggestion';
import { OwnerKindSelect } from './OwnerKindSelect';

export interface ActionEntryFieldsetProps {
  readonly draft: EntryDraft;
  readonly anonymous: boolean;
  readonly attendees: readonly Attendee[];
  readonly schoolName: string;
  /** The id of the attendee names' datalist that "wie" suggests from. */
  readonly listId: string;
  readonly error: string | null;
  readonly actionEntryRef?: Ref<HTMLInputElement> | undefined;
  /** `typing`: a keystroke (stored quietly). */
  readonly onDraftChange: (patch: Partial<EntryDraft>, typing?: boolean) => void;
  /** The description is typed again: the error about it no longer holds. */
  readonly onDescriptionTyped: () => void;
  readonly onAdd: () => void;
}

export function ActionEntryFieldset({
  draft,
  anonymous,
  attendees,
  schoolName,
  listId,
  error,
  actionEntryRef,
  onDraftChange,
  onDescriptionTyped,
  onAdd,
}: ActionEntryFieldsetProps) {
  const { t } = useTranslation();
  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>): void => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    if (!(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    onAdd();
  };
  const onOwnerChange = (name: string): void => {
    const organisation = ownerFromAttendee(attendees, name, draft.actionOrganisation);
    onDraftChange(
      organisation === undefined
        ? { actionOwner: name }
        : { actionOwner: name, actionOrganisation: organisation },
      true,
    );
  };
  return (
    <Box
      component="fieldset"
      onKeyDown={onKeyDown}
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, m: 0 }}
    >
      <Box component="legend" sx={{ fontWeight: 600, px: 0.5 }}>
        {t('meetingRun.actions.entry')}
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('meetingRun.actions.entryHelp')}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'flex-start' }}>
        <TextField
          label={t('meetingRun.actions.what')}
          value={draft.actionDescription}
          inputRef={actionEntryRef}
          onChange={(e) => {
            onDescriptionTyped();
            onDraftChange({ actionDescription: e.target.value }, true);
          }}
          size="small"
          sx={{ flex: '2 1 240px' }}
          slotProps={{
            htmlInput: {
              'data-run-field': 'action-description',
              maxLength: 2000,
              'aria-keyshortcuts': 'Alt+A',
            },
          }}
        />
        <TextField
          label={t('meetingRun.actions.who')}
          value={draft.actionOwner}
          onChange={(e) => onOwnerChange(e.target.value)}
          size="small"
          sx={{ flex: '1 1 160px' }}
          slotProps={{
            htmlInput: { list: listId, 'data-run-field': 'action-owner', maxLength: 200 },
          }}
        />
        <TextField
          label={t('meetingRun.actions.organisation')}
          value={draft.actionOrganisation}
          onChange={(e) => onDraftChange({ actionOrganisation: e.target.value }, true)}
          size="small"
          sx={{ flex: '1 1 160px' }}
          slotProps={{ htmlInput: { 'data-run-field': 'action-organisation', maxLength: 200 } }}
        />
        <OwnerKindSelect
          value={draft.actionOwnerKind}
          anonymous={anonymous}
          label={t('meetingRun.actions.ownerKind')}
          onChange={(kind) => onDraftChange({ actionOwnerKind: kind })}
          runField="action-kind"
        />
        <TextField
          type="date"
          label={t('meetingRun.actions.due')}
          value={draft.actionDue}
          onChange={(e) => onDraftChange({ actionDue: e.target.value }, true)}
          size="small"
          slotProps={{
            inputLabel: { shrink: true },
            htmlInput: { 'data-run-field': 'action-due' },
          }}
        />
        <Button variant="outlined" onClick={onAdd}>
          {t('meetingRun.actions.add')}
        </Button>
        <OwnerKindSuggestion
          organisation={draft.actionOrganisation}
          schoolName={schoolName}
          value={draft.actionOwnerKind}
          anonymous={anonymous}
          onApply={(kind) => onDraftChange({ actionOwnerKind: kind })}
        />
      </Box>
      {error !== null ? (
        <Alert severity="error" sx={{ mt: 1 }}>
          {error}
        </Alert>
      ) : null}
    </Box>
  );
}
