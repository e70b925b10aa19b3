// Runs in: renderer.
//
// One agreed action of an agenda item in meeting mode, as a row of fields (wat, wie,
// organisatie, school of partner, wanneer) and a remove button. Texts are typed through
// `onChange(…, true)` (stored quietly, see ActionsEditor); a name that matches an attendee
// fills in their organisation (the owner kind stays the user's choice, with the
// organisation's suggestion shown), and for an anonymously discussed pupil the owner stays
// at the school.
import { useTranslation } from 'react-i18next';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import { isValidIsoDate } from '../../../../../shared/domain/dates';
import { ownerFromAttendee } from '../../../../../shared/meetings/actionEntry';
import type { MeetingAction } from '../../../../../shared/meetings/actions';
import type { Attendee } from '../../../../../shared/meetings/meeting';
import { OwnerKindSuggestion } from '../../../components/OwnerKindSuggestion';
import { DraftTextField } from './DraftTextField';
import { OwnerKindSelect } from './OwnerKindSelect';

export interface ActionRowProps {
  readonly action: MeetingAction;
  readonly index: number;
  readonly anonymous: boolean;
  readonly attendees: readonly Attendee[];
  readonly schoolName: string;
  /** The id of the attendee names' datalist that "wie" suggests from. */
  readonly listId: string;
  /** `typing`: a keystroke (stored quietly). */
  readonly onChange: (patch: Partial<MeetingAction>, typing?: boolean) => void;
  readonly onRemove: () => void;
}

export function ActionRow({
  action,
  index,
  anonymous,
  attendees,
  schoolName,
  listId,
  onChange,
  onRemove,
}: ActionRowProps) {
  const { t } = useTranslation();
  const field = (name: string): string => `action:${action.id}:${name}`;
  return (
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
        onValueChange={(description) => onChange({ description }, true)}
        size="small"
        sx={{ flex: '2 1 240px' }}
        slotProps={{ htmlInput: { 'data-run-field': field('description'), maxLength: 2000 } }}
      />
      <TextField
        label={t('meetingRun.actions.who')}
        value={action.ownerName}
        onChange={(e) => {
          const organisation = ownerFromAttendee(
            attendees,
            e.target.value,
            action.ownerOrganisation,
          );
          onChange({
            ownerName: e.target.value,
            ...(organisation === undefined ? {} : { ownerOrganisation: organisation }),
          });
        }}
        size="small"
        sx={{ flex: '1 1 160px' }}
        slotProps={{
          htmlInput: { list: listId, 'data-run-field': field('owner'), maxLength: 200 },
        }}
      />
      <DraftTextField
        label={t('meetingRun.actions.organisation')}
        value={action.ownerOrganisation}
        onValueChange={(ownerOrganisation) => onChange({ ownerOrganisation }, true)}
        size="small"
        sx={{ flex: '1 1 160px' }}
        slotProps={{ htmlInput: { 'data-run-field': field('organisation'), maxLength: 200 } }}
      />
      <OwnerKindSelect
        value={action.ownerKind}
        anonymous={anonymous}
        label={t('meetingRun.actions.ownerKind')}
        onChange={(kind) => onChange({ ownerKind: kind })}
        runField={field('kind')}
      />
      <DraftTextField
        type="date"
        label={t('meetingRun.actions.due')}
        value={action.dueDate ?? ''}
        onValueChange={(value) => {
          if (value === '') onChange({ dueDate: undefined });
          else if (isValidIsoDate(value)) onChange({ dueDate: value });
        }}
        size="small"
        slotProps={{
          inputLabel: { shrink: true },
          htmlInput: { 'data-run-field': field('due') },
        }}
      />
      <IconButton
        aria-label={t('meetingRun.actions.remove', { number: index + 1 })}
        onClick={onRemove}
      >
        <DeleteOutlineIcon />
      </IconButton>
      <OwnerKindSuggestion
        organisation={action.ownerOrganisation}
        schoolName={schoolName}
        value={action.ownerKind}
        anonymous={anonymous}
        onApply={(kind) => onChange({ ownerKind: kind })}
      />
    </Box>
  );
}
