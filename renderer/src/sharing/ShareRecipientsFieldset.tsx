// Runs in: renderer.
//
// Who gets the meeting file: the candidates as checkboxes, each saying whether the contact
// has a deelsleutel the file can be sealed to, and the error when the choice does not work.
import { useTranslation } from 'react-i18next';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import Typography from '@mui/material/Typography';
import type { ContactPerson } from '../../../shared/domain/directory';

export function ShareRecipientsFieldset({
  candidates,
  selected,
  hasKey,
  orgName,
  error,
  onToggle,
}: {
  readonly candidates: readonly ContactPerson[];
  readonly selected: readonly string[];
  readonly hasKey: (contact: ContactPerson) => boolean;
  readonly orgName: (id: string) => string;
  readonly error: string | undefined;
  readonly onToggle: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormControl component="fieldset" error={error !== undefined}>
      <FormLabel component="legend">{t('sharing.share.recipients')}</FormLabel>
      {candidates.length === 0 ? (
        <Typography color="text.secondary">{t('sharing.share.noCandidates')}</Typography>
      ) : null}
      <FormGroup>
        {candidates.map((c) => (
          <FormControlLabel
            key={c.id}
            control={<Checkbox checked={selected.includes(c.id)} onChange={() => onToggle(c.id)} />}
            label={t(
              hasKey(c) ? 'sharing.share.recipientWithKey' : 'sharing.share.recipientWithoutKey',
              { name: c.name, organisation: orgName(c.organisationId) },
            )}
          />
        ))}
      </FormGroup>
      {error !== undefined ? (
        <Typography color="error" role="alert">
          {error}
        </Typography>
      ) : null}
    </FormControl>
  );
}
