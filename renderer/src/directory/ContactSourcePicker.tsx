// Runs in: renderer.
//
// Where a new betrokkene comes from: picked from the directory (the contact's details are
// copied into the form and can still be changed) or typed in for a one-off contact. The
// contacts of the suggested organisation come first.
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import type { ContactPerson, Organisation } from '../../../shared/domain/directory';
import { contactsToPick, type InvolvementDraft } from '../../../shared/domain/involvementForm';

export interface ContactSourcePickerProps {
  readonly source: InvolvementDraft['source'];
  readonly contactId: string;
  readonly contacts: readonly ContactPerson[];
  readonly organisations: readonly Organisation[];
  readonly presetOrganisationId: string | undefined;
  /** No contact was picked although the form was sent. */
  readonly error: boolean;
  readonly onSource: (source: InvolvementDraft['source']) => void;
  readonly onPick: (contactId: string) => void;
}

export function ContactSourcePicker({
  source,
  contactId,
  contacts,
  organisations,
  presetOrganisationId,
  error,
  onSource,
  onPick,
}: ContactSourcePickerProps) {
  const { t } = useTranslation();
  const orgName = (id: string): string => organisations.find((o) => o.id === id)?.name ?? '';
  return (
    <>
      <FormControl component="fieldset">
        <FormLabel component="legend">{t('directory.involvements.dialog.source')}</FormLabel>
        <RadioGroup
          row
          name="involvement-source"
          value={source}
          onChange={(e) => onSource(e.target.value === 'manual' ? 'manual' : 'directory')}
        >
          <FormControlLabel
            value="directory"
            control={<Radio />}
            label={t('directory.involvements.dialog.fromDirectory')}
          />
          <FormControlLabel
            value="manual"
            control={<Radio />}
            label={t('directory.involvements.dialog.manual')}
          />
        </RadioGroup>
      </FormControl>
      {source === 'directory' ? (
        contacts.length === 0 ? (
          <Alert severity="info">{t('directory.involvements.dialog.noContacts')}</Alert>
        ) : (
          <TextField
            select
            label={t('directory.involvements.dialog.contact')}
            value={contactId}
            onChange={(e) => onPick(e.target.value)}
            required
            error={error}
            helperText={
              error
                ? t('directory.involvements.dialog.chooseContact')
                : t('directory.involvements.dialog.contactHelp')
            }
            fullWidth
          >
            {contactsToPick(contacts, organisations, presetOrganisationId).map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {t('directory.involvements.dialog.contactOption', {
                  name: c.name,
                  role: c.role,
                  organisation: orgName(c.organisationId),
                })}
              </MenuItem>
            ))}
          </TextField>
        )
      ) : null}
    </>
  );
}
