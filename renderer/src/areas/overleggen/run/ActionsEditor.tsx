// Runs in: renderer.
//
// The actions of an item (wat / wie / wanneer), typed fast: one entry row where Enter in any
// field adds the action and puts the cursor back in "Wat" for the next one. "Wie" suggests
// the attendees (their organisation fills in by itself) but takes any name. An anonymously
// discussed pupil's actions can only go to the school: the rule is explained up front and
// the partner choice is not offered. Typing re-renders only this editor: the entry row is its
// own state (and goes to the run state quietly), an action's texts go through `edit`, computed
// from the latest meeting so a row is never written back stale.
import { useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { isValidIsoDate } from '../../../../../shared/domain/dates';
import {
  OWNER_KINDS,
  type MeetingAction,
  type OwnerKind,
} from '../../../../../shared/meetings/actions';
import type { AgendaItem, Attendee } from '../../../../../shared/meetings/meeting';
import type { EntryDraft } from '../../../../../shared/meetings/runState';
import { VISUALLY_HIDDEN_CLASS } from '../../../theme';
import { newRecordId } from '../../../vault';
import { DraftTextField } from './DraftTextField';
import type { ApplyChange } from './useMeetingDraft';
import { actionUpdate } from '../../../../../shared/meetings/meetingChanges';
import { guessOwnerKind } from '../../../../../shared/meetings/meetingLabels';
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

function OwnerKindSelect({
  value,
  anonymous,
  label,
  onChange,
  runField,
}: {
  readonly value: OwnerKind;
  readonly anonymous: boolean;
  readonly label: string;
  readonly onChange: (kind: OwnerKind) => void;
  readonly runField: string;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      select
      label={label}
      value={value}
      onChange={(event) => {
        const kind = OWNER_KINDS.find((k) => k === event.target.value);
        if (kind !== undefined) onChange(kind);
      }}
      size="small"
      sx={{ minWidth: 170 }}
      slotProps={{ select: { native: true }, htmlInput: { 'data-run-field': runField } }}
    >
      {OWNER_KINDS.map((kind) => (
        <option
          key={kind}
          value={kind}
          disabled={anonymous && kind === 'partner' && value !== 'partner'}
        >
          {t(`meetingRun.actions.ownerKinds.${kind}`)}
        </option>
      ))}
    </TextField>
  );
}

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

  const ownerPatch = (name: string, organisation: string): Partial<EntryDraft> => {
    const attendee = attendees.find(
      (a) => a.name.trim().toLowerCase() === name.trim().toLowerCase(),
    );
    if (attendee === undefined || organisation.trim() !== '') return { actionOwner: name };
    return {
      actionOwner: name,
      actionOrganisation: attendee.organisation,
      actionOwnerKind: guessOwnerKind(attendee.organisation, schoolName),
    };
  };

  const add = (): void => {
    if (draft.actionDescription.trim() === '') {
      setError(t('meetingRun.actions.emptyError'));
      focusEntry();
      return;
    }
    if (draft.actionDue !== '' && !isValidIsoDate(draft.actionDue)) {
      setError(t('meetingRun.actions.dateError'));
      return;
    }
    if (anonymous && draft.actionOwnerKind === 'partner') {
      setError(t('meetingRun.actions.anonymousRefused'));
      return;
    }
    const action: MeetingAction = {
      id: newRecordId(),
      description: draft.actionDescription.trim(),
      ownerName: draft.actionOwner.trim(),
      ownerOrganisation: draft.actionOrganisation.trim(),
      ownerKind: draft.actionOwnerKind,
      ...(draft.actionDue === '' ? {} : { dueDate: draft.actionDue }),
      status: 'open',
      outcome: '',
    };
    const result = apply({ kind: 'add-action', itemId: item.id, action });
    if (result === undefined) return;
    if (!result.ok) {
      setError(
        result.error.code === 'anonymous-partner-action'
          ? t('meetingRun.actions.anonymousRefused')
          : t(`meetingRun.errors.${runErrorKey(result.error)}`),
      );
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

  const onEntryKey = (event: KeyboardEvent<HTMLFieldSetElement>): void => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    const target = event.target;
    if (!(target instanceof HTMLInputElement)) return;
    event.preventDefault();
    add();
  };

  const update = (action: MeetingAction, patch: Partial<MeetingAction>, typing = false): void => {
    const result = (typing ? edit : apply)(actionUpdate(item.id, action.id, patch));
    if (result !== undefined && !result.ok)
      setError(
        result.error.code === 'anonymous-partner-action'
          ? t('meetingRun.actions.anonymousRefused')
          : t(`meetingRun.errors.${runErrorKey(result.error)}`),
      );
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
              <Box
                component="fieldset"
                sx={{
                  border: 0,
                  p: 0,
                  m: 0,
                  display: 'flex',
                  flexWrap: 'wrap',
                  gap: 1,
                  alignItems: 'flex-start',
                }}
              >
                <Box component="legend" sx={{ fontWeight: 600, mb: 0.5, p: 0 }}>
                  {t('meetingRun.actions.action', { number: index + 1 })}
                </Box>
                <DraftTextField
                  label={t('meetingRun.actions.what')}
                  value={action.description}
                  onValueChange={(description) => update(action, { description }, true)}
                  size="small"
                  sx={{ flex: '2 1 240px' }}
                  slotProps={{
                    htmlInput: {
                      'data-run-field': `action:${action.id}:description`,
                      maxLength: 2000,
                    },
                  }}
                />
                <TextField
                  label={t('meetingRun.actions.who')}
                  value={action.ownerName}
                  onChange={(e) => {
                    const patch = ownerPatch(e.target.value, action.ownerOrganisation);
                    update(action, {
                      ownerName: e.target.value,
                      ...(patch.actionOrganisation === undefined
                        ? {}
                        : { ownerOrganisation: patch.actionOrganisation }),
                      ...(patch.actionOwnerKind === undefined
                        ? {}
                        : { ownerKind: anonymous ? 'school' : patch.actionOwnerKind }),
                    });
                  }}
                  size="small"
                  sx={{ flex: '1 1 160px' }}
                  slotProps={{
                    htmlInput: {
                      list: listId,
                      'data-run-field': `action:${action.id}:owner`,
                      maxLength: 200,
                    },
                  }}
                />
                <DraftTextField
                  label={t('meetingRun.actions.organisation')}
                  value={action.ownerOrganisation}
                  onValueChange={(ownerOrganisation) => update(action, { ownerOrganisation }, true)}
                  size="small"
                  sx={{ flex: '1 1 160px' }}
                  slotProps={{
                    htmlInput: {
                      'data-run-field': `action:${action.id}:organisation`,
                      maxLength: 200,
                    },
                  }}
                />
                <OwnerKindSelect
                  value={action.ownerKind}
                  anonymous={anonymous}
                  label={t('meetingRun.actions.ownerKind')}
                  onChange={(kind) => update(action, { ownerKind: kind })}
                  runField={`action:${action.id}:kind`}
                />
                <DraftTextField
                  type="date"
                  label={t('meetingRun.actions.due')}
                  value={action.dueDate ?? ''}
                  onValueChange={(value) => {
                    if (value === '') update(action, { dueDate: undefined });
                    else if (isValidIsoDate(value)) update(action, { dueDate: value });
                  }}
                  size="small"
                  slotProps={{
                    inputLabel: { shrink: true },
                    htmlInput: { 'data-run-field': `action:${action.id}:due` },
                  }}
                />
                <IconButton
                  aria-label={t('meetingRun.actions.remove', { number: index + 1 })}
                  onClick={() => remove(action)}
                >
                  <DeleteOutlineIcon />
                </IconButton>
              </Box>
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
      <Box
        component="fieldset"
        onKeyDown={onEntryKey}
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
              setError(null);
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
            onChange={(e) =>
              onDraftChange(ownerPatch(e.target.value, draft.actionOrganisation), true)
            }
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
          <Button variant="outlined" onClick={add}>
            {t('meetingRun.actions.add')}
          </Button>
        </Box>
        {error !== null ? (
          <Alert severity="error" sx={{ mt: 1 }}>
            {error}
          </Alert>
        ) : null}
      </Box>
      <Box role="status" aria-live="polite" className={VISUALLY_HIDDEN_CLASS}>
        {announcement}
      </Box>
    </Box>
  );
}
