// Runs in: renderer.
//
// The decisions of an item: each editable in place, removable, and a "Nieuw besluit" field
// where Enter adds the decision and the cursor stays for the next one. Typing re-renders only
// the field typed in: the new decision's text is this editor's own state (and goes to the run
// state quietly), a decision's text goes through `edit`.
import { useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Decision } from '../../../../../shared/meetings/actions';
import type { AgendaItem } from '../../../../../shared/meetings/meeting';
import { newRecordId } from '../../../vault';
import { DraftTextField } from './DraftTextField';
import type { ApplyChange } from './useMeetingDraft';
import { runErrorKey } from './runErrors';

export interface DecisionsEditorProps {
  readonly item: AgendaItem;
  readonly apply: ApplyChange;
  /** Applies a typed change without re-rendering the screen. */
  readonly edit: ApplyChange;
  /** The new decision's text when the editor opened (from the run state). */
  readonly draft: string;
  /** `typing`: a keystroke (stored quietly). */
  readonly onDraftChange: (text: string, typing: boolean) => void;
  readonly newDecisionRef?: Ref<HTMLInputElement>;
}

export function DecisionsEditor({
  item,
  apply,
  edit,
  draft: initialDraft,
  onDraftChange,
  newDecisionRef,
}: DecisionsEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initialDraft);
  const [error, setError] = useState<string | null>(null);
  const [removed, setRemoved] = useState<Decision | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);

  const remove = (decision: Decision): void => {
    const result = apply({ kind: 'remove-decision', itemId: item.id, decisionId: decision.id });
    if (result?.ok !== true) return;
    setRemoved(decision);
    // The removed row took focus with it: offer the undo right there.
    window.setTimeout(() => undoRef.current?.focus(), 0);
  };

  const undo = (): void => {
    if (removed === null) return;
    apply({ kind: 'add-decision', itemId: item.id, decision: removed });
    setRemoved(null);
    const field = `decision:${removed.id}`;
    window.setTimeout(
      () => document.querySelector<HTMLElement>(`[data-run-field="${CSS.escape(field)}"]`)?.focus(),
      0,
    );
  };

  const add = (): void => {
    if (draft.trim() === '') {
      setError(t('meetingRun.decisions.emptyError'));
      return;
    }
    const result = apply({
      kind: 'add-decision',
      itemId: item.id,
      decision: { id: newRecordId(), text: draft.trim() },
    });
    if (result === undefined) return;
    if (!result.ok) {
      setError(t(`meetingRun.errors.${runErrorKey(result.error)}`));
      return;
    }
    setError(null);
    setDraft('');
    onDraftChange('', false);
  };

  return (
    <Box component="section" sx={{ mb: 3 }}>
      <Typography variant="h3" sx={{ fontSize: '1.1rem', mb: 1 }}>
        {t('meetingRun.decisions.title')}
      </Typography>
      {item.decisions.length === 0 ? (
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          {t('meetingRun.decisions.none')}
        </Typography>
      ) : (
        <Box component="ol" sx={{ pl: 0, listStyle: 'none', display: 'grid', gap: 1, mb: 2 }}>
          {item.decisions.map((decision, index) => (
            <Box
              component="li"
              key={decision.id}
              sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}
            >
              <DraftTextField
                label={t('meetingRun.decisions.decision', { number: index + 1 })}
                value={decision.text}
                onValueChange={(text) =>
                  edit({
                    kind: 'update-decision',
                    itemId: item.id,
                    decision: { ...decision, text },
                  })
                }
                multiline
                fullWidth
                size="small"
                slotProps={{
                  htmlInput: { 'data-run-field': `decision:${decision.id}`, maxLength: 4000 },
                }}
              />
              <IconButton
                aria-label={t('meetingRun.decisions.remove', { number: index + 1 })}
                onClick={() => remove(decision)}
              >
                <DeleteOutlineIcon />
              </IconButton>
            </Box>
          ))}
        </Box>
      )}
      <Box role="status" aria-live="polite">
        {removed !== null ? (
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: 1 }}>
            <Typography>{t('meetingRun.decisions.removed')}</Typography>
            <Button ref={undoRef} size="small" onClick={undo}>
              {t('meetingRun.decisions.undo')}
            </Button>
          </Box>
        ) : null}
      </Box>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
        <TextField
          label={t('meetingRun.decisions.new')}
          helperText={error ?? t('meetingRun.decisions.newHelp')}
          error={error !== null}
          value={draft}
          inputRef={newDecisionRef}
          onChange={(event) => {
            setError(null);
            setDraft(event.target.value);
            onDraftChange(event.target.value, true);
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
            event.preventDefault();
            add();
          }}
          fullWidth
          size="small"
          slotProps={{
            htmlInput: {
              'data-run-field': 'decision-new',
              maxLength: 4000,
              'aria-keyshortcuts': 'Alt+B',
            },
          }}
        />
        <Button variant="outlined" onClick={add} sx={{ flexShrink: 0 }}>
          {t('meetingRun.decisions.add')}
        </Button>
      </Box>
    </Box>
  );
}
