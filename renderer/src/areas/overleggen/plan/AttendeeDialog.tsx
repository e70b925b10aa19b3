// Runs in: renderer.
//
// "Deelnemer toevoegen": a contact person from the directory (name, role and organisation
// copied in) or someone typed in by hand (a parent, a guest). Name and role are required;
// presence starts as "nog niet vastgelegd".
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import type { ContactPerson } from '../../../../../shared/domain/directory';
import type { Attendee, Meeting } from '../../../../../shared/meetings/meeting';
import { FormDialog } from '../../../components/FormDialog';
import { useSaveAttempt } from '../../../components/useSaveAttempt';
import { newRecordId } from '../../../vault';
import type { AgendaContext } from './useMeetingData';

export interface AttendeeDialogProps {
  readonly meeting: Meeting;
  readonly context: Pick<AgendaContext, 'contacts' | 'organisations'>;
  readonly onClose: () => void;
  readonly onAdd: (attendee: Attendee) => Promise<void>;
}

type Source = 'directory' | 'manual';
type Field = 'contact' | 'name' | 'role';

export function AttendeeDialog({ meeting, context, onClose, onAdd }: AttendeeDialogProps) {
  const { t } = useTranslation();
  const contacts = useMemo(() => {
    const taken = new Set(
      meeting.attendees.flatMap((a) => (a.contactId === undefined ? [] : [a.contactId])),
    );
    return context.contacts
      .filter((c) => !taken.has(c.id))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }, [context.contacts, meeting.attendees]);
  const [source, setSource] = useState<Source>(contacts.length > 0 ? 'directory' : 'manual');
  const [contact, setContact] = useState<ContactPerson | null>(null);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const { busy, failed, attempt } = useSaveAttempt();
  const dirty = contact !== null || name !== '' || role !== '' || organisation !== '';
  const orgName = (c: ContactPerson): string =>
    context.organisations.find((o) => o.id === c.organisationId)?.name ?? '';

  const submit = async (): Promise<void> => {
    const found: Partial<Record<Field, string>> = {};
    if (source === 'directory' && contact === null)
      found.contact = t('meetings.attendeeDialog.errors.contact');
    if (source === 'manual' && name.trim() === '')
      found.name = t('meetings.attendeeDialog.errors.name');
    if (source === 'manual' && role.trim() === '')
      found.role = t('meetings.attendeeDialog.errors.role');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const attendee: Attendee =
      source === 'directory' && contact !== null
        ? {
            id: newRecordId(),
            contactId: contact.id,
            name: contact.name,
            role: contact.role,
            organisation: orgName(contact),
            presence: 'onbekend',
          }
        : {
            id: newRecordId(),
            name: name.trim(),
            role: role.trim(),
            organisation: organisation.trim(),
            presence: 'onbekend',
          };
    await attempt(() => onAdd(attendee));
  };

  return (
    <FormDialog
      title={t('meetings.attendeeDialog.title')}
      submitLabel={t('meetings.attendeeDialog.add')}
      cancelLabel={t('meetings.cancel')}
      dirty={dirty}
      busy={busy}
      error={failed ? t('meetings.saveFailed') : null}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <RadioGroup
        value={source}
        onChange={(event) => setSource(event.target.value as Source)}
        aria-label={t('meetings.attendeeDialog.source')}
      >
        <FormControlLabel
          value="directory"
          control={<Radio />}
          label={t('meetings.attendeeDialog.fromDirectory')}
          disabled={contacts.length === 0}
        />
        <FormControlLabel
          value="manual"
          control={<Radio />}
          label={t('meetings.attendeeDialog.manual')}
        />
      </RadioGroup>
      {contacts.length === 0 ? (
        <Alert severity="info">{t('meetings.attendeeDialog.noContacts')}</Alert>
      ) : null}
      {source === 'directory' ? (
        <Autocomplete
          options={contacts}
          value={contact}
          onChange={(_event, value) => setContact(value)}
          getOptionLabel={(c) => [c.name, c.role, orgName(c)].filter((p) => p !== '').join(', ')}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          autoHighlight
          noOptionsText={t('meetings.itemDialog.noMatch')}
          openText={t('meetings.itemDialog.open')}
          closeText={t('meetings.itemDialog.close')}
          clearText={t('meetings.itemDialog.clear')}
          renderInput={(params) => (
            <TextField
              {...params}
              label={t('meetings.attendeeDialog.contact')}
              required
              autoFocus
              error={errors.contact !== undefined}
              helperText={errors.contact}
            />
          )}
        />
      ) : (
        <>
          <TextField
            label={t('meetings.attendeeDialog.name')}
            required
            autoFocus
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={errors.name !== undefined}
            helperText={errors.name}
            slotProps={{ htmlInput: { maxLength: 200, autoComplete: 'off' } }}
          />
          <TextField
            label={t('meetings.attendeeDialog.role')}
            required
            value={role}
            onChange={(e) => setRole(e.target.value)}
            error={errors.role !== undefined}
            helperText={errors.role ?? t('meetings.attendeeDialog.roleHelp')}
            slotProps={{ htmlInput: { maxLength: 200, autoComplete: 'off' } }}
          />
          <TextField
            label={t('meetings.attendeeDialog.organisation')}
            value={organisation}
            onChange={(e) => setOrganisation(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 200, autoComplete: 'off' } }}
          />
        </>
      )}
    </FormDialog>
  );
}
